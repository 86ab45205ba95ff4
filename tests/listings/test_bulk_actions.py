"""Bulk actions on the listing snippets: unpublish and extend the expiry, confirmed over HTTP."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from listings.admin_actions import add_months
from listings.models import Accommodation, RealEstate

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def run(admin_client, model, action, listings):
    """The confirmation page lists the selected listings; posting it runs the action."""
    url = reverse("wagtail_bulk_action", args=["listings", model, action])
    query = "&".join(f"id={listing.pk}" for listing in listings)
    confirmation = admin_client.get(f"{url}?{query}")
    assert confirmation.status_code == 200
    body = confirmation.content.decode()
    assert all(listing.title in body for listing in listings)
    assert admin_client.post(f"{url}?{query}", {}).status_code == 302


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month():
    assert add_months(date(2026, 1, 15), 3) == date(2026, 4, 15)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 10, 31), 3) == date(2027, 1, 31)


@pytest.mark.parametrize(
    ("model", "factory"),
    [("accommodation", AccommodationFactory), ("realestate", RealEstateFactory)],
)
def test_unpublish_takes_the_selected_listings_off_the_site(admin_client, model, factory):
    chosen = [factory(), factory()]
    kept = factory()
    run(admin_client, model, "unpublish", chosen)
    manager = chosen[0]._meta.model.objects
    assert list(manager.visible()) == [kept]
    assert not manager.filter(pk__in=[c.pk for c in chosen], live=True).exists()


def test_extend_pushes_the_expiry_or_sets_one(admin_client):
    today = timezone.localdate()
    soon = AccommodationFactory(expires_on=today + timedelta(days=10))
    open_ended = AccommodationFactory(expires_on=None)
    untouched = AccommodationFactory(expires_on=today + timedelta(days=5))
    run(admin_client, "accommodation", "extend-expiry", [soon, open_ended])
    expiry = dict(Accommodation.objects.values_list("pk", "expires_on"))
    assert expiry[soon.pk] == add_months(today + timedelta(days=10), 3)
    assert expiry[open_ended.pk] == add_months(today, 3)
    assert expiry[untouched.pk] == today + timedelta(days=5)
    # The editor opens the latest revision: it has the new date too.
    soon.refresh_from_db()
    assert soon.get_latest_revision_as_object().expires_on == expiry[soon.pk]


def test_extend_brings_back_an_expired_listing_without_publishing_its_draft(admin_client):
    today = timezone.localdate()
    house = RealEstateFactory(title="Casa pubblicata", expires_on=today - timedelta(days=3))
    house.save_revision().publish()
    house.title = "Bozza non pubblicata"
    house.save_revision()
    house = RealEstate.objects.get(pk=house.pk)  # the row keeps the published title
    run(admin_client, "realestate", "extend-expiry", [house])
    house = RealEstate.objects.get(pk=house.pk)
    assert house.expires_on == add_months(today, 3)
    assert house.title == "Casa pubblicata" and house.has_unpublished_changes
    draft = house.get_latest_revision_as_object()
    assert (draft.title, draft.expires_on) == ("Bozza non pubblicata", add_months(today, 3))
    assert list(RealEstate.objects.visible()) == [house]
