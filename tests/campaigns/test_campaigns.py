"""Campaign landing pages and first-party lead attribution (no cookies)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from borgo.campaigns.demo import landing_page
from borgo.campaigns.demo_content import LANDING
from borgo.campaigns.models import LandingPage, Lead

pytestmark = pytest.mark.django_db
CAMPAIGN = {"utm_source": "linkedin", "utm_medium": "paid", "utm_campaign": "autunno-2026"}


@pytest.fixture
def landing(homes):
    page = homes["it"].add_child(instance=landing_page(LANDING["it"], "staff@comune.example", None))
    page.save_revision().publish()
    return page


def answers(**extra):
    return {
        "nome_e_cognome": "Anna Weber",
        "e_mail": "anna@example.org",
        "quando_vorresti_venire_e_per_quanto_tempo": "Marzo, tre mesi",
        "acconsento_al_trattamento_dei_miei_dati_per_essere_ricontattato": "on",
        **extra,
    }


def test_landing_pages_hide_from_search_engines_by_default(client, landing):
    assert LandingPage.objects.get(pk=landing.pk).noindex
    body = client.get(landing.url).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in body
    assert landing.url not in client.get("/sitemap-it.xml").content.decode()
    assert LandingPage.parent_page_types == ["borgo.HomePage"]


def test_campaign_parameters_travel_as_hidden_fields_without_cookies(client, landing):
    response = client.get(landing.url, {**CAMPAIGN, "utm_term": '"><script>x</script>'})
    body = response.content.decode()
    assert '<input type="hidden" name="utm_campaign" value="autunno-2026">' in body
    assert "<script>x</script>" not in body
    # Only the technical CSRF cookie the form needs: nothing that tracks.
    assert set(response.cookies) <= {"csrftoken"}


def test_submission_is_stored_with_its_campaign_then_mailed(client, landing):
    response = client.post(landing.url, answers(**CAMPAIGN))
    assert (response.status_code, response["Location"]) == (303, f"{landing.url}?sent=1")
    assert "Grazie!" in client.get(response["Location"]).content.decode()
    submission = FormSubmission.objects.get(page=landing)
    assert submission.get_data()["e_mail"] == "anna@example.org"
    lead = Lead.objects.get()
    assert (lead.source, lead.medium, lead.campaign, lead.subject) == (
        "linkedin",
        "paid",
        "autunno-2026",
        submission,
    )
    assert mail.outbox[0].to == ["staff@comune.example"]


def test_submission_without_campaign_records_no_lead(client, landing):
    client.post(landing.url, answers())
    assert FormSubmission.objects.filter(page=landing).count() == 1
    assert not Lead.objects.exists()


def test_invalid_submission_keeps_the_campaign_and_stores_nothing(client, landing):
    response = client.post(landing.url, answers(e_mail="not-an-address", **CAMPAIGN))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="field__error"' in body
    # The summary above the form links to the field to correct.
    assert '<li><a href="#id_e_mail">' in body
    assert '<input type="hidden" name="utm_source" value="linkedin">' in body
    assert not FormSubmission.objects.exists()


def test_mail_failure_loses_nothing(client, landing, monkeypatch):
    def broken_send_mail(self, form):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(LandingPage, "send_mail", broken_send_mail)
    response = client.post(landing.url, answers(**CAMPAIGN))
    assert response.status_code == 303
    assert FormSubmission.objects.count() == 1 and Lead.objects.count() == 1


def test_leads_report_counts_leads_by_campaign(client, landing):
    for _n in range(3):
        client.post(landing.url, answers(**CAMPAIGN))
    client.post(landing.url, answers(utm_source="google", utm_campaign="ricerca"))
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(admin)
    body = client.get("/admin/campaign-leads/").content.decode()
    assert "<td>autunno-2026</td><td>linkedin</td><td>paid</td>" in body
    assert "<td>3</td>" in body and "<td>ricerca</td><td>google</td>" in body
