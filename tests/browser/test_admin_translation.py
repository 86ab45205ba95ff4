"""The translation hand-over in a real browser, on the production-mode demo site: an Editor
translates an Italian page into English in wagtail-localize's editor and submits it; the page
stays as it was for visitors until a Moderator approves it, then it shows the Editor's text.

The staff accounts are made with manage.py, as production has no demo users."""

import json
import secrets
import urllib.request

import pytest
from playwright.sync_api import expect

from .conftest import manage

pytestmark = pytest.mark.browser

PASSWORD = secrets.token_urlsafe(16)
NEW_SUMMARY = f"Everything to know, translated by the Editor {secrets.token_hex(3)}."

STAFF = """
from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile
for username, group in (("editor", "Editors"), ("moderator", "Moderators")):
    user = User.objects.create_user(username, f"{username}@example.org", "%(password)s")
    user.groups.add(Group.objects.get(name=group))
    UserProfile.objects.create(user=user, preferred_language="it")
"""

# An Italian content page that wagtail-localize translates into English, and what the
# translation editor shows of it.
TRANSLATED_PAGE = """
import json
from wagtail.models import Locale
from wagtail_localize.models import Translation
from borgo.models import ContentPage
english = Locale.objects.get(language_code="en")
for translation in Translation.objects.filter(target_locale=english, enabled=True):
    page = translation.source.get_source_instance()
    if isinstance(page, ContentPage) and page.live and page.summary:
        target = page.get_translation(english)
        print(json.dumps({"id": target.id, "url": target.url, "summary": page.summary}))
        break
"""

TASK_STATE = """
from wagtail.models import WorkflowState
state = WorkflowState.objects.get(object_id="%(id)s", status="in_progress")
print(state.current_task_state_id)
"""


def shell(site_env, code):
    """The last line `code` printed (the shell first says what it imported)."""
    return manage(site_env, "shell", "-c", code).strip().splitlines()[-1]


@pytest.fixture(scope="module")
def english_page(site, site_env):
    shell(site_env, STAFF % {"password": PASSWORD})
    return json.loads(shell(site_env, TRANSLATED_PAGE))


def log_in(page, site, username):
    page.context.clear_cookies()  # whoever was signed in before
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{site}/admin/")


def public_text(site, path):
    with urllib.request.urlopen(f"{site}{path}", timeout=60) as response:
        return response.read().decode()


def test_an_editor_submits_a_translation_and_a_moderator_publishes_it(
    site, site_env, english_page, site_only_page
):
    page = site_only_page
    page.set_default_timeout(60_000)
    log_in(page, site, "editor")
    page.goto(f"{site}/admin/pages/{english_page['id']}/edit/")

    segment = page.locator("li", has_text=english_page["summary"][:40]).last
    segment.locator("button").first.click()
    segment.locator("textarea").fill(NEW_SUMMARY)
    with page.expect_response(lambda response: "/strings/" in response.url) as saved:
        segment.locator("textarea").press("Enter")
    assert saved.value.ok

    main_action = page.locator('footer button[name="action"][value="publish"]')
    expect(main_action).to_contain_text("Invia per la moderazione")
    expect(page.locator('a[href*="convert_to_alias"]')).to_have_count(0)
    main_action.click()
    expect(page.locator(".messages")).to_contain_text("inviat")

    assert NEW_SUMMARY not in public_text(site, english_page["url"])  # not live yet

    task_state = shell(site_env, TASK_STATE % english_page)
    log_in(page, site, "moderator")
    approve = f"/admin/pages/workflow/action/{english_page['id']}/approve/{task_state}/"
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{site}{approve}", form={"comment": ""}, headers={"X-CSRFToken": csrf}
    )
    assert response.ok

    assert NEW_SUMMARY in public_text(site, english_page["url"])
