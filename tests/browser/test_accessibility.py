"""WCAG 2.1 A/AA and 2.2's target size with axe-core on real pages, at phone and desktop width,
in two languages; no page scrolling sideways at 320 px; and the keyboard path every visitor
relies on."""

import pytest

# Meant to keep the browser tests in one worker (see the Makefile: inert under pytest 9).
pytestmark = pytest.mark.browser

# wcag22aa brings the target-size rule (every target at least 24×24 px, WCAG 2.5.8), which
# axe-core leaves off unless asked for.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
NARROWEST = {"width": 320, "height": 640}  # WCAG 1.4.10 Reflow: no sideways scrolling at 320 px


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "rules": {"target-size": {"enabled": True}},
    }
    return Axe().run(page, options=options).response["violations"]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["it", "de"])
def test_pages_have_no_wcag_violations(site, pages, browser, language, width):
    context = browser.new_context(viewport=WIDTHS[width])
    page = context.new_page()
    assert len(pages[language]) >= 6, pages[language]
    failures = []
    for path in pages[language]:
        page.goto(f"{site}{path}")
        for violation in axe_violations(page):
            targets = [node["target"] for node in violation["nodes"]][:3]
            failures.append(f"{path}: {violation['id']} ({violation['impact']}) {targets}")
    context.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("language", ["it", "de"])
def test_no_page_scrolls_sideways_at_320_px(site, pages, browser, language):
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    too_wide = []
    for path in pages[language]:
        page.goto(f"{site}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROWEST["width"]:
            too_wide.append(f"{path}: {width} px")
    context.close()
    assert not too_wide, "\n".join(too_wide)


def test_keyboard_reaches_skip_link_main_menu_and_languages(site, pages, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site}{pages['it'][1]}")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("Shift+Tab")  # back into the header from the main landmark
    reached = set()
    page.goto(f"{site}{pages['it'][1]}")
    for _step in range(25):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.closest('nav')?.className || ''"))
    assert {"languages", "main-menu"} <= reached
    context.close()
