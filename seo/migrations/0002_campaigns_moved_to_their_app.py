"""Landing pages, their form fields and leads moved to the `campaigns` app (borgo/campaigns/).

Only the migration state changes here: the tables stay, with their rows, and the `campaigns`
app takes the models over in its 0001_initial, which also moves their content types. Nothing
is created or dropped in the database.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("seo", "0001_initial"),
        ("campaigns", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="LandingFormField"),
                migrations.DeleteModel(name="LandingPage"),
                migrations.DeleteModel(name="Lead"),
            ],
            database_operations=[],
        ),
    ]
