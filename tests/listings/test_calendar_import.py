"""`import_stay_calendars` against calendar feeds served by a local HTTP server: a good feed
replaces its periods; a bad or slow one keeps them, records why and tells staff."""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from listings.models import Accommodation, BookedPeriod, CalendarFeed, PeriodSource

from .factories import AccommodationFactory
from .test_pages import translate
from .test_stay_dates import dates_query, titles

pytestmark = pytest.mark.django_db


def day(offset):
    return timezone.localdate() + timedelta(days=offset)


def ics(*events):
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Feed//EN\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


def event(uid, start, end=None, summary="Reserved", **more):
    lines = [f"UID:{uid}", f"SUMMARY:{summary}", "DTSTAMP:20261201T120000Z"]
    if start:
        lines.append(f"DTSTART;VALUE=DATE:{start:%Y%m%d}")
    if end:
        lines.append(f"DTEND;VALUE=DATE:{end:%Y%m%d}")
    lines += [f"{name.upper()}:{value}" for name, value in more.items()]
    return "BEGIN:VEVENT\r\n" + "".join(line + "\r\n" for line in lines) + "END:VEVENT\r\n"


class FeedServer:
    """Serves `routes[path] = (status, body, slow)` on 127.0.0.1; a slow route answers only
    once the test is over (`release`), long after the importer's timeout."""

    def __init__(self):
        self.routes, self.requested = {}, []
        self.release = threading.Event()
        routes, release, requested = self.routes, self.release, self.requested

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                requested.append(self.path)
                status, body, slow = routes.get(self.path, (404, b"not found", False))
                if slow:
                    release.wait()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/calendar")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the importer stopped waiting and closed the connection
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path):
        return f"http://127.0.0.1:{self.server.server_port}{path}"


@pytest.fixture
def feeds():
    server = FeedServer()
    server.thread.start()
    yield server
    server.release.set()
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def staff_mail(settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["ufficio@comune.example"]
    settings.ICAL_FETCH_TIMEOUT_SECONDS = 0.5


def run_import():
    out, err = StringIO(), StringIO()
    call_command("import_stay_calendars", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def feed_for(feeds, path, body, status=200, slow=False, **stay):
    feeds.routes[path] = (status, body, slow)
    return CalendarFeed.objects.create(
        accommodation=AccommodationFactory(**stay), name="Airbnb", url=feeds.url(path)
    )


def test_a_good_feed_replaces_its_periods_and_the_stay_is_busy(
    client, stays_index, feeds, staff_mail
):
    feed = feed_for(
        feeds,
        "/casa.ics",
        ics(
            event("a1", day(10), day(20)),
            event("a2", day(30)),
            event("a3", day(40), day(50), status="CANCELLED"),
        ),
        title="Casa del feed",
    )
    BookedPeriod.objects.create(
        accommodation=feed.accommodation, feed=feed, source=PeriodSource.FEED,
        arrival=day(60), departure=day(70), uid="old",
    )  # fmt: skip
    by_staff = BookedPeriod.objects.create(
        accommodation=feed.accommodation, arrival=day(80), departure=day(90)
    )
    out, err = run_import()

    assert "1 calendar feed(s) imported, 0 with errors" in out and not err
    imported = feed.periods.order_by("arrival")
    assert [(p.arrival, p.departure, p.uid) for p in imported] == [
        (day(10), day(20), "a1"),
        (day(30), day(31), "a2"),  # an all-day event without an end: one night
    ]
    assert {p.source for p in imported} == {PeriodSource.FEED}
    assert BookedPeriod.objects.filter(pk=by_staff.pk).exists()
    feed.refresh_from_db()
    assert feed.last_success_at and not feed.last_error
    assert not mail.outbox
    # Imported on the Italian copy, the English stay is taken too.
    translate(feed.accommodation, "en")
    english = client.get(stays_index["en"].url + dates_query(day(12), day(14))).content.decode()
    assert "Casa del feed" not in titles(english)
    assert "Casa del feed" in titles(
        client.get(stays_index["en"].url + dates_query(day(60), day(70))).content.decode()
    )


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (500, b"oops", "Il server ha risposto con lo stato HTTP 500."),
        (200, b"<html>Not a calendar</html>", "Non è un file iCalendar (.ics)."),
        (
            200,
            ics(event("ok", day(5), day(6)), event("nodate", None)),
            "Un evento non ha la data di inizio (UID nodate).",
        ),
    ],
)
def test_a_bad_feed_keeps_the_periods_records_the_error_and_tells_staff(
    feeds, staff_mail, status, body, error
):
    feed = feed_for(feeds, "/bad.ics", body, status=status, title="Casa rotta")
    known = BookedPeriod.objects.create(
        accommodation=feed.accommodation, feed=feed, source=PeriodSource.FEED,
        arrival=day(60), departure=day(70), uid="known",
    )  # fmt: skip
    good = feed_for(feeds, "/good.ics", ics(event("g", day(3), day(4))), title="Casa buona")
    out, err = run_import()

    assert "1 calendar feed(s) imported, 1 with errors" in out
    assert "Casa rotta" in err
    assert list(feed.periods.all()) == [known]
    assert good.periods.count() == 1
    feed.refresh_from_db()
    assert feed.last_error == error
    assert feed.last_error_at and not feed.last_success_at
    [message] = mail.outbox
    assert message.to == ["ufficio@comune.example"]
    assert "Casa rotta" in message.body and feed.url in message.body
    assert feed.last_error in message.body
    assert "Casa buona" not in message.body
    assert f"/admin/snippets/listings/calendarfeed/edit/{feed.pk}/" in message.body


def test_a_feed_that_does_not_answer_in_time_keeps_its_periods(feeds, staff_mail):
    feed = feed_for(feeds, "/slow.ics", ics(event("s", day(3), day(4))), slow=True)
    known = BookedPeriod.objects.create(
        accommodation=feed.accommodation, feed=feed, source=PeriodSource.FEED,
        arrival=day(60), departure=day(70), uid="known",
    )  # fmt: skip
    run_import()

    assert list(feed.periods.all()) == [known]
    feed.refresh_from_db()
    assert feed.last_error == "Nessuna risposta entro 0.5 secondi."
    assert len(mail.outbox) == 1
    # Still down at the next run: staff were told already.
    run_import()
    assert len(mail.outbox) == 1 and list(feed.periods.all()) == [known]


def test_a_draft_stays_feed_is_not_fetched_before_staff_publish_it(feeds, staff_mail):
    draft = feed_for(feeds, "/draft.ics", ics(event("d", day(3), day(4))), live=False)
    out, _err = run_import()
    assert "0 calendar feed(s) imported, 0 with errors" in out
    assert feeds.requested == [] and not draft.periods.exists()

    Accommodation.objects.filter(pk=draft.accommodation_id).update(live=True)
    run_import()
    assert feeds.requested == ["/draft.ics"] and draft.periods.count() == 1
