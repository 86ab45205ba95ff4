"""Wagtail's default "Moderators approval" workflow and task, renamed in Italian (borgo.staff)."""

from django.db import migrations

from borgo.staff import name_workflow_in_italian


def rename(apps, schema_editor):
    name_workflow_in_italian(apps.get_model("wagtailcore", "Workflow"), apps.get_model("wagtailcore", "Task"))


class Migration(migrations.Migration):
    dependencies = [
        ("borgo", "0002_seo_fields"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, migrations.RunPython.noop)]
