"""Kinds of place: what an editor picks, and the schema.org type it stands for."""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    key: str
    label: Any  # a lazy translated string
    category: str
    schema_type: str


def kind_choices(kinds):
    return [(kind.key, kind.label) for kind in kinds]


def kinds_by_key(kinds):
    return {kind.key: kind for kind in kinds}


def validate_kind(kind_by_key, categories, kind_key, category):
    """Refuse a kind that belongs to another category than the one chosen."""
    kind = kind_by_key.get(kind_key)
    if kind is not None and category and kind.category != category:
        raise ValidationError(
            {
                "kind": _("“%(kind)s” belongs to the category “%(category)s”.")
                % {"kind": kind.label, "category": dict(categories)[kind.category]}
            }
        )
