"""The questionnaire: submission stored then mailed, export, admin summary across languages."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale


def answer(**overrides):
    """An answer as the form sends it: each choice by its language-neutral key."""
    return {
        "profile": "lavoratore-da-remoto",
        "need": ["una-postazione-tutti-i-giorni", "una-sala-riunioni"],
        "days_per_week": "45",
        "period": "entro-tre-mesi",
        "name": "Giulia Rossi",
        "email": "giulia@example.org",
        "consent": "on",
        **overrides,
    }


@pytest.mark.django_db
def test_answer_is_stored_then_staff_are_told(client, questionnaire):
    response = client.post(questionnaire.url, answer())
    # Post/Redirect/Get: reloading the thank-you page sends nothing again.
    assert (response.status_code, response["Location"]) == (303, f"{questionnaire.url}?sent=1")
    for _reload in range(2):
        assert "Grazie!" in client.get(response["Location"]).content.decode()
    (submission,) = FormSubmission.objects.all()
    assert submission.form_data["profile"] == "lavoratore-da-remoto"
    assert submission.form_data["language"] == "it"
    (message,) = mail.outbox
    assert message.to == ["ufficio@comune.example"]
    assert "Giulia Rossi" in message.body


@pytest.mark.django_db
def test_a_german_answer_reaches_staff_in_italian(client, questionnaire):
    german = questionnaire.get_translation(Locale.objects.get(language_code="de"))
    assert client.post(german.url, answer()).status_code == 303
    (message,) = mail.outbox
    assert message.subject == "Nuova manifestazione di interesse"
    assert "Chi è?: Lavoratore da remoto" in message.body
    assert "Remote-Arbeitende" not in message.body and "Wer sind Sie" not in message.body


@pytest.mark.django_db
def test_mail_failure_keeps_the_answer(client, questionnaire, monkeypatch):
    def fail(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("coworking.models.questionnaire.send_mail", fail)
    assert client.post(questionnaire.url, answer()).status_code == 303
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
    form = client.get(english.url).content.decode()
    assert 'value="lavoratore-da-remoto"' in form and "Remote worker" in form
    client.post(
        english.url,
        answer(need=["una-postazione-tutti-i-giorni"], name="Jane", email="jane@example.org"),
    )
    assert FormSubmission.objects.get(form_data__name="Jane").form_data["language"] == "en"
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
    assert "lavoratore-da-remoto" in content and ",it" in content  # the key and the language
    assert staff.get(url, {"export": "xlsx"}).status_code == 200


@pytest.mark.django_db
def test_summary_needs_permission(client, questionnaire, django_user_model):
    user = django_user_model.objects.create_user("x", "x@example.org", "pw")
    client.force_login(user)
    assert client.get(reverse("coworking_questionnaire_summary")).status_code in (302, 403)


@pytest.mark.django_db
def test_dropdowns_preselect_nothing(client, questionnaire):
    html = client.get(questionnaire.url).content.decode()
    period = html.split('name="period"')[1].split("</select>")[0]
    assert '<option value="" selected>' in period
    response = client.post(questionnaire.url, answer(period=""))
    assert response.status_code == 200 and 'id="error-summary"' in response.content.decode()
    assert not FormSubmission.objects.exists()


@pytest.mark.django_db
def test_stored_labels_become_keys(questionnaire):
    """The data migration: labels of every language map to the source page's keys."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("coworking.migrations.0005_questionnaire_answers_as_keys")
    english = questionnaire.get_translation(Locale.objects.get(language_code="en"))
    old = FormSubmission.objects.create(
        page=english,
        form_data={"profile": "Remote worker", "need": ["An office", "Gone"], "period": ""},
    )
    migration.labels_to_keys(apps, None)
    old.refresh_from_db()
    assert old.form_data["profile"] == "lavoratore-da-remoto"
    assert old.form_data["need"] == ["un-ufficio", "Gone"]  # an unknown label is kept
    assert old.form_data["language"] == "en"
