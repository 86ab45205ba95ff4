"""A published listing whose slug changes answers at its old address with a 301."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from listings.models.pages import listing_url

from .factories import AccommodationFactory
from .test_pages import translate

pytestmark = pytest.mark.django_db


def rename(listing, slug):
    """What publishing a new slug in the admin does."""
    listing.slug = slug
    listing.save_revision().publish()


def test_old_addresses_redirect_in_each_language(client, stays_index):
    italian = AccommodationFactory(slug="vecchia")
    english = translate(italian, "en", slug="old-house")
    rename(italian, "nuova")
    rename(english, "new-house")
    response = client.get(f"{stays_index['it'].url}vecchia/")
    assert response.status_code == 301
    assert response["Location"] == f"{stays_index['it'].url}nuova/"
    response = client.get(f"{stays_index['en'].url}old-house/")
    assert response.status_code == 301
    assert response["Location"] == f"{stays_index['en'].url}new-house/"
    assert client.get(f"{stays_index['it'].url}nuova/").status_code == 200


def test_a_second_rename_redirects_the_first_address_straight_to_the_last(client, stays_index):
    listing = AccommodationFactory(slug="prima")
    rename(listing, "seconda")
    rename(listing, "terza")
    for old in ("prima", "seconda"):
        response = client.get(f"{stays_index['it'].url}{old}/")
        assert (response.status_code, response["Location"]) == (
            301,
            f"{stays_index['it'].url}terza/",
        )


def test_a_draft_had_no_public_address_to_redirect(stays_index):
    listing = AccommodationFactory(slug="bozza", live=False)
    listing.slug = "bozza-nuova"
    listing.save()
    assert not Redirect.objects.exists()


def test_a_renamed_index_page_moves_its_listings_links_at_once(
    settings, stays_index, django_capture_on_commit_callbacks
):
    """The index URLs are kept like the page chrome: an edit retires them, no fixed delay."""
    settings.CHROME_MEMO_SECONDS = 600  # as in production, with a shared cache
    listing = AccommodationFactory(slug="casa")
    assert listing_url(listing, "it") == f"{stays_index['it'].url}casa/"
    stays_index["it"].slug = "alloggi"
    with django_capture_on_commit_callbacks(execute=True):
        stays_index["it"].save_revision().publish()
    assert listing_url(listing, "it") == "/it/alloggi/casa/"
