"""What a visitor takes away from booking: one booking per form, a page safe to reload, the
price, and calendars that any calendar program reads, updates and removes."""

import re
import uuid
from datetime import date, time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from coworking.availability import at
from coworking.booking import reserve
from coworking.cancellation import cancellation_token
from coworking.holidays import closed_days, national_holidays
from coworking.models import ClosureDay, Reservation, ReservationStatus
from tests.conftest import publish_translation

from .test_booking_views import booking_data, slot_query


def calendar_of(message):
    """(METHOD, the VEVENT) of an e-mail's .ics attachment, checked to be self-contained."""
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    calendar = Calendar.from_ical(attachment[1])
    assert calendar.get_missing_tzids() == set()  # a VTIMEZONE for every TZID (or UTC)
    assert f"method={calendar['METHOD'].lower()}" in attachment[2].lower()
    (event,) = calendar.walk("VEVENT")
    return str(calendar["METHOD"]), event


def translate(space, coworking_index, language):
    publish_translation(coworking_index, language, slug=f"coworking-{language}")
    return publish_translation(space, language, slug=f"space-{language}")


@pytest.fixture
def form_data(desks, tomorrow):
    return booking_data(desks, tomorrow, submission_key=str(uuid.uuid4()))


@pytest.mark.django_db
def test_post_redirect_get_to_a_confirmation_safe_to_reload(client, space, form_data):
    response = client.post(space.url + "prenota/", form_data)
    assert response.status_code == 303
    confirmation = response["Location"]
    assert confirmation.startswith(f"{space.url}prenotazione/")
    for _reload in range(2):
        page = client.get(confirmation)
        assert page.status_code == 200
        assert "no-store" in page["Cache-Control"] or "no-cache" in page["Cache-Control"]
    html = page.content.decode()
    assert "Prenotazione confermata" in html
    assert "a…@example.org" in html and "anna@example.org" not in html
    assert "Anna Bianchi" not in html
    assert Reservation.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_confirmation_link_is_not_a_cancellation_link(client, space, form_data):
    confirmation = client.post(space.url + "prenota/", form_data)["Location"]
    token = confirmation.rstrip("/").rsplit("/", 1)[1]
    client.post(f"{space.url}annulla/{token}/")
    assert Reservation.objects.get().is_active
    assert client.get(f"{space.url}prenotazione/{token}x/").status_code == 404


@pytest.mark.django_db
def test_the_same_form_sent_twice_books_once(client, space, form_data):
    first = client.post(space.url + "prenota/", form_data)
    second = client.post(space.url + "prenota/", form_data)  # double click, or a retry
    assert (first.status_code, second.status_code) == (303, 303)
    assert first["Location"].split("/")[-2] and second["Location"]
    assert Reservation.objects.count() == 1
    assert Reservation.objects.get().slots.count() == 2  # 120 minutes of 60-minute slots
    assert len(mail.outbox) == 1
    assert client.get(second["Location"]).status_code == 200


@pytest.mark.django_db
def test_each_form_shown_has_its_own_key(client, space, desks, tomorrow):
    keys = {
        re.search(
            r'name="submission_key" value="([^"]+)"',
            client.get(space.url + "prenota/", slot_query(desks, tomorrow)).content.decode(),
        ).group(1)
        for _ in range(2)
    }
    assert len(keys) == 2


@pytest.mark.django_db
def test_the_price_is_shown_in_the_form_the_confirmation_and_the_mail(
    client, space, desks, tomorrow, form_data
):
    form = client.get(space.url + "prenota/", slot_query(desks, tomorrow)).content.decode()
    day_pass = "Ingresso giornaliero: 8\u00a0€"  # as the space page says it (borgo.local_formats)
    assert day_pass in form
    confirmation = client.get(client.post(space.url + "prenota/", form_data)["Location"])
    assert day_pass in confirmation.content.decode()
    assert day_pass in mail.outbox[0].body


@pytest.mark.django_db
def test_the_booking_calendar_has_its_time_zone(client, space, form_data):
    client.post(space.url + "prenota/", form_data)
    method, event = calendar_of(mail.outbox[0])
    reservation = Reservation.objects.get()
    assert method == "PUBLISH"
    assert event["DTSTART"].params["TZID"] == "Europe/Rome"
    assert event.decoded("dtstart") == reservation.start
    assert int(event["SEQUENCE"]) == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "word", "subject"),
    [("de", "stornieren", "Buchung storniert"), ("fr", "annuler", "Réservation annulée")],
)
def test_cancelling_sends_a_cancel_calendar_in_the_visitors_language(
    client, space, coworking_index, desks, tomorrow, language, word, subject
):
    translated = translate(space, coworking_index, language)
    reservation = reserve(
        desks,
        translated,
        at(tomorrow, time(10)),
        60,
        {"name": "Jana", "email": "jana@example.org", "purpose": "Calls"},
        language,
    )
    url = f"{translated.url}{word}/{cancellation_token(reservation)}/"
    assert client.post(url).status_code == 303
    (message,) = mail.outbox
    assert message.to == ["jana@example.org"] and message.subject.startswith(subject)
    method, event = calendar_of(message)
    assert method == "CANCEL" and event["STATUS"] == "CANCELLED"
    assert str(event["UID"]) == f"reservation-{reservation.public_id}@borgo"
    assert int(event["SEQUENCE"]) == 1
    client.post(url)  # a second click: nothing more to cancel, nothing more sent
    assert len(mail.outbox) == 1


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staff", "s@example.org", "pw"))
    return client


@pytest.mark.django_db
def test_staff_changes_send_the_updated_calendar(staff_client, space, room, tomorrow):
    pending = reserve(
        room,
        space,
        at(tomorrow + timedelta(days=2), time(10)),
        60,
        {"name": "Jane Doe", "email": "jane@example.org", "purpose": "Meeting"},
        "en",
    )
    edit = reverse("wagtailsnippets_coworking_reservation:edit", args=[pending.pk])
    staff_client.post(edit, {"status": ReservationStatus.CONFIRMED, "staff_notes": ""})
    staff_client.post(edit, {"status": ReservationStatus.CANCELLED, "staff_notes": ""})
    approved, cancelled = mail.outbox
    approved_method, approved_event = calendar_of(approved)
    cancelled_method, cancelled_event = calendar_of(cancelled)
    assert (approved_method, str(approved_event["STATUS"])) == ("PUBLISH", "CONFIRMED")
    assert (cancelled_method, str(cancelled_event["STATUS"])) == ("CANCEL", "CANCELLED")
    assert approved_event["UID"] == cancelled_event["UID"]
    assert 0 < int(approved_event["SEQUENCE"]) < int(cancelled_event["SEQUENCE"])
    assert "removes the booking from your calendar" in cancelled.body


def test_the_national_holidays():
    days = national_holidays(2027)
    assert date(2027, 3, 29) in days  # Easter Monday (Easter is 28 March 2027)
    assert {date(2027, m, d) for m, d in [(1, 1), (1, 6), (4, 25), (5, 1), (6, 2)]} <= set(days)
    assert {date(2027, m, d) for m, d in [(8, 15), (11, 1), (12, 8), (12, 25), (12, 26)]} <= set(
        days
    )
    assert date(2027, 3, 28) not in days and date(2027, 12, 24) not in days


@pytest.mark.django_db
def test_holidays_and_closure_days_are_closed_and_not_bookable(client, space, desks):
    space.closed_on_public_holidays = True
    space.save()
    desks.horizon_days = 366  # so the next holiday is refused for being one, not for being far
    desks.save()
    today = timezone.localdate()
    holidays = {**national_holidays(today.year), **national_holidays(today.year + 1)}
    holiday = min(day for day in holidays if day > today + timedelta(days=1))
    patron = next(
        day for day in (today + timedelta(days=n) for n in range(3, 10)) if day not in holidays
    )
    ClosureDay.objects.create(page=space, date=patron, reason="San Rocco", locale=space.locale)
    assert client.get(space.url + "prenota/", slot_query(desks, patron)).status_code == 400
    response = client.post(space.url + "prenota/", booking_data(desks, patron))
    assert response.status_code == 409 and "San Rocco" in response.content.decode()
    assert not Reservation.objects.exists()
    html = client.get(space.url).content.decode()
    assert "chiuso: San Rocco" in html
    assert f"date={patron.isoformat()}" not in html
    if holiday <= today + timedelta(days=13):  # inside the 14 days shown
        assert f"date={holiday.isoformat()}" not in html
    response = client.post(space.url + "prenota/", booking_data(desks, holiday))
    with translation.override("it"):
        assert response.status_code == 409 and str(holidays[holiday]) in response.content.decode()
    assert not Reservation.objects.exists()


@pytest.mark.django_db
def test_a_space_may_open_on_holidays(space):
    next_8_december = date(timezone.localdate().year, 12, 8)
    space.closed_on_public_holidays = True
    assert closed_days(space, next_8_december, next_8_december) != {}
    space.closed_on_public_holidays = False
    assert closed_days(space, next_8_december, next_8_december) == {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "book", "booked"),
    [("en", "book", "booking"), ("de", "buchen", "buchung"), ("fr", "reserver", "reservation")],
)
def test_the_booking_words_are_translated(
    client, space, coworking_index, tomorrow, language, book, booked
):
    translated = translate(space, coworking_index, language)
    html = client.get(translated.url).content.decode()
    assert f"{translated.url}{book}/?resource=" in html
    resource = translated.resources.get(kind="desk_zone")
    data = booking_data(resource, tomorrow, submission_key=str(uuid.uuid4()))
    response = client.post(f"{translated.url}{book}/", data)
    assert response["Location"].startswith(f"{translated.url}{booked}/")


@pytest.mark.django_db
def test_old_booking_links_keep_working(client, space, desks, tomorrow):
    assert client.get(space.url + "book/", slot_query(desks, tomorrow)).status_code == 200
