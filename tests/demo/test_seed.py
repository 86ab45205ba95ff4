"""The demo village: built in every language through wagtail-localize, and idempotent. What
the built village shows is checked in test_village.py, on the same once-seeded demo."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.images.models import Image
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from borgo.campaigns.models import LandingPage
from borgo.demo import content
from borgo.models import ContentPage, HomePage, MunicipalitySettings
from coworking.models import BookableResource
from listings.models import Accommodation, RealEstate

pytestmark = pytest.mark.django_db

LANGUAGES = ["it", "en", "de", "fr"]


def seed(*args):
    call_command("seed_demo", *args, stdout=io.StringIO())


def content_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Image, Accommodation, RealEstate, BookableResource, Translation)
    } | {"pec": MunicipalitySettings.load().pec}


@pytest.mark.usefixtures("seeded_demo")
def test_seed_builds_every_page_in_every_language_and_is_idempotent():
    for code in LANGUAGES:
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert ContentPage.objects.live().filter(locale__language_code=code).count() == len(
            content.PAGES
        )
    # Every Italian page has a translation, made with wagtail-localize so that it opens in
    # its translation editor.
    italian_pages = Page.objects.filter(locale__language_code="it", depth__gte=2)
    german = Translation.objects.filter(target_locale__language_code="de")
    assert german.filter(source__object_id__in=italian_pages.values("translation_key")).count() == (
        italian_pages.count()
    )
    # Inline children are translated too, while form data keys stay the same in every language.
    german_field = LandingPage.objects.get(locale__language_code="de").form_fields.first()
    assert (german_field.label, german_field.clean_name) == ("Vor- und Nachname", "nome_e_cognome")
    before = content_counts()

    seed()
    assert content_counts() == before


def test_demo_users_need_debug():
    with pytest.raises(CommandError, match="DEBUG"):
        seed("--demo-users")


@pytest.mark.usefixtures("seeded_demo")
def test_the_demo_site_is_on_base_url(settings):
    """seed_demo puts the Site where BASE_URL says, like setup_site (tests/test_site_setup.py)."""
    assert Site.objects.get(is_default_site=True).root_url == settings.BASE_URL
