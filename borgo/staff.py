"""The municipal staff's groups and their moderation workflow.

Editors write and translate pages and submit them for moderation; Moderators approve and
publish, and look after the site settings and the co-working reservations (see, approve,
cancel, export; never delete: the record is kept). Reservations hold visitors' contacts, so
Editors do not see them. Both groups read questionnaire submissions and their summary through
their change permission on pages, which is Wagtail's rule for form submissions.

Wagtail's migrations create both groups and a "Moderators approval" workflow on the tree
root; this module makes sure they are complete. The workflow and its task are named in Italian
(the admin's language: editors read "Invia a Moderazione"); databases made with the English
names are renamed here and by migration borgo 0003.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS, MODERATORS = "Editors", "Moderators"
# Names stored in the database, shown as they are to every user: in the admin's language.
WORKFLOW_NAME, TASK_NAME = "Moderazione", "Approvazione dei moderatori"
WAGTAIL_DEFAULT_NAME = "Moderators approval"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("borgo", "change_municipalitysettings"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("coworking", "view_reservation"),
        ("coworking", "change_reservation"),
    ],
}


@transaction.atomic
def ensure_staff_groups():
    root = Page.get_first_root_node()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in (EDITORS, MODERATORS)}
    for name, codenames in PAGE_PERMISSIONS.items():
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root, permission=permission
            )
    for name, permissions in MODEL_PERMISSIONS.items():
        for app_label, codename in permissions:
            groups[name].permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    _ensure_moderation_workflow(root, groups[MODERATORS])
    return groups


def name_workflow_in_italian(workflow_model, task_model):
    """Rename Wagtail's default workflow and task; idempotent (also used by a migration)."""
    workflow_model.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=WORKFLOW_NAME)
    task_model.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=TASK_NAME)


def _ensure_moderation_workflow(root, moderators):
    name_workflow_in_italian(Workflow, Task)
    if WorkflowPage.objects.filter(page=root).exists():
        return
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=root)
