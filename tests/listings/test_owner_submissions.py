"""Owners offer a room or a house: a draft for staff review, stored before any e-mail is sent."""

import io
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.images import get_image_model

from borgo.campaigns.models import Lead
from listings.models import (
    Accommodation,
    CalendarFeed,
    OwnerSubmission,
    RealEstate,
    SubmissionStatus,
)
from tests.conftest import LANGUAGE_CODES

from .factories import AccommodationFactory

pytestmark = pytest.mark.django_db
OFFER_WORDS = {"it": "offri", "en": "offer", "de": "anbieten", "fr": "proposer"}
THANKS_WORDS = {"it": "grazie", "en": "thanks", "de": "danke", "fr": "merci"}
CAMPAIGN = {"utm_source": "linkedin", "utm_medium": "paid", "utm_campaign": "case-2026"}


def photo(name="camera.jpg", image_format="JPEG", size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#1d4e89").save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def owner_data(**changes):
    data = {
        "owner_name": "Maria Rossi",
        "contact_email": "maria@example.org",
        "contact_phone": "+39 0975 123456",
        "summary": "Luminosa, nel centro storico, a due passi dalla sala di co-working.",
        "description": "Scrivania alla finestra, fibra, silenzio.",
        "address": "Via del Forno 2",
        "postal_code": "85050",
        "locality": "Castelmora",
        "photo_1": photo("camera.jpg"),
        "alt_1": "Camera luminosa con scrivania alla finestra",
        "photo_2": photo("bagno.png", "PNG"),
        "alt_2": "Bagno con doccia",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def stay_data(**changes):
    facts = {
        "title": "Camera con vista",
        "accommodation_type": "room",
        "cin": "IT076099C2ABCD1234",
        "capacity": "2",
        "bedrooms": "1",
        "price_per_night_from": "45",
        "monthly_price": "600",
    }
    return owner_data(**{**facts, **changes})


def house_data(**changes):
    facts = {
        "title": "Casa in pietra",
        "deal": "sale",
        "property_type": "house",
        "price": "39000",
        "floor_area_m2": "85",
        "rooms": "4",
        "bedrooms": "2",
        "bathrooms": "1",
        "condition": "to_refresh",
        "heating": "stove",
        "energy_class": "G",
        "energy_index": "250.5",
    }
    return owner_data(**{**facts, **changes})


def offer_url(index, code="it"):
    return f"{index[code].url}{OFFER_WORDS[code]}/"


def nothing_stored():
    return not (
        Accommodation.objects.exists()
        or RealEstate.objects.exists()
        or OwnerSubmission.objects.exists()
        or get_image_model().objects.exists()
    )


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_both_indexes_link_to_their_form_in_every_language(client, stays_index, homes_index, code):
    for index in (stays_index, homes_index):
        url = offer_url(index, code)
        assert f'href="{url}"' in client.get(index[code].url).content.decode()
        response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert f'<html lang="{code}">' in body
        assert 'enctype="multipart/form-data"' in body and 'name="csrfmiddlewaretoken"' in body
        assert 'name="photo_6"' in body and 'name="photo_7"' not in body
    assert 'name="cin"' in client.get(offer_url(stays_index, code)).content.decode()
    assert 'name="energy_class"' in client.get(offer_url(homes_index, code)).content.decode()


def test_a_valid_offer_becomes_a_draft_with_photos_and_both_are_told(client, stays_index, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["turismo@comune.example.org"]
    response = client.post(offer_url(stays_index, "en"), stay_data(title="Room with a view"))
    assert response.status_code == 302
    assert response["Location"] == f"{stays_index['en'].url}offer/thanks/"

    stay = Accommodation.objects.get()
    assert (stay.live, stay.locale.language_code, stay.slug) == (False, "en", "room-with-a-view")
    assert stay.has_unpublished_changes and stay.latest_revision is not None
    assert (stay.contact_email, stay.external_ref, stay.cin) == (
        "maria@example.org",
        "",
        "IT076099C2ABCD1234",
    )
    photos = list(stay.gallery.order_by("sort_order"))
    assert [p.alt_text for p in photos] == [
        "Camera luminosa con scrivania alla finestra",
        "Bagno con doccia",
    ]
    assert {p.image.collection.name for p in photos} == {"Owner submissions"}
    assert all(p.locale_id == stay.locale_id for p in photos)
    # The admin edits the latest revision: it must hold the photos too.
    assert stay.latest_revision.as_object().gallery.count() == 2

    submission = OwnerSubmission.objects.get()
    assert (submission.listing, submission.name, submission.language) == (stay, "Maria Rossi", "en")
    assert submission.status == SubmissionStatus.NEW
    assert submission.owner_email_sent and submission.staff_email_sent

    owner, staff = mail.outbox
    assert owner.to == ["maria@example.org"] and owner.subject == "We have received your offer"
    # Anybody may type anybody's address: nothing the sender typed goes back to it.
    assert "Room with a view" not in owner.body and "Maria Rossi" not in owner.body
    assert "Nothing is published before this review" in owner.body
    assert owner.reply_to == ["turismo@comune.example.org"]
    assert staff.to == ["turismo@comune.example.org"] and staff.reply_to == ["maria@example.org"]
    assert "Nuova offerta da verificare" in staff.subject  # staff read Italian
    assert f"/admin/snippets/listings/accommodation/edit/{stay.pk}/" in staff.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "We have received your offer" in thanks.content.decode()


def test_a_house_offer_becomes_a_draft_property(client, homes_index):
    response = client.post(offer_url(homes_index), house_data())
    assert response["Location"] == f"{homes_index['it'].url}offri/grazie/"
    house = RealEstate.objects.get()
    assert (house.live, house.energy_class, house.gallery.count()) == (False, "G", 2)
    assert OwnerSubmission.objects.get().real_estate == house
    assert "abbiamo ricevuto la Sua offerta" in mail.outbox[0].body


def test_the_draft_is_nowhere_on_the_public_site(client, stays_index):
    client.post(offer_url(stays_index), stay_data(title="Camera segreta"))
    stay = Accommodation.objects.get()
    assert client.get(f"{stays_index['it'].url}{stay.slug}/").status_code == 404
    assert "Camera segreta" not in client.get(stays_index["it"].url).content.decode()
    assert stay.slug not in client.get("/sitemap-it.xml").content.decode()
    assert "Camera segreta" not in client.get("/it/search/", {"q": "segreta"}).content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (stay_data(consent=""), "consent", ""),
        (stay_data(alt_2=""), "alt_2", "Descriva questa foto"),
        (stay_data(accommodation_type="hotel", cin=""), "cin", "CIN"),
        (stay_data(cin="76099"), "cin", "IT076099C2ABCD1234"),
        (stay_data(photo_1="", alt_1="", photo_2="", alt_2=""), "photo_1", "almeno una"),
        (stay_data(photo_1=""), "photo_1", "Scelga la foto"),
        (stay_data(price_per_night_from="", monthly_price=""), "price_per_night_from", ""),
        (stay_data(contact_email="not-an-address"), "contact_email", ""),
        (house_data(energy_class=""), "energy_class", "classe energetica"),
        (house_data(energy_index=""), "energy_index", ""),
        (
            house_data(photo_2=SimpleUploadedFile("photo.jpg", b"just some text")),
            "photo_2",
            "Scelga una foto in formato JPEG",
        ),
        (stay_data(photo_2=photo("plan.bmp", "BMP")), "photo_2", "JPG, JPEG, PNG"),
    ],
)
def test_bad_input_is_answered_next_to_the_field_and_nothing_is_stored(
    client, stays_index, homes_index, data, field, message
):
    index = homes_index if "energy_class" in data else stays_index
    response = client.post(offer_url(index), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="error-summary"' in body
    assert f'id="id_{field}-error"' in body and f'aria-describedby="id_{field}-error' in body
    assert message in body
    assert "Camera con vista" in body or "Casa in pietra" in body  # what was typed is kept
    assert nothing_stored() and not mail.outbox


def test_oversized_and_overlarge_photos_are_refused_in_the_visitors_language(
    client, stays_index, settings
):
    settings.LISTING_SUBMISSION_MAX_UPLOAD_MB = 0.001  # about 1 kB: the 40×30 photos pass
    big = photo("grande.jpg", size=(300, 300))  # 2 kB
    body = client.post(offer_url(stays_index, "de"), stay_data(photo_2=big)).content.decode()
    assert 'id="id_photo_2-error"' in body and "zu groß" in body
    settings.LISTING_SUBMISSION_MAX_UPLOAD_MB = 10
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    body = client.post(offer_url(stays_index, "fr"), stay_data()).content.decode()
    assert 'id="id_photo_1-error"' in body and "trop de pixels" in body
    assert nothing_stored() and not mail.outbox


def test_honeypot_pretends_success_and_stores_nothing(client, stays_index):
    response = client.post(offer_url(stays_index), stay_data(website="http://spam.example"))
    assert response.status_code == 302
    assert response["Location"].endswith("/offri/grazie/")
    assert nothing_stored() and not mail.outbox


def test_mail_failure_loses_nothing(client, stays_index, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["turismo@comune.example.org"]
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("smtp down")):
        response = client.post(offer_url(stays_index), stay_data())
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    submission = OwnerSubmission.objects.get()
    assert not submission.owner_email_sent and not submission.staff_email_sent
    assert submission.accommodation.gallery.count() == 2 and not submission.accommodation.live


def test_the_campaign_that_brought_the_owner_is_recorded(client, stays_index):
    body = client.get(offer_url(stays_index), CAMPAIGN).content.decode()
    assert '<input type="hidden" name="utm_campaign" value="case-2026">' in body
    client.post(offer_url(stays_index), stay_data(**CAMPAIGN))
    lead = Lead.objects.get()
    assert (lead.source, lead.medium, lead.campaign, lead.subject) == (
        "linkedin",
        "paid",
        "case-2026",
        OwnerSubmission.objects.get(),
    )


def test_same_title_gets_a_free_slug(client, stays_index):
    AccommodationFactory(slug="camera-con-vista")
    client.post(offer_url(stays_index), stay_data())
    assert Accommodation.objects.get(live=False).slug == "camera-con-vista-2"


def test_other_languages_words_stay_listing_slugs(client, stays_index):
    AccommodationFactory(slug="offer", title="Offerta speciale")
    assert "Offerta speciale" in client.get(f"{stays_index['it'].url}offer/").content.decode()
    assert client.get(f"{stays_index['it'].url}offri/thanks/").status_code == 404
    reserved = AccommodationFactory.build(slug="offri")
    with pytest.raises(ValidationError) as error:
        reserved.full_clean()
    assert list(error.value.message_dict) == ["slug"]


def test_form_page_query_count_is_bounded(client, stays_index, django_assert_max_num_queries):
    url = offer_url(stays_index)
    client.get(url)  # warm-up: site root paths, index URLs
    with django_assert_max_num_queries(10):
        assert client.get(url).status_code == 200


def test_staff_find_the_submission_and_its_draft(admin_client, stays_index):
    client = Client()
    client.post(offer_url(stays_index), stay_data())
    stay = Accommodation.objects.get()
    body = admin_client.get("/admin/snippets/listings/ownersubmission/").content.decode()
    assert "Maria Rossi" in body
    edit_url = f"/admin/snippets/listings/accommodation/edit/{stay.pk}/"
    assert edit_url in body
    submission = OwnerSubmission.objects.get()
    body = admin_client.get(
        f"/admin/snippets/listings/ownersubmission/edit/{submission.pk}/"
    ).content.decode()
    assert edit_url in body
    assert admin_client.get(edit_url).status_code == 200


def test_offers_past_the_rate_limit_get_429_and_store_nothing_more(client, stays_index, settings):
    settings.FORM_RATE_LIMIT = "2/10m"
    for number in range(2):
        response = client.post(offer_url(stays_index), stay_data(title=f"Stanza {number}"))
        assert response.status_code == 302
    response = client.post(offer_url(stays_index), stay_data(title="Stanza 2"))
    assert response.status_code == 429
    assert OwnerSubmission.objects.count() == 2


def test_an_owner_may_give_the_calendar_their_platform_exports(client, stays_index):
    ical = "https://www.airbnb.com/calendar/ical/123.ics?s=abc"
    response = client.post(offer_url(stays_index), stay_data(calendar_url=ical))
    assert response.status_code == 302
    feed = CalendarFeed.objects.get()
    assert (feed.accommodation, feed.url, feed.name) == (
        Accommodation.objects.get(),
        ical,
        "www.airbnb.com",
    )

    response = client.post(offer_url(stays_index, "de"), stay_data(calendar_url="ftp://x.org/a"))
    assert "Bitte eine gültige Adresse eingeben." in response.content.decode()
    assert CalendarFeed.objects.count() == 1
