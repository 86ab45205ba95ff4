"""Work off the request (the task queue) and e-mail."""

from django.core.exceptions import ImproperlyConfigured

from .environment import env

# Work off the request (README: "Production"): with TASKS_BACKEND=database, e-mails, renditions
# of new images and Wagtail's search and reference index updates are queued in the database and
# run by `manage.py db_worker`; the embedded default runs each at once, inside the request.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="immediate")
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured("TASKS_BACKEND must be immediate or database.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
TASKS_QUEUED = TASKS_BACKEND == "database"
RENDITIONS_ON_UPLOAD = env.bool("RENDITIONS_ON_UPLOAD", default=TASKS_QUEUED)

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# With the queue, Django's backend only stores each message; the worker sends it through the
# one EMAIL_URL names, retrying while the mail server is down (borgo/mail.py).
EMAIL_DELIVERY_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
# A mail server that accepts the connection and then says nothing must not hold a request (or
# the worker) for ever: SMTP gives up after this many seconds.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
# The first retry of an e-mail that failed comes after this many seconds, then twice as long
# each time, at most an hour apart (borgo/mail.py).
EMAIL_RETRY_SECONDS = env.int("EMAIL_RETRY_SECONDS", default=60)
if TASKS_QUEUED:
    EMAIL_BACKEND = "borgo.mail.QueuedEmailBackend"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Borgo <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The stays' calendar feeds (listings/calendar_import.py): how long a platform may take to
# answer before the import gives up on it for this run and keeps what it knew.
ICAL_FETCH_TIMEOUT_SECONDS = env.float("ICAL_FETCH_TIMEOUT_SECONDS", default=10)
# Municipal staff told of new bookings, enquiries, submissions and questionnaire answers.
STAFF_NOTIFICATION_EMAILS = env.list("STAFF_NOTIFICATION_EMAILS", default=[])
