"""Messages visitors send about a listing: stored first, then e-mailed."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .links import ListingRecord


class EnquiryStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("status of an enquiry", "New")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class Enquiry(ListingRecord):
    """One message from a visitor about one listing (an accommodation or a property)."""

    shown_on_public_pages = False  # borgo.page_cache: storing one retires no cached page

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    arrival = models.DateField(_("arrival"), null=True, blank=True)
    departure = models.DateField(_("departure"), null=True, blank=True)
    message = models.TextField(_("message"), max_length=3000, blank=True)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(
        _("status"), max_length=10, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW
    )
    email_sent = models.BooleanField(
        _("e-mail sent"),
        default=False,
        help_text=_("False if sending failed: answer from here."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="enquiry_status_idx")]

    def __str__(self):
        return f"{self.name} · {self.listing_title}"

    def clean(self):
        super().clean()
        if self.arrival and self.departure and self.departure <= self.arrival:
            raise ValidationError({"departure": _("Departure must be after arrival.")})
