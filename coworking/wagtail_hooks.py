"""Admin wiring of the co-working app."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin_panels import StaleSpeedTestsPanel, queue_panels
from .admin_views import (
    ApproveBulkAction,
    CancelBulkAction,
    PassBookingViewSet,
    ReservationPermissionPolicy,
    ReservationViewSet,
    questionnaire_summary,
)
from .home_sections import connectivity_headline, next_events
from .models import PassBooking, Reservation

register_permission_policy(Reservation, ReservationPermissionPolicy(Reservation), exact_class=True)
register_permission_policy(PassBooking, ReservationPermissionPolicy(PassBooking), exact_class=True)
register_snippet(ReservationViewSet)
register_snippet(PassBookingViewSet)
hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", CancelBulkAction)


@hooks.register("construct_homepage_panels")
def add_stale_speed_tests_panel(request, panels):
    panels.append(StaleSpeedTestsPanel())


@hooks.register("construct_homepage_panels")
def add_queue_panels(request, panels):
    panels.extend(queue_panels(request.user))


@hooks.register("register_admin_urls")
def register_questionnaire_summary_url():
    return [
        path(
            "coworking/questionnaire-summary/",
            questionnaire_summary,
            name="coworking_questionnaire_summary",
        )
    ]


class QuestionnaireSummaryMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or get_forms_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_questionnaire_summary_menu_item():
    return QuestionnaireSummaryMenuItem(
        _("Questionnaire summary"),
        reverse("coworking_questionnaire_summary"),
        icon_name="list-ul",
        order=260,
    )


# What co-working adds to the home page (borgo.app_sections), in this order.
hooks.register("borgo_home_section", connectivity_headline)
hooks.register("borgo_home_section", next_events)
