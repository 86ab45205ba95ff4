"""Static files, uploaded media, documents and images, and the limits on uploads."""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from borgo.media_settings import media_storage

from .environment import BASE_DIR, DEBUG, env

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Media: the local disk (MEDIA_ROOT), or S3-compatible object storage when MEDIA_BUCKET is set
# (borgo/media_settings.py, borgo/storage.py). Private files are never public in either.
MEDIA_STORAGE, MEDIA_ORIGINS = media_storage(env)
MEDIA_URL = "/media/" if not MEDIA_ORIGINS else env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Serve uploaded media from this server: for development and single-machine set-ups only.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG) and not MEDIA_ORIGINS
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        # Hashed, compressed files with far-future caching in production; plain in development
        # so that runserver and the tests need no collectstatic.
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
# WhiteNoise answers static files in front of Django (borgo/static_files.py, borgo/wsgi.py).
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365
# Files browsers ask for at the site's root, whatever the page links to: /favicon.ico.
WHITENOISE_ROOT = BASE_DIR / "public"

# Documents are private objects in the bucket: the serve view checks the collection's privacy,
# then redirects to a signed URL valid for MEDIA_SIGNED_URL_SECONDS. On the local disk it
# streams the file itself (Wagtail's default there).
if MEDIA_ORIGINS:
    WAGTAILDOCS_SERVE_METHOD = "redirect"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Uploads: images of at most 10 MB and 40 megapixels (a decompression bomb or a file that is not
# an image gets a form error). Request bodies other than files are capped at 5 MB (a big page
# edit in the admin; public forms are far smaller): more is a 400. Uploaded files above
# 2.5 MB go to a temporary file instead of memory while the request is read.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Owners' photos from the public offer form (listings/photos.py); the pixel limit is Wagtail's.
LISTING_SUBMISSION_MAX_UPLOAD_MB = env.float("LISTING_SUBMISSION_MAX_UPLOAD_MB", default=10)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Whole request bodies, refused with a 413 before they are read (borgo/body_limit.py): public
# paths take what the offer form needs (six photos and the form), the admin what staff upload
# (images of 10 MB, documents, GPX tracks; one file a request).
MAX_REQUEST_BODY_MB = env.float(
    "MAX_REQUEST_BODY_MB", default=6 * LISTING_SUBMISSION_MAX_UPLOAD_MB + 1
)
ADMIN_MAX_REQUEST_BODY_MB = env.float("ADMIN_MAX_REQUEST_BODY_MB", default=64)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# libavif's encoding speed for AVIF renditions, 0 (smallest files) to 10 (fastest): borgo/avif.py.
AVIF_ENCODING_SPEED = env.int("AVIF_ENCODING_SPEED", default=8)
if not 0 <= AVIF_ENCODING_SPEED <= 10:
    raise ImproperlyConfigured("AVIF_ENCODING_SPEED must be between 0 and 10.")
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Help text for the image's "Description" (its alternative text) in every upload form.
WAGTAILIMAGES_IMAGE_FORM_BASE = "borgo.image_forms.ImageForm"
