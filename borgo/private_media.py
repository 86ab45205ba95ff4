"""Which uploaded files are private, and the local `/media/` route that refuses them.

Two kinds of file must never be read from a public address:

- **Documents.** Wagtail's serve view (`/documents/<id>/<name>`) checks a collection's privacy
  (login, password, groups) before it hands a file out; a file reached any other way would skip
  that check. So every document is private in storage, whatever its collection: on the local
  disk `/media/documents/…` answers 404, and in the bucket documents are private objects that
  the serve view redirects to with a signed URL valid for a few minutes
  (`WAGTAILDOCS_SERVE_METHOD = "redirect"`).
- **Photos of an owner's offer before staff publish it.** They are stored under a name that
  starts with `UNREVIEWED_PREFIX` (listings/photos.py), and so are their renditions, whose names
  Wagtail derives from the original's. Staff with any permission on images (the admin's
  thumbnails and edit views) may see them; nobody else. When staff publish the listing its
  photos are copied to ordinary names (`release_image`), and the private copies are deleted.

The rule depends on the file's name only, so that the storage can apply it without asking the
database (S3 ACL at upload, signed or plain URL) and the route needs no query for public files.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views import static
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

UNREVIEWED_PREFIX = "unreviewed--"
DOCUMENTS_DIR = "documents/"


def is_private_name(name):
    """True for a file that must never be served from a public address."""
    name = name.lstrip("/")
    return name.startswith(DOCUMENTS_DIR) or is_unreviewed_name(name)


def is_unreviewed_name(name):
    return posixpath.basename(name).startswith(UNREVIEWED_PREFIX)


def public_name(name):
    """The name a released photo gets: the same, without the private prefix."""
    directory, base = posixpath.split(name)
    return posixpath.join(directory, base.removeprefix(UNREVIEWED_PREFIX))


def may_see_unreviewed(user):
    policy = policy_registry.get_by_type(get_image_model())
    return policy.user_has_any_permission(user, ["add", "change", "choose"])


def serve_media(request, path):
    """`/media/<path>` from MEDIA_ROOT (SERVE_MEDIA=true), never a private file to the public.

    Documents are always refused here (their address is Wagtail's serve view); unreviewed
    photos only to staff who may see images, with a response no cache may share.
    """
    path = posixpath.normpath(path).lstrip("/")
    if path.startswith(DOCUMENTS_DIR):
        raise Http404
    if is_unreviewed_name(path):
        if not may_see_unreviewed(request.user):
            raise Http404
        response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
        response["Cache-Control"] = "private, no-store"
        return response
    return static.serve(request, path, document_root=settings.MEDIA_ROOT)
