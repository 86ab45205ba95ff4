"""The project's `{% picture %}` and `{% srcset_image %}` (borgo/templatetags/pictures.py):
Wagtail's output, with each tag's filters made once instead of at every render."""

import pytest
from django.template import engines
from wagtail.images.models import Filter

from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db

TAGS = (
    '{% picture image format-{webp,jpeg} fill-{40x30,80x60} sizes="100vw" alt="" %}',
    "{% srcset_image image height-{20,40} as logo %}{{ logo.renditions.1.url }}",
)


def compiled(library, tag):
    return engines["django"].from_string(f"{{% load {library} %}}{tag}")


@pytest.mark.parametrize("tag", TAGS)
def test_the_output_is_wagtails(tag):
    image = ImageFactory()
    ours = compiled("pictures", tag).render({"image": image})
    assert ours == compiled("wagtailimages_tags", tag).render({"image": image})
    assert ".webp" in ours or "height-40" in ours


@pytest.mark.parametrize("tag", TAGS)
def test_a_compiled_tag_makes_its_filters_once(tag, monkeypatch):
    template, image = compiled("pictures", tag), ImageFactory()
    template.render({"image": image})  # the renditions exist from here on
    made = []
    make_filter = Filter.__init__
    monkeypatch.setattr(
        Filter, "__init__", lambda self, spec=None: made.append(spec) or make_filter(self, spec)
    )
    template.render({"image": ImageFactory()})
    template.render({"image": image})
    assert made == []
    assert compiled("wagtailimages_tags", tag).render({"image": image}) and made  # Wagtail's do
