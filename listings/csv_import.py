"""Import listings from an agency's CSV file: validate every row, then save all or nothing.

Columns are the model's field names (see README, "Listings: CSV import"); a row is matched to
an Italian listing by `external_ref` and updates it, or creates a new live one.

Listings keep revisions, and the admin's edit view shows the latest one: each imported row is
saved as a revision too, published when the listing is live, so that the edit view shows the
imported data. A listing an editor has unpublished stays unpublished (its revision is a draft).
"""

import csv
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models, transaction
from wagtail.models import Locale

from .models import Accommodation, RealEstate
from .models.base import free_slug

KINDS = {"accommodation": Accommodation, "realestate": RealEstate}
# Fields that belong to the site, not to the agency's file.
NOT_IMPORTED = {
    "id", "locale", "translation_key", "live", "has_unpublished_changes", "first_published_at",
    "last_published_at", "live_revision", "latest_revision", "go_live_at", "expire_at",
    "expired", "created_at", "updated_at", "featured",
}  # fmt: skip
TRUE = {"1", "true", "yes", "y", "si", "sì", "x"}
FALSE = {"0", "false", "no", "n", ""}


def importable_columns(model):
    return [
        f.name
        for f in model._meta.concrete_fields
        if f.name not in NOT_IMPORTED and not f.is_relation
    ]


@dataclass
class RowError:
    line: int
    field: str
    reason: str

    def __str__(self):
        return f"line {self.line}, {self.field}: {self.reason}"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)
    saved: bool = False


def _value(model_field, raw):
    raw = (raw or "").strip()
    if isinstance(model_field, models.BooleanField):
        if raw.lower() in TRUE:
            return True
        if raw.lower() in FALSE:
            return False
        raise ValidationError(f"“{raw}” is not yes or no.")
    if raw == "" and model_field.null:
        return None
    return model_field.to_python(raw) if raw else raw


def _row_to_instance(model, row, line, existing, locale, errors, taken_slugs):
    ref = (row.get("external_ref") or "").strip()
    if not ref:
        errors.append(RowError(line, "external_ref", "is required to match rows to listings."))
        return None
    instance = existing.get(ref) or model(external_ref=ref, locale=locale, live=True)
    row_errors = []
    for name, raw in row.items():
        if name == "external_ref":
            continue
        try:
            setattr(
                instance,
                model._meta.get_field(name).attname,
                _value(model._meta.get_field(name), raw),
            )
        except ValidationError as error:
            row_errors.append(RowError(line, name, " ".join(error.messages)))
    if not row_errors and not instance.slug:
        instance.slug = free_slug(model, instance.title, instance, also_taken=taken_slugs)
    if not row_errors and instance.slug in taken_slugs:
        row_errors.append(RowError(line, "slug", f"“{instance.slug}” is used by an earlier row."))
    if not row_errors:
        try:
            instance.full_clean()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                row_errors.extend(RowError(line, name, message) for message in messages)
    errors.extend(row_errors)
    if row_errors:
        return None
    taken_slugs.add(instance.slug)
    return instance


def _save(instance):
    instance.save()
    revision = instance.save_revision(clean=False)
    if instance.live:
        revision.publish()


def import_listings(file, kind, dry_run=False, skip_invalid=False):
    """Validate every row of `file`; save them in one transaction (see ImportReport)."""
    model = KINDS[kind]
    report = ImportReport()
    reader = csv.DictReader(file)
    unknown = set(reader.fieldnames or []) - set(importable_columns(model))
    if "external_ref" not in (reader.fieldnames or []):
        report.errors.append(RowError(1, "external_ref", "the column is missing."))
    if unknown:
        report.errors.append(RowError(1, ", ".join(sorted(unknown)), "unknown columns."))
    if report.errors:
        return report
    rows = list(reader)
    locale = Locale.get_default()
    refs = [(row.get("external_ref") or "").strip() for row in rows]
    existing = {
        item.external_ref: item
        for item in model.objects.filter(locale=locale, external_ref__in=refs)
    }
    valid, seen, taken_slugs = [], set(), set()
    for line, row in enumerate(rows, start=2):
        ref = refs[line - 2]
        if ref and ref in seen:
            report.errors.append(
                RowError(line, "external_ref", f"“{ref}” appears twice in the file.")
            )
            continue
        seen.add(ref)
        instance = _row_to_instance(model, row, line, existing, locale, report.errors, taken_slugs)
        if instance is not None:
            valid.append(instance)
    if dry_run or (report.errors and not skip_invalid):
        return report
    with transaction.atomic():
        for instance in valid:
            if instance.pk:
                report.updated += 1
            else:
                report.created += 1
            _save(instance)
    report.saved = True
    return report
