"""The listings in the Wagtail admin: lists with filters, search, export, edit and preview."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from listings.models import Enquiry

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def url(model, view, *args):
    return reverse(f"wagtailsnippets_listings_{model}:{view}", args=args)


def test_lists_filter_search_and_export(admin_client, stays_index):
    AccommodationFactory(title="Casa con scrivania", has_desk=True)
    AccommodationFactory(title="Albergo senza", accommodation_type="hotel")
    body = admin_client.get(url("accommodation", "list"), {"has_desk": "true"}).content.decode()
    assert "Casa con scrivania" in body and "Albergo senza" not in body
    body = admin_client.get(url("accommodation", "list"), {"q": "Albergo"}).content.decode()
    assert "Albergo senza" in body
    export = admin_client.get(url("accommodation", "list"), {"export": "csv"})
    assert export.status_code == 200
    assert "IT076099C2ABCD1234" in b"".join(export.streaming_content).decode()
    RealEstateFactory(
        title="Casa a un euro",
        price=1,
        one_euro_scheme=True,
        one_euro_conditions="Restauro entro tre anni.",
    )
    body = admin_client.get(url("realestate", "list"), {"one_euro_scheme": "true"}).content.decode()
    assert "Casa a un euro" in body


def test_edit_form_and_preview_render(admin_client, rf, stays_index, homes_index):
    stay = AccommodationFactory(title="Casa del Fornaio")
    house = RealEstateFactory(title="Casa in pietra")
    for model, listing in (("accommodation", stay), ("realestate", house)):
        assert admin_client.get(url(model, "edit", listing.pk)).status_code == 200
        request = rf.get("/admin/preview/")
        request.user = AnonymousUser()
        preview = listing.serve_preview(request, listing.default_preview_mode)
        body = preview.render().content.decode()
        assert f"<h1>{listing.title}</h1>" in body
        assert 'id="enquiry"' not in body  # no form in a preview


def test_enquiries_are_listed_and_exported(admin_client, stays_index):
    stay = AccommodationFactory()
    Enquiry.objects.create(
        accommodation=stay,
        listing_title=stay.title,
        name="Anna Weber",
        email="anna@example.de",
        message="Frei im März?",
        language="de",
    )
    assert "Anna Weber" in admin_client.get(url("enquiry", "list")).content.decode()
    export = admin_client.get(url("enquiry", "list"), {"export": "csv"})
    assert "Frei im März?" in b"".join(export.streaming_content).decode()
