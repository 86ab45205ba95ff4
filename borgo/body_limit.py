"""A limit on the size of request bodies, applied before any of the body is read.

Without it a client could post a body of any size: Django would read it all, writing uploaded
files to the temporary directory, before a form could refuse them. The limit is the largest
thing a form of the site takes: MAX_REQUEST_BODY_MB for public paths (by default what the owners'
offer form takes: six photos of LISTING_SUBMISSION_MAX_UPLOAD_MB each, and the rest of the form),
ADMIN_MAX_REQUEST_BODY_MB under /admin/ (documents, images and GPX tracks staff upload).

`RequestBodyLimit` wraps the WSGI application (borgo/wsgi.py), in front of everything else:
- a body announced by its Content-Length as larger than the limit is refused at once, unread;
- a chunked body (no Content-Length) is read up to the limit into a temporary buffer (memory,
  then a file past FILE_UPLOAD_MAX_MEMORY_SIZE) and refused as soon as it goes past it; one
  within the limit is handed on from the buffer, with its length.
A refused request reaches Django with an empty body and a mark, and `RequestTooLargeMiddleware`
answers it with the 413 page in the visitor's language. A proxy in front may refuse it even
earlier (nginx's client_max_body_size); this holds without one.
"""

import io
import tempfile

from django.conf import settings
from django.shortcuts import render

TOO_LARGE = "borgo.request_body_too_large"
MEGABYTE = 1024 * 1024
CHUNK = 64 * 1024


def body_limit_mb(path):
    if path.startswith("/admin/"):
        return settings.ADMIN_MAX_REQUEST_BODY_MB
    return settings.MAX_REQUEST_BODY_MB


def buffered_body(stream, limit):
    """The body read into a buffer, or None as soon as it is longer than `limit` bytes."""
    buffer = tempfile.SpooledTemporaryFile(max_size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE)
    length = 0
    while chunk := stream.read(min(CHUNK, limit + 1 - length)):
        length += len(chunk)
        if length > limit:
            buffer.close()
            return None
        buffer.write(chunk)
    buffer.seek(0)
    return buffer, length


class RequestBodyLimit:
    """WSGI middleware: see the module's docstring."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        return self.application(self.limited(environ), start_response)

    def limited(self, environ):
        limit = int(body_limit_mb(environ.get("PATH_INFO", "")) * MEGABYTE)
        announced = environ.get("CONTENT_LENGTH")
        if announced:
            # A malformed length is Django's to refuse, as it does without this middleware.
            if announced.isdigit() and int(announced) > limit:
                return self.refused(environ)
            return environ
        if "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
            return environ
        body = buffered_body(environ["wsgi.input"], limit)
        if body is None:
            return self.refused(environ)
        buffer, length = body
        return {**environ, "wsgi.input": buffer, "CONTENT_LENGTH": str(length)}

    def refused(self, environ):
        return {**environ, "wsgi.input": io.BytesIO(), "CONTENT_LENGTH": "0", TOO_LARGE: True}


class RequestTooLargeMiddleware:
    """The 413 page for a request `RequestBodyLimit` refused, in the visitor's language.

    After LocaleMiddleware (which chooses the language), before anything that reads the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.META.get(TOO_LARGE):
            return self.get_response(request)
        limit = body_limit_mb(request.path_info)
        response = render(request, "413.html", {"limit_mb": f"{limit:g}"}, status=413)
        response["Cache-Control"] = "no-store"
        return response
