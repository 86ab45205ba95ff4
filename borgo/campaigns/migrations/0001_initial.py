"""The campaigns app takes over the models that `seo` held until 0002: landing pages, their form
fields and leads, with their data.

Decision: the tables keep their names (`seo_landingpage`, `seo_landingformfield`, `seo_lead`,
named by `db_table` on the models) rather than being renamed to `campaigns_*`. Nothing is done
to the database, so nothing can be lost, it is the same on SQLite and PostgreSQL, and it is
instant and reversible; and the release before this one, still answering while a deploy
migrates, keeps finding its tables. A rename would also leave the indexes, constraints and
sequences with their `seo_` names anyway. Hence SeparateDatabaseAndState with only state
operations: on an existing database seo's 0001_initial made the tables long ago; on a new one
it has just made them (this migration runs after it).

The content types move too (RunPython), before post_migrate would create new ones for
`campaigns`: pages (wagtailcore_page.content_type), revisions, wagtail-localize translation
sources, log entries, search index entries and permissions refer to content types by id, so
with the same rows relabelled they keep working. A content type already made for `campaigns`
(none should exist) is left as it is, and so is the `seo` one it would clash with.

The models' bases are those seo's 0001_initial recorded (Wagtail's FormMixin and Page): the
project's mixins add no field, and naming them here would tie the migration to where they live.
"""

import django.db.models.deletion
import modelcluster.fields
import uuid
import wagtail.contrib.forms.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

MODELS = ["landingpage", "landingformfield", "lead"]


def relabel_content_types(apps, schema_editor, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    taken = set(
        ContentType.objects.using(db)
        .filter(app_label=new, model__in=MODELS)
        .values_list("model", flat=True)
    )
    ContentType.objects.using(db).filter(app_label=old, model__in=MODELS).exclude(
        model__in=taken
    ).update(app_label=new)
    ContentType.objects.clear_cache()


def content_types_to_campaigns(apps, schema_editor):
    relabel_content_types(apps, schema_editor, "seo", "campaigns")


def content_types_back_to_seo(apps, schema_editor):
    relabel_content_types(apps, schema_editor, "campaigns", "seo")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('seo', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='LandingPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('to_address', models.CharField(blank=True, help_text='Optional - form submissions will be emailed to these addresses. Separate multiple addresses by comma.', max_length=255, validators=[wagtail.contrib.forms.models.validate_to_address], verbose_name='to address')),
                        ('from_address', models.EmailField(blank=True, max_length=255, verbose_name='from address')),
                        ('subject', models.CharField(blank=True, max_length=255, verbose_name='subject')),
                        ('noindex', models.BooleanField(default=True, help_text='Asks search engines not to list this page and leaves it out of the sitemap, e.g. for campaign landing pages or pages still being prepared.', verbose_name='hide from search engines')),
                        ('hero_title', models.CharField(max_length=120, verbose_name='hero title')),
                        ('hero_text', models.TextField(blank=True, max_length=400, verbose_name='hero text')),
                        ('benefits', wagtail.fields.StreamField([('benefit', 2)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 80}), 1: ('wagtail.blocks.TextBlock', (), {'label': 'Text', 'max_length': 300}), 2: ('wagtail.blocks.StructBlock', [[('title', 0), ('text', 1)]], {})}, verbose_name='benefits')),
                        ('form_intro', models.TextField(blank=True, help_text='The call to action.', max_length=400, verbose_name='text above the form')),
                        ('thank_you_text', wagtail.fields.RichTextField(blank=True, verbose_name='thank-you message')),
                        ('hero_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='hero image')),
                        ('social_image', models.ForeignKey(blank=True, help_text="Shown when the page is shared on LinkedIn, Facebook and the like; cropped to 1200×627. When empty, the page's own main image is used.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='image for social networks')),
                    ],
                    options={
                        'verbose_name': 'campaign landing page',
                        'verbose_name_plural': 'campaign landing pages',
                        'db_table': 'seo_landingpage',
                    },
                    bases=(wagtail.contrib.forms.models.FormMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='LandingFormField',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('clean_name', models.CharField(blank=True, default='', help_text='Safe name of the form field, the label converted to ascii_snake_case', max_length=255, verbose_name='name')),
                        ('label', models.CharField(help_text='The label of the form field', max_length=255, verbose_name='label')),
                        ('field_type', models.CharField(choices=[('singleline', 'Single line text'), ('multiline', 'Multi-line text'), ('email', 'Email'), ('number', 'Number'), ('url', 'URL'), ('checkbox', 'Checkbox'), ('checkboxes', 'Checkboxes'), ('dropdown', 'Drop down'), ('multiselect', 'Multiple select'), ('radio', 'Radio buttons'), ('date', 'Date'), ('datetime', 'Date/time'), ('hidden', 'Hidden field')], max_length=16, verbose_name='field type')),
                        ('required', models.BooleanField(default=True, verbose_name='required')),
                        ('choices', models.TextField(blank=True, help_text='Comma or new line separated list of choices. Only applicable in checkboxes, radio and dropdown.', verbose_name='choices')),
                        ('default_value', models.TextField(blank=True, help_text='Default value. Comma or new line separated values supported for checkboxes.', verbose_name='default value')),
                        ('help_text', models.CharField(blank=True, max_length=255, verbose_name='help text')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='form_fields', to='campaigns.landingpage')),
                    ],
                    options={
                        'db_table': 'seo_landingformfield',
                        'ordering': ['sort_order'],
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                ),
                migrations.CreateModel(
                    name='Lead',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.CharField(max_length=64)),
                        ('source', models.CharField(blank=True, max_length=200, verbose_name='source')),
                        ('medium', models.CharField(blank=True, max_length=200, verbose_name='medium')),
                        ('campaign', models.CharField(blank=True, max_length=200, verbose_name='campaign')),
                        ('term', models.CharField(blank=True, max_length=200, verbose_name='term')),
                        ('content', models.CharField(blank=True, max_length=200, verbose_name='content')),
                        ('gclid', models.CharField(blank=True, max_length=200, verbose_name='Google Ads click')),
                        ('li_fat_id', models.CharField(blank=True, max_length=200, verbose_name='LinkedIn click')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype')),
                    ],
                    options={
                        'verbose_name': 'lead',
                        'verbose_name_plural': 'leads',
                        'db_table': 'seo_lead',
                        'ordering': ['-created_at'],
                        'indexes': [models.Index(fields=['campaign', 'source', 'medium'], name='seo_lead_campaig_fcf135_idx')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_to_campaigns, content_types_back_to_seo),
    ]
