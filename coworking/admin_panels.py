"""Dashboard panels of the admin home: what staff must look after."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import SpeedTest
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
