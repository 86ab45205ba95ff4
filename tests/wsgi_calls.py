"""Calling a WSGI application as gunicorn does, for tests of what stands in front of Django."""

from wsgiref.util import setup_testing_defaults

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections


def call(application, path, **environ):
    """(status, headers, body) of `application`'s answer to a request for `path`."""
    environ = {"PATH_INFO": path, **environ}
    setup_testing_defaults(environ)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=dict(headers))

    body = b"".join(application(environ, start_response))
    return answer["status"], answer["headers"], body


@pytest.fixture
def django_requests():
    """The requests Django starts. As in Django's test client, a request does not close the
    test's database connection (on PostgreSQL that would end the test's transaction)."""
    started = []

    def count(**kwargs):
        started.append(kwargs)

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.connect(count)
    yield started
    request_started.disconnect(count)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
