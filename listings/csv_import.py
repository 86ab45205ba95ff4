"""Import listings from an agency's CSV file with django-import-export: one Resource per kind,
used by the admin's import view (listings/csv_admin.py) and by `manage.py import_listings`.

Columns are the model's field names (README, "CSV import"); a row is matched to an Italian
listing by `external_ref` and updates it, or creates a new live one. Every problem of every row
is reported in one run: a value that cannot be read (a wrong date, "maybe" for a yes/no column)
is reported together with what the model's validation says of the row's other fields.

Listings keep revisions, and the admin's edit view shows the latest one: each imported row is
saved as a revision too, published when the listing is live, so that the edit view shows the
imported data. A listing an editor has unpublished stays unpublished (its revision is a draft).
"""

from dataclasses import dataclass

import tablib
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from wagtail.models import Locale

from .models import Accommodation, RealEstate
from .models.base import free_slug

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
        return _("line %(line)s, %(field)s: %(reason)s") % vars(self)


class ModelFieldWidget(widgets.Widget):
    """Reads a cell as the model field does (dates YYYY-MM-DD, decimals with a dot), booleans
    as yes/no/sì/x…; a ValueError carries the field's own, translated, message."""

    def __init__(self, model_field):
        super().__init__()
        self.model_field = model_field

    def clean(self, value, row=None, **kwargs):
        raw = ("" if value is None else str(value)).strip()
        if isinstance(self.model_field, models.BooleanField):
            if raw.lower() in TRUE | FALSE:
                return raw.lower() in TRUE
            raise ValueError(_("“%(value)s” is not yes or no.") % {"value": raw})
        if raw == "":
            return None if self.model_field.null else ""
        try:
            return self.model_field.to_python(raw)
        except ValidationError as error:
            raise ValueError(" ".join(error.messages)) from error


class ListingResource(resources.ModelResource):
    """Rows update the Italian listing with their external_ref, or create a live one."""

    class Meta:
        abstract = True
        import_id_fields = ["external_ref"]
        clean_model_instances = True
        skip_diff = True

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        return fields.Field(
            attribute=field_name, column_name=field_name, widget=ModelFieldWidget(django_field)
        )

    def before_import(self, dataset, **kwargs):
        self.locale = Locale.get_default()
        self.seen_refs, self.taken_slugs = set(), set()

    def get_queryset(self):
        return self._meta.model.objects.filter(locale=Locale.get_default())

    def init_instance(self, row=None):
        return self._meta.model(locale=self.locale, live=True)

    def import_instance(self, instance, row, **kwargs):
        """The fields' errors and the file's own rules (unique references and slugs), together;
        validate_instance adds the model's validation of the other fields."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        ref = (row.get("external_ref") or "").strip()
        if not ref:
            errors["external_ref"] = [_("is required to match rows to listings.")]
        elif ref in self.seen_refs:
            errors["external_ref"] = [_("“%(ref)s” appears twice in the file.") % {"ref": ref}]
        self.seen_refs.add(ref)
        if "title" not in errors and "slug" not in errors:
            if not instance.slug:
                instance.slug = free_slug(
                    self._meta.model, instance.title, instance, also_taken=self.taken_slugs
                )
            if instance.slug in self.taken_slugs:
                errors["slug"] = [
                    _("“%(slug)s” is used by an earlier row.") % {"slug": instance.slug}
                ]
            self.taken_slugs.add(instance.slug)
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        super().save_instance(instance, is_create, row, **kwargs)
        revision = instance.save_revision(clean=False)
        if instance.live:
            revision.publish()


class AccommodationResource(ListingResource):
    class Meta(ListingResource.Meta):
        model = Accommodation
        fields = importable_columns(Accommodation)


class RealEstateResource(ListingResource):
    class Meta(ListingResource.Meta):
        model = RealEstate
        fields = importable_columns(RealEstate)


RESOURCES = {"accommodation": AccommodationResource, "realestate": RealEstateResource}
KINDS = {kind: resource._meta.model for kind, resource in RESOURCES.items()}


def read_csv(text):
    """A tablib Dataset from CSV text (UTF-8, comma-separated, a header row); ValueError if a
    row has more cells than the header."""
    try:
        return tablib.Dataset().load(text.lstrip("\ufeff"), format="csv")
    except tablib.InvalidDimensions as error:
        raise ValueError(_("A row has more cells than the header row.")) from error


def header_errors(model, headers):
    errors = []
    if "external_ref" not in headers:
        errors.append(RowError(1, "external_ref", _("the column is missing.")))
    unknown = set(headers) - set(importable_columns(model))
    if unknown:
        errors.append(RowError(1, ", ".join(sorted(unknown)), _("unknown columns.")))
    return errors


def row_errors(result):
    """Every problem of every row of an import-export Result, as RowErrors (line 2 = row 1)."""
    errors = [RowError(1, "", str(error.error)) for error in result.base_errors]
    for invalid in result.invalid_rows:
        for name, messages in invalid.error_dict.items():
            errors.extend(RowError(invalid.number + 1, name, message) for message in messages)
    for number, row_error_list in result.row_errors():
        errors.extend(RowError(number + 1, "", str(error.error)) for error in row_error_list)
    return sorted(errors, key=lambda error: error.line)


def import_dataset(kind, dataset, dry_run):
    """Validate every row; save them all (unless dry_run), or nothing if one is invalid.
    Returns (import-export Result or None, [RowError])."""
    errors = header_errors(KINDS[kind], dataset.headers or [])
    if errors:
        return None, errors
    result = RESOURCES[kind]().import_data(
        dataset, dry_run=dry_run, use_transactions=True, rollback_on_validation_errors=True
    )
    return result, row_errors(result)
