"""wagtail-localize's snippet API (used by its translation editor's choosers) answers only
for models the user may see in the admin: any of add, change, delete or view on the model,
Wagtail's own rule for showing a snippet type."""

from rest_framework.permissions import BasePermission
from wagtail_localize.views.snippets_api import SnippetViewSet

SNIPPET_ACTIONS = ["add", "change", "delete", "view"]


class MayViewSnippetModel(BasePermission):
    def has_permission(self, request, view):
        policy = view.get_model().snippet_viewset.permission_policy
        return policy.user_has_any_permission(request.user, SNIPPET_ACTIONS)


class PermittedSnippetViewSet(SnippetViewSet):
    permission_classes = [MayViewSnippetModel]
