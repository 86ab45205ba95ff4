"""Dashboard panels of the admin home: what staff must look after."""

from django.conf import settings
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_forms_for_user

from borgo.dashboard import QueuePanel, Row, filtered, recent_start

from .models import PassBooking, QuestionnairePage, Reservation, ReservationStatus, SpeedTest
from .models.connectivity import STALE_AFTER


class StaleSpeedTestsPanel(Component):
    """Speed tests older than a year: the published figures may no longer be true."""

    name = "coworking_stale_speed_tests"
    order = 150
    template_name = "coworking/admin/stale_speed_tests_panel.html"

    def get_context_data(self, parent_context=None):
        cutoff = timezone.localdate() - STALE_AFTER
        tests = (
            SpeedTest.objects.filter(
                tested_on__lt=cutoff, locale__language_code=settings.LANGUAGE_CODE
            )
            .select_related("page")
            .order_by("tested_on")
        )
        return {"tests": list(tests)}

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["tests"]:
            return ""
        return render_to_string(self.template_name, context)


def queue_panels(user):
    """Reservations awaiting approval (Moderators) and this week's questionnaire answers (staff
    who may read the questionnaire's submissions)."""
    panels = []
    if user.has_perm("coworking.view_reservation"):
        # A pending pass is counted once, as a pass, not once per day.
        pending = Reservation.objects.filter(status=ReservationStatus.PENDING, pass_booking=None)
        url = reverse("wagtailsnippets_coworking_reservation:list")
        rows = [
            Row(
                _("Waiting for approval"),
                pending.count(),
                filtered(url, status=ReservationStatus.PENDING),
            )
        ]
        if user.has_perm("coworking.view_passbooking"):
            passes = PassBooking.objects.filter(status=ReservationStatus.PENDING).count()
            url = reverse("wagtailsnippets_coworking_passbooking:list")
            rows.append(
                Row(_("Desk passes waiting for approval"), passes, filtered(url, status="pending"))
            )
        panels.append(QueuePanel("coworking-reservations", _("Reservations"), rows, order=111))
    questionnaires = get_forms_for_user(user).type(QuestionnairePage)
    if questionnaires.exists():
        panels.append(_questionnaire_answers(questionnaires))
    return panels


def _questionnaire_answers(questionnaires):
    """One row per language's questionnaire that got answers in the last 7 days."""
    since = recent_start()
    answers = (
        FormSubmission.objects.filter(page__in=questionnaires, submit_time__date__gte=since)
        .values("page_id", "page__title", "page__locale__language_code")
        .annotate(count=Count("pk"))
        .order_by("page__locale__language_code")
    )
    rows = [
        Row(
            f"{answer['page__title']} ({answer['page__locale__language_code']})",
            answer["count"],
            filtered(
                reverse("wagtailforms:list_submissions", args=[answer["page_id"]]),
                date_from=since.isoformat(),
            ),
        )
        for answer in answers
    ]
    if not rows:
        rows = [Row(_("No answers"), 0, reverse("wagtailforms:index"))]
    heading = _("Questionnaire answers in the last 7 days")
    return QueuePanel("coworking-questionnaire", heading, rows, order=114)
