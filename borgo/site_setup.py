"""Bootstrap of an empty database: the site's locales, the Italian home page and the Site.

Used by `manage.py setup_site` (production, once after the first migrate) and by `seed_demo`.
Every step is idempotent.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
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
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home
