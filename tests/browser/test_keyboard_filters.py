"""Keyboard only (Tab, Shift+Tab, Enter, Space, typing; never a click): the category links of
the place indexes, the GET filter forms of the listing indexes, and the map, which stays an
optional picture next to the list of places."""

import re

import pytest
from playwright.sync_api import expect

from .demo_paths import listing_index, place_index
from .keyboard import enter_and_wait_for_page, focused, tab_to, type_into

pytestmark = pytest.mark.browser
RESULTS_TITLE = "#results-title"


def filtered(site, path, parameter):
    """The index's own URL with the filter in its query string."""
    return re.compile(re.escape(f"{site}{path}?") + f".*\\b{re.escape(parameter)}(&|$)")


def test_keyboard_filters_place_index_by_category(site, site_only_page):
    page = site_only_page
    page.goto(f"{site}{place_index('see', 'en')}")
    everything = page.locator(RESULTS_TITLE).inner_text()
    category = "nav.filters li:nth-child(2) a"  # the first category after "All"
    tab_to(page, category)
    href = page.locator(category).get_attribute("href")
    enter_and_wait_for_page(page)
    expect(page).to_have_url(f"{site}{href}")
    expect(page.locator(category)).to_have_attribute("aria-current", "page")
    expect(page.locator(RESULTS_TITLE)).not_to_have_text(everything)


def test_keyboard_filters_stays_by_typing_and_enter(site, site_only_page):
    page = site_only_page
    page.goto(f"{site}{listing_index('stays', 'en')}")
    everything = page.locator(RESULTS_TITLE).inner_text()
    type_into(page, "#id_guests", "4")
    enter_and_wait_for_page(page)  # implicit submission from a text field
    expect(page).to_have_url(filtered(site, listing_index("stays", "en"), "guests=4"))
    expect(page.locator("#id_guests")).to_have_value("4")
    expect(page.locator(RESULTS_TITLE)).not_to_have_text(everything)


def test_keyboard_filters_homes_by_checkbox_and_button(site, site_only_page):
    page = site_only_page
    page.goto(f"{site}{listing_index('homes', 'en')}")
    everything = page.locator(RESULTS_TITLE).inner_text()
    tab_to(page, "#id_one_euro")
    page.keyboard.press("Space")
    expect(page.locator("#id_one_euro")).to_be_checked()
    tab_to(page, "form.listing-filters button[type=submit]")
    enter_and_wait_for_page(page)
    expect(page).to_have_url(filtered(site, listing_index("homes", "en"), "one_euro=on"))
    expect(page.locator("#id_one_euro")).to_be_checked()
    expect(page.locator(RESULTS_TITLE)).not_to_have_text(everything)


def test_keyboard_opens_the_map_and_still_reaches_the_list(site, site_only_page):
    page = site_only_page
    page.goto(f"{site}{place_index('see', 'en')}")
    tab_to(page, ".map__button")
    page.keyboard.press("Enter")
    expect(page.locator(".map.leaflet-container")).to_be_visible()
    expect(page.locator(".map__button")).to_have_count(0)
    # The button is gone: its focus must go to the map, not fall back to the page's top.
    assert focused(page, ".map.leaflet-container")
    tab_to(page, "footer a")  # out of the map forwards: no keyboard trap
    tab_to(page, "section[aria-labelledby=results-title] .cards a", backwards=True)
