"""A real site for the browser tests: the demo village served by gunicorn in production mode.

Built once for this package's tests (a parallel run keeps them on one worker) in a temporary
directory (its own SQLite database, or PostgreSQL database when the run is on PostgreSQL as in
CI; its media and static files), so the browser sees exactly what
visitors get: hashed static files, the Content-Security-Policy, compiled translations. Chromium
is Debian's (/usr/bin/chromium). Without it the browser tests are skipped locally; CI sets
BORGO_BROWSER_TESTS=required, which turns a missing browser or validator into a failure.
"""

import html
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.urls import reverse
from django.utils import translation

from ..sampling import one_per_kind, sitemap_paths

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("BORGO_BROWSER_TESTS") == "required"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require(condition, reason):
    if not condition:
        if REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def site_database_url(directory):
    """SQLite in the site's directory; or, when the test run itself is on PostgreSQL (as in CI,
    the production database), a database of its own on the same server, named after the run's
    (`<name>_browser_site`), made anew."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{directory / 'db.sqlite3'}"
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'borgo'}_browser_site"
    with postgres_server(url) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def postgres_server(url):
    """An autocommit connection to the server's maintenance database (CREATE and DROP
    DATABASE cannot run in a transaction)."""
    import psycopg

    return psycopg.connect(urlunsplit(urlsplit(url)._replace(path="/postgres")), autocommit=True)


def drop_site_database(url):
    if url.startswith(("postgres://", "postgresql://")):
        with postgres_server(url) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{urlsplit(url).path[1:]}" WITH (FORCE)')


def manage(environment, *command, stdin=None):
    """Run a manage.py command in the site's environment; its standard output."""
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=environment,
        check=True,
        capture_output=True,
        text=True,
        input=stdin,
    ).stdout


def site_environment(directory):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DEBUG", "SECRET_KEY"}
    }
    environment.update(
        ENV_FILE="/dev/null",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=site_database_url(directory),
        MEDIA_ROOT=str(directory / "media"),
        STATIC_ROOT=str(directory / "static"),
        SERVE_MEDIA="true",
        WEB_CONCURRENCY="2",
        # The browser checks markup and behaviour, not compression: the first view of each
        # page makes its renditions, and the fastest encoding keeps it within gunicorn's timeout.
        AVIF_ENCODING_SPEED="10",
    )
    return environment


@dataclass(frozen=True)
class Site:
    base_url: str
    environment: dict

    def manage(self, *command, stdin=None):
        return manage(self.environment, *command, stdin=stdin)


@pytest.fixture(scope="package")
def site_server(tmp_path_factory):
    """The demo served by gunicorn with DEBUG=false: its base URL, and its environment (for
    manage.py commands against its database)."""
    directory = tmp_path_factory.mktemp("browser-site")
    environment = site_environment(directory)
    for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["seed_demo"]):
        manage(environment, *command, "--verbosity", "0")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "borgo.wsgi", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env={**environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base_url}/healthz", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the demo site did not start") from None
            time.sleep(0.3)
    yield Site(base_url, environment)
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)
    drop_site_database(environment["DATABASE_URL"])


@pytest.fixture(scope="package")
def site(site_server):
    """Base URL of the demo served by gunicorn with DEBUG=false."""
    return site_server.base_url


@pytest.fixture(scope="package")
def staff(site_server):
    """{group: StaffUser}: an Editor and a Moderator made in the demo site (see admin.py)."""
    from .admin import create_staff

    return create_staff(site_server)


@pytest.fixture(scope="package")
def browser():
    require(os.path.exists(CHROMIUM), f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def sample_paths(base_url, language):
    """One URL per kind of page in the language's sitemap, plus pages no sitemap lists
    (search results, a 404, the owners' offer forms, a co-working booking form, and a form
    showing validation errors: a filter out of range, which a GET can show)."""
    from .demo_paths import listing_index

    with urllib.request.urlopen(f"{base_url}/sitemap-{language}.xml", timeout=30) as response:
        paths = sitemap_paths(response.read().decode())
    with translation.override(language):
        search = reverse("search")
    return [
        *one_per_kind(paths),
        f"{search}?q=castelmora",
        f"/{language}/no-such-page/",
        *offer_paths(paths, language),
        booking_path(base_url, language),
        f"{listing_index('stays', language)}?guests=0",
    ]


def offer_paths(paths, language):
    """The owners' offer forms: routes of the listing index pages."""
    from listings.demo_content.common import INDEX_PAGES
    from listings.routes import offer_path

    endings = tuple(f"/{texts[language]['slug']}/" for texts in INDEX_PAGES.values())
    return [path + offer_path(language) for path in paths if path.endswith(endings)]


def booking_path(base_url, language):
    """The booking form of the first free slot on the demo's first co-working space: its
    query string names a date, so it is read from the availability table, never built."""
    from .demo_paths import coworking_space

    with urllib.request.urlopen(f"{base_url}{coworking_space(language)}", timeout=30) as response:
        document = response.read().decode()
    free_slot = re.search(r'<td class="slot slot--free"><a href="([^"]+)"', document)
    assert free_slot, f"no free slot on {coworking_space(language)}"
    return html.unescape(free_slot[1])


@pytest.fixture(scope="package")
def pages(site):
    """{language: [paths]} sampled from the demo's sitemaps, in two languages."""
    return {language: sample_paths(site, language) for language in ("it", "de")}


@pytest.fixture
def site_only_page(site, browser):
    """A page in a browser context of its own that reaches only the demo site: the map's tile
    server is never asked, so a test does not wait on (or depend on) the network."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(lambda url: not url.startswith(site), lambda route: route.abort())
    page = context.new_page()
    # The first visit of a listing index renders its cards' AVIF, WebP and JPEG renditions;
    # on a busy machine that alone can take longer than Playwright's 30 s.
    page.set_default_navigation_timeout(120_000)
    yield page
    context.close()
