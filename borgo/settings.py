"""Settings for Borgo, read from the environment only (django-environ, optional `.env`).

Every variable is documented in the README. The defaults give a working embedded set-up
(SQLite file, local-memory cache, console email); with DEBUG=false the project refuses to start
without a real SECRET_KEY and turns the HTTPS protections on.
"""

import os
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from borgo.media_settings import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# ENV_FILE lets tests and containers point at another file (or at none: /dev/null).
environ.Env.read_env(os.environ.get("ENV_FILE", BASE_DIR / ".env"))

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not DEBUG and (
    len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure")
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random string of at least 50 characters when DEBUG is false."
    )
if DEBUG and not SECRET_KEY:
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "borgo",
    "attractions",
    "coworking",
    "listings",
    "borgo.campaigns",
    "seo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "import_export",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "django_ratelimit",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "borgo.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, which keeps each page once, uncompressed, for every client alike.
    # Django masks the CSRF token anew on every response, which defeats BREACH on it.
    "django.middleware.gzip.GZipMiddleware",
    # A kept page the same for every visitor is answered here, with the headers the layers
    # below gave it when it was rendered (borgo/page_cache_middleware.py).
    "borgo.page_cache_middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "borgo.body_limit.RequestTooLargeMiddleware",  # in the language chosen just above
    "borgo.health.DatabaseUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "borgo.security.PermissionsPolicyMiddleware",
    "borgo.security.PreviewFramingMiddleware",  # after the CSP and clickjacking ones
    # Renders misses for the cache and serves the copies with a form: inside the CSRF layer, so
    # that each gets the visitor's own token; before any layer that could touch the database.
    "borgo.page_cache_middleware.PageRenderMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "borgo.urls"
WSGI_APPLICATION = "borgo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
                "borgo.page_cache.csrf_placeholder",  # after Django's built-in csrf processor
            ],
        },
    },
]

# Database: an embedded SQLite file unless DATABASE_URL names another (PostgreSQL in production).
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers share the file. A transaction that reads and then writes must not
    # find another's write lock in between: SQLite answers that at once with "database is locked"
    # (waiting could deadlock), which the site shows as its 503. IMMEDIATE transactions take the
    # write lock when they begin, and wait for it up to `timeout` seconds; WAL lets readers go
    # on while one writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: Redis shared by every web server when REDIS_URL is set, local memory otherwise.
# "default" holds the page copies and the chrome memo; "ratelimit" the rate-limit counters, in
# a cache of their own so that page copies (one per distinct URL) can never evict them
# (README: "Abuse protection"); in production RATELIMIT_REDIS_URL names a Redis that does not
# evict. A Redis that is down or hung must not take the site down: its calls count as misses,
# a call that gets no answer within REDIS_TIMEOUT_SECONDS is given up on, and the failing
# server is then left alone for a couple of seconds (borgo/cache_backend.py).
REDIS_URL = env.str("REDIS_URL", default="")
RATELIMIT_REDIS_URL = env.str("RATELIMIT_REDIS_URL", default=REDIS_URL)
REDIS_TIMEOUT_SECONDS = env.float("REDIS_TIMEOUT_SECONDS", default=0.25)


def redis_cache(url, prefix):
    return {
        "BACKEND": "borgo.cache_backend.ResilientRedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
        },
        "KEY_PREFIX": prefix,
    }


def local_cache(name):
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}


CACHES = {
    "default": redis_cache(REDIS_URL, "borgo") if REDIS_URL else local_cache("default"),
    "ratelimit": (
        redis_cache(RATELIMIT_REDIS_URL, "borgo-ratelimit")
        if RATELIMIT_REDIS_URL
        else local_cache("ratelimit")
    ),
}

# Content kept across requests (the full-page cache, the chrome memo) is retired by a generation
# counter held in the cache itself (borgo/page_cache.py), so a change reaches every process only
# through a shared cache. Local memory is per process: with several workers and no Redis, the
# others would serve pages and menus out of date until they expire. Without REDIS_URL, only
# development (runserver, one process) and a single-worker server (WEB_CONCURRENCY=1) keep them.
CONTENT_CACHE_IS_SHARED = bool(REDIS_URL) or DEBUG or env.int("WEB_CONCURRENCY", default=0) == 1
# Full-page cache for anonymous visitors; 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600 if CONTENT_CACHE_IS_SHARED else 0)
# How long a worker answers the kept copies it holds without asking the shared cache whether
# they are current (borgo/worker_copies.py); 0 turns that store off. And how many it holds.
PAGE_CACHE_WORKER_SECONDS = env.float("PAGE_CACHE_WORKER_SECONDS", default=1.0)
PAGE_CACHE_WORKER_ENTRIES = env.int("PAGE_CACHE_WORKER_ENTRIES", default=300)
# How long the chrome memo (borgo/memo.py) keeps a value; 0: computed for every request.
CHROME_MEMO_SECONDS = 600 if CONTENT_CACHE_IS_SHARED else 0
# How long a CDN in front may keep a page; Wagtail purges it on publish when configured below.
PAGE_CACHE_CDN_SECONDS = env.int("PAGE_CACHE_CDN_SECONDS", default=60)
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):  # Varnish, nginx, Squid...
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
    }

# Abuse protection (README: "Abuse protection").
# The visitor's address: REMOTE_ADDR, or behind N proxies that append to X-Forwarded-For the
# N-th address from its right (borgo/client_ip.py). Used by the rate limits and the lock-out.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Posts to each kind of public form (enquiry, booking, questionnaire...) per client IP, in
# django-ratelimit's notation: "10/10m" is 10 per 10 minutes; more get a 429 page.
FORM_RATE_LIMIT = env.str("FORM_RATE_LIMIT", default="10/10m")
# Guesses of a page's password per client IP, and password-reset requests per client IP and
# per address asked for (borgo/throttles.py).
PASSWORD_RATE_LIMIT = env.str("PASSWORD_RATE_LIMIT", default="5/15m")
for _name in ("FORM_RATE_LIMIT", "PASSWORD_RATE_LIMIT"):
    if not re.fullmatch(r"[1-9][0-9]*/[0-9]*[smhd]", globals()[_name]):
        raise ImproperlyConfigured(f'{_name} must look like "10/10m" (count/period).')
RATELIMIT_IP_META_KEY = "borgo.client_ip.client_ip"
RATELIMIT_VIEW = "borgo.ratelimit.too_many_requests"
RATELIMIT_FAIL_OPEN = True  # Redis down: forms keep working (borgo/ratelimit.py logs it)
RATELIMIT_USE_CACHE = "ratelimit"
# django-ratelimit knows django-redis's backend by name only, not the project's wrapper of it.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not RATELIMIT_REDIS_URL:
    # Local memory counts per process: right for one process (development, tests, a small
    # single-worker site); several workers or servers need Redis to share the counts.
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

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

# The admin sign-in (django-axes): after ADMIN_LOGIN_FAILURE_LIMIT failures for one username from
# one address, that pair is locked out for ADMIN_LOGIN_LOCKOUT_MINUTES, right password or not.
# Attempts are kept in the database (every web server sees them); `manage.py axes_reset`
# unlocks. Only failures are recorded, not every successful sign-in.
# AxesBackend, not the standalone one: it also has get_user, which test helpers such as Wagtail's
# (they force a login with the first backend) need.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("ADMIN_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("ADMIN_LOGIN_LOCKOUT_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the lock lasts what the page says
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "borgo.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "borgo.login_lockout.locked_out"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Italian first and default. LANGUAGES may narrow the set (e.g. "it,en").
LANGUAGE_NAMES = {
    "it": "Italiano",
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
}
LANGUAGE_CODE = "it"
LANGUAGES = [
    (code, LANGUAGE_NAMES[code]) for code in env.list("LANGUAGES", default=["it", "en", "de", "fr"])
]
if LANGUAGES[0][0] != LANGUAGE_CODE:
    raise ImproperlyConfigured("LANGUAGES must start with Italian (it), the default language.")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("it", "Italiano"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Rome")
USE_I18N = True
USE_TZ = True
# Italian dates as Italian writes them ("4 dicembre 2026"): borgo/formats/.
FORMAT_MODULE_PATH = ["borgo.formats"]

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

# Security. On by default in production; SECURE_SSL_REDIRECT=false serves plain HTTP behind a
# TLS-terminating proxy or on loopback.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
# No script reads the CSRF cookie: forms carry the token, Wagtail's admin takes it from the page.
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
if env.bool("TRUST_X_FORWARDED_PROTO", default=not DEBUG):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# A new translation starts as a draft, whoever creates it: it goes live when it is translated
# and published through moderation (borgo/translation_views.py), never as an untranslated copy.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor: off unless a service is configured.
# DeepL (EU-based) with DEEPL_AUTH_KEY, or a self-hosted LibreTranslate with LIBRETRANSLATE_URL.
if env.str("DEEPL_AUTH_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.str("DEEPL_AUTH_KEY"), "FORMALITY": "prefer_more"},
    }
elif env.str("LIBRETRANSLATE_URL", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env.str("LIBRETRANSLATE_URL"),
            "API_KEY": env.str("LIBRETRANSLATE_API_KEY", default=""),
        },
    }

# Maps: the tile server is asked only when a visitor presses "Show the map" (see static/js/map.js).
MAP_TILE_URL = env.str("MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_ATTRIBUTION = env.str("MAP_ATTRIBUTION", default="© OpenStreetMap contributors")
MAP_TILE_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(MAP_TILE_URL))

# Content-Security-Policy for the public site: only this origin's scripts and styles (inline
# ones only with the request's nonce), map tiles from the tile server. The admin is Wagtail's
# own and keeps its inline scripts.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [
            SELF,
            "data:",
            MAP_TILE_ORIGIN,
            *MEDIA_ORIGINS,
            *env.list("CSP_EXTRA_IMG_SRC", default=[]),
        ],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Wagtail runs its search-index and reference-index updates as tasks: one line each is noise.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Wagtail.
WAGTAIL_SITE_NAME = "Borgo"
WAGTAILADMIN_BASE_URL = BASE_URL
# Wagtail's database search, stemming each language on PostgreSQL (borgo/search_backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "borgo.search_backend",
        "SEARCH_CONFIGS": {"it": "italian", "en": "english", "de": "german", "fr": "french"},
    }
}
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
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party request from the admin: Gravatar would receive a hash of each staff member's
# e-mail on every admin page. Avatars are Wagtail's own default picture, or one uploaded in the
# account settings.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
