"""E-mails sent by the task worker, off the visitor's request (`TASKS_BACKEND=database`).

`QueuedEmailBackend` is Django's EMAIL_BACKEND then: `message.send()` anywhere in the project
stores the message, field by field, as a task in the database and returns at once, so a booking
answers in the same time whether the mail server takes 10 ms or 30 s, or is down. The worker
(`manage.py db_worker`) runs `send_email_task`, which sends it through the backend `EMAIL_URL`
names (`EMAIL_DELIVERY_BACKEND`). When that fails (mail server down, refused, timed out) the
task enqueues itself again with a growing delay (EMAIL_RETRY_SECONDS, then twice as long each
time, at most an hour apart) for `MAX_ATTEMPTS` attempts, about a day; only then is it marked
failed, and the message stays in the task's row (`django_tasks_db_dbtaskresult`) to be looked
at or sent again.

Call sites do not change. What their "e-mail sent" flags mean does: with the queue a flag is
true once the message is queued (stored in the same database as the booking), which is the
promise that it will be delivered or retried; a failure to queue leaves it false as before.
With the embedded default (`TASKS_BACKEND=immediate`) this backend is not used and messages
go out during the request, as before.
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 30
FIELDS = ["subject", "body", "from_email", "to", "cc", "bcc", "reply_to"]


class QueuedEmailBackend(BaseEmailBackend):
    """Queue each message as a task; the worker delivers it (see the module's docstring)."""

    def send_messages(self, email_messages):
        for message in email_messages:
            send_email_task.enqueue(serialize(message))
        return len(email_messages)


def serialize(message):
    """A message as JSON-able data: its fields, alternatives and attachments (bytes in base64)."""
    data = {field: getattr(message, field) for field in FIELDS}
    data["headers"] = dict(message.extra_headers)
    data["alternatives"] = [list(alt) for alt in getattr(message, "alternatives", [])]
    data["attachments"] = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase attachments are not used here
        encoded = isinstance(content, bytes)
        if encoded:
            content = base64.b64encode(content).decode("ascii")
        data["attachments"].append([filename, content, mimetype, encoded])
    return data


def deserialize(data):
    fields = {field: data[field] for field in FIELDS}
    cls = EmailMultiAlternatives if data["alternatives"] else EmailMessage
    message = cls(headers=data["headers"], **fields)
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype, encoded in data["attachments"]:
        message.attach(filename, base64.b64decode(content) if encoded else content, mimetype)
    return message


def retry_delay(attempt):
    return timedelta(seconds=min(settings.EMAIL_RETRY_SECONDS * 2 ** (attempt - 1), 3600))


# Before other work (renditions, index updates), so that a queue of those never delays a mail.
@task(priority=10)
def send_email_task(data, attempt=1):
    """Deliver one queued message; on failure queue the next attempt (module docstring)."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    try:
        connection.send_messages([deserialize(data)])
    except Exception:
        if attempt >= MAX_ATTEMPTS:
            raise  # the task is marked failed, the message kept in its row
        delay = retry_delay(attempt)
        logger.warning(
            "E-mail %r to %s not sent (attempt %d); retrying in %s",
            data["subject"],
            ", ".join(data["to"]),
            attempt,
            delay,
            exc_info=True,
        )
        send_email_task.using(run_after=timezone.now() + delay).enqueue(data, attempt + 1)
