"""Production settings: refuse to start insecurely, secure by default, `check --deploy` clean."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k3y-" + "x1y2z3w4v5" * 6


def run_python(code, **env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}
    }
    clean.update({"ENV_FILE": "/dev/null", "DJANGO_SETTINGS_MODULE": "borgo.settings", **env})
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "secret_key", [None, "", "short", "django-insecure-" + "a1b2c3" * 10, "a" * 60]
)
def test_production_refuses_to_start_without_a_real_secret_key(secret_key):
    env = {} if secret_key is None else {"SECRET_KEY": secret_key}
    result = run_python("import django; django.setup()", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_is_secure_by_default():
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER, s.TIME_ZONE, s.LANGUAGE_CODE, "
        "s.STORAGES['staticfiles']['BACKEND'])",
        SECRET_KEY=GOOD_KEY,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "31536000",
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
        "Europe/Rome",
        "it",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]


def test_production_cookies_are_secure_and_out_of_scripts_reach():
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_HTTPONLY)",
        SECRET_KEY=GOOD_KEY,
    )
    assert result.stdout.split() == ["True"] * 4, result.stderr


def test_plain_http_switch_for_loopback_and_tls_proxies():
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT)",
        SECRET_KEY=GOOD_KEY,
        SECURE_SSL_REDIRECT="false",
    )
    assert result.stdout.strip() == "False"


def test_environment_configures_database_cache_and_email():
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.CACHES['default']['BACKEND'], "
        "s.CACHES['ratelimit']['LOCATION'], s.EMAIL_BACKEND)",
        SECRET_KEY=GOOD_KEY,
        DATABASE_URL="postgres://borgo:pw@db.internal:5432/borgo",
        REDIS_URL="redis://cache.internal:6379/1",
        EMAIL_URL="smtp+tls://user:pw@mail.internal:587",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "borgo.cache_backend.ResilientRedisCache",
        "redis://cache.internal:6379/1",  # the counters too, unless RATELIMIT_REDIS_URL says
        "django.core.mail.backends.smtp.EmailBackend",
    ]


@pytest.mark.parametrize(
    ("environment", "seconds"), [({}, 0.25), ({"REDIS_TIMEOUT_SECONDS": "0.5"}, 0.5)]
)
def test_an_unreachable_redis_is_a_quick_cache_miss(environment, seconds):
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print([sorted(c['OPTIONS'].items()) for c in s.CACHES.values()])",
        SECRET_KEY=GOOD_KEY,
        REDIS_URL="redis://cache.internal:6379/1",
        RATELIMIT_REDIS_URL="redis://counters.internal:6379/0",
        **environment,
    )
    options = [("SOCKET_CONNECT_TIMEOUT", seconds), ("SOCKET_TIMEOUT", seconds)]
    assert result.stdout.strip() == str([options, options]), result.stderr


def test_languages_must_start_with_italian():
    result = run_python("import django; django.setup()", SECRET_KEY=GOOD_KEY, LANGUAGES="en,it")
    assert result.returncode != 0
    assert "LANGUAGES must start with Italian" in result.stderr


@pytest.mark.parametrize("rate", ["lots", "0/10m", "10/10y", "10"])
def test_a_malformed_form_rate_limit_refuses_to_start(rate):
    result = run_python("import django; django.setup()", SECRET_KEY=GOOD_KEY, FORM_RATE_LIMIT=rate)
    assert result.returncode != 0
    assert "FORM_RATE_LIMIT must look like" in result.stderr


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL"}},
            "ENV_FILE": "/dev/null",
            "SECRET_KEY": GOOD_KEY,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "BASE_URL": "https://www.castelmora.example",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "None"),
        (
            {"DEEPL_AUTH_KEY": "abc:fx"},
            "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        ),
        (
            {"LIBRETRANSLATE_URL": "https://translate.comune.example"},
            "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        ),
    ],
)
def test_machine_translation_is_off_unless_configured(env, expected):
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(getattr(s, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS'))",
        SECRET_KEY=GOOD_KEY,
        **env,
    )
    assert result.stdout.strip() == expected, result.stderr


def test_cdn_purging_is_configured_from_the_environment():
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(sorted(s.WAGTAILFRONTENDCACHE), s.PAGE_CACHE_SECONDS)",
        SECRET_KEY=GOOD_KEY,
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:8000",
        CLOUDFLARE_ZONE_ID="zone",
        CLOUDFLARE_BEARER_TOKEN="token",
        PAGE_CACHE_SECONDS="120",
    )
    assert result.stdout.strip() == "['cloudflare', 'http'] 120", result.stderr


@pytest.mark.parametrize("speed", ["-1", "11", "fast"])
def test_an_avif_speed_outside_libavifs_range_refuses_to_start(speed):
    result = run_python("import django; django.setup()", DEBUG="true", AVIF_ENCODING_SPEED=speed)
    assert result.returncode != 0
    assert "AVIF_ENCODING_SPEED" in result.stderr or "invalid literal" in result.stderr


def test_avif_renditions_are_encoded_at_the_configured_speed(settings):
    import io

    from PIL import Image

    settings.AVIF_ENCODING_SPEED = 10
    picture = Image.effect_mandelbrot((320, 200), (-2, -1.5, 1, 1.5), 50).convert("RGB")
    fast, default = io.BytesIO(), io.BytesIO()
    picture.save(fast, "AVIF", quality=80)
    settings.AVIF_ENCODING_SPEED = 0
    picture.save(default, "AVIF", quality=80)
    # The slowest speed compresses harder than the fastest: the setting reached the encoder.
    assert len(default.getvalue()) < len(fast.getvalue())


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "0 0"),  # several workers, each its own local memory: nothing kept
        ({"REDIS_URL": "redis://cache.internal:6379/1"}, "600 600"),
        ({"WEB_CONCURRENCY": "1"}, "600 600"),
        ({"PAGE_CACHE_SECONDS": "30"}, "30 0"),  # asked for explicitly
    ],
)
def test_content_is_kept_across_requests_only_where_every_worker_sees_a_change(env, expected):
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.PAGE_CACHE_SECONDS, s.CHROME_MEMO_SECONDS)",
        SECRET_KEY=GOOD_KEY,
        **env,
    )
    assert result.stdout.strip() == expected, result.stderr


def test_every_wagtail_contrib_app_the_project_imports_is_installed():
    """A contrib app's blocks and widgets bring static files and templates that only an
    installed app provides (the table block's were missing: the editor answered 500)."""
    used = set()
    for app in ("borgo", "attractions", "coworking", "listings", "seo"):
        for source in (ROOT / app).rglob("*.py"):
            for node in ast.walk(ast.parse(source.read_text())):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "wagtail.contrib."
                ):
                    used.add(".".join(node.module.split(".")[:3]))
    assert "wagtail.contrib.table_block" in used
    assert {name for name in used if not apps.is_installed(name)} == set()
