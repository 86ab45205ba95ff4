"""Staff's view of the stays' availability: booked periods and calendar feeds, as snippets."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import BookedPeriod, CalendarFeed


class BookedPeriodFilterSet(WagtailFilterSet):
    arrival = django_filters.DateFromToRangeFilter(label=_("Arrival"))

    class Meta:
        model = BookedPeriod
        fields = ["source", "arrival", "feed"]


class BookedPeriodViewSet(SnippetViewSet):
    """Entered by staff (for the owner, or their own), or imported: those are replaced at each
    import of their feed, so staff edit the feed's calendar rather than them."""

    model = BookedPeriod
    icon = "date"
    menu_label = _("Booked periods")
    list_display = ["accommodation", "arrival", "departure", "source", "note"]
    list_export = ["accommodation", "arrival", "departure", "source", "feed", "uid", "note"]
    export_filename = "booked-periods"
    filterset_class = BookedPeriodFilterSet
    search_fields = ["accommodation__title", "note", "uid"]
    search_backend_name = None
    panels = [
        FieldPanel("accommodation"),
        FieldRowPanel([FieldPanel("arrival"), FieldPanel("departure")]),
        FieldPanel("source"),
        FieldPanel("note"),
        MultiFieldPanel(
            [FieldPanel("feed", read_only=True), FieldPanel("uid", read_only=True)],
            heading=_("Imported from"),
        ),
    ]


class CalendarFeedViewSet(SnippetViewSet):
    model = CalendarFeed
    icon = "calendar-alt"
    menu_label = _("Calendar feeds")
    list_display = ["accommodation", "name", "last_success_at", "last_error_at", "last_error"]
    search_fields = ["accommodation__title", "name", "url"]
    search_backend_name = None
    panels = [
        FieldPanel("accommodation"),
        FieldPanel("name"),
        FieldPanel("url"),
        MultiFieldPanel(
            [
                FieldPanel("last_success_at", read_only=True),
                FieldPanel("last_error", read_only=True),
                FieldPanel("last_error_at", read_only=True),
            ],
            heading=_("Last import"),
        ),
    ]
