"""Staff tools in the Wagtail admin: reservations (listing, export, bulk actions), summaries."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CoworkingSpacePage, Reservation, ReservationStatus
from .questionnaire import source_questionnaires, summary


class ReservationFilterSet(WagtailFilterSet):
    space = django_filters.ModelChoiceFilter(
        label=_("Co-working space"),
        field_name="resource__page",
        queryset=CoworkingSpacePage.objects.all(),
    )
    start = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Reservation
        fields = ["status", "resource"]


class ReservationViewSet(SnippetViewSet):
    model = Reservation
    icon = "date"
    menu_label = _("Reservations")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "name",
        Column("resource", label=_("resource")),
        "start",
        "end",
        "seat",
        "status",
        "created_at",
    ]
    filterset_class = ReservationFilterSet
    search_fields = ["name", "email", "organisation", "purpose"]
    search_backend_name = None
    list_export = [
        "id",
        "status",
        "resource",
        "start",
        "end",
        "seat",
        "name",
        "email",
        "phone",
        "organisation",
        "purpose",
        "language",
        "created_at",
    ]
    export_filename = "reservations"
    ordering = ["-start"]

    def get_queryset(self, request):
        return Reservation.objects.select_related("resource__page")


class SetStatusBulkAction(SnippetBulkAction):
    """Approve or cancel the selected reservations at once (cancelling frees their seats)."""

    models = [Reservation]
    template_name = "coworking/admin/confirm_bulk_status.html"
    new_status = None

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        changed = 0
        for reservation in objects:
            if reservation.is_active and reservation.status != cls.new_status:
                reservation.status = cls.new_status
                reservation.save()
                changed += 1
        return changed, 0

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", snippet
        )


class ApproveBulkAction(SetStatusBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected reservations")
    new_status = ReservationStatus.CONFIRMED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d reservation approved.",
            "%(count)d reservations approved.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class CancelBulkAction(SetStatusBulkAction):
    display_name = _("Cancel")
    action_type = "cancel"
    aria_label = _("Cancel the selected reservations")
    new_status = ReservationStatus.CANCELLED
    classes = {"serious"}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d reservation cancelled.",
            "%(count)d reservations cancelled.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


def questionnaire_summary(request):
    """Answers to the questionnaire counted by profile and need, to size the rooms."""
    if (
        not request.user.has_perm("wagtailforms.view_formsubmission")
        and not request.user.is_superuser
    ):
        raise PermissionDenied
    questionnaires = [(page, summary(page)) for page in source_questionnaires()]
    return TemplateResponse(
        request,
        "coworking/admin/questionnaire_summary.html",
        {"questionnaires": questionnaires, "header_icon": "list-ul"},
    )
