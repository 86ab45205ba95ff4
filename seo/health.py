"""What staff should fix for search engines, found in the content itself.

Each check yields Findings with a link to the place where the problem is fixed. Apps add
checks of their own (e.g. listings past expiry) with `register(check)` in AppConfig.ready().
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from .metadata import SUMMARY_ATTRIBUTES, first_attribute

TITLE_MAX_LENGTH = 60  # what search results show before cutting


@dataclass(frozen=True)
class Finding:
    problem: str
    title: str
    language: str
    edit_url: str
    detail: str = ""


CHECKS = []


def register(check):
    CHECKS.append(check)
    return check


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@register
def page_findings():
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    by_title = defaultdict(list)
    for page in pages:
        language = languages[page.locale_id]
        title = page.seo_title or page.title
        by_title[(language, title.casefold())].append(page)
        if not first_attribute(page, SUMMARY_ATTRIBUTES):
            yield Finding(_("Missing description"), page.title, language, page_edit_url(page))
        if len(title) > TITLE_MAX_LENGTH:
            yield Finding(
                _("Title too long"),
                page.title,
                language,
                page_edit_url(page),
                _("%(length)s characters; search results show about %(max)s.")
                % {"length": len(title), "max": TITLE_MAX_LENGTH},
            )
    for (language, _title), same in by_title.items():
        for page in same[1:] if len(same) > 1 else []:
            yield Finding(
                _("Title used twice in the same language"),
                page.title,
                language,
                page_edit_url(page),
                _("Also used by: %(others)s")
                % {"others": ", ".join(p.url_path for p in same if p != page)},
            )
    yield from translation_findings(pages, languages)


def translation_findings(pages, languages):
    """Italian pages without a translation (or only an alias), and translations older than it."""
    sources = [p for p in pages if languages[p.locale_id] == settings.LANGUAGE_CODE]
    translations = defaultdict(dict)
    for page in pages:
        translations[page.translation_key][languages[page.locale_id]] = page
    for source in sources:
        for code, _name in settings.LANGUAGES[1:]:
            translated = translations[source.translation_key].get(code)
            if translated is None or translated.alias_of_id:
                yield Finding(_("Missing translation"), source.title, code, page_edit_url(source))
            elif (
                source.last_published_at
                and translated.last_published_at
                and translated.last_published_at < source.last_published_at
            ):
                yield Finding(
                    _("Translation may be out of date"),
                    translated.title,
                    code,
                    page_edit_url(translated),
                    _("The Italian page changed after this translation was published."),
                )


@register
def image_findings():
    for image in Image.objects.filter(description="").order_by("title"):
        yield Finding(
            _("Image without alt text"),
            image.title,
            "",
            reverse("wagtailimages:edit", args=[image.pk]),
            _("Describe the picture for people who cannot see it."),
        )


def all_findings():
    """{problem: [Finding]} in the order the checks report them."""
    grouped = defaultdict(list)
    for check in CHECKS:
        for finding in check():
            grouped[str(finding.problem)].append(finding)
    return dict(grouped)
