"""Security: the secret key, HTTPS, cookies, the Content-Security-Policy, rate limits and the
admin sign-in lock-out (README: "Abuse protection")."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .caching import RATELIMIT_REDIS_URL
from .environment import DEBUG, env
from .files import MEDIA_ORIGINS

SECRET_KEY = env.str("SECRET_KEY", default="")
if not DEBUG and (
    len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure")
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random string of at least 50 characters when DEBUG is false."
    )
if DEBUG and not SECRET_KEY:
    SECRET_KEY = "django-insecure-local-development-only"

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
