"""The co-working space's editor form: the resources' calendar keys only for staff who may see
reservations, and passes that choose among the space's own desk zones.

`FieldPanel(permission=…)` hides the key's field from other users, but Wagtail applies field
permissions to the page's own form only, not to the forms of an InlinePanel's children: the
hidden field was still required there, so an Editor's every save of a space failed with an
error nobody could see. Here the field leaves those child forms, and a save keeps the key.

Wagtail takes a page type's editor form from the type itself (`base_form_class`), so the
space's page module imports this one: it must import no page module back, only the resources'.
"""

from borgo.page_forms import PageForm

from .models.resources import ResourceKind

KEY_FIELD = "calendar_token"
KEY_PERMISSION = "coworking.view_reservation"


class CoworkingSpaceForm(PageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        passes = self.formsets.get("desk_passes")
        if passes is not None:
            passes.form = own_desk_zones(passes.form, self.instance)
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


def own_desk_zones(form_class, page):
    """Pass forms offering the desk zones of this space (saved ones: a new zone can be chosen
    once the page is saved), by the translation key that names a zone in every language."""
    zones = [
        (str(resource.translation_key), resource.name)
        for resource in (page.resources.all() if page.pk else [])
        if resource.kind == ResourceKind.DESK_ZONE
    ]

    class PassForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            field = self.fields.get("desk_keys")
            if field is not None:
                field.choices = zones

    return PassForm
