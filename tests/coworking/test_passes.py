"""Desk passes over HTTP: the form, every opening day reserved on one seat, capacity shared with
slot bookings, closures skipped, the e-mail with its calendar, cancellation and bad input."""

import re
import uuid
from datetime import time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from borgo.local_formats import local_date
from coworking.availability import at
from coworking.booking import reserve
from coworking.holidays import national_holidays
from coworking.models import ClosureDay, PassBooking, Reservation, ReservationSlot
from coworking.passes import pass_cover
from tests.conftest import publish_translation

from .conftest import DESKS, make_space
from .test_booking_views import booking_data

WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr"]


def pass_url(space):
    return space.url + "abbonamento/"


def pass_data(desk_pass, start, **overrides):
    return {
        "desk_pass": desk_pass.pk,
        "start": start.isoformat(),
        "name": "Anna Bianchi",
        "email": "anna@example.org",
        "phone": "",
        "organisation": "",
        "purpose": "Sviluppo software",
        "privacy": "on",
        "website": "",
        "submission_key": str(uuid.uuid4()),
        **overrides,
    }


def next_monday(weeks_ahead=1):
    today = timezone.localdate()
    return today + timedelta(days=7 * weeks_ahead - today.weekday())


def calendar_days(message):
    """The dates of the events in an e-mail's .ics attachment, and its METHOD."""
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    calendar = Calendar.from_ical(attachment[1])
    assert calendar.get_missing_tzids() == set()
    starts = [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]
    return str(calendar["METHOD"]), [start.date() for start in starts], calendar.walk("VEVENT")


@pytest.fixture
def weekdays_space(coworking_index):
    """Open Monday to Friday 9–13, with 2 desks."""
    return make_space(
        coworking_index,
        slug="feriale",
        resources=[{**DESKS, "seats": 2}],
        hours=[(WEEKDAYS, time(9), time(13))],
    )


@pytest.mark.django_db
def test_the_space_page_shows_the_passes_and_links_the_form(client, space):
    html = client.get(space.url).content.decode()
    assert "Abbonamento settimanale: 30\u00a0€" in html
    assert f'href="{pass_url(space)}"' in html
    form = client.get(pass_url(space))
    assert form.status_code == 200
    assert "Abbonamento mensile: 90\u00a0€ (30 " in form.content.decode()  # in the choice


@pytest.mark.django_db
def test_a_week_pass_reserves_every_opening_day_on_one_seat(client, weekdays_space):
    week = weekdays_space.desk_passes.get(length_days=7)
    start = next_monday() + timedelta(days=2)  # Wednesday to Tuesday: 5 opening days
    response = client.post(pass_url(weekdays_space), pass_data(week, start))
    assert response.status_code == 303
    assert response["Location"].startswith(f"{weekdays_space.url}abbonamento-prenotato/")
    booking = PassBooking.objects.get()
    weekdays = [start + timedelta(days=n) for n in (0, 1, 2, 5, 6)]
    assert booking.days == weekdays
    assert booking.status == "pending" and booking.price == 30
    assert all(r.status == "pending" for r in booking.reservations.all())
    slots = ReservationSlot.objects.filter(reservation__pass_booking=booking)
    assert slots.count() == 5 * 4  # 9–13 in hours
    assert {slot.seat for slot in slots} == {booking.seat}
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "30\u00a0€" in html and booking.reference in html and "anna@example.org" not in html


@pytest.mark.django_db
def test_a_pass_covers_at_most_its_working_days_a_week(client, space):
    week = space.desk_passes.get(length_days=7)
    week.days_per_week = 3
    week.save()
    start = timezone.localdate() + timedelta(days=2)
    assert client.post(pass_url(space), pass_data(week, start)).status_code == 303
    assert PassBooking.objects.get().days == [start + timedelta(days=n) for n in range(3)]


@pytest.mark.django_db
def test_closure_days_and_holidays_are_skipped(client, space):
    space.closed_on_public_holidays = True
    space.save_revision().publish()
    today = timezone.localdate()
    holidays = {**national_holidays(today.year), **national_holidays(today.year + 1)}
    holiday = min(day for day in holidays if day > today + timedelta(days=3))
    start = holiday - timedelta(days=2)
    ClosureDay.objects.create(
        page=space, date=start + timedelta(days=5), reason="San Rocco", locale=space.locale
    )
    week = space.desk_passes.get(length_days=7)
    week.horizon_days = 366  # whenever the next holiday is
    week.save()
    assert client.post(pass_url(space), pass_data(week, start)).status_code == 303
    expected = [
        day
        for day in (start + timedelta(days=n) for n in range(7))
        if day not in holidays and day != start + timedelta(days=5)
    ]
    assert PassBooking.objects.get().days == expected
    assert holiday not in expected


@pytest.mark.django_db
def test_a_pass_cannot_take_the_last_seat_of_one_day(client, weekdays_space):
    desks = weekdays_space.resources.get()
    week = weekdays_space.desk_passes.get(length_days=7)
    start = next_monday()
    thursday = start + timedelta(days=3)
    contact = {"name": "Luca", "email": "l@example.org", "purpose": "x"}
    for _seat in range(2):
        reserve(desks, weekdays_space, at(thursday, time(11)), 60, contact, "it")
    response = client.post(pass_url(weekdays_space), pass_data(week, start))
    assert response.status_code == 409
    with translation.override("it"):
        assert local_date(thursday, "date") in response.content.decode()
    assert not PassBooking.objects.exists()
    assert Reservation.objects.count() == 2


@pytest.mark.django_db
def test_a_slot_cannot_take_the_seat_a_pass_holds(client, weekdays_space):
    desks = weekdays_space.resources.get()
    day_pass = weekdays_space.desk_passes.get(length_days=1)
    tuesday = next_monday() + timedelta(days=1)
    assert client.post(pass_url(weekdays_space), pass_data(day_pass, tuesday)).status_code == 303
    contact = {"name": "Luca", "email": "l@example.org", "purpose": "x"}
    reserve(desks, weekdays_space, at(tuesday, time(10)), 60, contact, "it")  # the other desk
    data = booking_data(desks, tuesday, minutes="60", submission_key=str(uuid.uuid4()))
    response = client.post(weekdays_space.url + "prenota/", data)
    assert response.status_code == 409
    assert Reservation.objects.filter(pass_booking=None).count() == 1


@pytest.mark.django_db
def test_one_e_mail_with_every_day_the_price_and_how_to_pay(client, space, coworking_index):
    space.iban = "IT60X0542811101000000123456"
    space.bank_account_holder = "Comune di Castelmora"
    space.save_revision().publish()
    publish_translation(coworking_index, "en", slug="coworking-en")
    english = publish_translation(space, "en", slug="space-en")
    week = english.desk_passes.get(length_days=7)
    start = timezone.localdate() + timedelta(days=3)
    response = client.post(english.url + "pass/", pass_data(week, start))
    assert response["Location"].startswith(f"{english.url}pass-booking/")
    booking = PassBooking.objects.get()
    (message,) = mail.outbox  # no staff addresses set: the visitor's e-mail alone
    assert message.to == ["anna@example.org"]
    method, days, events = calendar_days(message)
    assert method == "PUBLISH" and days == booking.days and len(days) == 7
    assert {str(event["STATUS"]) for event in events} == {"TENTATIVE"}
    assert len({str(event["UID"]) for event in events}) == 7
    assert "Price: €30" in message.body
    assert f"Payment reference: {booking.reference}" in message.body
    assert "IBAN IT60X0542811101000000123456" in message.body
    assert message.body.count(f"{english.url}cancel-pass/") == 1


@pytest.mark.django_db
def test_the_cancellation_link_frees_every_day(client, space, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["ufficio@comune.example"]
    month = space.desk_passes.get(length_days=30)
    client.post(pass_url(space), pass_data(month, timezone.localdate() + timedelta(days=1)))
    visitor, staff = mail.outbox
    assert staff.to == ["ufficio@comune.example"] and "PASS-" in staff.body
    link = re.search(rf"http\S*{re.escape(space.url)}annulla-abbonamento/[^/\s]+/", visitor.body)
    path = link.group(0).split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200
    assert client.post("/" + path).status_code == 303
    booking = PassBooking.objects.get()
    assert booking.status == "cancelled"
    assert not ReservationSlot.objects.exists()
    assert set(booking.reservations.values_list("status", flat=True)) == {"cancelled"}
    method, days, _events = calendar_days(mail.outbox[-1])
    assert method == "CANCEL" and len(days) == 30


@pytest.mark.django_db
def test_staff_approve_and_decline_passes(admin_client, space):
    week = space.desk_passes.get(length_days=7)
    for offset in (1, 10):
        data = pass_data(week, timezone.localdate() + timedelta(days=offset))
        admin_client.post(pass_url(space), data)
    first, second = PassBooking.objects.order_by("first_day")
    mail.outbox.clear()
    edit = reverse("wagtailsnippets_coworking_passbooking:edit", args=[first.pk])
    assert admin_client.post(edit, {"status": "confirmed", "staff_notes": ""}).status_code == 302
    assert set(first.reservations.values_list("status", flat=True)) == {"confirmed"}
    _method, _days, events = calendar_days(mail.outbox[-1])
    assert {str(event["STATUS"]) for event in events} == {"CONFIRMED"}
    bulk = reverse("wagtail_bulk_action", args=["coworking", "passbooking", "cancel"])
    assert admin_client.post(f"{bulk}?id={second.pk}", {}).status_code == 302
    second.refresh_from_db()
    assert second.status == "cancelled" and not second.reservations.filter(slots__isnull=False)
    assert mail.outbox[-1].subject.startswith("Abbonamento annullato: Abbonamento settimanale")
    reopen = reverse("wagtailsnippets_coworking_passbooking:edit", args=[second.pk])
    assert admin_client.post(reopen, {"status": "confirmed", "staff_notes": ""}).status_code == 200
    second.refresh_from_db()
    assert second.status == "cancelled"  # its desks may have been booked since


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start": "-1"}, "already passed"),
        ({"start": "400"}, "at most 180 days ahead"),
        ({"desk_pass": "999999"}, "not sold here"),
        ({"start": "31-12-2027"}, "valid date"),
    ],
)
def test_bad_input_gets_a_clear_error(client, space, coworking_index, change, message):
    publish_translation(coworking_index, "en", slug="coworking-en")
    english = publish_translation(space, "en", slug="space-en")
    week = english.desk_passes.get(length_days=7)
    data = pass_data(week, timezone.localdate())
    if change.get("start", "").lstrip("-").isdigit():
        change = {"start": (timezone.localdate() + timedelta(days=int(change["start"])))}
        change["start"] = change["start"].isoformat()
    response = client.post(english.url + "pass/", {**data, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PassBooking.objects.exists()


@pytest.mark.django_db
def test_the_same_form_sent_twice_books_once(client, space):
    data = pass_data(space.desk_passes.get(length_days=7), timezone.localdate())
    first, second = (client.post(pass_url(space), data) for _ in range(2))
    # Both to the booked page; its token is signed with the time, so it differs by the second.
    assert first["Location"].rsplit("/", 2)[0] == second["Location"].rsplit("/", 2)[0]
    assert PassBooking.objects.count() == 1


@pytest.mark.django_db
def test_the_cheapest_passes_cover_a_stay(space):
    first = timezone.localdate() + timedelta(days=1)
    for days, price, lengths in [(60, 180, [30, 30]), (10, 54, [7, 1, 1, 1]), (1, 8, [1])]:
        cover = pass_cover(space, first, first + timedelta(days=days - 1))
        assert cover.total_price == price
        assert [desk_pass.length_days for desk_pass, _start in cover.items] == lengths
        assert cover.items[0][1] == first
        assert cover.open_days == days  # the test space opens every day
    assert pass_cover(space, first, first + timedelta(days=400)) is None  # past the horizon


@pytest.mark.django_db
def test_errors_are_in_the_visitors_language(client, space):
    week = space.desk_passes.get(length_days=7)
    yesterday = timezone.localdate() - timedelta(days=1)
    response = client.post(pass_url(space), pass_data(week, yesterday))
    assert response.status_code == 400
    assert "Questo giorno è già passato" in response.content.decode()


@pytest.mark.django_db
def test_a_pass_keeps_to_its_desks_in_every_language(client, admin_client, coworking_index):
    quiet = {**DESKS, "name": "Sala silenziosa", "seats": 1}
    space = make_space(coworking_index, slug="due-sale", resources=[DESKS, quiet])
    week = space.desk_passes.get(length_days=7)
    key = str(space.resources.get(name="Sala silenziosa").translation_key)
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[space.pk]))
    assert editor.status_code == 200 and f'value="{key}"' in editor.content.decode()
    week.desk_keys = [key]
    week.save()
    space.save_revision().publish()
    publish_translation(coworking_index, "en", slug="coworking-en")
    english = publish_translation(space, "en", slug="space-en")
    english_week = english.desk_passes.get(length_days=7)
    start = timezone.localdate() + timedelta(days=1)
    for email in ("a@example.org", "b@example.org"):
        data = pass_data(english_week, start, email=email)
        client.post(english.url + "pass/", data)
    (booking,) = PassBooking.objects.all()  # the one quiet desk, taken by the first
    assert booking.resource.name == "Sala silenziosa" and booking.resource.page_id == space.pk
