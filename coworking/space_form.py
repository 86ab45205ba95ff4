"""The co-working space's editor form: the resources' calendar keys only for staff who may see
reservations.

`FieldPanel(permission=…)` hides the key's field from other users, but Wagtail applies field
permissions to the page's own form only, not to the forms of an InlinePanel's children: the
hidden field was still required there, so an Editor's every save of a space failed with an
error nobody could see. Here the field leaves those child forms, and a save keeps the key."""

from borgo.page_forms import PageForm

KEY_FIELD = "calendar_token"
KEY_PERMISSION = "coworking.view_reservation"


class CoworkingSpaceForm(PageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        resources = self.formsets.get("resources")
        if resources is None or (user is not None and user.has_perm(KEY_PERMISSION)):
            return
        resources.form = without_key(resources.form)


def without_key(form_class):
    class ResourceFormWithoutKey(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields.pop(KEY_FIELD, None)

    return ResourceFormWithoutKey
