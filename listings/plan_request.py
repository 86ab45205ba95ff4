"""The "Send this plan" form: the stay's enquiry and the desk passes, under one reference.

Everything is checked against a plan built afresh for the posted dates before anything is
stored; the enquiry, the passes and the PlanRequest tying them together are then stored in one
transaction, so that a pass that has just become full leaves nothing behind.
"""

import uuid

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from borgo.autocomplete import tel_input
from borgo.local_formats import price as euros
from coworking.booking import BookingError
from coworking.passes import book_pass

from .forms import AccessibleFormMixin, HoneypotField
from .models import Enquiry, PlanRequest

# The hidden dates are written as str(date) by HiddenInput, which is ISO in every language.
ISO = ["%Y-%m-%d"]


class SendPlanForm(AccessibleFormMixin, forms.Form):
    arrival = forms.DateField(input_formats=ISO, widget=forms.HiddenInput)
    departure = forms.DateField(input_formats=ISO, widget=forms.HiddenInput)
    # Checked against the plan in clean_stay and clean_desk, which say why a choice is gone.
    stay = forms.IntegerField(label=_("Where you would stay"), widget=forms.Select)
    desk = forms.IntegerField(label=_("Desk pass"), required=False, widget=forms.Select)
    name = forms.CharField(label=_("Name"), max_length=120)
    email = forms.EmailField(label=_("E-mail"))
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False, widget=tel_input())
    message = forms.CharField(
        label=_("Message to the owner"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that my name, e-mail and phone are passed to the owner and to the "
            "co-working space to answer me."
        )
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput)
    website = HoneypotField()

    def __init__(self, *args, plan, **kwargs):
        # Its own ids: the dates form above has fields of the same names.
        super().__init__(*args, auto_id="send-%s", **kwargs)
        self.plan = plan
        self.fields["stay"].widget.choices = [
            (option.stay.pk, f"{option.stay.title} · {euros(option.quote.total)}")
            for option in plan.stays
        ]
        self.fields["desk"].widget.choices = [("", _("No desk, thank you"))] + [
            (option.space.pk, f"{option.space.title} · {euros(option.cover.total_price)}")
            for option in plan.covered_desks
        ]
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["submission_key"].initial = uuid.uuid4
        if plan.cheapest_desk:  # the desk the budget counts
            self.fields["desk"].initial = plan.cheapest_desk.space.pk
        self.fields["arrival"].initial, self.fields["departure"].initial = (
            plan.arrival,
            plan.departure,
        )

    def clean_stay(self):
        option = self.plan.stay(self.cleaned_data["stay"])
        if option is None:
            raise forms.ValidationError(_("This stay is no longer free for these dates."))
        return option

    def clean_desk(self):
        pk = self.cleaned_data["desk"]
        if pk is None:
            return None
        option = self.plan.desk(pk)
        if option is None:
            raise forms.ValidationError(_("No desk pass is left at this space for these dates."))
        return option

    def clean(self):
        cleaned = super().clean()
        dates = (cleaned.get("arrival"), cleaned.get("departure"))
        if dates != (self.plan.arrival, self.plan.departure):
            raise forms.ValidationError(_("The dates of the plan changed: please send it again."))
        return cleaned


def earlier_request(form):
    """The plan request this form's key stored before (the form was sent twice), or None."""
    key = form.cleaned_data["submission_key"]
    return PlanRequest.objects.filter(submission_key=key).first()


def store_plan(form):
    """Store the enquiry, the passes and the PlanRequest, all or nothing.

    Returns the PlanRequest, or adds the refusal to the form and returns None (a pass that
    filled up in the meantime)."""
    data = form.cleaned_data
    stay, desk = data["stay"].stay, data["desk"]
    language = get_language() or settings.LANGUAGE_CODE
    contact = {"name": data["name"], "email": data["email"]}
    try:
        with transaction.atomic():
            enquiry = Enquiry.objects.create(
                accommodation=stay,
                listing_title=stay.title[:120],
                arrival=data["arrival"],
                departure=data["departure"],
                message=data["message"],
                language=language,
                **contact,
            )
            plan_request = PlanRequest.objects.create(
                arrival=data["arrival"],
                departure=data["departure"],
                enquiry=enquiry,
                language=language,
                submission_key=data["submission_key"],
            )
            for desk_pass, start in desk.cover.items if desk else ():
                booking = book_pass(
                    desk_pass,
                    start,
                    **contact,
                    phone=data["phone"],
                    language=language,
                    reference=plan_request.reference,
                    notify=False,
                )
                plan_request.pass_bookings.add(booking)
    except BookingError as refusal:
        form.add_error("desk", str(refusal))
        return None
    return plan_request
