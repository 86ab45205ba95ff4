"""The "Plan your stay" page, and the record of a plan a visitor sent (issue 17).

The page takes `arrival` and `departure` in its query string, so a plan is a link that can be
shared; its "Send this plan" form stores a PlanRequest that ties the stay's enquiry and the
desk passes together under one reference (listings.plan_request).
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from borgo.page_views import RegisteredViews
from borgo.pages import BasePage

# No 0/O or 1/I: a reference is read aloud on the phone and typed into bank transfers.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
REFERENCE_PREFIX = "PLAN-"
REFERENCE_LENGTH = 8
REFERENCE_PATTERN = rf"^{REFERENCE_PREFIX}[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}$"


def new_reference():
    return REFERENCE_PREFIX + "".join(
        secrets.choice(REFERENCE_ALPHABET) for _n in range(REFERENCE_LENGTH)
    )


class PlanStayPage(RegisteredViews, BasePage):
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("A few sentences above the dates form."),
    )

    parent_page_types = ["borgo.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("plan your stay page")
        verbose_name_plural = _("plan your stay pages")

    def serve(self, request, *args, **kwargs):
        return self.registered_view("page")(request)  # listings.plan_views


class PlanRequest(models.Model):
    """A plan a visitor sent: the stay's enquiry and the desk passes, under one reference."""

    shown_on_public_pages = False  # borgo.page_cache: storing one retires no cached page

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    arrival = models.DateField(_("arrival"))
    departure = models.DateField(_("departure"))
    enquiry = models.OneToOneField(
        "listings.Enquiry",
        verbose_name=_("enquiry"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="plan_request",
    )
    pass_bookings = models.ManyToManyField(
        "coworking.PassBooking", verbose_name=_("desk passes"), blank=True, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10)
    # The form's one-time key: the same form sent twice stores one request.
    submission_key = models.UUIDField(null=True, unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("plan request")
        verbose_name_plural = _("plan requests")
        ordering = ["-created_at"]

    def __str__(self):
        return self.reference
