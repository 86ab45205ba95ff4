"""Keyboard only (Tab, Shift+Tab, Enter, Space, typing; never a click): booking a co-working
slot and writing to a listing's owner. Each form is first sent with a required field left
out, so the error page is checked too: shown, free of WCAG violations, and its link to the
field leads the keyboard there. The honeypots are skipped by Tab (tabindex=-1), as by people.

Two posts per form, well within FORM_RATE_LIMIT."""

import re

import pytest
from playwright.sync_api import expect

from .demo_paths import coworking_space, listing_index
from .keyboard import enter_and_wait_for_page, focused, tab_to, type_into
from .test_accessibility import axe_violations

pytestmark = pytest.mark.browser


def assert_no_wcag_violations(page):
    found = [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in axe_violations(page)]
    assert not found, found


def test_keyboard_books_a_coworking_slot(site, site_only_page):
    page = site_only_page
    page.goto(f"{site}{coworking_space('en')}")
    free_slot = "td.slot--free a"
    tab_to(page, free_slot, limit=120)  # past the header, facts and gallery
    slot_url = page.evaluate("document.activeElement.href")
    enter_and_wait_for_page(page)
    expect(page).to_have_url(slot_url)

    type_into(page, "#id_name", "Ada Lovelace")
    type_into(page, "#id_email", "ada@example.org")
    type_into(page, "#id_purpose", "Video calls")
    tab_to(page, "form.booking-form button[type=submit]")  # the privacy box left unticked
    enter_and_wait_for_page(page)

    # The summary of errors takes the focus: the next Tab is its link to the field.
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("#id_privacy")).to_have_attribute("aria-invalid", "true")
    assert_no_wcag_violations(page)
    tab_to(page, "#error-summary a[href='#id_privacy']", limit=1)
    page.keyboard.press("Enter")
    assert focused(page, "#id_privacy")
    page.keyboard.press("Space")
    expect(page.locator("#id_privacy")).to_be_checked()
    tab_to(page, "form.booking-form button[type=submit]")
    enter_and_wait_for_page(page)

    expect(page.locator("h1")).to_have_text(re.compile(r"^Booking (confirmed|received)$"))
    expect(page.locator("form.booking-form")).to_have_count(0)


def test_keyboard_sends_an_enquiry_to_a_listing_owner(site, site_only_page):
    page = site_only_page
    page.goto(f"{site}{listing_index('stays', 'en')}")
    tab_to(page, ".cards .card__title a")
    listing_url = page.evaluate("document.activeElement.href")
    enter_and_wait_for_page(page)
    expect(page).to_have_url(listing_url)

    type_into(page, "#id_name", "Ada Lovelace")
    type_into(page, "#id_email", "ada@example.org")
    tab_to(page, "#id_consent")  # past the dates and the message, left empty
    page.keyboard.press("Space")
    tab_to(page, "#enquiry button[type=submit]")
    enter_and_wait_for_page(page)

    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("#id_message")).to_have_attribute("aria-invalid", "true")
    assert_no_wcag_violations(page)
    tab_to(page, "#error-summary a[href='#id_message']", limit=1)
    page.keyboard.press("Enter")
    assert focused(page, "#id_message")
    page.keyboard.type("Is the flat free in May?")
    expect(page.locator("#id_consent")).to_be_checked()  # kept from the first post
    tab_to(page, "#enquiry button[type=submit]")
    enter_and_wait_for_page(page)

    expect(page).to_have_url(f"{listing_url}?sent=1#enquiry")
    expect(page.locator("#enquiry [role=status]")).to_be_visible()
    expect(page.locator("#enquiry form")).to_have_count(0)
