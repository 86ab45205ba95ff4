"""The admin dashboard's work queues: what staff must act on, counted, with a link to the
filtered list.

Each app adds its queues with Wagtail's `construct_homepage_panels` hook, only for users who
may open the list behind them, and counts each queue in one query.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

RECENT_DAYS = 7


@dataclass
class Row:
    label: str
    count: int
    url: str


class QueuePanel(Component):
    template_name = "borgo/admin/queue_panel.html"

    def __init__(self, name, heading, rows, order):
        self.name, self.heading, self.rows, self.order = name, heading, rows, order

    def render_html(self, parent_context=None):
        return render_to_string(self.template_name, {"panel": self})


def recent_start():
    """The first day of the "last 7 days" (today included) that the queues count."""
    return timezone.localdate() - timedelta(days=RECENT_DAYS - 1)


def filtered(url, **params):
    return f"{url}?{urlencode(params)}"
