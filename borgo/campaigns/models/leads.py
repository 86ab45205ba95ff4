"""Leads: the campaign a stored enquiry, booking or form submission came from.

Campaign parameters travel first-party, in the URL the campaign links to and then as hidden
form fields (see borgo.campaigns.attribution): no cookie, no third-party script, so no consent
banner.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..attribution import PARAMETERS, campaign_from


class Lead(models.Model):
    shown_on_public_pages = False  # borgo.page_cache: storing one retires no cached page

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    subject = GenericForeignKey("content_type", "object_id")
    source = models.CharField(_("source"), max_length=200, blank=True)
    medium = models.CharField(_("medium"), max_length=200, blank=True)
    campaign = models.CharField(_("campaign"), max_length=200, blank=True)
    term = models.CharField(_("term"), max_length=200, blank=True)
    content = models.CharField(_("content"), max_length=200, blank=True)
    gclid = models.CharField(_("Google Ads click"), max_length=200, blank=True)
    li_fat_id = models.CharField(_("LinkedIn click"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        # The table made when leads were part of `seo` (see migrations/0001_initial.py).
        db_table = "seo_lead"
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        indexes = [models.Index(fields=["campaign", "source", "medium"])]
        ordering = ["-created_at"]

    def __str__(self):
        return self.campaign or self.source or str(_("(no campaign)"))


def record_lead(request, stored_object):
    """Remember which campaign brought `stored_object`; nothing when no campaign did."""
    campaign = campaign_from(request)
    if not campaign:
        return None
    return Lead.objects.create(
        subject=stored_object,
        **{PARAMETERS[parameter]: value for parameter, value in campaign.items()},
    )


class CampaignFormMixin:
    """For Wagtail form pages: remember the campaign of each stored submission.

    Wagtail hands process_form_submission() only the form, so the request is kept from serve().
    """

    def serve(self, request, *args, **kwargs):
        self._campaign_request = request
        return super().serve(request, *args, **kwargs)

    def record_campaign(self, submission):
        request = getattr(self, "_campaign_request", None)
        return record_lead(request, submission) if request is not None else None
