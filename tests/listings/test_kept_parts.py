"""What the listings' pages keep between views (`{% kept %}`, borgo.memo).

The result cards of an index, under what they show: each listing's row, link, distance and
quote. A view with the same results renders no card again; an edit of a listing shows at once;
other dates give other totals (test_stay_dates.py). The offer form's empty fields, and its header
with the form's own language links; a form sent back with errors is rendered each time.
"""

import pytest

from .factories import AccommodationFactory
from .test_owner_submissions import nothing_stored, offer_url, stay_data
from .test_pages import body_of
from .test_stay_dates import card_of, dates_query, day

pytestmark = pytest.mark.django_db

CARD = "listings/includes/listing_card.html"


def cards_rendered(response):
    return sum(template.name == CARD for template in response.templates)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Every view renders its page, so that what is kept is seen apart from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


def test_the_same_results_are_not_rendered_twice(client, stays_index):
    AccommodationFactory(title="Casa", price_per_night_from=60)
    AccommodationFactory(title="Torre", price_per_night_from=80)
    url = stays_index["it"].url
    assert cards_rendered(client.get(url)) == 2
    again = client.get(url)
    assert again.templates and cards_rendered(again) == 0
    assert rendered(again, "listings/includes/field.html") == 0  # nor the empty filters
    dated = url + dates_query(day(10), day(12))
    assert cards_rendered(client.get(dated)) == 2  # the quotes are part of what is kept
    html = body_of(client.get(dated))
    assert "120 € per 2 notti" in card_of(html, "Casa")
    assert f'value="{day(10).isoformat()}"' in html  # the filters show what was asked


def test_an_edited_listing_shows_at_once(client, stays_index, django_capture_on_commit_callbacks):
    stay = AccommodationFactory(title="Casa", price_per_night_from=60)
    url = stays_index["it"].url
    assert "da 60 € a notte" in card_of(body_of(client.get(url)), "Casa")
    stay.price_per_night_from = 75
    with django_capture_on_commit_callbacks(execute=True):  # the cache is retired on commit
        stay.save()
    assert "da 75 € a notte" in card_of(body_of(client.get(url)), "Casa")


def rendered(response, name):
    return sum(template.name == name for template in response.templates)


def test_the_offer_forms_empty_fields_and_header_are_kept(client, stays_index):
    first = client.get(offer_url(stays_index))
    assert rendered(first, "listings/includes/field.html") > 10
    again = client.get(offer_url(stays_index))
    assert again.templates and rendered(again, "listings/includes/field.html") == 0
    assert rendered(again, "includes/header.html") == 0
    body = again.content.decode()
    assert 'name="cin"' in body and 'name="photo_6"' in body
    # The switcher leads to the offer form in the other languages, not to the index.
    assert f'href="{offer_url(stays_index, "de")}"' in body
    # The English form has its own header and fields.
    english = client.get(offer_url(stays_index, "en"))
    assert rendered(english, "includes/header.html") == 1
    assert f'href="{offer_url(stays_index, "it")}"' in english.content.decode()


def test_a_form_with_errors_is_never_the_kept_one(client, stays_index):
    client.get(offer_url(stays_index))
    sent = client.post(offer_url(stays_index), stay_data(title="Camera con vista", cin=""))
    assert 'class="error-summary"' in sent.content.decode()
    assert 'value="Camera con vista"' in sent.content.decode() and nothing_stored()
    empty = client.get(offer_url(stays_index)).content.decode()
    assert "Camera con vista" not in empty and 'class="error-summary"' not in empty
