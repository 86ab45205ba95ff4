"""Publish demo translations through wagtail-localize, as a translator would.

The Italian page is the source. For each other language we build an unsaved copy holding the
translated texts, pair its strings with the source's segments (same structure, same order),
import them as the translation's PO file and let wagtail-localize create and publish the
target page. The demo translations are therefore real wagtail-localize translations: editors
can open and update them in the translation editor like any other.
"""

import polib
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class StructureMismatch(Exception):
    """The translated copy does not have the same strings as its source."""


def translated_strings(unsaved_instance):
    """The translatable strings of an instance, in the order wagtail-localize extracts them."""
    for field in unsaved_instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            # Segment paths are built from block ids, which an unsaved stream does not have yet;
            # preparing the value for the database assigns them in place.
            field.value_from_object(unsaved_instance).get_prep_value()
    return [
        segment.string.data
        for segment in extract_segments(unsaved_instance)
        if isinstance(segment, StringSegmentValue)
    ]


def publish_translation(source_instance, locale, unsaved_translation):
    """Create and publish the translation of `source_instance` (a page or snippet) into `locale`."""
    source, _created = TranslationSource.get_or_create_from_instance(source_instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = list(
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("string", "context")
    )
    targets = translated_strings(unsaved_translation)
    if len(segments) != len(targets):
        raise StructureMismatch(
            f"{source_instance!r} → {locale.language_code}: "
            f"{len(segments)} source strings, {len(targets)} translated"
        )
    po = polib.POFile()
    for segment, target in zip(segments, targets, strict=True):
        po.append(
            polib.POEntry(msgid=segment.string.data, msgctxt=segment.context.path, msgstr=target)
        )
    translation.import_po(po)
    # For pages and draftable snippets, save_target(publish=True) defers publishing to the end
    # of the outermost transaction (never, inside a test), and for pages with an object whose
    # tree counters are stale by then: save a draft and publish it now instead.
    draftable = isinstance(source_instance, DraftStateMixin)
    translation.save_target(publish=not draftable)
    translated = source_instance.get_translation(locale)
    translated = getattr(translated, "specific", translated)
    if draftable:
        translated.get_latest_revision().publish()
    return translated
