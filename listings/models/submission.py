"""Offers from owners: a record of who offered which draft listing, for staff to review."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .links import ListingRecord


class SubmissionStatus(models.TextChoices):
    NEW = "new", _("To review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", pgettext_lazy("owner submission", "Rejected")


class OwnerSubmission(ListingRecord):
    """One owner's offer from the public form and the draft listing it created.

    The listing holds what the public will see (and the owner's e-mail and phone as its
    contact); this record keeps who sent it, in which language, and whether the e-mails went
    out. It survives the draft being deleted (a rejected offer), like an enquiry.
    """

    shown_on_public_pages = False  # borgo.page_cache: the draft listing retires what it must

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.NEW,
    )
    owner_email_sent = models.BooleanField(
        _("confirmation e-mailed to the owner"),
        default=False,
        help_text=_("False if sending failed: write to the owner from here."),
    )
    staff_email_sent = models.BooleanField(_("staff notified by e-mail"), default=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("owner submission")
        verbose_name_plural = _("owner submissions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="submission_status_idx")]

    def __str__(self):
        return f"{self.name} · {self.listing_title}"

    @property
    def listing_admin_url(self):
        """Where staff edit (review, then publish) the draft; None once it is deleted."""
        listings = (("accommodation", self.accommodation_id), ("realestate", self.real_estate_id))
        for model_name, pk in listings:
            if pk:
                return reverse(f"wagtailsnippets_listings_{model_name}:edit", args=[pk])
        return None
