"""Renditions made by the task worker right after an image is uploaded, not by a page view.

A page that shows a new picture would otherwise make its renditions while it renders (AVIF takes
about a second each), and the visitor who asks first waits. With a worker
(`RENDITIONS_ON_UPLOAD`, on with `TASKS_BACKEND=database`), saving a new image queues
`make_renditions_task`, which makes every rendition the site may ask for: the specs of each
`{% image %}` and `{% picture %}` tag in the project's templates, read from the templates
themselves so that a new tag is covered without a list to keep, and the ones code asks for
(`CODE_SPECS`). With the embedded default (tasks run at once) this is off: an upload in the
admin would otherwise wait for some fifty renditions.
"""

import functools
import re
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.template.utils import get_app_template_dirs
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# Specs asked for in Python code (kept in step by tests/test_renditions.py), and the admin's
# thumbnail, so that staff lists show new images at once too.
CODE_SPECS = [
    "fill-1200x800",  # attractions/models/place.py JSON_LD_IMAGE
    "fill-1200x800|format-jpeg",  # listings/views.py PHOTO_FILTER
    "fill-1200x627|format-jpeg|jpegquality-80",  # seo/metadata.py SOCIAL_IMAGE_SPEC
    "max-512x512",  # seo/structured_data.py, the municipality's logo
    "format-{avif,webp,jpeg} fill-{480x320,960x640}",  # coworking/models/space_parts.py
    "max-165x165",  # Wagtail's admin listings
]
TAG = re.compile(r"\{%\s*(?:image|picture|srcset_image)\s+(.*?)%\}", re.DOTALL)


def template_dirs():
    base = Path(settings.BASE_DIR)
    dirs = [Path(d) for t in settings.TEMPLATES for d in t.get("DIRS", [])]
    dirs += [Path(d) for d in get_app_template_dirs("templates")]
    return [d for d in dirs if d.is_relative_to(base) and ".venv" not in d.parts]


def tag_specs(tag_body):
    """The filter specs of one tag's arguments: after the image, before attributes or `as`."""
    specs = []
    for bit in tag_body.split()[1:]:
        if bit == "as" or "=" in bit:
            break
        specs.append(bit)
    return specs


@functools.cache
def upload_specs():
    """Every filter spec the site may ask of an image, expanded (`fill-400x250|format-avif`)."""
    specs = set()
    for directory in template_dirs():
        for path in directory.rglob("*.html"):
            for body in TAG.findall(path.read_text(encoding="utf-8")):
                specs.update(Filter.expand_spec(tag_specs(body)))
    for spec in CODE_SPECS:
        specs.update(Filter.expand_spec(spec))
    return sorted(specs)


@task()
def make_renditions_task(image_pk):
    image = get_image_model().objects.filter(pk=image_pk).first()
    if image is not None:  # deleted before the worker came to it
        image.get_renditions(*upload_specs())


def queue_renditions(image):
    transaction.on_commit(lambda: make_renditions_task.enqueue(image.pk))


def on_image_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw and settings.RENDITIONS_ON_UPLOAD:
        queue_renditions(instance)


def connect():
    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="borgo-renditions")
