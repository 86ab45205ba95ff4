"""The admin dashboard's work queues: counts, links to the filtered lists, and who sees which;
and no request from the admin to a third party (Gravatar)."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from coworking.passes import book_pass
from listings.models import Enquiry, OwnerSubmission
from tests.staff import staff_user

pytestmark = pytest.mark.django_db
QUEUES = {
    "reservations": 'id="coworking-reservations-heading"',
    "enquiries": 'id="listings-enquiries-heading"',
    "owner submissions": 'id="listings-owner-submissions-heading"',
    "questionnaire": 'id="coworking-questionnaire-heading"',
}


@pytest.fixture
def queues(space, room, questionnaire):
    """Two bookings and a week pass waiting, one booking confirmed; three enquiries (two new,
    one of them old); one offer to review and one accepted; two answers this week and one
    older."""
    start = timezone.now().replace(microsecond=0) + timedelta(days=2)
    for status in ("pending", "pending", "confirmed"):
        room.reservations.create(
            start=start, end=start + timedelta(hours=1), name="Sara Neri",
            email="s@example.org", status=status,
        )  # fmt: skip
    week = space.desk_passes.get(length_days=7)
    book_pass(week, timezone.localdate() + timedelta(days=1), name="Ada", email="a@example.org",
              language="it", notify=False)  # fmt: skip
    for status in ("new", "new", "answered"):
        Enquiry.objects.create(
            listing_title="Casa", name="Ada", email="a@example.org", language="it", status=status
        )
    Enquiry.objects.filter(status="answered").update(
        created_at=timezone.now() - timedelta(days=30), status="new"
    )  # an old enquiry, still unanswered
    for status in ("new", "accepted"):
        OwnerSubmission.objects.create(
            listing_title="Casa", name="Ada", email="a@example.org", language="it", status=status
        )
    for days_ago in (0, 3, 10):
        submission = questionnaire.get_submission_class().objects.create(
            page=questionnaire, form_data={}
        )
        submission.submit_time = timezone.now() - timedelta(days=days_ago)
        submission.save()
    return questionnaire


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(body, queue):
    start = body.index(QUEUES[queue])
    return body[start : body.index("</section>", start)]


def test_a_moderator_sees_every_queue_with_counts_and_links(client, django_user_model, queues):
    body = dashboard(client, staff_user(django_user_model, "Moderators"))
    reservations = panel(body, "reservations")
    assert "<strong>2</strong>" in reservations  # the pass's seven days are not counted
    assert "/admin/snippets/coworking/reservation/?status=pending" in reservations
    assert "<strong>1</strong>" in reservations  # the pass
    assert "/admin/snippets/coworking/passbooking/?status=pending" in reservations
    enquiries = panel(body, "enquiries")
    assert "<strong>3</strong>" in enquiries  # new
    assert "<strong>2</strong>" in enquiries  # received in the last 7 days
    assert "?status=new" in enquiries and "created_at_after=" in enquiries
    submissions = panel(body, "owner submissions")
    assert "<strong>1</strong>" in submissions and "?status=new" in submissions
    answers = panel(body, "questionnaire")
    assert "<strong>2</strong>" in answers
    assert reverse("wagtailforms:list_submissions", args=[queues.pk]) in answers


def test_an_editor_sees_no_reservations(client, django_user_model, queues):
    body = dashboard(client, staff_user(django_user_model, "Editors"))
    assert QUEUES["reservations"] not in body
    for queue in ("enquiries", "owner submissions", "questionnaire"):
        assert QUEUES[queue] in body


def test_a_user_without_the_permissions_sees_no_queue(client, django_user_model, queues):
    user = django_user_model.objects.create_user("guest", "g@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    body = dashboard(client, user)
    assert not any(marker in body for marker in QUEUES.values())


def test_the_dashboard_panels_take_few_queries(django_user_model, queues):
    from coworking.admin_panels import queue_panels as coworking_queues
    from listings.admin_panels import queue_panels as listing_queues

    user = staff_user(django_user_model, "Moderators")
    user.has_perm("listings.view_enquiry")  # the user's permissions, read once per request
    # The content types, cached for the process's life in a running site (a test that flushes
    # the database empties that cache).
    ContentType.objects.get_for_models(*apps.get_models())
    with CaptureQueriesContext(connection) as queries:
        panels = [*coworking_queues(user), *listing_queues(user)]
    assert len(panels) == 4
    # One count per queue (reservations and passes apart), and two to know whether the user
    # may read the questionnaire's answers (their page permissions, then whether such a page
    # exists).
    assert len(queries) == 7


def test_the_admin_makes_no_request_to_gravatar(client, django_user_model, queues):
    user = staff_user(django_user_model, "Moderators")
    body = dashboard(client, user)
    body += client.get(reverse("wagtailadmin_account")).content.decode()
    body += client.get(reverse("wagtailsnippets_listings_enquiry:list")).content.decode()
    assert "gravatar" not in body.lower()
