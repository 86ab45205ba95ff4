"""What the chrome of every page shows: language links, menu, breadcrumbs, footer pages.

Each function costs one query at most, whatever the size of the page tree, and none while the
content stays the same (borgo.memo). Pages with view
restrictions are not filtered out here (that costs a query per list): the municipal site keeps
private pages out of menus by leaving "show in menus" off.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .memo import memoize


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str | None  # None: this page has no live translation in that language
    is_current: bool


def language_links(request, page=None, urls=None):
    """One entry per site language, pointing at the same page in that language.

    An alias (the copy of an untranslated page that wagtail-localize keeps in the other
    language trees, with the original's text) is no translation: that language is shown as
    not translated, and the alias is no hreflang alternate.

    A view that knows its own translations (e.g. a listing served by a routable page) passes
    them as `urls` ({language code: url}); for a Wagtail page the translations are looked up by
    translation key; for other views (404, forms) the URL itself is translated.
    """
    # The header's switcher and the head's hreflang links both ask: answer once per request.
    memo = request.__dict__.setdefault("_language_links", {})
    key = (get_language(), getattr(page, "pk", None), tuple(sorted((urls or {}).items())))
    if key not in memo:
        memo[key] = _language_links(request, page, urls)
    return memo[key]


def _language_links(request, page, urls):
    current = get_language()
    if urls is None and page is not None:
        urls = memoize(
            f"translations:{request.get_host()}:{page.pk}",
            lambda: {
                translation.locale.language_code: translation.get_url(request)
                for translation in page.get_translations(inclusive=True)
                .live()
                .filter(alias_of__isnull=True)
                .select_related("locale")
            },
        )
    elif urls is None:
        path = request.get_full_path()
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    return [
        LanguageLink(code, name, urls.get(code), code == current)
        for code, name in settings.LANGUAGES
    ]


def home_page(request, page=None):
    """The home page of the visitor's language (the root of the current language tree)."""
    if page is not None and page.depth >= 2:
        return page if page.depth == 2 else ancestors_below_root(page)[0]
    site = Site.find_for_request(request)
    if site is None:
        return None
    return (
        Page.objects.filter(translation_key=site.root_page.translation_key)
        .filter(locale__language_code=get_language())
        .live()
        .first()
    )


def menu_pages(request, home):
    """The live pages directly below the language's home marked "show in menus"."""
    if home is None:
        return []
    return memoize(f"menu:{home.pk}", lambda: list(home.get_children().live().in_menu()))


def section_path(page):
    """The tree path of the menu entry (a child of home) that the page belongs to."""
    if page is None or page.depth < 3:
        return None
    return page.path[: Page.steplen * 3]


def ancestors_below_root(page):
    """The ancestors of a page below the tree root, home first; fetched once per page object."""
    if not hasattr(page, "_ancestors_below_root"):
        ancestors = routed_ancestors(page)
        if ancestors is None:  # not reached by routing: a preview, a page of a list
            ancestors = memoize(
                f"ancestors:{page.pk}", lambda: list(page.get_ancestors().filter(depth__gte=2))
            )
        page._ancestors_below_root = ancestors
    return page._ancestors_below_root


def routed_ancestors(page):
    """The ancestors below the root that routing to the page has read already, or None.

    Wagtail's route passes from the language's home down to the page, and keeps each page on
    the next as its parent (treebeard's `_cached_parent_obj`, which get_parent() returns): a
    page served that way has its breadcrumbs without a query.
    """
    ancestors = []
    while page.depth > 2:
        page = page.__dict__.get("_cached_parent_obj")
        if page is None:
            return None
        ancestors.append(page)
    return ancestors[::-1]


def breadcrumbs(page):
    """The trail from home to the page's parent (empty on the home page itself)."""
    if page is None or page.depth <= 2:
        return []
    return ancestors_below_root(page)


def footer_pages(municipality, shown=None):
    """The privacy and accessibility pages in the active language, where translated."""
    return memoize(
        f"footer:{municipality.pk}:{get_language()}",
        lambda: localized_pages(
            [municipality.privacy_page, municipality.accessibility_page], shown
        ),
    )


def localized_pages(pages, shown=None):
    """The given pages in the active language, where a live translation exists.

    `shown` is the page being viewed (or its home), which is in the active language: a page of
    its locale is its own translation, so pages all chosen in that language need no query.
    """
    chosen = [page for page in pages if page is not None]
    if not chosen:
        return []
    if shown is not None and all(page.locale_id == shown.locale_id for page in chosen):
        return [page for page in chosen if page.live]
    translated = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            translation_key__in=[p.translation_key for p in chosen],
            locale__language_code=get_language(),
        )
    }
    return [translated[p.translation_key] for p in chosen if p.translation_key in translated]
