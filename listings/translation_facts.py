"""A listing's language-neutral facts follow it into its translations when it is published.

wagtail-localize copies the `SynchronizedField`s (prices, dates, coordinates, capacity, energy
class…, see `Listing.translatable_fields`) only when someone runs *Sync translated snippets*;
until then the English, German and French copies would show the old price. On every
publication of a listing that is a translation source, this module:

- refreshes the source's wagtail-localize snapshot, so that a translation published later from
  the translation editor is built from the new facts (and translators see any new text);
- gives each translation the facts and nothing else: a live translation with no pending draft
  gets a new revision and is published with them; a translation with a pending draft (in
  moderation, say) or never published gets them in a new draft revision, and its live row gets
  them too, so the public copy follows at once while its own texts wait for review.

Translated texts are never touched, so nothing unreviewed reaches the public. The facts are
approved with the source listing, by whoever published it.
"""

from wagtail.signals import published
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import TranslationSource

from .revisions import set_fields


def fact_fields(model):
    """The model's own columns among its synchronized fields (the gallery's photos are child
    objects that wagtail-localize copies itself)."""
    names = [
        field.field_name
        for field in model.translatable_fields
        if isinstance(field, SynchronizedField)
    ]
    return [field for field in map(model._meta.get_field, names) if field.concrete]


def carry_facts(sender, instance, **kwargs):
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:  # not the source of any translation
        return
    TranslationSource.update_or_create_from_instance(instance)
    facts = {field.attname: getattr(instance, field.attname) for field in fact_fields(sender)}
    for translation in instance.get_translations():
        set_fields(translation, facts)


def connect(models):
    for model in models:
        published.connect(carry_facts, sender=model, dispatch_uid=f"listing-facts-{model.__name__}")
