"""The admin sign-in locks a username out, from one address, after repeated failures."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.db.models import F

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redattrice", password="giusta-password-123")


def sign_in(client, password, username="redattrice", address="192.0.2.10"):
    data = {"username": username, "password": password}
    return client.post(LOGIN, data, REMOTE_ADDR=address)


def fail(client, times, **kwargs):
    return [sign_in(client, "sbagliata", **kwargs).status_code for _ in range(times)]


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_five_failures_lock_the_account_even_for_the_right_password(client, editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert fail(client, 5) == [200, 200, 200, 200, 429]

    response = sign_in(client, "giusta-password-123")
    assert response.status_code == 429
    assert not is_signed_in(client)
    body = response.content.decode()
    assert "<h1>Accesso bloccato</h1>" in body
    assert "Riprovi tra 30 minuti" in body
    assert response["Retry-After"] == "1800"


def test_the_lock_out_speaks_the_staffs_language(client, editor):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    fail(client, 5)
    body = sign_in(client, "giusta-password-123").content.decode()
    assert "<h1>Anmeldung gesperrt</h1>" in body and "30 Minuten" in body


def test_the_lock_is_for_that_username_from_that_address(client, editor, django_user_model):
    django_user_model.objects.create_user("moderatore", password="altra-password-456")
    fail(client, 5)
    assert sign_in(client, "altra-password-456", username="moderatore").status_code == 302
    client.logout()
    assert sign_in(client, "giusta-password-123", address="198.51.100.7").status_code == 302


def test_a_successful_sign_in_resets_the_count(client, editor):
    fail(client, 4)
    assert sign_in(client, "giusta-password-123").status_code == 302
    client.logout()
    assert fail(client, 4) == [200] * 4


def test_the_lock_ends_after_the_cool_off(client, editor):
    fail(client, 5)
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=31))
    assert sign_in(client, "giusta-password-123").status_code == 302


def test_staff_unlock_with_axes_reset(client, editor):
    fail(client, 5)
    call_command("axes_reset")
    assert sign_in(client, "giusta-password-123").status_code == 302
    assert is_signed_in(client)
