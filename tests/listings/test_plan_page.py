"""The "Plan your stay" page (issue 17): dates in the query string, one plan out, in every
language; bad dates explained; a constant number of queries; cached copies per query string."""

import re
from decimal import Decimal
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from borgo.local_formats import local_date, price
from borgo.place_facts import distance_between
from coworking.passes import book_pass
from listings.plan_budget import nights_per_month
from tests.conftest import LANGUAGE_CODES

from .factories import AccommodationFactory
from .test_pages import body_of

pytestmark = pytest.mark.django_db

HEADINGS = {
    "it": ("Dove dormire", "Dove lavorare", "Durante il soggiorno", "Il budget mese per mese"),
    "en": ("Where to stay", "Where to work", "During your stay", "Budget month by month"),
    "de": ("Übernachten", "Wo arbeiten", "Während Ihres Aufenthalts", "Budget Monat für Monat"),
    "fr": ("Où séjourner", "Où travailler", "Pendant votre séjour", "Budget mois par mois"),
}


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def text(html):
    """The words of some HTML (non-breaking spaces kept: prices are written with them)."""
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_two_month_plan_in_every_language(client, plan_pages, plan_world, language):
    html = body_of(client.get(plan_pages[language].url + plan_world.query()))
    for heading in HEADINGS[language]:
        assert heading in html
    with translation.override(language):
        fornaio_total = price(Decimal("1320.00"))  # 2 months at 650 €, 10 nights' tax at 2 €
        camera_total = price(Decimal("2420.00"))  # 60 nights at 40 €, the same tax
        passes = price(180)  # two month passes
        measured = local_date(plan_world.fornaio.wifi_measured_on, "date")
        months = [local_date(month, "month") for month, _n in nights_per_month(
            plan_world.arrival, plan_world.departure)]  # fmt: skip
        grand_total = price(Decimal("1500.00"))
    stays = text(section(html, "plan-stays-title"))
    assert stays.index("Casa del Fornaio") < stays.index("Camera Vista Valle")  # cheapest first
    assert "Casa Occupata" not in stays
    assert fornaio_total in stays and camera_total in stays
    assert "480 Mbit/s" in stays and measured in stays
    walk = distance_between(plan_world.fornaio.public_point, plan_world.space).walking_minutes
    assert walk == 4 and f"{walk} " in stays and "Ex Scuola Elementare" in stays
    desks = text(section(html, "plan-desks-title"))
    assert passes in desks and plan_world.month_pass(language) in desks
    events = text(section(html, "plan-events-title"))
    assert "Aperitivo di benvenuto" in events and "Festa" not in events
    assert timezone.localtime(plan_world.event.start).strftime("%H:%M") in events  # Rome time
    budget = text(section(html, "plan-budget-title"))
    assert all(month in budget for month in months)
    assert grand_total in budget
    assert 'name="submission_key"' in html and f'value="{plan_world.arrival.isoformat()}"' in html


def test_switching_language_keeps_the_plans_dates(client, plan_pages, plan_world):
    html = body_of(client.get(plan_pages["en"].url + plan_world.query()))
    switcher = dict(re.findall(r'<a href="([^"]+)" lang="(\w+)" hreflang', html))
    dates = f"arrival={plan_world.arrival.isoformat()}&amp;departure="
    for language in ("it", "de", "fr"):
        (link,) = [url for url, code in switcher.items() if code == language]
        assert link.startswith(plan_pages[language].url + "?") and dates in link
        assert client.get(unescape(link)).status_code == 200
    # Search engines are given the page alone, in every language.
    alternates = re.findall(r'<link rel="alternate" hreflang="[\w-]+" href="([^"]+)"', html)
    assert len(alternates) == 5 and not any("?" in url for url in alternates)
    plain = body_of(client.get(plan_pages["en"].url))
    assert f'<a href="{plan_pages["de"].url}" lang="de"' in plain


def test_events_and_spaces_are_linked_in_the_visitors_language(client, plan_pages, plan_world):
    html = body_of(client.get(plan_pages["de"].url + plan_world.query()))
    assert "Aperitivo di benvenuto (de)" in html
    assert 'href="/de/coworking-de/ex-scuola-de/"' in html
    assert 'href="/de/uebernachten/casa-del-fornaio/"' in html


def test_without_dates_only_the_form(client, plan_pages, plan_world):
    html = body_of(client.get(plan_pages["en"].url))
    assert 'name="arrival"' in html and "Where to stay" not in html


@pytest.mark.parametrize(
    ("language", "query", "message"),
    [
        ("it", "?arrival=2020-01-01&departure=2020-03-01", "La data di arrivo è già passata."),
        ("en", "?arrival=soon&departure=later", "Enter a date such as 2027-03-01."),
        ("de", "?arrival=2099-01-01", "Geben Sie An- und Abreisedatum an."),
    ],
)
def test_bad_dates_are_explained_in_the_visitors_language(
    client, plan_pages, plan_world, language, query, message
):
    html = body_of(client.get(plan_pages[language].url + query))
    assert message in html and 'class="error-summary"' in html
    assert 'id="plan-stays-title"' not in html


def test_departure_before_arrival(client, plan_pages, plan_world):
    query = plan_world.query(plan_world.departure, plan_world.arrival)
    html = unescape(body_of(client.get(plan_pages["fr"].url + query)))
    assert "Le départ doit être après l'arrivée." in html
    assert 'id="plan-stays-title"' not in html


def test_a_plan_costs_no_query_per_stay(client, plan_pages, plan_world):
    url = plan_pages["it"].url + plan_world.query()

    def queries():
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    few = queries()
    for number in range(8):
        AccommodationFactory(title=f"Altra casa {number}", slug=f"altra-casa-{number}")
    assert queries() == few
    assert few <= 25


@pytest.mark.page_cache
def test_each_plan_is_kept_apart_and_a_pass_booking_retires_it(
    client, plan_pages, plan_world, django_capture_on_commit_callbacks
):
    url = plan_pages["en"].url + plan_world.query()
    shorter = plan_pages["en"].url + plan_world.query(
        departure=plan_world.arrival + (plan_world.departure - plan_world.arrival) / 2
    )
    assert client.get(url)["X-Page-Cache"] == "miss"
    other = client.get(shorter)
    assert other["X-Page-Cache"] == "miss"  # another query string, another copy
    assert price(Decimal("1320.00")) not in other.content.decode()
    assert client.get(url)["X-Page-Cache"] == "hit"
    month = plan_world.space.desk_passes.get(length_days=30)
    with django_capture_on_commit_callbacks(execute=True):
        book_pass(month, plan_world.arrival, name="A", email="a@example.org", language="en",
                  notify=False)  # fmt: skip
    assert client.get(url)["X-Page-Cache"] == "miss"
