"""Staff users in the test client, and the data a Wagtail edit form posts."""

import datetime
import decimal

from django.contrib.auth.models import Group

from borgo.staff import ensure_staff_groups


def staff_user(django_user_model, group_name):
    """A user of one of the staff groups (made complete by ensure_staff_groups)."""
    ensure_staff_groups()
    user = django_user_model.objects.create_user(group_name, f"{group_name}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def form_data(form):
    """What a browser posts for `form` as rendered (its initial values), formsets included."""
    data = {}
    for field in form:
        value = field.value()
        if value is True:
            data[field.html_name] = "on"
        elif isinstance(value, datetime.date | decimal.Decimal | int | str):
            data[field.html_name] = str(value)
    for formset in getattr(form, "formsets", {}).values():
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = value
        for child in formset.forms:
            data.update(form_data(child))
    return data
