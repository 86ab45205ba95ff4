"""Where media are stored and how work is run, chosen from the environment (borgo/settings/,
borgo/media_settings.py), and the S3 storage's choice of ACL and URL per file."""

import json

import environ
import pytest

from borgo.media_settings import LOCAL_STORAGE, media_storage

from .test_settings import GOOD_KEY, run_python

SHOW = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps([s.STORAGES['default'], s.TASKS['default']['BACKEND'], s.EMAIL_BACKEND, "
    "s.EMAIL_DELIVERY_BACKEND, s.SERVE_MEDIA, s.RENDITIONS_ON_UPLOAD, "
    "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'], "
    "getattr(s, 'WAGTAILDOCS_SERVE_METHOD', None)]))"
)


def settings_with(**env):
    result = run_python(SHOW, SECRET_KEY=GOOD_KEY, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_embedded_default_is_the_local_disk_and_work_done_at_once():
    storage, tasks, email, delivery, serve, renditions, img_src, docs = settings_with(
        SERVE_MEDIA="true"
    )
    assert storage == LOCAL_STORAGE
    assert tasks == "django_tasks.backends.immediate.ImmediateBackend"
    assert email == delivery == "django.core.mail.backends.console.EmailBackend"
    assert (serve, renditions, docs) == (True, False, None)
    assert img_src == ["'self'", "data:", "https://tile.openstreetmap.org"]


def test_a_bucket_and_the_database_queue_are_chosen_from_the_environment():
    pytest.importorskip("storages")  # django-storages[s3], in the lock once re-pinned
    storage, tasks, email, delivery, serve, renditions, img_src, docs = settings_with(
        MEDIA_BUCKET="borgo-media",
        MEDIA_ENDPOINT_URL="http://127.0.0.1:9000",
        MEDIA_ACCESS_KEY_ID="key",
        MEDIA_SECRET_ACCESS_KEY="secret",
        MEDIA_URL="https://cdn.castelmora.example/media/",
        SERVE_MEDIA="true",
        TASKS_BACKEND="database",
        EMAIL_URL="smtp://mail.example.org:25",
    )
    assert storage["BACKEND"] == "borgo.storage.MediaStorage"
    assert storage["OPTIONS"]["bucket_name"] == "borgo-media"
    assert storage["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9000"
    assert storage["OPTIONS"]["custom_domain"] == "cdn.castelmora.example/media"
    assert tasks == "django_tasks_db.DatabaseBackend"
    assert (email, delivery) == (
        "borgo.mail.QueuedEmailBackend",
        "django.core.mail.backends.smtp.EmailBackend",
    )
    # Media come from the bucket, never from the app; documents by signed redirect.
    assert (serve, renditions, docs) == (False, True, "redirect")
    assert {"https://cdn.castelmora.example", "http://127.0.0.1:9000"} <= set(img_src)


def test_an_unknown_task_backend_is_refused():
    result = run_python("import django; django.setup()", SECRET_KEY=GOOD_KEY, TASKS_BACKEND="x")
    assert result.returncode != 0 and "TASKS_BACKEND must be" in result.stderr


def test_without_a_cdn_public_media_are_addressed_on_the_endpoint(monkeypatch):
    monkeypatch.setenv("MEDIA_BUCKET", "borgo-media")
    monkeypatch.setenv("MEDIA_ENDPOINT_URL", "http://127.0.0.1:9000/")
    monkeypatch.delenv("MEDIA_URL", raising=False)
    storage, origins = media_storage(environ.Env())
    assert storage["OPTIONS"]["custom_domain"] == "127.0.0.1:9000/borgo-media"
    assert storage["OPTIONS"]["url_protocol"] == "http:"
    assert origins == ["http://127.0.0.1:9000"]


@pytest.mark.parametrize(
    "name, private",
    [
        ("original_images/camera.jpg", False),
        ("images/camera.fill-400x250.format-avif.avif", False),
        ("documents/verbale.pdf", True),
        ("original_images/unreviewed--camera.jpg", True),
        ("images/unreviewed--camera.fill-400x250.format-avif.avif", True),
    ],
)
def test_the_bucket_object_acl_and_url_follow_the_file_name(name, private):
    pytest.importorskip("storages")  # django-storages[s3], in the lock once re-pinned
    from borgo.storage import MediaStorage

    storage = MediaStorage(
        bucket_name="borgo-media",
        endpoint_url="http://127.0.0.1:9000",
        access_key="key",
        secret_key="secret",
        region_name="us-east-1",
        custom_domain="127.0.0.1:9000/borgo-media",
        url_protocol="http:",
        addressing_style="path",
        signature_version="s3v4",
    )
    acl = storage._get_write_parameters(name)["ACL"]
    url = storage.url(name)
    assert acl == ("private" if private else "public-read")
    assert ("X-Amz-Signature=" in url) is private
    assert url.startswith(f"http://127.0.0.1:9000/borgo-media/{name}")
