"""The booking form, and the strict reading of the slot a visitor picked (query string)."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from borgo.autocomplete import tel_input
from borgo.honeypot import HoneypotField

from .availability import at
from .booking import BookingError
from .passes import check_start
from .prices import pass_line

MAX_ID = 2**31 - 1


class SlotForm(forms.Form):
    """resource / date / start, from the availability table's links or the form's hidden fields."""

    resource = forms.IntegerField(min_value=1, max_value=MAX_ID, widget=forms.HiddenInput)
    date = forms.DateField(input_formats=["%Y-%m-%d"], widget=forms.HiddenInput)
    start = forms.TimeField(input_formats=["%H:%M"], widget=forms.HiddenInput)

    def __init__(self, *args, resources, **kwargs):
        super().__init__(*args, **kwargs)
        self.resources = {resource.pk: resource for resource in resources}

    def clean_resource(self):
        resource = self.resources.get(self.cleaned_data["resource"])
        if resource is None:
            raise forms.ValidationError(_("This desk or room does not exist here."))
        return resource

    @property
    def start_moment(self):
        return at(self.cleaned_data["date"], self.cleaned_data["start"])


class ContactForm(forms.Form):
    """Who books, with the privacy consent, the honeypot and the form's one-time key."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False, widget=tel_input())
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=120,
        required=False,
        help_text=_("Optional."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    purpose = forms.CharField(
        label=_("What will you work on?"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words help us prepare the room, e.g. 'video calls'."),
    )
    privacy = forms.BooleanField(
        label=_("I have read the privacy notice and agree that my data is used for this booking."),
    )
    website = HoneypotField()
    # One key per form shown: sending the same form twice books once (coworking.booking).
    submission_key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    CONTACT_FIELDS = ("name", "email", "phone", "organisation", "purpose")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"].initial = uuid.uuid4

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    @property
    def contact(self):
        return {key: self.cleaned_data[key] for key in self.CONTACT_FIELDS}


class BookingForm(ContactForm, SlotForm):
    minutes = forms.TypedChoiceField(label=pgettext_lazy("length of time", "Duration"), coerce=int)
    field_order = ["resource", "date", "start", "minutes"]

    def __init__(self, *args, resource, **kwargs):
        super().__init__(*args, resources=[resource], **kwargs)
        lengths = range(resource.min_minutes, resource.max_minutes + 1, resource.slot_minutes)
        self.fields["minutes"].choices = [(m, duration_label(m)) for m in lengths]


class PassBookingForm(ContactForm):
    """A desk pass of the space (in the page's language) and its first day."""

    desk_pass = forms.TypedChoiceField(label=_("Desk pass"), coerce=int)
    start = forms.DateField(
        label=_("First day"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    field_order = ["desk_pass", "start"]

    def __init__(self, *args, passes, **kwargs):
        super().__init__(*args, **kwargs)
        self.passes = {desk_pass.pk: desk_pass for desk_pass in passes}
        self.fields["desk_pass"].choices = [
            (desk_pass.pk, pass_choice_label(desk_pass)) for desk_pass in passes
        ]
        self.fields["desk_pass"].error_messages["invalid_choice"] = _(
            "This pass is not sold here. Please choose one from the list."
        )

    def clean(self):
        data = super().clean()
        desk_pass = self.passes.get(data.get("desk_pass"))
        data["desk_pass"] = desk_pass
        if desk_pass and data.get("start"):
            try:
                check_start(desk_pass, data["start"])
            except BookingError as error:
                self.add_error("start", str(error))
        return data


def pass_choice_label(desk_pass):
    days = ngettext("%(days)d day", "%(days)d days", desk_pass.length_days) % {
        "days": desk_pass.length_days
    }
    return f"{pass_line(desk_pass)} ({days})"


def duration_label(minutes):
    hours, rest = divmod(minutes, 60)
    if not rest:
        return _("%(hours)d h") % {"hours": hours}
    if not hours:
        return _("%(minutes)d min") % {"minutes": minutes}
    return _("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}
