import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, WorkflowPage

from borgo.staff import ensure_staff_groups

pytestmark = pytest.mark.django_db


def test_editors_submit_and_moderators_publish():
    ensure_staff_groups()
    ensure_staff_groups()  # idempotent
    root = Page.get_first_root_node()

    def page_permissions(group):
        return set(
            GroupPagePermission.objects.filter(group__name=group, page=root).values_list(
                "permission__codename", flat=True
            )
        )

    assert {"add_page", "change_page"} <= page_permissions("Editors")
    assert "publish_page" not in page_permissions("Editors")
    assert "publish_page" in page_permissions("Moderators")
    editors = Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    assert {"access_admin", "submit_translation"} <= set(editors)
    moderators = Group.objects.get(name="Moderators").permissions.values_list("codename", flat=True)
    assert "change_municipalitysettings" in moderators


def test_pages_go_through_the_moderators_approval_workflow():
    ensure_staff_groups()
    workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    task = workflow.tasks.get().specific
    assert workflow.active
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
