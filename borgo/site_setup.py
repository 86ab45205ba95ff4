"""Bootstrap of an empty database: the site's locales, the Italian home page and the Site.

Used by `manage.py setup_site` (production, after every deploy) and by `seed_demo`. Every step
is idempotent, and the Site record is brought back to BASE_URL each time.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from borgo.models import HomePage


def ensure_locales():
    """One Locale per configured language, Italian first."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def ensure_locale_synchronization():
    """Keep every other language's tree in step with the Italian one (wagtail-localize).

    A new Italian page then appears in the other trees as an alias until it is translated,
    so no language has holes in its navigation.
    """
    locales = ensure_locales()
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": locales[settings.LANGUAGE_CODE]}
            )


@transaction.atomic
def ensure_home_page(title="Home", hero_title="Benvenuti"):
    """The Italian HomePage as the default site's root, replacing Wagtail's welcome page."""
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales["it"], depth=2).first()
    if home is None:
        # Wagtail's own migration leaves a plain "Welcome" page (and a Site pointing at it) that
        # would take the "home" slug; it has no place in our tree.
        Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)).delete()
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title=title, hero_title=hero_title, slug="home", locale=locales["it"])
        )
        home.save_revision().publish()
    ensure_site(home)
    return home


def site_address(base_url):
    """The (hostname, port) of the Wagtail Site for BASE_URL.

    Wagtail builds every absolute page URL (`get_full_url`, moderation e-mails, feeds) from the
    Site, and knows the scheme only from the port: 443 is https, any other port http. So https
    must be on 443 (the default), and http on 80 (the default) or the port given.
    """
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(f"BASE_URL must be an http(s) address, not {base_url!r}.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if (parts.scheme == "https") != (port == 443):
        raise ImproperlyConfigured(
            f"BASE_URL {base_url!r}: Wagtail serves https only on port 443, and http on others."
        )
    return parts.hostname, port


def ensure_site(home):
    """The default Site on BASE_URL's host and port, rooted at the Italian home page (an
    existing Site keeps its root page and name, and moves to BASE_URL)."""
    hostname, port = site_address(settings.BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, root_page=home)
    site.hostname, site.port = hostname, port
    site.save()
    return site
