"""The translation hand-over in a real browser, on the production-mode demo site: an Editor
translates an Italian page into English in wagtail-localize's editor and submits it; the page
stays as it was for visitors until a Moderator approves it, then it shows the Editor's text."""

import json
import secrets
import urllib.request

import pytest
from playwright.sync_api import expect

from borgo.staff import EDITORS, MODERATORS

from .admin import sign_in

pytestmark = pytest.mark.browser

NEW_SUMMARY = f"Everything to know, translated by the Editor {secrets.token_hex(3)}."

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


def shell(site_server, code):
    """The last line `code` printed (the shell first says what it imported)."""
    return site_server.manage("shell", "-c", code).strip().splitlines()[-1]


@pytest.fixture(scope="module")
def english_page(site_server):
    return json.loads(shell(site_server, TRANSLATED_PAGE))


def public_text(site, path):
    with urllib.request.urlopen(f"{site}{path}", timeout=60) as response:
        return response.read().decode()


def test_an_editor_submits_a_translation_and_a_moderator_publishes_it(
    site, site_server, browser, staff, english_page
):
    editor_context, editor = sign_in(browser, site, staff[EDITORS])
    page = editor.page
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
    editor_context.close()

    assert NEW_SUMMARY not in public_text(site, english_page["url"])  # not live yet

    task_state = shell(site_server, TASK_STATE % english_page)
    moderator_context, moderator = sign_in(browser, site, staff[MODERATORS])
    approve = f"/admin/pages/workflow/action/{english_page['id']}/approve/{task_state}/"
    csrf = next(c["value"] for c in moderator_context.cookies() if c["name"] == "csrftoken")
    response = moderator.page.request.post(
        f"{site}{approve}", form={"comment": ""}, headers={"X-CSRFToken": csrf}
    )
    moderator_context.close()
    assert response.ok

    assert NEW_SUMMARY in public_text(site, english_page["url"])
