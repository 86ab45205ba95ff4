"""The admin as municipal staff meet it in production (DEBUG off, the manifest static storage
after collectstatic, gunicorn; PostgreSQL in CI), in Chromium, as an Editor and a Moderator.

Every page type, read from the models (a new one is covered without listing it): the Editor
opens its edit view (the create view where the demo has none) with no failed asset, console
error or 5xx, opens the preview side panel (the page shows in its frame), changes the title,
saves a draft and submits it for moderation; the Moderator opens it and approves, which
publishes it. The Moderator changes an Italian listing's price
and the English page shows it. Both open every item of their admin menu.

One signed-in context per user for the whole module, on the one demo site of the package.
"""

import urllib.request

import pytest

from borgo.staff import EDITORS, MODERATORS
from tests.admin_targets import page_types

from .admin import sign_in, site_json

pytestmark = pytest.mark.browser

# Menu items the README gives each group: they must be in its menu and open for it.
LISTINGS = [
    "/admin/snippets/listings/accommodation/",
    "/admin/snippets/listings/realestate/",
    "/admin/snippets/listings/enquiry/",
    "/admin/snippets/listings/ownersubmission/",
]
GROUP_MENU_ITEMS = {
    EDITORS: ["/admin/pages/", *LISTINGS],
    MODERATORS: [
        "/admin/pages/",
        *LISTINGS,
        "/admin/settings/borgo/municipalitysettings/",
        "/admin/redirects/",
        "/admin/snippets/coworking/reservation/",
    ],
}


@pytest.fixture(scope="module")
def targets(site_server):
    """{label: [kind, URL]} of every page type and snippet, read in the demo site."""
    return site_json(site_server, "tests.admin_targets", "print_targets")


@pytest.fixture(scope="module")
def admins(site, browser, staff):
    """{group: Admin}: each user signed in once, in a browser context of their own."""
    signed_in = {group: sign_in(browser, site, user) for group, user in staff.items()}
    yield {group: admin for group, (_context, admin) in signed_in.items()}
    for context, _admin in signed_in.values():
        context.close()


@pytest.fixture(autouse=True)
def fresh_watch(admins):
    """Each test answers only for what goes wrong during it."""
    for admin in admins.values():
        admin.watch.take()


def open_cleanly(admin, url):
    status = admin.open(url)
    # Wagtail's scripts build the form after load (telepath): their errors come then.
    admin.page.locator("footer .action-save").first.wait_for()
    admin.page.wait_for_load_state("networkidle")
    assert status == 200, (url, status)
    assert not admin.watch.take()
    assert not admin.permission_denied()


def assert_done(admin):
    """The action was taken: Wagtail says so, and nothing went wrong on the way."""
    assert not admin.messages("error"), admin.messages("error")
    assert admin.messages("success")
    assert not admin.watch.take()


@pytest.mark.parametrize("page_type", [model.__name__ for model in page_types()])
def test_every_page_type_is_edited_submitted_and_published(page_type, targets, admins):
    kind, url = targets[f"page {page_type}"]
    editor, moderator = admins[EDITORS], admins[MODERATORS]

    open_cleanly(editor, url)
    new_title = f"{editor.page.locator('#id_title').input_value() or page_type} (rivisto)"
    if kind == "add":
        # A new page: Wagtail derives its slug from the title when the title field is left,
        # and the form (its autosave and preview included) is valid from then on.
        editor.page.fill("#id_title", new_title)
        editor.page.locator("#id_title").blur()
        editor.page.wait_for_function("() => document.querySelector('#id_slug').value !== ''")
        editor.open_preview()
    else:
        editor.open_preview()
        editor.fill("#id_title", new_title)
    editor.footer_action(".action-save")
    assert_done(editor)
    if kind == "add":
        # A new page's draft needs only its title; submitting it needs every required field,
        # which a type with no page in the demo does not have here.
        return
    editor.footer_action("[name=action-submit]")
    assert_done(editor)

    open_cleanly(moderator, url)
    assert moderator.page.locator("#id_title").input_value() == new_title
    moderator.footer_action(
        "[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    assert_done(moderator)
    # Approved by the workflow's one task: published, with nothing left to moderate.
    moderator.open(url)
    assert moderator.page.locator("footer [data-workflow-action-name]").count() == 0


def test_a_price_changed_in_italian_shows_on_the_english_page(site, site_server, admins):
    """Prices are facts of the listing, not texts: they reach its translations when the
    Italian listing is published, with no manual sync."""
    accommodation = site_json(site_server, "tests.browser.admin", "print_accommodation")
    new_price = 987 if accommodation["price"] != 987 else 986
    moderator = admins[MODERATORS]
    open_cleanly(moderator, accommodation["edit"])
    moderator.fill("#id_price_per_night_from", str(new_price))
    moderator.footer_action("[name=action-publish]")
    assert_done(moderator)

    with urllib.request.urlopen(site + accommodation["english"], timeout=60) as response:
        english = response.read().decode()
    assert str(new_price) in english


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_every_admin_menu_item_opens(group, admins):
    admin = admins[group]
    admin.open("/admin/")
    menu = admin.menu_urls()
    missing = set(GROUP_MENU_ITEMS[group]) - set(menu)
    failures = {}
    for url in menu:
        status = admin.open(url)
        problems = admin.watch.take()
        if status >= 500 or admin.permission_denied() or problems:
            failures[url] = (status, admin.messages("error"), problems)
    assert not missing and not failures, (missing, failures)
