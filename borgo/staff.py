"""The municipal staff's groups and their moderation workflow.

Editors write and translate pages, manage the listings (Accommodation, Properties) with their
enquiries and owner submissions, and submit pages and listings for moderation; Moderators
approve and publish pages, translations and listings, delete listings, enquiries and owner
submissions, and look after the site settings, the redirects and the co-working reservations
(see, approve, cancel, export; never delete: the record is kept). Reservations hold visitors'
contacts, so Editors do not see them. Both groups read questionnaire submissions and their
summary through their change permission on pages, which is Wagtail's rule for form
submissions.

Listings are draftable snippets under the same moderation workflow as the pages
(assigned to their content types): an Editor's *Invia a Moderazione* puts the draft
in the Moderators' queue, and approving it publishes it. Only Moderators have the publish
permission, so an Editor cannot bypass the workflow.

Wagtail's migrations create both groups and a "Moderators approval" workflow on the tree
root; this module makes sure they are complete. It only adds what is missing, so
`setup_site` re-run on an existing database brings the groups up to date. The workflow and its
task are named in Italian (the admin's language: editors read "Invia a Moderazione"); databases
made with the English names are renamed here and by migration borgo 0003.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

EDITORS, MODERATORS = "Editors", "Moderators"
# Names stored in the database, shown as they are to every user: in the admin's language.
WORKFLOW_NAME, TASK_NAME = "Moderazione", "Approvazione dei moderatori"
WAGTAIL_DEFAULT_NAME = "Moderators approval"
# Draftable snippets that go through the moderation workflow.
MODERATED_SNIPPETS = [("listings", "accommodation"), ("listings", "realestate")]

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
_LISTING_WORK = [
    *(
        (app_label, f"{action}_{model}")
        for app_label, model in MODERATED_SNIPPETS
        for action in ("add", "change", "view")
    ),
    *(
        ("listings", f"{action}_{model}")
        for model in ("enquiry", "ownersubmission")
        for action in ("change", "view")
    ),
    # A stay's availability is a fact kept up to date, not published content: no moderation.
    *(
        ("listings", f"{action}_{model}")
        for model in ("bookedperiod", "calendarfeed")
        for action in ("add", "change", "view", "delete")
    ),
]
# The facts for newcomers (attractions.newcomer, attractions.travel): plain snippets, not
# moderated, which editors keep up to date and translate.
_NEWCOMER_FACTS_WORK = [
    ("attractions", f"{action}_{model}")
    for model in ("newcomerfacts", "travelhub")
    for action in ("add", "change", "view", "delete")
]
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        *_LISTING_WORK,
        *_NEWCOMER_FACTS_WORK,
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        *_LISTING_WORK,
        *_NEWCOMER_FACTS_WORK,
        *(
            (app_label, f"{action}_{model}")
            for app_label, model in MODERATED_SNIPPETS
            for action in ("publish", "delete")
        ),
        ("listings", "delete_enquiry"),
        ("listings", "delete_ownersubmission"),
        ("borgo", "change_municipalitysettings"),
        ("listings", "change_touristtaxsettings"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("coworking", "view_reservation"),
        ("coworking", "change_reservation"),
        ("coworking", "view_passbooking"),
        ("coworking", "change_passbooking"),
        # A plan ties an enquiry to desk passes, which only Moderators see.
        ("listings", "view_planrequest"),
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
    workflow = _ensure_moderation_workflow(root, groups[MODERATORS])
    for app_label, model in MODERATED_SNIPPETS:
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_by_natural_key(app_label, model),
            defaults={"workflow": workflow},
        )
    return groups


def name_workflow_in_italian(workflow_model, task_model):
    """Rename Wagtail's default workflow and task; idempotent (also used by a migration)."""
    workflow_model.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=WORKFLOW_NAME)
    task_model.objects.filter(name=WAGTAIL_DEFAULT_NAME).update(name=TASK_NAME)


def _ensure_moderation_workflow(root, moderators):
    name_workflow_in_italian(Workflow, Task)
    existing = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if existing:
        return existing.workflow
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=root)
    return workflow
