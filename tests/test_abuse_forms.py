"""Every public form: a rate limit per client IP (429 in the visitor's language, nothing more
stored) and a honeypot (a pretended success, nothing stored)."""

import datetime
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from unittest import TestCase

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from borgo.campaigns.demo import landing_page
from borgo.campaigns.demo_content import LANDING
from borgo.demo.pages import DemoPages
from borgo.honeypot import FORM_PAGE_FIELD
from coworking.demo import _questionnaire
from coworking.models import QuestionnairePage, Reservation, ReservationStatus
from listings.models import AccommodationIndexPage, Enquiry

from .coworking.conftest import DESKS, make_space
from .listings.factories import AccommodationFactory

pytestmark = pytest.mark.django_db


@dataclass
class PublicForm:
    url: str
    data: Callable[[int], dict]  # valid data for the n-th post
    honeypot: str
    stored: Callable[[], int]
    success_status: int  # each form redirects after a post (Post/Redirect/Get)
    query: dict = field(default_factory=dict)  # what a GET of the form needs


def enquiry_form(homes):
    index = homes["it"].add_child(instance=AccommodationIndexPage(title="Dormire", slug="dormire"))
    index.save_revision().publish()
    stay = AccommodationFactory(slug="casa-del-fornaio")
    arrival = timezone.localdate() + datetime.timedelta(days=30)
    data = {"name": "Anna", "email": "anna@example.org", "consent": "on", "website": ""}
    return PublicForm(
        url=f"{index.url}{stay.slug}/",
        data=lambda n: {**data, "arrival": arrival.isoformat(), "message": f"Domanda {n}"},
        honeypot="website",
        stored=Enquiry.objects.count,
        success_status=302,
    )


def booking_form(homes):
    from coworking.models import CoworkingIndexPage

    index = homes["it"].add_child(instance=CoworkingIndexPage(title="Coworking", slug="cw"))
    index.save_revision().publish()
    space = make_space(index, resources=[DESKS])
    day = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    resource = space.resources.get().pk
    contact = {"name": "Anna", "email": "anna@example.org", "purpose": "Lavoro", "privacy": "on"}
    return PublicForm(
        url=space.url + "book/",
        data=lambda n: {
            **contact,
            "resource": resource,
            "date": day,
            "start": f"{9 + n:02d}:00",
            "minutes": "60",
            "website": "",
        },
        honeypot="website",
        stored=Reservation.objects.count,
        query={"resource": resource, "date": day, "start": "09:00"},
        success_status=303,  # Post/Redirect/Get to the booking's confirmation page
    )


def questionnaire_form(homes):
    demo = DemoPages(stdout=type("Out", (), {"write": lambda self, text: None})())
    demo.pages["home"] = homes["it"]
    _questionnaire(demo)
    page = QuestionnairePage.objects.get(locale__language_code="it")
    answer = {  # choices by their language-neutral keys
        "profile": "lavoratore-da-remoto",
        "need": ["una-sala-riunioni"],
        "days_per_week": "45",
        "period": "entro-tre-mesi",
        "email": "giulia@example.org",
        "consent": "on",
    }
    return PublicForm(
        url=page.url,
        data=lambda n: {**answer, "name": f"Giulia {n}"},
        honeypot=FORM_PAGE_FIELD,
        stored=FormSubmission.objects.count,
        success_status=303,  # Post/Redirect/Get to the thank-you page
    )


def landing_form(homes):
    page = homes["it"].add_child(instance=landing_page(LANDING["it"], "staff@example.org", None))
    page.save_revision().publish()
    answer = {
        "e_mail": "anna@example.org",
        "quando_vorresti_venire_e_per_quanto_tempo": "Marzo",
        "acconsento_al_trattamento_dei_miei_dati_per_essere_ricontattato": "on",
    }
    return PublicForm(
        url=page.url,
        data=lambda n: {**answer, "nome_e_cognome": f"Anna {n}"},
        honeypot=FORM_PAGE_FIELD,
        stored=FormSubmission.objects.count,
        success_status=303,  # Post/Redirect/Get to the thank-you page
    )


FORMS = {
    "enquiry": enquiry_form,
    "booking": booking_form,
    "questionnaire": questionnaire_form,
    "landing": landing_form,
}


@pytest.fixture(params=FORMS)
def form(request, homes):
    return FORMS[request.param](homes)


def test_posts_past_the_limit_get_429_and_store_nothing_more(client, form, settings):
    settings.FORM_RATE_LIMIT = "3/10m"
    for n in range(3):
        assert client.post(form.url, form.data(n)).status_code == form.success_status
    assert form.stored() == 3

    response = client.post(form.url, form.data(3))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "<h1>Troppi tentativi</h1>" in body and '<html lang="it">' in body
    assert form.stored() == 3  # nothing more, nothing lost

    assert client.get(form.url, form.query).status_code == 200
    other_visitor = client.post(form.url, form.data(4), REMOTE_ADDR="203.0.113.9")
    assert other_visitor.status_code == form.success_status
    assert form.stored() == 4


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, form):
    response = client.post(form.url, {**form.data(0), form.honeypot: "http://spam.example"})
    assert response.status_code == form.success_status
    assert client.get(response["Location"]).status_code == 200
    assert form.stored() == 0 and not mail.outbox


def test_the_honeypot_is_out_of_sight(client, form):
    body = client.get(form.url, form.query).content.decode()
    assert f'name="{form.honeypot}"' in body
    assert '<div class="hp" aria-hidden="true">' in body


def test_an_oversized_post_is_a_400_and_stores_nothing(client, form, settings):
    huge = "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post(form.url, {**form.data(0), "message": huge})
    assert response.status_code == 400
    assert "<h1>Non è stato possibile leggere la richiesta</h1>" in response.content.decode()
    assert form.stored() == 0


def test_form_pages_do_not_store_the_honeypot(client, homes):
    form = landing_form(homes)
    client.post(form.url, form.data(0))
    assert FORM_PAGE_FIELD not in FormSubmission.objects.get().form_data


@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Too many attempts"), ("de", "Zu viele Versuche"), ("fr", "Trop de tentatives")],
)
def test_the_429_page_speaks_the_visitors_language(client, homes, settings, language, title):
    settings.FORM_RATE_LIMIT = "1/1h"
    questionnaire_form(homes)
    page = QuestionnairePage.objects.get(locale__language_code=language)
    client.post(page.url, {})
    response = client.post(page.url, {})
    assert response.status_code == 429
    body = response.content.decode()
    assert f"<h1>{title}</h1>" in body and f'<html lang="{language}">' in body
    minutes = math.ceil(int(response["Retry-After"]) / 60)
    assert f"{minutes} min" in body.lower()  # how long to wait


def test_the_cancellation_link_is_rate_limited(client, homes, settings):
    settings.FORM_RATE_LIMIT = "2/10m"
    form = booking_form(homes)
    client.post(form.url, form.data(0))
    reservation = Reservation.objects.get()
    url = f"{reservation.resource.page.url}cancel/forged-token/"
    assert [client.post(url).status_code for _ in range(3)] == [400, 400, 429]
    reservation.refresh_from_db()
    assert reservation.status != ReservationStatus.CANCELLED


def test_behind_a_proxy_each_visitor_has_their_own_limit(client, homes, settings):
    settings.FORM_RATE_LIMIT = "1/10m"
    settings.TRUSTED_PROXY_COUNT = 1
    form = enquiry_form(homes)

    def post(n, forwarded_for):
        return client.post(form.url, form.data(n), HTTP_X_FORWARDED_FOR=forwarded_for)

    assert post(0, "198.51.100.1").status_code == 302
    assert post(1, "198.51.100.2").status_code == 302  # another visitor
    # The same visitor cannot escape by writing addresses of their own in front.
    assert post(2, "10.0.0.1, 198.51.100.1").status_code == 429
    assert form.stored() == 2
    # A header that holds no address: one shared bucket, not an error.
    assert post(3, "<script>").status_code == 302
    assert post(4, "").status_code == 302  # no header: the connection's address


def test_forms_keep_working_when_redis_is_down(client, homes, settings):
    form = enquiry_form(homes)
    redis = {
        "BACKEND": "borgo.cache_backend.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2},
    }
    settings.CACHES = {"default": redis, "ratelimit": redis}
    settings.FORM_RATE_LIMIT = "1/10m"
    with TestCase().assertLogs("borgo.ratelimit", "WARNING") as logs:
        for n in range(3):
            assert client.post(form.url, form.data(n)).status_code == 302
    assert "not applied" in logs.output[0]
    assert form.stored() == 3
