"""E-mails through the task queue (borgo/mail.py): queued at once, sent by the worker, retried
while the mail server fails, never lost."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from borgo.mail import MAX_ATTEMPTS

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class DownMailServer:
    """A delivery backend whose server does not answer."""

    def __init__(self, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "borgo.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = LOCMEM
    return settings


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch):
    """The worker closes the database connection between tasks; in a test that would end the
    test's transaction (on PostgreSQL), so here it keeps it, as Django's test client does for
    requests."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def booking_message():
    message = EmailMultiAlternatives(
        "Prenotazione confermata",
        "Scrivania 3, 12 maggio.",
        "Borgo <noreply@example.org>",
        ["ospite@example.org"],
        reply_to=["turismo@example.org"],
        headers={"X-Borgo": "booking"},
    )
    message.attach_alternative("<p>Scrivania 3</p>", "text/html")
    message.attach("booking.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.attach("map.png", b"\x89PNG\r\n\x1a\n\x00", "image/png")
    return message


def test_a_message_is_queued_then_sent_by_the_worker_as_it_was_written(queue):
    assert booking_message().send() == 1
    assert mail.outbox == []
    assert DBTaskResult.objects.get().status == "READY"

    run_worker()

    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.from_email) == (
        "Prenotazione confermata",
        "Scrivania 3, 12 maggio.",
        "Borgo <noreply@example.org>",
    )
    assert (sent.to, sent.reply_to, sent.extra_headers) == (
        ["ospite@example.org"],
        ["turismo@example.org"],
        {"X-Borgo": "booking"},
    )
    assert sent.alternatives == [("<p>Scrivania 3</p>", "text/html")]
    assert [tuple(a) for a in sent.attachments] == [
        ("booking.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"),
        ("map.png", b"\x89PNG\r\n\x1a\n\x00", "image/png"),
    ]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_message_is_retried_while_the_mail_server_is_down_and_sent_when_it_returns(queue):
    queue.EMAIL_DELIVERY_BACKEND = f"{__name__}.DownMailServer"
    EmailMessage("Richiesta ricevuta", "Grazie", to=["maria@example.org"]).send()

    run_worker()

    assert mail.outbox == []
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["args"][1] == 2  # the second attempt
    assert retry.run_after > timezone.now()  # later, not in a tight loop
    run_worker()
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # not due yet: left alone

    queue.EMAIL_DELIVERY_BACKEND = LOCMEM
    retry.run_after = timezone.now() - timedelta(seconds=1)
    retry.save()
    run_worker()

    assert [m.subject for m in mail.outbox] == ["Richiesta ricevuta"]
    assert not DBTaskResult.objects.filter(status__in=["READY", "FAILED"]).exists()


def test_after_the_last_attempt_the_message_stays_in_the_failed_task(queue):
    queue.EMAIL_DELIVERY_BACKEND = f"{__name__}.DownMailServer"
    EmailMessage("Richiesta ricevuta", "Grazie", to=["maria@example.org"]).send()
    last = DBTaskResult.objects.get()
    last.args_kwargs["args"].append(MAX_ATTEMPTS)
    last.save()

    run_worker()

    failed = DBTaskResult.objects.get()
    assert failed.status == "FAILED"
    assert failed.args_kwargs["args"][0]["subject"] == "Richiesta ricevuta"
