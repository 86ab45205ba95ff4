"""The project's `{% picture %}` and `{% srcset_image %}` (borgo/templatetags/pictures.py):
Wagtail's output, with each tag's filters made once instead of at every render, and each
picture's HTML kept under the generation when the memo keeps things."""

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


def renders_counted(monkeypatch):
    """The number of times a <picture> is written out (its renditions looked up) from here on."""
    from wagtail.images.templatetags import wagtailimages_tags

    calls = []
    find = wagtailimages_tags.get_renditions_or_not_found
    monkeypatch.setattr(
        wagtailimages_tags,
        "get_renditions_or_not_found",
        lambda *args: calls.append(args) or find(*args),
    )
    return calls


def test_a_picture_is_written_once_per_generation(settings, monkeypatch):
    from borgo import page_cache

    settings.CHROME_MEMO_SECONDS = 600
    template, image = compiled("pictures", TAGS[0]), ImageFactory()
    first = template.render({"image": image})
    calls = renders_counted(monkeypatch)
    assert template.render({"image": image}) == first and calls == []
    other = ImageFactory()
    assert template.render({"image": other}) != first and len(calls) == 1
    page_cache.start_new_generation()  # an image changed, say
    assert template.render({"image": image}) == first and len(calls) == 2


def test_without_the_memo_every_picture_is_written(settings, monkeypatch):
    settings.CHROME_MEMO_SECONDS = 0
    template, image = compiled("pictures", TAGS[0]), ImageFactory()
    template.render({"image": image})
    calls = renders_counted(monkeypatch)
    template.render({"image": image})
    assert len(calls) == 1
