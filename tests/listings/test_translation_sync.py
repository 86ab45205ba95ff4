"""Syncing translations with wagtail-localize carries every fact over, not only the texts."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import Translation, TranslationSource

from listings.models import Accommodation, RealEstate

from .factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db
# Kept per language by Wagtail itself: identity, publication state, bookkeeping.
NOT_SYNCED = {
    "id", "locale", "translation_key", "live", "has_unpublished_changes", "first_published_at",
    "last_published_at", "live_revision", "latest_revision", "go_live_at", "expire_at",
    "expired", "created_at", "updated_at",
}  # fmt: skip


@pytest.mark.parametrize("model", [Accommodation, RealEstate])
def test_every_field_is_translated_or_synchronized(model):
    listed = {
        field.field_name
        for field in model.translatable_fields
        if isinstance(field, TranslatableField | SynchronizedField)
    }
    fields = {field.name for field in model._meta.concrete_fields} - NOT_SYNCED
    assert fields - listed == set()


def english_translation_of(italian):
    """The English translation made by wagtail-localize, as the admin's "Translate" does."""
    source, _created = TranslationSource.get_or_create_from_instance(italian)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en")
    )
    translation.save_target(publish=True)
    return translation


def sync(italian, translation, captured_on_commit):
    """What the admin's "Sync translated snippets" with "publish" does."""
    italian.save_revision().publish()
    with captured_on_commit(execute=True):
        translation.source.update_from_db()
        translation.save_target(publish=True)
    return type(italian).objects.get(
        translation_key=italian.translation_key, locale__language_code="en"
    )


def test_synced_accommodation_follows_the_italian_facts(homes, django_capture_on_commit_callbacks):
    italian = AccommodationFactory(price_per_night_from=60, capacity=2)
    translation = english_translation_of(italian)
    italian.price_per_night_from = 75
    italian.capacity = 4
    italian.cin = "IT076099C2WXYZ9876"
    italian.expires_on = datetime.date(2031, 5, 1)
    english = sync(italian, translation, django_capture_on_commit_callbacks)
    assert english.price_per_night_from == 75
    assert english.capacity == 4
    assert english.cin == "IT076099C2WXYZ9876"
    assert english.expires_on == datetime.date(2031, 5, 1)
    assert english.live


def test_synced_real_estate_follows_the_italian_facts(homes, django_capture_on_commit_callbacks):
    italian = RealEstateFactory(price=45000, energy_class="G")
    translation = english_translation_of(italian)
    italian.price = 39000
    italian.energy_class = "F"
    italian.expires_on = datetime.date(2031, 5, 1)
    english = sync(italian, translation, django_capture_on_commit_callbacks)
    assert (english.price, english.energy_class) == (39000, "F")
    assert english.expires_on == datetime.date(2031, 5, 1)
