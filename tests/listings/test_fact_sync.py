"""Publishing an Italian listing carries its facts to the translations, with no manual sync;
the translated texts stay."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from listings.models import Accommodation
from tests.conftest import OTHER_LANGUAGE_CODES
from tests.staff import form_data, staff_user

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db
OTHER_LANGUAGES = OTHER_LANGUAGE_CODES


def translate(italian):
    """Translations made with wagtail-localize, as the admin's *Translate* does, with their
    own titles and descriptions."""
    source, _created = TranslationSource.get_or_create_from_instance(italian)
    for code in OTHER_LANGUAGES:
        translation = Translation.objects.create(
            source=source, target_locale=Locale.objects.get(language_code=code)
        )
        translation.save_target(publish=True)
        copy = italian.get_translation(translation.target_locale)
        copy.title, copy.description = f"House {code}", f"Description {code}"
        copy.save_revision().publish()


def copies(italian):
    return {copy.locale.language_code: copy for copy in italian.get_translations()}


def test_published_facts_reach_every_translation(homes):
    italian = AccommodationFactory(title="Casa del Fornaio", price_per_night_from=60, capacity=2)
    translate(italian)
    italian.price_per_night_from, italian.capacity = 75, 4
    italian.save_revision().publish()
    for code, copy in copies(italian).items():
        assert (copy.price_per_night_from, copy.capacity) == (75, 4)
        assert (copy.title, copy.description) == (f"House {code}", f"Description {code}")
        assert copy.live and not copy.has_unpublished_changes
        # The edit view opens the latest revision: it has the new facts too.
        assert copy.get_latest_revision_as_object().price_per_night_from == 75


def test_a_later_translation_publication_keeps_the_new_facts(homes):
    italian = RealEstateFactory(price=45000, energy_class="G")
    translate(italian)
    italian.price, italian.energy_class = 39000, "F"
    italian.save_revision().publish()
    english = Translation.objects.get(target_locale__language_code="en")
    english.save_target(publish=True)  # what publishing from the translation editor does
    copy = italian.get_translation(english.target_locale)
    assert (copy.price, copy.energy_class) == (39000, "F")


def test_a_pending_translation_draft_keeps_its_texts_and_gets_the_facts(homes):
    italian = AccommodationFactory(price_per_night_from=60)
    translate(italian)
    english = italian.get_translation(Locale.objects.get(language_code="en"))
    english.title = "Baker's house, renamed"
    english.save_revision()  # a draft waiting for review
    italian.price_per_night_from = 80
    italian.save_revision().publish()
    english.refresh_from_db()
    assert (english.title, english.price_per_night_from) == ("House en", 80)  # live row
    draft = english.get_latest_revision_as_object()
    assert (draft.title, draft.price_per_night_from) == ("Baker's house, renamed", 80)


def test_a_draft_of_the_italian_listing_changes_nothing_yet(homes):
    italian = AccommodationFactory(price_per_night_from=60)
    translate(italian)
    italian.price_per_night_from = 90
    italian.save_revision()
    assert {copy.price_per_night_from for copy in copies(italian).values()} == {60}


def test_a_moderator_publishing_in_the_admin_updates_the_translations(
    client, django_user_model, homes
):
    italian = AccommodationFactory(price_per_night_from=60)
    translate(italian)
    moderator = staff_user(django_user_model, "Moderators")
    client.force_login(moderator)
    form_class = Accommodation.snippet_viewset.get_edit_handler().get_form_class()
    data = form_data(form_class(instance=italian, for_user=moderator))
    data.update({"price_per_night_from": "70", "action-publish": "1"})
    edit = reverse("wagtailsnippets_listings_accommodation:edit", args=[italian.pk])
    assert client.post(edit, data).status_code == 302
    assert {copy.price_per_night_from for copy in copies(italian).values()} == {70}


def test_the_listing_table_names_each_language_and_filters_by_it(client, django_user_model, homes):
    italian = AccommodationFactory(title="Casa del Fornaio")
    translate(italian)
    client.force_login(staff_user(django_user_model, "Editors"))
    index = reverse("wagtailsnippets_listings_accommodation:list")
    body = client.get(index).content.decode()
    assert all(f"House {code}" in body for code in OTHER_LANGUAGES)
    assert "Deutsch" in body and "Français" in body  # the language column
    german = client.get(index, {"locale": "de"}).content.decode()
    assert "House de" in german and "House en" not in german and "Casa del Fornaio" not in german
