"""The services index's filter by language spoken (?language=en), kept along a category."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .languages import SPOKEN_LANGUAGES


class LanguageFilterForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        choices=[("", _("Any language")), *SPOKEN_LANGUAGES],
    )


def language_filter(request):
    """(form, code): the language asked for, or "" when none is, or one we do not know (the
    form then holds the error the page shows, and the list stays unfiltered)."""
    form = LanguageFilterForm(request.GET or None)
    return form, form.cleaned_data["language"] if form.is_valid() else ""
