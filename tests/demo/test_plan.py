"""The demo's "Plan your stay" page: a visitor planning March and April next spring finds
stays with their totals and walking times, the co-working spaces, the spring's events and a
budget for each month, in every language; the page is in the menu and the sitemap."""

from datetime import date

import pytest

from listings.plan_demo import PAGE, SPRING_EVENTS, next_spring
from tests.conftest import LANGUAGE_CODES

pytestmark = pytest.mark.usefixtures("seeded_demo", "db")


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_spring_plan_in_every_language(client, language):
    spring = next_spring()
    path = f"/{language}/{PAGE[language]['slug']}/"
    query = f"?arrival={spring.isoformat()}&departure={date(spring.year, 4, 30).isoformat()}"
    home = client.get(f"/{language}/").content.decode()
    assert f'href="{path}"' in home  # in the main menu
    sitemap = client.get(f"/sitemap-{language}.xml").content.decode()
    assert path in sitemap
    html = client.get(path + query).content.decode()
    assert html.count('class="card plan-card"') >= 10  # the demo's stays and two spaces
    assert "Mbit/s" in html and 'class="plan-card__walks"' in html
    assert html.count("<tr>") >= 3  # March, April and the total
    for event in SPRING_EVENTS:
        assert event["texts"][language]["title"].replace("'", "&#x27;") in html
    assert 'id="send"' in html
