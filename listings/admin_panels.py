"""Dashboard queues of the listings: enquiries to answer and owners' offers to review."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from borgo.dashboard import QueuePanel, Row, filtered, recent_start

from .models import Enquiry, EnquiryStatus, OwnerSubmission, SubmissionStatus


def queue_panels(user):
    panels = []
    if user.has_perm("listings.view_enquiry"):
        panels.append(_enquiries())
    if user.has_perm("listings.view_ownersubmission"):
        panels.append(_owner_submissions())
    return panels


def _enquiries():
    since = recent_start()
    counts = Enquiry.objects.aggregate(
        new=Count("pk", filter=Q(status=EnquiryStatus.NEW)),
        recent=Count("pk", filter=Q(created_at__date__gte=since)),
    )
    url = reverse("wagtailsnippets_listings_enquiry:list")
    rows = [
        Row(_("New, not answered yet"), counts["new"], filtered(url, status=EnquiryStatus.NEW)),
        Row(
            _("Received in the last 7 days"),
            counts["recent"],
            filtered(url, created_at_after=since.isoformat()),
        ),
    ]
    return QueuePanel("listings-enquiries", _("Enquiries"), rows, order=112)


def _owner_submissions():
    count = OwnerSubmission.objects.filter(status=SubmissionStatus.NEW).count()
    url = reverse("wagtailsnippets_listings_ownersubmission:list")
    rows = [Row(_("To review"), count, filtered(url, status=SubmissionStatus.NEW))]
    return QueuePanel("listings-owner-submissions", _("Owner submissions"), rows, order=113)
