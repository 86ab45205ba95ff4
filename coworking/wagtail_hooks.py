"""Admin wiring of the co-working app."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .admin_panels import StaleSpeedTestsPanel
from .admin_views import (
    ApproveBulkAction,
    CancelBulkAction,
    ReservationViewSet,
    questionnaire_summary,
)

register_snippet(ReservationViewSet)
hooks.register("register_bulk_action", ApproveBulkAction)
hooks.register("register_bulk_action", CancelBulkAction)


@hooks.register("construct_homepage_panels")
def add_stale_speed_tests_panel(request, panels):
    panels.append(StaleSpeedTestsPanel())


@hooks.register("register_admin_urls")
def register_questionnaire_summary_url():
    return [
        path(
            "coworking/questionnaire-summary/",
            questionnaire_summary,
            name="coworking_questionnaire_summary",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_questionnaire_summary_menu_item():
    return MenuItem(
        _("Questionnaire summary"),
        reverse("coworking_questionnaire_summary"),
        icon_name="list-ul",
        order=260,
    )
