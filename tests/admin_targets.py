"""The admin's editing views of every page type and snippet, read from the models.

A new page type or snippet is covered by the tests that use these (the static manifest check,
the browser tests of the admin) without anyone listing it. Read in the test process, or in the
browser tests' own site through `manage.py shell` (`print_targets`).
"""

import json

from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

LANGUAGE = "it"
# Who may do anything a permission policy allows anyone: never saved.
ANY_SUPERUSER = get_user_model()(is_superuser=True, is_active=True)


def page_types():
    """Every concrete page type of the project (Wagtail's own base Page left out)."""
    return [model for model in get_page_models() if model is not Page]


def page_target(model):
    """("edit" or "add", URL) of the page type: the edit view of its first Italian page, or,
    where none exists, the create view under the first Italian page that may hold one."""
    page = model.objects.filter(locale__language_code=LANGUAGE).order_by("path").first()
    if page is not None:
        return "edit", reverse("wagtailadmin_pages:edit", args=[page.pk])
    parents = Page.objects.filter(locale__language_code=LANGUAGE).order_by("path").specific()
    for parent in parents:
        if model.can_create_at(parent) and model in parent.specific_class.allowed_subpage_models():
            meta = model._meta
            return "add", reverse(
                "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
            )
    raise LookupError(f"no page can hold a new {model.__name__}")


def snippet_target(model):
    """("edit" or "add", URL) of the snippet: the edit view of its first instance (in Italian,
    if it has languages), or its create view; None when it has neither (a snippet nobody
    adds in the admin, e.g. reservations, and none made yet)."""
    viewset = model.snippet_viewset
    instances = model.objects.order_by("pk")
    if hasattr(model, "locale"):
        instances = instances.filter(locale__language_code=LANGUAGE)
    instance = instances.first()
    try:
        if instance is not None:
            return "edit", reverse(viewset.get_url_name("edit"), args=[instance.pk])
        if viewset.permission_policy.user_has_permission(ANY_SUPERUSER, "add"):
            return "add", reverse(viewset.get_url_name("add"))
    except NoReverseMatch:
        pass
    return None


def targets():
    """{label: (kind, URL)} for every page type and snippet."""
    found = {f"page {model.__name__}": page_target(model) for model in page_types()}
    for model in get_snippet_models():
        target = snippet_target(model)
        if target is not None:
            found[f"snippet {model.__name__}"] = target
    return found


def print_targets():
    """For `manage.py shell -c`: the targets as JSON on stdout."""
    print(json.dumps(targets()))
