"""Booked periods imported from the stays' calendar feeds (iCal export URLs).

`import_all_feeds()` (the `import_stay_calendars` command, run periodically) fetches each feed
with a timeout (ICAL_FETCH_TIMEOUT_SECONDS) and, only when the whole feed reads well, replaces
that feed's periods in one transaction. A bad feed (HTTP error, unreachable, too slow, not
iCalendar, an event without dates) changes none of its periods: the error is recorded on the
feed and staff are told by e-mail when it goes bad, so a platform's outage never shows a booked
stay as free.
"""

import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar

from borgo.page_cache import invalidate_on_commit

from .models import BookedPeriod, CalendarFeed, PeriodSource

logger = logging.getLogger(__name__)

# A stay's calendar is a few kilobytes; more than this is not one.
MAX_FEED_BYTES = 5 * 1024 * 1024
USER_AGENT = "Borgo calendar import"


class FeedError(Exception):
    """What is wrong with a feed, in words for staff."""


@dataclass(frozen=True)
class Period:
    arrival: date
    departure: date
    uid: str
    note: str


def fetch(url):
    """The feed's bytes, or FeedError. The timeout bounds each wait on the network."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError(_("Only http and https addresses can be imported."))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    timeout = settings.ICAL_FETCH_TIMEOUT_SECONDS
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            data = answer.read(MAX_FEED_BYTES + 1)
    except (OSError, ValueError) as error:  # URLError and HTTPError are OSErrors
        raise FeedError(_fetch_problem(error, timeout)) from error
    if len(data) > MAX_FEED_BYTES:
        raise FeedError(_("The calendar is larger than 5 MB: it is not a stay's calendar."))
    return data


def _fetch_problem(error, timeout):
    if isinstance(error, urllib.error.HTTPError):
        return _("The server answered with HTTP status %(status)s.") % {"status": error.code}
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError):
        return _("No answer within %(seconds)s seconds.") % {"seconds": f"{timeout:g}"}
    return _("The server could not be reached: %(reason)s") % {"reason": reason}


def parse(data):
    """The booked periods of an iCalendar file, or FeedError if any event cannot be read."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise FeedError(_("This is not an iCalendar (.ics) file.")) from error
    if calendar.name != "VCALENDAR":
        raise FeedError(_("This is not an iCalendar (.ics) file."))
    periods = []
    for event in calendar.walk("VEVENT"):
        if str(event.get("status", "")).upper() == "CANCELLED":
            continue
        periods.append(_period(event))
    return periods


def _period(event):
    uid = str(event.get("uid", ""))[:255]
    try:
        start = event.decoded("dtstart")
    except (KeyError, ValueError):
        start = None
    if start is None:
        raise FeedError(_("An event has no start date (UID %(uid)s).") % {"uid": uid or "-"})
    arrival = _day(start)
    try:
        end = event.decoded("dtend")
    except KeyError:
        end = start + event.decoded("duration") if "duration" in event else None
    except ValueError as error:
        raise FeedError(
            _("An event has an unreadable end date (UID %(uid)s).") % {"uid": uid or "-"}
        ) from error
    # RFC 5545: an all-day event without an end lasts that day; any event takes its first night.
    first_morning = arrival + timedelta(days=1)
    departure = max(_day(end), first_morning) if end else first_morning
    return Period(arrival, departure, uid, str(event.get("summary", ""))[:200])


def _day(moment):
    if isinstance(moment, datetime):
        return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()
    return moment


def replace_periods(feed, periods):
    """The feed's periods become `periods`, in one transaction; True if anything changed."""
    today = timezone.localdate()
    wanted = {p for p in periods if p.departure > today}  # what is over filters nothing
    with transaction.atomic():
        kept = {
            Period(p.arrival, p.departure, p.uid, p.note) for p in feed.periods.select_for_update()
        }
        if kept != wanted:
            feed.periods.all().delete()
            BookedPeriod.objects.bulk_create(
                BookedPeriod(
                    accommodation_id=feed.accommodation_id,
                    feed=feed,
                    source=PeriodSource.FEED,
                    arrival=p.arrival,
                    departure=p.departure,
                    uid=p.uid,
                    note=p.note,
                )
                for p in sorted(wanted, key=lambda p: (p.arrival, p.departure, p.uid))
            )
            # bulk_create sends no signal: the stays' lists must show the change.
            invalidate_on_commit()
        CalendarFeed.objects.filter(pk=feed.pk).update(
            last_success_at=timezone.now(), last_error="", last_error_at=None
        )
    return kept != wanted


def import_feed(feed):
    """Import one feed; the error text when it is bad (recorded on the feed), else None."""
    try:
        periods = parse(fetch(feed.url))
    except FeedError as error:
        feed.last_error, feed.last_error_at = str(error), timezone.now()
        CalendarFeed.objects.filter(pk=feed.pk).update(
            last_error=feed.last_error, last_error_at=feed.last_error_at
        )
        logger.warning("Calendar feed %s (%s) not imported: %s", feed.pk, feed.url, error)
        return feed.last_error
    replace_periods(feed, periods)
    return None


def import_all_feeds():
    """Import every feed; e-mail staff the feeds that have just gone bad.

    Returns (feeds imported, bad feeds)."""
    # Errors are stored and mailed in the admin's language, like every staff notice.
    with translation.override(settings.LANGUAGE_CODE):
        # An owner's offer brings a feed with its draft: nothing is fetched from an address
        # the public typed until staff have reviewed and published the stay.
        feeds = list(
            CalendarFeed.objects.filter(accommodation__live=True).select_related("accommodation")
        )
        already_failing = {feed.pk for feed in feeds if feed.last_error}
        bad = [feed for feed in feeds if import_feed(feed)]
        # Once per breakdown, not at every run while a platform is down: the admin shows
        # the error for as long as it lasts.
        newly_bad = [feed for feed in bad if feed.pk not in already_failing]
        if newly_bad:
            tell_staff(newly_bad)
    return len(feeds) - len(bad), bad


def tell_staff(bad_feeds):
    staff = list(settings.STAFF_NOTIFICATION_EMAILS)
    if not staff:
        return
    context = {
        "feeds": [
            {
                "feed": feed,
                "admin_url": settings.WAGTAILADMIN_BASE_URL
                + reverse("wagtailsnippets_listings_calendarfeed:edit", args=[feed.pk]),
            }
            for feed in bad_feeds
        ]
    }
    subject = render_to_string("listings/emails/feed_errors_subject.txt", context)
    body = render_to_string("listings/emails/feed_errors.txt", context)
    try:
        EmailMessage(subject=" ".join(subject.split()), body=body, to=staff).send()
    except Exception:  # any transport error: the errors are on the feeds in the admin
        logger.exception("Could not e-mail staff about %d bad calendar feeds", len(bad_feeds))
