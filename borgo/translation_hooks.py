"""Wagtail hooks that put wagtail-localize's publishing paths under moderation
(`borgo/translation_views.py`) and its snippet API under the models' permissions.

They run before the library's (order -1): our admin URLs are matched first, and our
`before_edit_*` hooks answer the translation editor before the library's own do.
"""

from django.urls import include, path
from wagtail import hooks
from wagtail_localize import wagtail_hooks as localize_hooks

from . import translation_editor, translation_views
from .snippets_api import PermittedSnippetViewSet
from .translation_moderation import user_can_publish

FIRST = -1


@hooks.register("register_admin_urls", order=FIRST)
def moderated_localize_urls():
    urls = [
        path(
            "submit/page/<int:page_id>/",
            translation_views.ModeratedSubmitPageTranslationView.as_view(),
            name="submit_page_translation",
        ),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            translation_views.ModeratedSubmitSnippetTranslationView.as_view(),
            name="submit_snippet_translation",
        ),
        path(
            "update/<int:translation_source_id>/",
            translation_views.ModeratedUpdateTranslationsView.as_view(),
            name="update_translations",
        ),
        path(
            "page/<int:page_id>/convert_to_alias/",
            translation_views.convert_to_alias,
            name="convert_to_alias",
        ),
        path(
            "api/snippets/<slug:app_label>/<slug:model_name>/",
            PermittedSnippetViewSet.as_view({"get": "list"}),
            name="snippets_api_listing",
        ),
        path(
            "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            PermittedSnippetViewSet.as_view({"get": "retrieve"}),
            name="snippets_api_detail",
        ),
    ]
    return [path("localize/", include((urls, "borgo_localize")))]


@hooks.register("before_edit_page", order=FIRST)
def moderated_page_translation_editor(request, page):
    return translation_editor.respond(request, page, localize_hooks.before_edit_page)


@hooks.register("before_edit_snippet", order=FIRST)
def moderated_snippet_translation_editor(request, instance):
    return translation_editor.respond(request, instance, localize_hooks.before_edit_snippet)


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """Converting back to an alias publishes the Italian page's content in its place."""
    page = context.get("page")
    if page is not None and not user_can_publish(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("insert_editor_js")
def translation_submit_label():
    return translation_editor.script_tag()
