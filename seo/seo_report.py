"""What staff should fix for search engines, found in the content itself.

Each check yields Findings with a link to the place where the problem is fixed. Apps add
checks of their own (e.g. listings past expiry) with the Wagtail hook `seo_report_check`, and
titles of their own (e.g. listings) with `seo_report_titles` (a `source()` yielding Titled), in
their `wagtail_hooks.py`: those titles are checked for length and duplicates together with the
pages' titles, as search results show them side by side.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.images.models import Image
from wagtail.models import DraftStateMixin, Locale, Page, Revision

TITLE_MAX_LENGTH = 60  # what search results show before cutting


@dataclass(frozen=True)
class Finding:
    problem: str
    title: str
    language: str
    edit_url: str
    detail: str = ""


@dataclass(frozen=True)
class Titled:
    """A title as search results show it, and where staff fix it."""

    title: str
    name: str  # what staff call the item in the report (a page's title, not its SEO title)
    language: str
    edit_url: str
    where: str  # tells the item from its twins in "Also used by"


CHECK_HOOK = "seo_report_check"
TITLES_HOOK = "seo_report_titles"


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def page_findings():
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    titles = []
    for page in pages:
        language = languages[page.locale_id]
        titles.append(
            Titled(
                page.seo_title or page.title,
                page.title,
                language,
                page_edit_url(page),
                page.url_path,
            )
        )
        if not page.seo_description():
            yield Finding(_("Missing description"), page.title, language, page_edit_url(page))
    for source in hooks.get_hooks(TITLES_HOOK):
        titles.extend(source())
    yield from title_findings(titles)
    yield from translation_findings(pages, languages)


def title_findings(titles):
    """Titles longer than search results show, and titles shared within a language."""
    by_title = defaultdict(list)
    for item in titles:
        by_title[(item.language, item.title.casefold())].append(item)
        if len(item.title) > TITLE_MAX_LENGTH:
            yield Finding(
                _("Title too long"),
                item.name,
                item.language,
                item.edit_url,
                _("%(length)s characters; search results show about %(max)s.")
                % {"length": len(item.title), "max": TITLE_MAX_LENGTH},
            )
    for same in by_title.values():
        for item in same[1:]:
            yield Finding(
                _("Title used twice in the same language"),
                item.name,
                item.language,
                item.edit_url,
                _("Also used by: %(others)s")
                % {"others": ", ".join(other.where for other in same if other is not item)},
            )


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


def gallery_models():
    """Concrete models that pair an image with alt text of their own (the galleries of
    listings and places): there the picture's alt text comes from the row, not the image."""
    return [
        model
        for model in apps.get_models()
        if {"image", "alt_text"} <= {field.name for field in model._meta.concrete_fields}
        and model._meta.get_field("image").related_model is Image
    ]


def described_by_galleries():
    """Ids of images in some gallery whose every gallery row (any language) gives alt text.

    The rows are those saved in the database (live pages and listings) and those in unpublished
    drafts: an editor who adds a photo with its alt text to a published place and submits it
    for moderation has described it, though the rows reach the database only on publication.
    Other uses (rich text, StreamField blocks) are not traced: they are rare for these photos,
    and there Wagtail falls back on the image's description.
    """
    with_alt, without_alt = set(), set()
    rows = [
        *(
            row
            for model in gallery_models()
            for row in model.objects.values_list("image_id", "alt_text")
        ),
        *draft_gallery_rows(),
    ]
    for image_id, alt_text in rows:
        (with_alt if (alt_text or "").strip() else without_alt).add(image_id)
    return with_alt - without_alt


def draft_gallery_rows():
    """(image id, alt text) of the gallery rows in the latest revision of every page and
    snippet with unpublished changes."""
    revision_ids = [
        revision_id
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not model._meta.parents
        for revision_id in model.objects.filter(has_unpublished_changes=True)
        .order_by()
        .values_list("latest_revision_id", flat=True)
    ]
    revisions = Revision.objects.filter(pk__in=revision_ids)
    for content in revisions.values_list("content", flat=True):
        for value in content.values():
            for row in value if isinstance(value, list) else ():
                if isinstance(row, dict) and {"image", "alt_text"} <= row.keys():
                    yield row["image"], row["alt_text"]


def image_findings():
    undescribed = Image.objects.filter(description="").exclude(pk__in=described_by_galleries())
    for image in undescribed.order_by("title"):
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
    for check in (page_findings, image_findings, *hooks.get_hooks(CHECK_HOOK)):
        for finding in check():
            grouped[str(finding.problem)].append(finding)
    return dict(grouped)
