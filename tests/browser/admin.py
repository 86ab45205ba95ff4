"""The admin in a real browser: staff users made in the demo site, one signed-in browser
context per user, a watch on everything that goes wrong on a page, and the admin's own forms.

Production has no demo users, so the tests make theirs with `manage.py shell` in the site,
in the groups `borgo/staff.py` defines, with Italian as their admin language.
"""

import json
import re
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.urls import reverse
from wagtail.models import Locale

from borgo.staff import EDITORS, MODERATORS

# Navigations in the admin on a busy two-core machine; the first view of a page type is slow.
TIMEOUT_MS = 60_000


# When, on an admin page, Wagtail's unsaved-changes controller last took its copy of the editor's
# form, the one changes are found against (and an autosave set off by). It takes it about two
# seconds after the editor opens, sometimes twice in a row.
WATCHES_EDITS = """
document.addEventListener("w-unsaved:watch-edits", () => {
    window.borgoFormCopiedAt = performance.now();
});
"""
# No new copy for this long: the last one is taken.
FORM_COPY_SETTLED = "performance.now() - (window.borgoFormCopiedAt ?? Infinity) > 1000"


@dataclass(frozen=True)
class StaffUser:
    group: str
    username: str
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16), repr=False)


def make_staff_users(users):
    """In the site (`manage.py shell`): users in their groups, speaking Italian in the admin.
    `users` is a list of (username, password, group)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    for username, password, group in users:
        user = get_user_model().objects.create_user(
            username, f"{username}@comune.castelmora.it", password
        )
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "it"
        profile.save()


def create_staff(site_server):
    """{group: StaffUser} for the Editors and the Moderators, made in the demo site."""
    staff = {group: StaffUser(group, f"test-{group.lower()}") for group in (EDITORS, MODERATORS)}
    users = [(user.username, user.password, user.group) for user in staff.values()]
    site_server.manage(
        "shell",
        stdin=f"from tests.browser.admin import make_staff_users\nmake_staff_users({users!r})\n",
    )
    return staff


def site_json(site_server, module, function):
    """What a function printing JSON tells, run in the demo site."""
    code = f"from {module} import {function}\n{function}()\n"
    return json.loads(site_server.manage("shell", stdin=code).strip().splitlines()[-1])


def print_accommodation():
    """In the site: the first Italian accommodation (the one the snippet targets open), its
    price per night, and the URL of its English page."""
    from listings.models import Accommodation
    from listings.models.pages import listing_url

    italian = Accommodation.objects.filter(locale__language_code="it").order_by("pk").first()
    english = italian.get_translation(Locale.objects.get(language_code="en"))
    edit = reverse(Accommodation.snippet_viewset.get_url_name("edit"), args=[italian.pk])
    price = italian.price_per_night_from
    print(json.dumps({"edit": edit, "price": price, "english": listing_url(english, "en")}))


class Watch:
    """What goes wrong on a page: failed requests, HTTP errors, console errors, uncaught
    exceptions, and any request leaving the site (aborted, and a problem of its own)."""

    def __init__(self, page, base_url):
        self.problems = []
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.context.route(lambda url: not url.startswith(base_url), self._third_party)

    def _failed(self, request):
        # A navigation away from a page cancels what it still loads: no failure of the page.
        if request.failure != "net::ERR_ABORTED":
            self.problems.append(f"failed: {request.url} ({request.failure})")

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _third_party(self, route):
        self.problems.append(f"third-party request: {route.request.url}")
        route.abort()

    def take(self):
        problems, self.problems = self.problems, []
        return problems


@dataclass
class Admin:
    """A signed-in user's browser tab in the admin."""

    page: object
    watch: Watch
    base_url: str

    def open(self, path):
        """Open an admin URL; its HTTP status."""
        response = self.page.goto(self.base_url + path, wait_until="load", timeout=TIMEOUT_MS)
        return response.status

    def messages(self, level):
        return self.page.locator(f".messages li.{level}").all_inner_texts()

    def permission_denied(self):
        """Wagtail answers a refused admin view by going to the dashboard with an error."""
        return bool(self.messages("error")) and self.page.url.rstrip("/").endswith("/admin")

    def fill(self, selector, value):
        """Type into a field, as staff do: on its tab, opened first if the field is on another
        one. Then wait for the autosave the change sets off (Wagtail saves the form half a
        second after a change), so that it does not race the next action (the server would
        refuse the older of two saves). The autosave must succeed."""
        # A change typed before Wagtail's copy of the form would be part of it, and never saved.
        self.page.wait_for_function(FORM_COPY_SETTLED)
        field = self.page.locator(selector)
        tab_panel = field.evaluate("field => field.closest('[role=tabpanel]')?.id")
        if tab_panel:
            self.page.locator(f'[role=tab][href="#{tab_panel}"]').click()
        with self.page.expect_response(self._is_autosave, timeout=15_000) as autosave:
            field.fill(value)
        assert autosave.value.status == 200, autosave.value.text()

    def _is_autosave(self, response):
        same_path = urlsplit(response.url).path == urlsplit(self.page.url).path
        return response.request.method == "POST" and same_path

    def open_preview(self):
        """Open the editor's preview side panel and wait for the page to show in its frame
        (with its heading): refused framing would leave an error page there instead."""
        self.page.locator("[data-side-panel-toggle=preview]").click()
        self.page.frame_locator("#w-preview-iframe").locator("h1").first.wait_for()

    def footer_action(self, selector):
        """Press one of the editor's footer actions (opening the "more actions" menu if the
        action is in it) and wait for the page it leads to."""
        button = self.page.locator(f"footer {selector}").first
        if not button.is_visible():
            self.page.locator("footer .w-dropdown-button .w-dropdown__toggle").first.click()
        with self.page.expect_navigation(timeout=TIMEOUT_MS):
            button.click()

    def menu_urls(self):
        """Every link of the sidebar's main menu, submenus included (not the account's)."""
        props = self.page.locator("#wagtail-sidebar-props").text_content()
        urls = re.findall(r'"(/admin/[^"]*)"', props)
        account = ("/admin/logout", "/admin/account")
        return sorted({url for url in urls if not url.startswith(account)})


def sign_in(browser, base_url, user):
    """A browser context of its own for the user, signed in through the login form."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="it-IT")
    context.add_init_script(WATCHES_EDITS)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch = Watch(page, base_url)
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", user.password)
    with page.expect_navigation():
        page.locator("form button[type=submit]").click()
    assert page.url == f"{base_url}/admin/", page.url
    return context, Admin(page, watch, base_url)
