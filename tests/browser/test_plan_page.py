"""The "Plan your stay" page of the demo in a real browser: the spring plan (1 March to 30 April)
and its send form with errors, free of WCAG violations at phone and desktop width, and never
scrolling sideways at 320 px."""

from datetime import date

import pytest

from listings.plan_demo import PAGE, next_spring
from tests.conftest import LANGUAGE_CODES

from .test_accessibility import NARROWEST, WIDTHS, axe_violations

pytestmark = pytest.mark.browser

VIEWPORTS = {"narrowest": NARROWEST, "desktop": WIDTHS["desktop"]}


def spring_plan(language):
    spring = next_spring()
    query = f"?arrival={spring.isoformat()}&departure={date(spring.year, 4, 30).isoformat()}"
    return f"/{language}/{PAGE[language]['slug']}/{query}"


def violations(page):
    return [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in axe_violations(page)]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_spring_plan_is_accessible(site, site_only_page, language, viewport):
    page = site_only_page
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(f"{site}{spring_plan(language)}")
    assert page.locator("#plan-stays-title").count() == 1
    assert page.locator(".plan-budget tbody tr").count() == 2  # March and April
    assert not violations(page)
    if viewport == "narrowest":
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROWEST["width"]


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_send_form_with_errors_is_accessible(site, site_only_page, viewport):
    page = site_only_page
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(f"{site}{spring_plan('de')}")
    with page.expect_navigation():
        page.locator("#send button[type=submit]").click()
    assert page.locator("#error-summary").count() == 1
    assert not violations(page)
    if viewport == "narrowest":
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROWEST["width"]
