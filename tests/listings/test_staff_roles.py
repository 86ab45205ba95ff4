"""What each staff group may do with listings, enquiries, owner submissions and reservations,
through the admin's own views (README, Content and admin: staff roles)."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from listings.models import Accommodation, Enquiry, OwnerSubmission, RealEstate
from tests.staff import form_data, staff_user

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db
LISTINGS = {"accommodation": AccommodationFactory, "realestate": RealEstateFactory}
GROUPS = ["Editors", "Moderators"]


def url(model, view, *args, app="listings"):
    return reverse(f"wagtailsnippets_{app}_{model}:{view}", args=args)


@pytest.fixture
def as_group(client, django_user_model):
    def log_in(group_name):
        client.force_login(staff_user(django_user_model, group_name))
        return client

    return log_in


def edit_data(listing, user, **changes):
    form_class = type(listing).snippet_viewset.get_edit_handler().get_form_class()
    data = form_data(form_class(instance=listing, for_user=user))
    return {**data, **changes}


@pytest.mark.parametrize("group_name", GROUPS)
@pytest.mark.parametrize("model", LISTINGS)
def test_staff_open_the_listings_index_edit_and_create(as_group, group_name, model, homes):
    listing = LISTINGS[model](title="Casa del Fornaio")
    staff = as_group(group_name)
    index = staff.get(url(model, "list"))
    assert index.status_code == 200
    assert "Casa del Fornaio" in index.content.decode()
    edit = staff.get(url(model, "edit", listing.pk))
    assert edit.status_code == 200
    assert ("action-publish" in edit.content.decode()) is (group_name == "Moderators")
    assert staff.get(url(model, "add")).status_code == 200


@pytest.mark.parametrize("group_name", GROUPS)
@pytest.mark.parametrize("model", ["enquiry", "ownersubmission"])
def test_staff_read_and_update_enquiries_and_owner_submissions(as_group, group_name, model, homes):
    stay = AccommodationFactory(title="Casa del Fornaio")
    if model == "enquiry":
        record = Enquiry.objects.create(
            accommodation=stay, listing_title=stay.title, name="Ada Rossi",
            email="ada@example.org", language="it",
        )  # fmt: skip
    else:
        record = OwnerSubmission.objects.create(
            accommodation=stay, listing_title=stay.title, name="Ada Rossi",
            email="ada@example.org", language="it",
        )  # fmt: skip
    staff = as_group(group_name)
    assert "Ada Rossi" in staff.get(url(model, "list")).content.decode()
    assert staff.get(url(model, "edit", record.pk)).status_code == 200
    done = "answered" if model == "enquiry" else "accepted"
    response = staff.post(url(model, "edit", record.pk), {"status": done})
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == done
    # They arrive from the public forms only.
    assert staff.get(url(model, "add")).status_code in (302, 403)


@pytest.mark.parametrize("model", LISTINGS)
def test_an_editor_submits_a_listing_and_a_moderator_publishes_it(
    as_group, client, django_user_model, model, homes
):
    listing = LISTINGS[model](title="Casa del Fornaio")
    editor = staff_user(django_user_model, "Editors")
    client.force_login(editor)
    data = edit_data(listing, editor, title="Casa del Fornaio rinnovata", **{"action-submit": "1"})
    assert client.post(url(model, "edit", listing.pk), data).status_code == 302
    listing.refresh_from_db()
    assert listing.title == "Casa del Fornaio"  # the live listing waits for the moderators
    state = WorkflowState.objects.get(object_id=str(listing.pk), status="in_progress")
    # An editor cannot publish by hand either.
    data["action-publish"] = "1"
    del data["action-submit"]
    client.post(url(model, "edit", listing.pk), data)
    listing.refresh_from_db()
    assert listing.title == "Casa del Fornaio"

    moderator = as_group("Moderators")
    approve = url(model, "workflow_action", listing.pk, "approve", state.current_task_state.pk)
    assert moderator.post(approve, {}).status_code == 302
    listing.refresh_from_db()
    assert listing.title == "Casa del Fornaio rinnovata"
    assert listing.live and not listing.has_unpublished_changes


@pytest.mark.parametrize("model", [Accommodation, RealEstate])
def test_listings_go_through_the_moderators_approval_workflow(model, django_user_model):
    staff_user(django_user_model, "Editors")
    workflow = model.get_default_workflow()
    assert workflow.name == "Moderazione"
    assert list(workflow.tasks.get().specific.groups.values_list("name", flat=True)) == [
        "Moderators"
    ]


def test_reservations_are_for_moderators_only(as_group):
    reservations = url("reservation", "list", app="coworking")
    assert as_group("Moderators").get(reservations).status_code == 200
    assert as_group("Editors").get(reservations).status_code in (302, 403)
