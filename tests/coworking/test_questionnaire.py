"""The questionnaire: submission stored then mailed, export, admin summary across languages."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale


def answer(**overrides):
    return {
        "profile": "Lavoratore da remoto",
        "need": ["Una postazione tutti i giorni", "Una sala riunioni"],
        "days_per_week": "4–5",
        "period": "Entro tre mesi",
        "name": "Giulia Rossi",
        "email": "giulia@example.org",
        "consent": "on",
        **overrides,
    }


@pytest.mark.django_db
def test_answer_is_stored_then_staff_are_told(client, questionnaire):
    response = client.post(questionnaire.url, answer())
    assert response.status_code == 200
    assert "Grazie!" in response.content.decode()
    (submission,) = FormSubmission.objects.all()
    assert submission.form_data["profile"] == "Lavoratore da remoto"
    (message,) = mail.outbox
    assert message.to == ["ufficio@comune.example"]
    assert "Giulia Rossi" in message.body


@pytest.mark.django_db
def test_mail_failure_keeps_the_answer(client, questionnaire, monkeypatch):
    def fail(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("coworking.models.questionnaire.send_mail", fail)
    assert client.post(questionnaire.url, answer()).status_code == 200
    assert FormSubmission.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad",
    [
        {"profile": "Hacker"},
        {"email": "nope"},
        {"consent": ""},
        {"need": ["<script>alert(1)</script>"]},
        {"name": "x" * 5000},
    ],
)
def test_invalid_answers_are_refused_with_errors(client, questionnaire, bad):
    response = client.post(questionnaire.url, answer(**bad))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
def test_every_language_renders(client, questionnaire):
    for page in questionnaire.get_translations(inclusive=True):
        response = client.get(page.url)
        assert response.status_code == 200
        assert response.content.decode().count("<h1") == 1
    english = questionnaire.get_translation(Locale.objects.get(language_code="en"))
    assert "Remote worker" in client.get(english.url).content.decode()


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("s", "s@example.org", "pw"))
    return client


@pytest.mark.django_db
def test_summary_counts_answers_across_languages(client, questionnaire, staff):
    client.post(questionnaire.url, answer())
    english = questionnaire.get_translation(Locale.objects.get(language_code="en"))
    client.post(
        english.url,
        answer(
            profile="Remote worker",
            need=["A desk every day"],
            period="Within three months",
            name="Jane",
            email="jane@example.org",
        ),
    )
    html = staff.get(reverse("coworking_questionnaire_summary")).content.decode()
    assert "<td>Lavoratore da remoto</td><td>2</td>" in html
    assert "<td>Una postazione tutti i giorni</td><td>2</td>" in html
    assert "<td>Una sala riunioni</td><td>1</td>" in html


@pytest.mark.django_db
def test_submissions_export(client, questionnaire, staff):
    client.post(questionnaire.url, answer())
    url = reverse("wagtailforms:list_submissions", args=[questionnaire.pk])
    response = staff.get(url, {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    assert "Giulia Rossi" in content
    assert staff.get(url, {"export": "xlsx"}).status_code == 200


@pytest.mark.django_db
def test_summary_needs_permission(client, questionnaire, django_user_model):
    user = django_user_model.objects.create_user("x", "x@example.org", "pw")
    client.force_login(user)
    assert client.get(reverse("coworking_questionnaire_summary")).status_code in (302, 403)
