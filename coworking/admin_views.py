"""Staff tools in the Wagtail admin: reservations (listing, export, bulk actions), summaries."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from .models import CoworkingSpacePage, PassBooking, Reservation, ReservationStatus
from .notifications import send_status_change
from .pass_notifications import send_pass_status_change
from .questionnaire import source_questionnaires, summary


def announce_status(booking):
    """The visitor's e-mail about a new status of a reservation or a desk pass."""
    if isinstance(booking, PassBooking):
        send_pass_status_change(booking)
    else:
        send_status_change(booking)


class ReservationPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds reservations or pass bookings in the admin, not even a superuser.

    Only coworking.booking.reserve and coworking.passes.book_pass take the seat rows that
    prevent overbooking; a booking made in the admin would take none (and its booking fields
    are read-only there).
    """

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


class SpaceFilterSet(WagtailFilterSet):
    """Bookings of one co-working space (reservations and passes point to its resources)."""

    space = django_filters.ModelChoiceFilter(
        label=_("Co-working space"),
        field_name="resource__page",
        queryset=CoworkingSpacePage.objects.all(),
    )


class ReservationFilterSet(SpaceFilterSet):
    start = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Reservation
        fields = ["status", "resource"]


class ReservationEditView(EditView):
    def save_instance(self):
        previous_status = type(self.object).objects.get(pk=self.object.pk).status
        booking = super().save_instance()
        if booking.status != previous_status:
            announce_status(booking)
        return booking


class BookingViewSet(SnippetViewSet):
    """Staff's list of bookings: their status changes e-mail the visitor."""

    edit_view_class = ReservationEditView
    icon = "date"
    add_to_admin_menu = True
    search_backend_name = None


class ReservationViewSet(BookingViewSet):
    model = Reservation
    menu_label = _("Reservations")
    menu_order = 250
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


class PassBookingFilterSet(SpaceFilterSet):
    first_day = django_filters.DateFromToRangeFilter(
        label=_("First day"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PassBooking
        fields = ["status"]


class PassBookingViewSet(BookingViewSet):
    """Desk passes, approved or declined like reservations (the days follow the pass)."""

    model = PassBooking
    menu_label = _("Desk passes")
    menu_order = 251
    list_display = [
        "name",
        Column("desk_pass", label=_("pass")),
        "first_day",
        "last_day",
        "price",
        "reference",
        "status",
        "created_at",
    ]
    filterset_class = PassBookingFilterSet
    search_fields = ["name", "email", "organisation", "reference"]
    list_export = [
        "id",
        "status",
        "desk_pass",
        "resource",
        "seat",
        "first_day",
        "last_day",
        "price",
        "reference",
        "name",
        "email",
        "phone",
        "organisation",
        "purpose",
        "language",
        "created_at",
    ]
    export_filename = "desk-passes"
    ordering = ["-first_day"]

    def get_queryset(self, request):
        return PassBooking.objects.select_related("desk_pass", "resource__page")


class SetStatusBulkAction(SnippetBulkAction):
    """Approve or cancel the selected bookings at once (cancelling frees their seats)."""

    models = [Reservation, PassBooking]
    template_name = "coworking/admin/confirm_bulk_status.html"
    new_status = None

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        changed = 0
        for reservation in objects:
            if reservation.is_active and reservation.status != cls.new_status:
                reservation.status = cls.new_status
                reservation.save()
                announce_status(reservation)
                changed += 1
        return changed, 0

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", snippet
        )


class ApproveBulkAction(SetStatusBulkAction):
    display_name = pgettext_lazy("reservation", "Approve")
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
    display_name = pgettext_lazy("reservation", "Cancel")
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
    """Answers to the questionnaire counted by profile and need, to size the rooms.

    Open to whoever may read the questionnaire's submissions, by Wagtail's own rule for form
    submissions (change permission on the form page).
    """
    readable = set(get_forms_for_user(request.user).values_list("pk", flat=True))
    sources = [page for page in source_questionnaires() if page.pk in readable]
    if not sources and not request.user.is_superuser:
        raise PermissionDenied
    questionnaires = [(page, summary(page)) for page in sources]
    return TemplateResponse(
        request,
        "coworking/admin/questionnaire_summary.html",
        {"questionnaires": questionnaires, "header_icon": "list-ul"},
    )
