"""Every way wagtail-localize publishes a translation goes through moderation for a user who may
not publish (an Editor), and still publishes for one who may (a Moderator)."""

import pytest
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from borgo.staff import ensure_staff_groups

from .factories import ContentPageFactory

pytestmark = pytest.mark.django_db

LIVE_SUMMARY = "Alles, was man wissen muss."
NEW_SUMMARY = "Vom Redakteur übersetzt."


@pytest.fixture
def staff(client, django_user_model):
    """`staff("Editors")` logs the client in as a member of that group."""

    def log_in(group_name):
        ensure_staff_groups()
        user, _created = django_user_model.objects.get_or_create(
            username=group_name, email=f"{group_name.lower()}@example.org"
        )
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def german(homes, django_capture_on_commit_callbacks):
    """A live German translation made with wagtail-localize, its summary translated."""
    italian = ContentPageFactory(parent=homes["it"], title="Privacy", slug="privacy")
    italian.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(italian)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="de")
    )
    translate_summary(translation, LIVE_SUMMARY)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return translation


def summary_segment(translation):
    return StringSegment.objects.get(
        source=translation.source, string__data="Tutto quello che serve sapere."
    )


def translate_summary(translation, text):
    segment = summary_segment(translation)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": text},
    )


def edit_summary(client, translation, text):
    """The translation editor's PUT of one segment."""
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.id, summary_segment(translation).id],
    )
    response = client.put(url, encode_multipart(BOUNDARY, {"value": text}), MULTIPART_CONTENT)
    assert response.status_code == 200


def page(translation):
    return translation.get_target_instance().specific_class.objects.get(
        pk=translation.get_target_instance().pk
    )


def workflow_in_progress(translation):
    return WorkflowState.objects.filter(
        object_id=str(page(translation).pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def assert_held_for_moderation(translation):
    target = page(translation)
    assert target.live and target.summary == LIVE_SUMMARY  # visitors still see the old text
    assert target.has_unpublished_changes
    assert target.get_latest_revision_as_object().summary == NEW_SUMMARY
    assert workflow_in_progress(translation)


def assert_published(translation):
    assert page(translation).summary == NEW_SUMMARY
    assert not page(translation).has_unpublished_changes
    assert not workflow_in_progress(translation)


def update(client, translation):
    """Sync translated pages, with "publish"."""
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    return client.post(url, {"publish_translations": "on"})


def publish_in_editor(client, translation):
    """The translation editor's main action."""
    url = reverse("wagtailadmin_pages:edit", args=[page(translation).pk])
    return client.post(url, {"action": "publish"})


@pytest.mark.parametrize("publish", [update, publish_in_editor])
@pytest.mark.parametrize(
    "group_name, outcome",
    [("Editors", assert_held_for_moderation), ("Moderators", assert_published)],
)
def test_editors_submit_translations_and_moderators_publish_them(
    staff, german, publish, group_name, outcome, django_capture_on_commit_callbacks
):
    user = staff(group_name)
    edit_summary(user, german, NEW_SUMMARY)
    with django_capture_on_commit_callbacks(execute=True):
        assert publish(user, german).status_code == 302
    outcome(german)


def test_the_moderators_are_told_and_approving_publishes(
    staff, german, mailoutbox, django_capture_on_commit_callbacks
):
    staff("Moderators")
    editor = staff("Editors")
    edit_summary(editor, german, NEW_SUMMARY)
    with django_capture_on_commit_callbacks(execute=True):
        publish_in_editor(editor, german)
    assert any("moderators@example.org" in message.to for message in mailoutbox)
    moderator = staff("Moderators")
    task_state = WorkflowState.objects.get(object_id=str(page(german).pk)).current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page(german).pk, "approve", task_state.id]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert moderator.post(url, {"comment": ""}).status_code == 302
    assert_published(german)


def test_the_editor_offers_an_editor_submission_not_conversion_to_alias(staff, german):
    editor = staff("Editors")
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[page(german).pk])).content.decode()
    assert "data-submit-label=" in html
    assert "&quot;canPublish&quot;: true" in html
    assert "convert_to_alias" not in html


def test_an_editor_may_not_convert_a_translation_to_an_alias(staff, german):
    editor = staff("Editors")
    url = reverse("wagtail_localize:convert_to_alias", args=[page(german).pk])
    response = editor.post(url)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")  # denied
    assert page(german).alias_of_id is None and page(german).summary == LIVE_SUMMARY


def test_a_new_translation_by_an_editor_is_not_published(
    staff, homes, django_capture_on_commit_callbacks
):
    italian = ContentPageFactory(parent=homes["it"], title="Orari", slug="orari")
    italian.save_revision().publish()
    editor = staff("Editors")
    url = reverse("wagtail_localize:submit_page_translation", args=[italian.pk])
    french = Locale.objects.get(language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):
        assert editor.post(url, {"locales": [french.pk]}).status_code == 302
    assert not italian.get_translation(french).live


def test_the_snippet_api_answers_only_for_models_the_user_may_view(staff, homes, admin_client):
    url = reverse("wagtail_localize:snippets_api_listing", args=["coworking", "reservation"])
    assert staff("Editors").get(url).status_code == 403
    assert admin_client.get(url).status_code == 200


def test_a_listing_translation_synced_by_an_editor_stays_a_draft(
    staff, homes, django_capture_on_commit_callbacks
):
    """Listings have no workflow: the Editor's sync leaves a draft for a Moderator."""
    from django.contrib.auth.models import Permission

    from .listings.factories import AccommodationFactory

    italian = AccommodationFactory(summary="Una casa nel centro storico.")
    source, _created = TranslationSource.get_or_create_from_instance(italian)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = translation.get_target_instance()
    editor = staff("Editors")
    Group.objects.get(name="Editors").permissions.add(
        Permission.objects.get(codename="change_accommodation")
    )
    italian.summary = "Una casa con giardino."
    italian.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        assert update(editor, translation).status_code == 302
    english.refresh_from_db()
    assert english.live and english.summary == "Una casa nel centro storico."
    assert english.get_latest_revision_as_object().summary == "Una casa con giardino."
