"""The enquiry form: stored first, then e-mailed; bad input answered, never a 500."""

import datetime
from unittest import mock

import pytest
from django.core import mail

from borgo.campaigns.models import Lead
from listings.models import Enquiry

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stay_url(stays_index):
    stay = AccommodationFactory(slug="casa-del-fornaio", contact_email="host@example.org")
    return f"{stays_index['it'].url}{stay.slug}/"


def valid_data(**changes):
    data = {
        "name": "Anna Weber",
        "email": "anna@example.de",
        "arrival": (datetime.date.today() + datetime.timedelta(days=30)).isoformat(),
        "departure": (datetime.date.today() + datetime.timedelta(days=120)).isoformat(),
        "message": "Is the flat free from March?",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def test_valid_enquiry_is_stored_then_mailed_to_owner_and_staff(client, stay_url, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["turismo@comune.example.org"]
    response = client.post(stay_url, valid_data())
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1#enquiry")
    enquiry = Enquiry.objects.get()
    assert enquiry.listing.slug == "casa-del-fornaio" and enquiry.email_sent
    assert enquiry.language == "it"
    message, staff, copy = mail.outbox
    assert message.to == ["host@example.org"]
    assert staff.to == ["turismo@comune.example.org"]
    assert message.reply_to == staff.reply_to == ["anna@example.de"]
    assert "Is the flat free from March?" in message.body
    assert copy.to == ["anna@example.de"]
    assert "Grazie" in client.get(response["Location"]).content.decode()


def test_the_owner_and_staff_read_italian_the_visitor_their_language(client, stays_index, settings):
    """A German visitor writes from the German page of an Italian owner's listing."""
    from wagtail.models import Locale

    settings.STAFF_NOTIFICATION_EMAILS = ["turismo@comune.example.org"]
    stay = AccommodationFactory(slug="casa-del-fornaio", contact_email="host@example.org")
    german = stay.copy_for_translation(Locale.objects.get(language_code="de"))
    german.save()
    response = client.post(f"{stays_index['de'].url}{german.slug}/", valid_data())
    assert response.status_code == 302
    owner, staff, copy = mail.outbox
    assert "Una nuova richiesta" in owner.body and "Una nuova richiesta" in staff.body
    assert copy.to == ["anna@example.de"]
    assert "Ihre Anfrage zu" in copy.body and stay.title in copy.body


def test_the_visitors_acknowledgement_repeats_nothing_they_typed(client, stay_url):
    """Anybody may type anybody's address: the acknowledgement must not carry their text to it
    (a relay for spam); it names the listing, the dates and the page, all the site's own."""
    spam = "Cheap watches at spam.example"
    response = client.post(stay_url, valid_data(name=spam, message=f"{spam}, buy now"))
    assert response.status_code == 302
    owner, copy = mail.outbox
    assert spam in owner.body
    assert copy.to == ["anna@example.de"]
    assert "spam.example" not in copy.subject + copy.body
    assert "la Sua richiesta" in copy.body and "/casa-del-fornaio/" in copy.body


def test_mail_failure_keeps_the_enquiry(client, stay_url):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("smtp down")):
        response = client.post(stay_url, valid_data())
    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert not enquiry.email_sent


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"consent": ""}, "consent"),
        ({"name": ""}, "name"),
        ({"arrival": "2001-01-01"}, "arrival"),
        ({"arrival": "31/02/2027"}, "arrival"),
        ({"departure": "2020-01-01"}, "departure"),
        ({"message": "", "arrival": "", "departure": ""}, "message"),
        ({"message": "x" * 5000}, "message"),
    ],
)
def test_invalid_enquiry_shows_errors_next_to_fields(client, stay_url, changes, field):
    response = client.post(stay_url, valid_data(**changes))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="error-summary"' in body
    assert f'aria-describedby="id_{field}-error"' in body
    assert f'id="id_{field}-error"' in body
    assert not Enquiry.objects.exists() and not mail.outbox


def test_honeypot_pretends_success_and_stores_nothing(client, stay_url):
    response = client.post(stay_url, valid_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Enquiry.objects.exists() and not mail.outbox


def test_hostile_input_is_escaped(client, stay_url):
    response = client.post(stay_url, valid_data(email="<script>x</script>"))
    assert "<script>x</script>" not in response.content.decode()


def test_property_enquiry_asks_no_dates(client, homes_index):
    house = RealEstateFactory(slug="casa-in-pietra")
    url = f"{homes_index['it'].url}{house.slug}/"
    body = client.get(url).content.decode()
    assert 'name="arrival"' not in body
    response = client.post(url, valid_data(arrival="", departure=""))
    assert response.status_code == 302
    assert Enquiry.objects.get().real_estate == house


def test_the_campaign_of_the_visit_is_stored_with_the_enquiry(client, stay_url):
    campaign = {"utm_source": "linkedin", "utm_medium": "paid", "utm_campaign": "nomadi-2026"}
    page = client.get(stay_url, campaign).content.decode()
    for parameter, value in campaign.items():
        assert f'name="{parameter}" value="{value}"' in page
    assert client.post(stay_url, valid_data(**campaign)).status_code == 302
    lead = Lead.objects.get()
    assert lead.subject == Enquiry.objects.get()
    assert (lead.source, lead.medium, lead.campaign) == ("linkedin", "paid", "nomadi-2026")


def test_an_enquiry_without_a_campaign_stores_no_lead(client, stay_url):
    assert client.post(stay_url, valid_data()).status_code == 302
    assert Enquiry.objects.exists() and not Lead.objects.exists()
