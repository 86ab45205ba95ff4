"""What the co-working app adds to the home page (registered in CoworkingConfig.ready)."""

from django.db.models import IntegerField, Max, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import BookableResource, ConnectivityPage, EventPage, ResourceKind
from .models.events import localize_spaces


def connectivity_headline(request, home):
    """The best measured download in the centre and the co-working seats, in one query."""
    seats = (
        BookableResource.objects.filter(
            kind=ResourceKind.DESK_ZONE, page__live=True, locale_id=OuterRef("locale_id")
        )
        .order_by()
        .values("locale_id")
        .annotate(total=Sum("seats"))
        .values("total")
    )
    page = (
        ConnectivityPage.objects.live()
        .filter(locale_id=home.locale_id)
        .annotate(
            best_download=Max("speed_tests__download_mbps", filter=Q(speed_tests__in_centre=True)),
            seats=Coalesce(Subquery(seats, output_field=IntegerField()), 0),
        )
        .first()
    )
    if page is None or page.best_download is None:
        return None
    return "coworking/includes/home_connectivity.html", {"page": page}


def next_events(request, home):
    """The next three events in the home page's language (one query)."""
    events = list(
        EventPage.objects.live()
        .filter(locale_id=home.locale_id, end__gte=timezone.now())
        .select_related("space")
        .order_by("start")[:3]
    )
    if not events:
        return None
    return "coworking/includes/home_events.html", {"events": localize_spaces(events, shown=home)}
