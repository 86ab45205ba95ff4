"""A Moderator (not a superuser) looks after reservations and reads the questionnaire."""

from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from coworking.availability import at
from coworking.booking import reserve
from tests.staff import staff_user

pytestmark = pytest.mark.django_db


def log_in_as(client, django_user_model, group_name):
    client.force_login(staff_user(django_user_model, group_name))
    return client


@pytest.fixture
def pending(space, room):
    return reserve(
        room,
        space,
        at(timezone.localdate() + timedelta(days=2), time(10)),
        60,
        {"name": "Sara Neri", "email": "s@example.org", "purpose": "Riunione"},
        "it",
    )


def test_a_moderator_sees_exports_approves_and_cancels(client, django_user_model, pending):
    moderator = log_in_as(client, django_user_model, "Moderators")
    listing = reverse("wagtailsnippets_coworking_reservation:list")
    assert "Sara Neri" in moderator.get(listing).content.decode()
    assert moderator.get(listing, {"export": "csv"}).status_code == 200
    edit = reverse("wagtailsnippets_coworking_reservation:edit", args=[pending.pk])
    assert moderator.get(edit).status_code == 200
    approve = reverse("wagtail_bulk_action", args=["coworking", "reservation", "approve"])
    assert moderator.post(f"{approve}?id={pending.pk}", {}).status_code == 302
    pending.refresh_from_db()
    assert pending.status == "confirmed"
    moderator.post(edit, {"status": "cancelled", "staff_notes": ""})
    pending.refresh_from_db()
    assert pending.status == "cancelled"


def test_an_editor_does_not_see_reservations(client, django_user_model, pending):
    editor = log_in_as(client, django_user_model, "Editors")
    listing = reverse("wagtailsnippets_coworking_reservation:list")
    assert "Sara Neri" not in editor.get(listing).content.decode()


@pytest.mark.parametrize("group_name", ["Moderators", "Editors"])
def test_staff_read_the_questionnaire(client, django_user_model, questionnaire, group_name):
    staff = log_in_as(client, django_user_model, group_name)
    submissions = reverse("wagtailforms:list_submissions", args=[questionnaire.pk])
    assert staff.get(submissions).status_code == 200
    response = staff.get(reverse("coworking_questionnaire_summary"))
    assert response.status_code == 200
    assert questionnaire.title in response.content.decode()


@pytest.mark.parametrize("group_name, sees_key", [("Moderators", True), ("Editors", False)])
def test_only_staff_who_see_reservations_see_the_calendar_key(
    client, django_user_model, space, desks, group_name, sees_key
):
    staff_client = log_in_as(client, django_user_model, group_name)
    page = staff_client.get(reverse("wagtailadmin_pages:edit", args=[space.pk])).content.decode()
    assert "Open space" in page  # the resource is there
    assert (desks.calendar_token in page) is sees_key


@pytest.mark.parametrize("group_name, edits_key", [("Moderators", True), ("Editors", False)])
def test_the_key_is_in_the_resource_forms_only_of_staff_who_see_it(
    django_user_model, space, desks, group_name, edits_key
):
    """A field the editor does not show must not be in the form either: it would be required
    and empty, and every save of the space by an Editor would fail (the browser test saves)."""
    user = staff_user(django_user_model, group_name)
    form_class = type(space).get_edit_handler().get_form_class()
    resources = form_class(instance=space, for_user=user).formsets["resources"]
    assert resources.forms
    for form in resources.forms:
        assert ("calendar_token" in form.fields) is edits_key
