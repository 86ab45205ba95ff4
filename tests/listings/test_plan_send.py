"""Sending a plan (issue 17): the stay's enquiry and the desk passes under one reference, all or
nothing; the visitor's e-mail in their language repeating nothing they typed, the owner's and
staff's in Italian."""

import re
import uuid
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from icalendar import Calendar

from coworking.models import PassBooking
from coworking.passes import book_pass
from listings.models import BookedPeriod, Enquiry, PlanRequest
from tests.conftest import LANGUAGE_CODES
from tests.staff import staff_user

from .plan_world import IBAN

pytestmark = pytest.mark.django_db

SPAM = "Cheap watches at spam.example"
VISITOR_SAYS = {  # a sentence of the visitor's e-mail in each language
    "it": "Riferimento",
    "en": "Reference",
    "de": "Referenz",
    "fr": "Référence",
}


def post_data(world, **changes):
    data = {
        "arrival": world.arrival.isoformat(),
        "departure": world.departure.isoformat(),
        "stay": world.fornaio.pk,
        "desk": world.space.pk,
        "name": SPAM,
        "email": "anna@example.de",
        "phone": "+49 30 1234567",
        "message": f"{SPAM}, buy now",
        "consent": "on",
        "submission_key": str(uuid.uuid4()),
        "website": "",
    }
    data.update(changes)
    return data


def localized(world, language, data):
    """The stay and space in the page's language (the choices the form offers there)."""
    stay = world.fornaio.get_translation(language_locale(language))
    space = world.space.get_translation(language_locale(language))
    return {**data, "stay": stay.pk, "desk": space.pk}


def language_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


@pytest.fixture
def staff(settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["turismo@comune.example.org"]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_one_reference_for_the_enquiry_and_the_passes(
    client, plan_pages, plan_world, staff, language
):
    url = plan_pages[language].url
    response = client.post(url, localized(plan_world, language, post_data(plan_world)))
    assert response.status_code == 303
    plan = PlanRequest.objects.get()
    assert response["Location"] == f"{url}?sent={plan.reference}#sent"
    assert plan.language == language
    assert plan.enquiry.accommodation.translation_key == plan_world.fornaio.translation_key
    assert plan.enquiry.arrival == plan_world.arrival
    bookings = list(plan.pass_bookings.order_by("first_day"))
    assert [b.desk_pass.length_days for b in bookings] == [30, 30]
    assert {b.reference for b in bookings} == {plan.reference}
    assert bookings[0].first_day == plan_world.arrival
    assert plan.reference in client.get(response["Location"]).content.decode()

    owner, staff_copy, visitor = mail.outbox
    assert owner.to == ["fornaio@example.org"] and staff_copy.to == ["turismo@comune.example.org"]
    for notice in (owner, staff_copy):
        assert notice.reply_to == ["anna@example.de"]
        assert "Riferimento" in notice.body and plan.reference in notice.subject
        assert SPAM in notice.body and "+49 30 1234567" in notice.body
    # Staff read the passes by their Italian names, whatever the visitor's language.
    assert f"{plan_world.month_pass()} dal" in staff_copy.body
    assert plan_world.month_pass() not in owner.body
    assert visitor.to == ["anna@example.de"]
    assert VISITOR_SAYS[language] in visitor.body and plan.reference in visitor.subject
    assert "Casa del Fornaio" in visitor.body
    assert f"{plan_world.month_pass(language)} " in visitor.body
    assert IBAN in visitor.body  # how to pay the passes
    space_url = plan_world.space.get_translation(language_locale(language)).get_full_url()
    cancel_links = [line for line in visitor.body.split() if line.startswith(space_url)]
    assert len(cancel_links) == 2  # one per pass, each opening its cancellation page
    assert all(client.get(urlsplit(link).path).status_code == 200 for link in cancel_links)
    ((file_name, calendar, mime_type),) = visitor.attachments
    assert file_name == "desk.ics" and mime_type.startswith("text/calendar")
    assert len(Calendar.from_ical(calendar).walk("VEVENT")) == 60  # every opening day
    # Anybody may type anybody's address: nothing the visitor typed goes to it.
    assert "spam.example" not in visitor.subject + visitor.body + calendar
    assert "1234567" not in visitor.body


def test_a_pass_that_filled_up_leaves_nothing_behind(client, plan_pages, plan_world):
    url = plan_pages["en"].url
    page = client.get(url + plan_world.query()).content.decode()
    english_space = plan_world.space.get_translation(language_locale("en"))
    assert f'<option value="{english_space.pk}" selected>' in page  # the budget's desk
    desks = plan_world.space.resources.get()
    desks.seats = 1
    desks.save()
    day_pass = plan_world.space.desk_passes.get(length_days=1)
    day = plan_world.arrival + timedelta(days=40)
    book_pass(day_pass, day, name="B", email="b@example.org", language="it", notify=False)
    data = post_data(plan_world, name="Anna Weber", message="A quiet room, please")
    response = client.post(url, localized(plan_world, "en", data))
    html = response.content.decode()
    assert response.status_code == 200
    assert "The desks are full on" in html and 'class="error-summary"' in html
    assert 'value="Anna Weber"' in html and "A quiet room, please" in html
    assert not Enquiry.objects.exists() and not PlanRequest.objects.exists()
    assert PassBooking.objects.count() == 1
    assert not mail.outbox


def test_a_stay_taken_meanwhile_is_refused(client, plan_pages, plan_world):
    BookedPeriod.objects.create(
        accommodation=plan_world.fornaio,
        arrival=plan_world.arrival,
        departure=plan_world.arrival + timedelta(days=3),
    )
    response = client.post(plan_pages["it"].url, post_data(plan_world))
    assert response.status_code == 200
    assert "Questo alloggio non è più libero in queste date." in response.content.decode()
    assert not PlanRequest.objects.exists() and not PassBooking.objects.exists()


def test_a_plan_without_a_desk_is_an_enquiry_alone(client, plan_pages, plan_world):
    response = client.post(plan_pages["it"].url, post_data(plan_world, desk=""))
    assert response.status_code == 303
    plan = PlanRequest.objects.get()
    assert plan.enquiry and not plan.pass_bookings.exists()
    owner, visitor = mail.outbox
    assert plan_world.month_pass() not in visitor.body


def test_missing_fields_are_explained_and_nothing_is_stored(client, plan_pages, plan_world):
    response = client.post(plan_pages["de"].url, localized(
        plan_world, "de", post_data(plan_world, email="", consent="")))  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert len(re.findall(r'class="field__error"', html)) == 2
    assert not Enquiry.objects.exists() and not PassBooking.objects.exists()


def test_the_same_form_sent_twice_stores_one_plan(client, plan_pages, plan_world):
    data = post_data(plan_world)
    first = client.post(plan_pages["it"].url, data)
    second = client.post(plan_pages["it"].url, data)
    assert first["Location"] == second["Location"]
    assert PlanRequest.objects.count() == 1 and PassBooking.objects.count() == 2


def test_bots_filling_the_honeypot_are_thanked_and_nothing_is_stored(
    client, plan_pages, plan_world
):
    response = client.post(plan_pages["it"].url, post_data(plan_world, website="http://x"))
    assert response.status_code == 303 and "?sent=PLAN-" in response["Location"]
    assert not Enquiry.objects.exists() and not PassBooking.objects.exists()
    assert not mail.outbox


def test_a_made_up_reference_is_not_echoed(client, plan_pages, plan_world):
    html = client.get(plan_pages["it"].url + "?sent=<b>buy-now</b>").content.decode()
    assert "buy-now" not in html


def test_moderators_find_a_plan_by_its_reference_editors_do_not(
    client, plan_pages, plan_world, django_user_model
):
    client.post(plan_pages["it"].url, post_data(plan_world))
    plan = PlanRequest.objects.get()
    listing = reverse("wagtailsnippets_listings_planrequest:list")
    client.force_login(staff_user(django_user_model, "Moderators"))
    assert plan.reference in client.get(listing, {"q": plan.reference}).content.decode()
    inspect = client.get(reverse("wagtailsnippets_listings_planrequest:inspect", args=[plan.pk]))
    assert inspect.status_code == 200 and "Casa del Fornaio" in inspect.content.decode()
    client.force_login(staff_user(django_user_model, "Editors"))
    assert client.get(listing).status_code in (302, 403)
