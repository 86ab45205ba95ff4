"""The booking, cancellation and feed views over HTTP: valid, invalid and hostile requests."""

import re
import uuid
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone
from icalendar import Calendar

from coworking.cancellation import cancellation_token, reservation_for_token
from coworking.models import Reservation, ReservationStatus


def book_url(space):
    return space.url + "prenota/"


def slot_query(resource, day, start="10:00"):
    return {"resource": resource.pk, "date": day.isoformat(), "start": start}


def booking_data(resource, day, **overrides):
    return {
        **slot_query(resource, day),
        "minutes": "120",
        "name": "Anna Bianchi",
        "email": "anna@example.org",
        "phone": "",
        "organisation": "Studio Bianchi",
        "purpose": "Videochiamate",
        "privacy": "on",
        "website": "",
        **overrides,
    }


@pytest.mark.django_db
def test_the_space_page_links_free_slots_to_the_form(client, space, desks):
    response = client.get(space.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert f"{space.url}prenota/?resource={desks.pk}&amp;date=" in html
    assert "3 liberi" in html  # the free count as text, in the visitor's language


@pytest.mark.django_db
def test_the_availability_is_kept_until_a_booking_changes_it(
    client, space, desks, tomorrow, settings, django_capture_on_commit_callbacks
):
    """The tables are kept ({% kept %}) under the free seats they show: a booking shows at once."""
    settings.PAGE_CACHE_SECONDS = 0  # every view renders the page: only the tables are kept
    table = "coworking/includes/availability.html"
    assert table in {template.name for template in client.get(space.url).templates}
    again = client.get(space.url)
    assert again.templates and table not in {template.name for template in again.templates}
    assert "2 liberi" not in again.content.decode()
    data = booking_data(desks, tomorrow, submission_key=str(uuid.uuid4()))
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(book_url(space), data).status_code == 303
    assert "2 liberi" in client.get(space.url).content.decode()


@pytest.mark.django_db
def test_the_form_shows_the_slot(client, space, desks, tomorrow):
    response = client.get(book_url(space), slot_query(desks, tomorrow))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="minutes"' in html and "Open space" in html
    assert 'name="website"' in html and 'aria-hidden="true"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {},
        {"resource": "abc", "date": "2030-01-01", "start": "10:00"},
        {"resource": "99999999999999999999", "date": "2030-01-01", "start": "10:00"},
        {"resource": "-1", "date": "2030-01-01", "start": "10:00"},
        {"resource": "1", "date": "2030-13-45", "start": "10:00"},
        {"resource": "1", "date": "2030-01-01", "start": "25:00"},
        {"resource": "1", "date": "2030-01-01", "start": "<script>"},
        {"resource": "1", "date": "x" * 5000, "start": "10:00"},
    ],
)
def test_hostile_slot_links_get_a_clear_message(client, space, query):
    response = client.get(book_url(space), query)
    assert response.status_code == 400
    assert "non è valido" in response.content.decode()


@pytest.mark.django_db
def test_a_resource_of_another_space_is_refused(client, space, coworking_index, tomorrow):
    from .conftest import DESKS, make_space

    other = make_space(coworking_index, slug="frantoio", resources=[DESKS])
    response = client.get(book_url(space), slot_query(other.resources.get(), tomorrow))
    assert response.status_code == 400


@pytest.mark.django_db
def test_past_slots_are_refused_in_the_visitors_language(client, space, desks):
    past = timezone.localdate() - timedelta(days=1)
    response = client.get(book_url(space), slot_query(desks, past))
    assert response.status_code == 400
    assert "già passato" in response.content.decode()


@pytest.mark.django_db
def test_booking_stores_then_mails_visitor_and_staff(client, space, desks, tomorrow, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["coworking@comune.example"]
    response = client.post(book_url(space), booking_data(desks, tomorrow))
    assert response.status_code == 303, response.content
    reservation = Reservation.objects.get()
    assert (reservation.name, reservation.seat, reservation.language) == ("Anna Bianchi", 1, "it")
    assert reservation.end - reservation.start == timedelta(hours=2)
    visitor, staff = mail.outbox
    assert visitor.to == ["anna@example.org"]
    assert "Prenotazione confermata" in visitor.subject
    # A token signed for this booking (signed when the mail was written: a second may pass).
    token = re.search(rf"{re.escape(space.url)}annulla/([^/\s]+)/", visitor.body).group(1)
    assert reservation_for_token(token) == reservation
    filename, content, mimetype = visitor.attachments[0]
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == reservation.start
    assert event.decoded("dtend") == reservation.end
    assert "Open space" in str(event["summary"])
    assert staff.to == ["coworking@comune.example"]
    assert "Anna Bianchi" in staff.body


@pytest.mark.django_db
def test_a_mail_failure_keeps_the_reservation(client, space, desks, tomorrow, monkeypatch):
    def fail(self, *args, **kwargs):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr(EmailMessage, "send", fail)
    response = client.post(book_url(space), booking_data(desks, tomorrow))
    assert response.status_code == 303
    assert Reservation.objects.count() == 1


@pytest.mark.django_db
def test_invalid_form_shows_errors_next_to_fields(client, space, desks, tomorrow):
    data = booking_data(desks, tomorrow, email="not-an-email", privacy="", minutes="9999")
    response = client.post(book_url(space), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert 'aria-describedby="id_email-error' in html
    assert 'aria-invalid="true"' in html
    assert not Reservation.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_stores_nothing(client, space, desks, tomorrow):
    data = booking_data(desks, tomorrow, website="http://spam.example")
    assert client.post(book_url(space), data).status_code == 303
    assert not Reservation.objects.exists()
    assert not mail.outbox


@pytest.mark.django_db
def test_a_full_slot_is_refused_with_the_form_kept(client, space, room, tomorrow):
    later = tomorrow + timedelta(days=1)
    assert client.post(book_url(space), booking_data(room, later, minutes="60")).status_code == 303
    # Another visitor's form (its own submission key) for the same room and hour.
    response = client.post(book_url(space), booking_data(room, later, minutes="60"))
    assert response.status_code == 409
    assert "Videochiamate" in response.content.decode()
    assert Reservation.objects.count() == 1


@pytest.fixture
def reservation(client, space, desks, tomorrow):
    client.post(book_url(space), booking_data(desks, tomorrow))
    return Reservation.objects.get()


@pytest.mark.django_db
def test_the_signed_link_cancels_after_confirmation(client, space, reservation):
    url = f"{space.url}annulla/{cancellation_token(reservation)}/"
    assert client.get(url).status_code == 200
    reservation.refresh_from_db()
    assert reservation.status == ReservationStatus.CONFIRMED  # GET changes nothing
    response = client.post(url)
    assert (response.status_code, response["Location"]) == (303, url)
    reservation.refresh_from_db()
    assert reservation.status == ReservationStatus.CANCELLED
    assert not reservation.slots.exists()
    assert "già annullata" in client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("mangle", [lambda t: t + "x", lambda t: "x" + t, lambda t: "abc"])
def test_a_tampered_link_is_refused(client, space, reservation, mangle):
    url = f"{space.url}cancel/{mangle(cancellation_token(reservation))}/"
    response = client.post(url)
    assert response.status_code == 400
    assert "non è valido" in response.content.decode()
    reservation.refresh_from_db()
    assert reservation.is_active


@pytest.mark.django_db
def test_a_link_expires_when_the_booking_ends(client, space, reservation):
    token = cancellation_token(reservation)
    Reservation.objects.filter(pk=reservation.pk).update(
        start=reservation.start - timedelta(days=3), end=reservation.end - timedelta(days=3)
    )
    response = client.post(f"{space.url}cancel/{token}/")
    assert response.status_code == 410
    reservation.refresh_from_db()
    assert reservation.is_active


@pytest.mark.django_db
def test_the_staff_feed_needs_the_secret(client, space, desks, reservation):
    response = client.get(f"{space.url}calendar/{desks.calendar_token}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert Calendar.from_ical(response.content).get_missing_tzids() == set()
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    # First name and booking number, a link to the admin; no surname, address or phone.
    assert str(event["summary"]) == f"Anna · #{reservation.pk}"
    assert str(event["url"]).endswith(
        f"/admin/snippets/coworking/reservation/edit/{reservation.pk}/"
    )
    assert "ATTENDEE" not in response.content.decode()
    assert reservation.email not in response.content.decode()
    assert "Bianchi" not in response.content.decode()
    assert client.get(f"{space.url}calendar/wrong-token/").status_code == 404


@pytest.mark.django_db
def test_the_confirmation_links_are_on_the_public_address(client, space, desks, tomorrow, settings):
    settings.BASE_URL = "https://www.castelmora.example"
    response = client.post(book_url(space), booking_data(desks, tomorrow), HTTP_HOST="127.0.0.1")
    assert response.status_code == 303, response.content
    visitor = mail.outbox[0]
    public_page = f"https://www.castelmora.example{space.url}"
    assert f"{public_page}annulla/" in visitor.body
    assert "127.0.0.1" not in visitor.body and "localhost" not in visitor.body
