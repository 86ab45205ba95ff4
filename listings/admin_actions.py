"""Bulk actions on the Accommodation and RealEstate snippet lists: unpublish, extend expiry.

Both act on the rows staff selected, and are the Moderators' (they change what the public sees).
`expires_on` is a fact: extending a listing that is the source of translations extends them
too when it is published (translation_facts.py).
"""

import calendar
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from .models import Accommodation, RealEstate
from .revisions import set_fields

EXTENSION_MONTHS = 3


def add_months(day, months):
    """The same day `months` later, or the month's last day (31 Nov -> 30 Nov)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def extended(expires_on, today):
    """The new expiry: 3 months after the current one, counted from today if there is none or
    it has passed (so that an expired listing comes back for the full 3 months)."""
    return add_months(max(expires_on or today, today), EXTENSION_MONTHS)


class ListingBulkAction(SnippetBulkAction):
    models = [Accommodation, RealEstate]
    template_name = "listings/admin/confirm_bulk_action.html"
    permission = "change"

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission, snippet
        )


class UnpublishBulkAction(ListingBulkAction):
    display_name = _("Unpublish")
    action_type = "unpublish"
    aria_label = _("Unpublish the selected listings")
    permission = "publish"  # Wagtail's rule: who may publish may also unpublish

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        live = [listing for listing in objects if listing.live]
        for listing in live:
            listing.unpublish(user=user)  # logged in the listing's history
        return len(live), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d listing unpublished.", "%(count)d listings unpublished.", num_parent_objects
        ) % {"count": num_parent_objects}


class ExtendExpiryBulkAction(ListingBulkAction):
    display_name = _("Extend expiry by 3 months")
    action_type = "extend-expiry"
    aria_label = _("Extend the expiry of the selected listings by 3 months")
    permission = "publish"  # the new date goes live at once

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        today = timezone.localdate()
        for listing in objects:
            set_fields(listing, {"expires_on": extended(listing.expires_on, today)}, user=user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d listing extended by 3 months.",
            "%(count)d listings extended by 3 months.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
