"""Staff keep the stays' availability and the tourist tax in the admin."""

import pytest
from django.urls import reverse

from listings.models import BookedPeriod, CalendarFeed, TouristTaxSettings
from tests.staff import staff_user

from .factories import AccommodationFactory
from .test_stay_dates import dates_query, day, titles

pytestmark = pytest.mark.django_db


def url(model, view, *args):
    return reverse(f"wagtailsnippets_listings_{model}:{view}", args=args)


@pytest.mark.parametrize("group_name", ["Editors", "Moderators"])
def test_staff_enter_a_booked_period_and_a_feed(client, django_user_model, stays_index, group_name):
    client.force_login(staff_user(django_user_model, group_name))
    stay = AccommodationFactory(title="Casa del Fornaio")
    assert client.get(url("bookedperiod", "list")).status_code == 200
    assert client.get(url("bookedperiod", "add")).status_code == 200
    response = client.post(
        url("bookedperiod", "add"),
        {
            "accommodation": stay.pk,
            "arrival": day(10).isoformat(),
            "departure": day(5).isoformat(),
            "source": "owner",
        },
    )
    assert "La partenza deve essere dopo l&#x27;arrivo." in response.content.decode()
    response = client.post(
        url("bookedperiod", "add"),
        {
            "accommodation": stay.pk,
            "arrival": day(10).isoformat(),
            "departure": day(20).isoformat(),
            "source": "owner",
            "note": "Telefonata della proprietaria",
        },
    )
    assert response.status_code == 302
    assert BookedPeriod.objects.get().note == "Telefonata della proprietaria"
    client.logout()
    index = client.get(stays_index["it"].url + dates_query(day(12), day(15))).content.decode()
    assert "Casa del Fornaio" not in titles(index)

    client.force_login(django_user_model.objects.get(username=group_name))
    response = client.post(
        url("calendarfeed", "add"),
        {"accommodation": stay.pk, "name": "Booking.com", "url": "https://example.org/a.ics"},
    )
    assert response.status_code == 302
    assert CalendarFeed.objects.get().accommodation == stay
    assert "Booking.com" in client.get(url("calendarfeed", "list")).content.decode()


def test_moderators_set_the_tourist_tax_and_editors_cannot(client, django_user_model):
    pk = TouristTaxSettings.load().pk
    settings_url = reverse("wagtailsettings:edit", args=["listings", "touristtaxsettings", pk])
    data = {
        "charged": "on",
        "rate_per_night": "2.00",
        "max_nights": "7",
        "exempt_under_age": "12",
        "other_exemptions": "Residenti.",
    }
    client.force_login(staff_user(django_user_model, "Editors"))
    client.post(settings_url, data)
    assert not TouristTaxSettings.load().charged
    client.force_login(staff_user(django_user_model, "Moderators"))
    assert client.post(settings_url, data).status_code == 302
    tax = TouristTaxSettings.load()
    assert (tax.charged, str(tax.rate_per_night), tax.max_nights) == (True, "2.00", 7)
