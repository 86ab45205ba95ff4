"""The plans sent from "Plan your stay" in the admin (Moderators: see borgo.staff)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PlanRequest


class PlanRequestViewSet(SnippetViewSet):
    """Plans sent from "Plan your stay": the reference the e-mails give, read only, with the
    enquiry and the desk passes it ties together (each handled in its own list)."""

    model = PlanRequest
    icon = "date"
    menu_label = _("Plan requests")
    list_display = ["reference", "created_at", "arrival", "departure", "enquiry", "language"]
    search_fields = ["reference"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference", "created_at", "arrival", "departure", "enquiry", "pass_bookings", "language",
    ]  # fmt: skip
