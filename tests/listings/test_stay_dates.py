"""The stays index filtered by dates (`arrival`, `departure`): only the stays free for those
nights, each with its total and the tourist tax."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from listings.models import BookedPeriod, TouristTaxSettings

from . import test_query_counts
from .factories import AccommodationFactory
from .test_pages import body_of, translate

pytestmark = pytest.mark.django_db


def day(offset):
    return timezone.localdate() + timedelta(days=offset)


def dates_query(arrival, departure, **more):
    extra = "".join(f"&{name}={value}" for name, value in more.items())
    return f"?arrival={arrival.isoformat()}&departure={departure.isoformat()}{extra}"


def titles(html):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', html)


def card_of(html, title):
    """The text of one result card, with ordinary spaces for the no-break ones in prices."""
    start = html.index(f">{title}</a>")
    return html[start : html.index("</li>", start)].replace("\xa0", " ")


def stay_in(language, **fields):
    """A stay shown in `language` (the factory's Italian, or its translation)."""
    stay = AccommodationFactory(**fields)
    return stay if language == "it" else translate(stay, language)


@pytest.fixture
def tax(db):
    settings = TouristTaxSettings.load()
    settings.charged = True
    settings.rate_per_night = Decimal("1.50")
    settings.max_nights = 10
    settings.exempt_under_age = 14
    settings.other_exemptions = "Residenti nel comune."
    settings.save()
    return settings


def test_only_stays_free_for_every_night_are_listed(client, stays_index):
    free = AccommodationFactory(title="Libera")
    taken = AccommodationFactory(title="Occupata")
    AccommodationFactory(title="Soggiorno lungo", minimum_stay_nights=30)
    leaving = AccommodationFactory(title="Si libera")
    # Booked on the English copy: the Italian one is taken too.
    BookedPeriod.objects.create(
        accommodation=translate(taken, "en"), arrival=day(15), departure=day(16)
    )
    # Guests leave on the day of arrival, and others come on the day of departure: both free.
    BookedPeriod.objects.create(accommodation=leaving, arrival=day(1), departure=day(10))
    BookedPeriod.objects.create(accommodation=leaving, arrival=day(20), departure=day(25))
    BookedPeriod.objects.create(accommodation=free, arrival=day(100), departure=day(130))
    url = stays_index["it"].url

    assert set(titles(body_of(client.get(url + dates_query(day(10), day(20)))))) == {
        "Libera",
        "Si libera",
    }
    # Without dates nothing is filtered; a month fits the long stay's minimum.
    assert len(titles(body_of(client.get(url)))) == 4
    month = titles(body_of(client.get(url + dates_query(day(30), day(60)))))
    assert set(month) == {"Libera", "Occupata", "Soggiorno lungo", "Si libera"}
    assert "Libera" not in titles(body_of(client.get(url + dates_query(day(120), day(150)))))


def test_totals_by_the_night_and_by_the_month_with_the_tax(client, stays_index, tax):
    AccommodationFactory(title="Casa", price_per_night_from=60, monthly_price=650)
    AccommodationFactory(title="Solo al mese", price_per_night_from=None, monthly_price=700)
    url = stays_index["it"].url

    # 5 nights by the night: 300 €, tax 1.50 × 5 nights × 2 guests.
    html = body_of(client.get(url + dates_query(day(10), day(15), guests=2)))
    assert "315 € per 5 notti" in card_of(html, "Casa")
    assert "alloggio 300 € a prezzo per notte" in card_of(html, "Casa")
    assert "imposta di soggiorno 15 €" in card_of(html, "Casa")
    assert "Nessun prezzo per queste date" in card_of(html, "Solo al mese")

    # 60 nights by the month: two months; the tax stops at 10 nights.
    html = body_of(client.get(url + dates_query(day(10), day(70), guests=2)))
    assert "1.330 € per 60 notti" in card_of(html, "Casa")
    assert "alloggio 1.300 € a prezzo mensile" in card_of(html, "Casa")
    assert "imposta di soggiorno 30 €" in card_of(html, "Casa")
    # 45 nights: a month and a half (1050 €), and 28 nights pay a whole month.
    assert "1.080 € per 45 notti" in card_of(
        body_of(client.get(url + dates_query(day(10), day(55), guests=2))), "Solo al mese"
    )
    assert "730 € per 28 notti" in card_of(
        body_of(client.get(url + dates_query(day(10), day(38), guests=2))), "Solo al mese"
    )
    assert "Residenti nel comune." in html
    assert "Sotto i 14 anni non si paga." in html


def test_guests_under_the_exemption_age_pay_no_tax(client, stays_index, tax):
    translate(AccommodationFactory(title="Casa", capacity=4, price_per_night_from=60), "en")
    url = stays_index["en"].url
    html = body_of(client.get(url + dates_query(day(10), day(13), guests=3, children=2)))
    assert "€184.50 for 3 nights" in card_of(html, "Casa")  # 180 € and one adult's 4.50 €
    assert 'for="id_children">Guests under 14' in html


def test_no_tax_where_the_municipality_charges_none(client, stays_index):
    translate(AccommodationFactory(title="Casa", price_per_night_from=60), "en")
    html = body_of(client.get(stays_index["en"].url + dates_query(day(10), day(13), guests=2)))
    assert "€180 for 3 nights" in card_of(html, "Casa")
    assert "tourist tax" not in html.lower()
    assert 'id="id_children"' not in html


# Days counted from today inside the test (None: left out), so that test ids never change.
@pytest.mark.parametrize(
    ("language", "arrival", "departure", "message"),
    [
        ("it", 10, 5, "La partenza deve essere dopo l&#x27;arrivo."),
        ("en", 10, 5, "The departure must be after the arrival."),
        ("it", -3, 5, "La data di arrivo è già passata."),
        ("en", "2027-13-01", "2027-14-01", "Enter a date such as 2027-03-01."),
        ("de", 3, None, "Geben Sie An- und Abreisedatum an."),
        ("fr", 400, 410, "au plus un an à l&#x27;avance"),
    ],
)
def test_invalid_dates_are_explained_and_the_list_shown_unfiltered(
    client, stays_index, language, arrival, departure, message
):
    dates = {"arrival": arrival, "departure": departure}
    query = {
        name: day(value).isoformat() if isinstance(value, int) else value
        for name, value in dates.items()
        if value is not None
    }
    in_language = (
        AccommodationFactory
        if language == "it"
        else lambda **f: translate(AccommodationFactory(**f), language)
    )
    in_language(title="Casa")
    taken = in_language(title="Occupata")
    BookedPeriod.objects.create(accommodation=taken, arrival=day(1), departure=day(500))
    html = body_of(client.get(stays_index[language].url, query))
    assert message in html
    assert 'class="error-summary"' in html
    assert set(titles(html)) == {"Casa", "Occupata"}


def test_dates_cost_no_query_per_stay(client, stays_index, tax):
    url = stays_index["it"].url + dates_query(day(10), day(70), guests=2)

    def queries():
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    for number in range(2):
        stay = AccommodationFactory(title=f"Casa {number}")
        BookedPeriod.objects.create(accommodation=stay, arrival=day(200), departure=day(210))
    few = queries()
    for number in range(2, 10):
        stay = AccommodationFactory(title=f"Casa {number}")
        BookedPeriod.objects.create(accommodation=stay, arrival=day(200), departure=day(210))
    assert queries() == few <= test_query_counts.BUDGET


@pytest.mark.page_cache
def test_the_page_cache_keeps_one_copy_per_period_and_a_booking_retires_them(
    client, stays_index, django_capture_on_commit_callbacks
):
    taken = AccommodationFactory(title="Presto occupata")
    url = stays_index["it"].url
    spring, summer = dates_query(day(10), day(20)), dates_query(day(100), day(110))
    assert "Presto occupata" in titles(body_of(client.get(url + spring)))
    with django_capture_on_commit_callbacks(execute=True):
        BookedPeriod.objects.create(accommodation=taken, arrival=day(12), departure=day(14))
    assert "Presto occupata" not in titles(body_of(client.get(url + spring)))
    assert "Presto occupata" in titles(body_of(client.get(url + summer)))
