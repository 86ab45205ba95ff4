"""Keyboard-only helpers for the browser tests: move focus the way a visitor without a mouse
does (Tab, Shift+Tab), never with element.click() or .focus()."""

FOCUS_MATCHES = "selector => document.activeElement?.matches(selector) ?? false"


def tab_to(page, selector, *, backwards=False, limit=80):
    """Press Tab (Shift+Tab when backwards) until the element matching `selector` has focus.

    Bounded, so an element the keyboard cannot reach fails the test instead of hanging it.
    """
    key = "Shift+Tab" if backwards else "Tab"
    for _press in range(limit):
        page.keyboard.press(key)
        if page.evaluate(FOCUS_MATCHES, selector):
            return
    raise AssertionError(f"{key} pressed {limit} times without reaching {selector}")


def focused(page, selector):
    return page.evaluate(FOCUS_MATCHES, selector)


def type_into(page, selector, text):
    """Tab to a text field and type into it, as a visitor does."""
    tab_to(page, selector)
    page.keyboard.type(text)


def enter_and_wait_for_page(page):
    """Press Enter on a link or a submit button and wait for the page it leads to, within the
    page's navigation timeout: expect()'s 5 s is too short for a slow first render."""
    with page.expect_navigation():
        page.keyboard.press("Enter")
