"""The demo village: complete in every language, idempotent, every page renders."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from borgo.demo import content
from borgo.models import ContentPage, HomePage, MunicipalitySettings
from seo.models import LandingPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["it", "en", "de", "fr"]


def seed(*args):
    call_command("seed_demo", *args, stdout=io.StringIO())


def spec_for(key):
    return next(spec for spec in content.PAGES if spec["key"] == key)


def test_seed_builds_every_page_in_every_language_and_is_idempotent():
    seed()
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
    before = Page.objects.count(), MunicipalitySettings.load().pec

    seed()
    assert (Page.objects.count(), MunicipalitySettings.load().pec) == before


def test_every_demo_page_renders_in_its_language_with_its_texts(client):
    seed()
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        body = response.content.decode()
        assert f'<html lang="{page.locale.language_code}">' in body
        assert body.count("<h1") == 1, page.url

    spec = spec_for("moving-here")
    for code in LANGUAGES:
        page = ContentPage.objects.get(locale__language_code=code, slug=spec[code]["slug"])
        assert page.title == spec[code]["title"]
        body = client.get(page.url).content.decode()
        assert spec[code]["summary"] in body.replace("&#x27;", "'")
        footer = body.split('class="site-footer"')[1]
        for key in ("privacy", "accessibility"):
            assert f"/{code}/{spec_for(key)[code]['slug']}/" in footer


def test_demo_users_need_debug():
    with pytest.raises(CommandError, match="DEBUG"):
        seed("--demo-users")


def test_other_trees_follow_the_italian_one():
    from wagtail_localize.models import LocaleSynchronization

    from .factories import ContentPageFactory

    seed()
    assert LocaleSynchronization.objects.filter(sync_from__language_code="it").count() == 3
    home = HomePage.objects.get(locale__language_code="it")
    new_page = ContentPageFactory(parent=home, title="Novità", slug="novita")
    call_command("sync_locale_trees", stdout=io.StringIO())
    german = new_page.get_translation(Locale.objects.get(language_code="de"))
    assert german.alias_of_id == new_page.pk  # until a translator translates it
