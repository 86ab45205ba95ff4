"""What every page's chrome asks the database for, kept until the content changes.

The one cache policy of the site: what is kept across requests and read from content is either
a whole page (borgo.page_cache) or a value kept here (`memoize`, `memoize_html`, `{% kept %}`),
and both are retired by the page-cache generation that any content change starts when it
commits (which saves retire it: borgo.page_cache). No other cache holds content: no key per
revision, no fixed timeout, no functools.cache on what an edit changes. The timeouts
(PAGE_CACHE_SECONDS, CHROME_MEMO_SECONDS) bound only what changes with time alone.
functools.cache is kept for what changes only with a deploy (the renditions the templates ask
for, the search backend's class), and the rate-limit counters have a cache of their own.

The municipality's settings, the menu and the footer links are the same on every page of a
language until an editor changes something; any such change starts a new generation of the
page cache (borgo.page_cache), and the entries kept here belong to a generation, so they are
retired with it. This keeps the header and footer out of each uncached page's query count.
If the cache is down, the value is simply computed again. Where the cache is not shared by
every worker (CHROME_MEMO_SECONDS is 0, see the settings), nothing is kept: a worker could not
see another's change.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from .page_cache import generation

MISSING = object()


def memoize(name, compute):
    # Bounded (CHROME_MEMO_SECONDS) for what changes with time alone (the next events, say).
    if not settings.CHROME_MEMO_SECONDS:
        return compute()
    key = f"memo:{generation()}:{name}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache.set(key, value, settings.CHROME_MEMO_SECONDS)
    return value


def memoize_html(request, name, render):
    """`render()`, a fragment of a page, kept per host and language like the chrome; a preview
    renders it anew (the draft may differ from what was kept)."""
    if getattr(request, "is_preview", False):
        return render()
    return memoize(f"{name}:{request.get_host()}:{get_language()}", render)


def values_key(values):
    """A short key part for values told apart by their `repr` (numbers, strings, dates, and
    lists, tuples, dicts or dataclasses of them)."""
    return hashlib.sha256(repr(values).encode()).hexdigest()
