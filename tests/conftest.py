import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from xdist.scheduler import LoadScopeScheduling

from borgo import worker_copies
from borgo.models import MunicipalitySettings
from borgo.site_setup import ensure_home_page

from .factories import ContentPageFactory
from .wsgi_calls import django_requests  # noqa: F401 (a fixture for the WSGI tests)

# The site's languages come from settings only (LANGUAGES), Italian first.
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGE_CODES = LANGUAGE_CODES[1:]
# Packages whose tests share a costly set-up of package scope (the seeded demo, the browser's
# demo site): in a parallel run each goes whole to one worker, which makes the set-up once.
SHARED_SETUP_PACKAGES = ("tests/browser/", "tests/demo/")


class SharedSetupScheduling(LoadScopeScheduling):
    """pytest-xdist hands out every test on its own, except each of SHARED_SETUP_PACKAGES whole
    (the largest first, while the other workers take the single tests).

    The built-in `--dist loadgroup` would do it with xdist_group markers, but it groups by
    renaming test ids, which pytest 9 no longer reads."""

    def _split_scope(self, nodeid):
        return next((p for p in SHARED_SETUP_PACKAGES if nodeid.startswith(p)), nodeid)


def pytest_xdist_make_scheduler(config, log):
    return SharedSetupScheduling(config, log)


@pytest.fixture(autouse=True, scope="session")
def _fast_test_settings():
    """What makes the suite slow without being what it tests:
    - AVIF renditions at libavif's fastest speed (borgo/avif.py): every test starts from an
      empty database and makes its pictures' renditions anew, and the tests check which
      renditions exist and how they are marked up, not how well they are compressed;
    - a fast password hasher for the staff users the admin tests create and log in;
    - no reference index ("usage" in the admin) updated on every save: nothing of the project
      reads it, and it is a fifth of the time of saving a page."""
    fast = override_settings(
        AVIF_ENCODING_SPEED=10,
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
    )
    with fast, disable_reference_index_auto_update():
        yield


@pytest.fixture(autouse=True)
def _clear_cache(request, settings):
    """Clean caches (page copies and rate-limit counters), the default language, and no
    full-page cache unless a test asks for it (`page_cache` marker): query counts and page
    contents are about the page, not the cache."""
    for alias in settings.CACHES:
        caches[alias].clear()
    worker_copies.forget_all()
    if not request.node.get_closest_marker("page_cache"):
        settings.PAGE_CACHE_SECONDS = 0
    # The test client leaves the last request's language active; each test starts in Italian.
    with translation.override(settings.LANGUAGE_CODE):
        yield


def publish_translation(page, language_code, **fields):
    """A live translation of `page` (Wagtail core copy), with some fields changed."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)


@pytest.fixture
def homes(db):
    """The Italian home page as the site root, with live translations in every language."""
    italian = ensure_home_page(title="Castelmora", hero_title="Vivere e lavorare a Castelmora")
    pages = {"it": italian}
    for code in LANGUAGE_CODES[1:]:
        pages[code] = publish_translation(
            italian, code, slug=f"home-{code}", hero_title=f"Castelmora {code}"
        )
    return pages


@pytest.fixture
def guide(homes):
    """A content page in Italian and English only (German and French are not translated)."""
    italian = ContentPageFactory(
        parent=homes["it"], title="Trasferirsi qui", slug="trasferirsi-qui", show_in_menus=True
    )
    italian.save_revision().publish()
    english = publish_translation(italian, "en", title="Moving here", slug="moving-here")
    return {"it": italian, "en": english}


@pytest.fixture
def municipality(db):
    settings = MunicipalitySettings.load()
    settings.name = "Comune di Castelmora"
    settings.pec = "protocollo@pec.comune.castelmora.it"
    settings.save()
    return settings


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def default_site(homes):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def listing_editor(client, django_user_model, homes):
    """A client signed in as an Editor (Italian admin) who manages accommodation and
    properties, as the README says Editors do."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.users.models import UserProfile

    from borgo.staff import EDITORS, ensure_staff_groups

    ensure_staff_groups()
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="listings",
            codename__in=[
                "add_accommodation",
                "change_accommodation",
                "add_realestate",
                "change_realestate",
            ],
        )
    )
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "it"
    profile.save()
    user.groups.add(editors)
    client.force_login(user)
    return client
