"""Full-page cache for anonymous visitors, correct by construction.

Every public page in a language (`/<lang>/...`), and every sitemap, answered 200 without setting
a cookie is kept in the default cache (Redis when REDIS_URL is set) and served from there
without touching the database. Instead of working out which pages a change affects, any write
to the site's content — a page, image, document, redirect, setting, or any model of the
project's apps (listings, events, reservations...) — moves the cache to a new generation, and
the copies kept under an older one are no longer served (rendered again, they replace them).
What visitors leave that no page shows (an enquiry, a campaign lead, an owner's offer record)
retires nothing, and what one page alone shows retires that page alone: a page that shows it
says so with a tag (`tag`, e.g. one co-working space's bookings), and a change to a model that
names its tags (`page_cache_tags`) retires only the copies kept
with them. The new generation starts when the writer's
transaction commits: started earlier, a request rendering in between would still read the old
rows and keep them under the new generation. Entries also expire after PAGE_CACHE_SECONDS, for what
changes with time alone (an expired listing, a past booking slot). If the cache does not
answer when a change commits (a Redis blip), the new generation is tried again every second
until it is stored, so that the change shows within a few seconds of the cache's return.
Each worker also answers the copies it served last from its own memory for up to
PAGE_CACHE_WORKER_SECONDS before asking the shared cache again (borgo/worker_copies.py): a
change shows in the other workers that much later.

Which saves retire pages is declared by who owns the model, so that a new app opts in by itself
without editing borgo: an app whose models pages show says `retires_cached_pages = True` on its
AppConfig (every one of the project's apps does); any page type (a Wagtail Page) retires them
wherever it is defined; third-party models the site shows (Wagtail's images, documents,
redirects, sites and locales; taggit's tags) are listed here, in WATCHED_MODELS. Within an app,
a model opts out with `shown_on_public_pages = False` or narrows its effect with
`page_cache_tags()` (`content_changed`). Decision: an AppConfig attribute rather than a hook, as
it is a fact about the app's models, read on every save, and needs no function.

Bypassed for anything but GET/HEAD, for visitors with a session (logged-in editors), and for
the admin and previews (outside the language prefixes). A CDN in front caches for
PAGE_CACHE_CDN_SECONDS and is purged on publish by wagtail.contrib.frontend_cache.

What is each visitor's own stays out of the cached copy. Pages with a form (an enquiry, a
questionnaire, a campaign's landing page: the pages bursts of visitors come to) are rendered
with a placeholder for the CSRF token (`csrf_placeholder`, a context processor), and every copy
served gets the visitor's own token in its place (Django's CSRF middleware sets their cookie);
such a copy is private, so that no shared cache keeps it. A page that used the CSP nonce is not
cached at all (no template uses it), so a kept page's security headers are the same for every
visitor: a copy without a form is kept with them and served before the middleware that would
only write them again (borgo.page_cache_middleware).
"""

import hashlib
import logging
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.text import compress_string
from wagtail.models import Page
from wagtail.signals import post_page_move

from . import worker_copies

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# How often a failed invalidation is tried again (see `invalidate`).
RETRY_SECONDS = 1
_retry_lock = threading.Lock()
_retry_until = 0.0
retry_thread = None
# Letters and dashes only: it stands where the token would, inside an HTML attribute.
CSRF_PLACEHOLDER = "page-cache-csrf-token"
# In every page's key: a deploy that changes what an entry holds never reads the old ones.
KEPT_FORMAT = 3
# Models of apps that cannot declare it themselves (Wagtail's, taggit's) whose changes pages show.
# The project's apps declare it on their AppConfig instead (`retires_cached_pages`, above).
WATCHED_MODELS = {
    "taggit.tag",
    "taggit.taggeditem",
    "wagtailimages.image",
    "wagtaildocs.document",
    "wagtailredirects.redirect",
    "wagtailcore.site",
    "wagtailcore.locale",
}


# The generation a request renders under, read from the cache once per request (`for_request`):
# the chrome memo (borgo.memo) asks for it for every piece of the header and footer.
_request_generation = ContextVar("page_cache_request_generation", default=None)


@contextmanager
def for_request():
    """Within it, `generation()` asks the cache once; a change made meanwhile asks again."""
    token = _request_generation.set([None])
    try:
        yield
    finally:
        _request_generation.reset(token)


def _remember(current):
    held = _request_generation.get()
    if held is not None:
        held[0] = current
    return current


def generation():
    held = _request_generation.get()
    if held is not None and held[0] is not None:
        return held[0]
    # Started from the clock, so that a generation lost with its key (Redis emptied) never
    # comes back to a number that copies still in the cache were kept under.
    return _remember(cache.get_or_set(GENERATION_KEY, time.time_ns, timeout=None))


def start_new_generation():
    """True once the cache holds a new generation; False if it did not answer.

    The project's Redis backend answers a failed call as a miss (None); another backend may
    raise instead, hence the broad except: either way the change is not shown yet."""
    _remember(None)
    worker_copies.forget_all()
    try:
        try:
            return cache.incr(GENERATION_KEY) is not None
        except ValueError:  # no generation yet (or the cache was emptied)
            cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
            return cache.get(GENERATION_KEY) is not None
    except Exception:  # noqa: BLE001
        return False


def invalidate(**kwargs):
    """Start a new generation: every page cached so far is out of date.

    If the cache does not answer (a Redis blip), the copies it holds would be served, stale,
    until they expire: so a thread of this process tries again every RETRY_SECONDS until the
    new generation is stored, for as long as any copy kept before could still be served."""
    if not start_new_generation():
        logger.warning("Page cache not invalidated: the cache did not answer. Trying again.")
        _retry_in_background()


def _retry_in_background():
    global _retry_until, retry_thread
    horizon = max(settings.PAGE_CACHE_SECONDS, settings.CHROME_MEMO_SECONDS)
    with _retry_lock:
        _retry_until = time.monotonic() + horizon
        if retry_thread is None or not retry_thread.is_alive():
            retry_thread = threading.Thread(
                target=_retry_until_stored, name="page-cache-invalidation", daemon=True
            )
            retry_thread.start()


def _retry_until_stored():
    while time.monotonic() < _retry_until:
        time.sleep(RETRY_SECONDS)
        if start_new_generation():
            logger.info("Page cache invalidated after the cache came back.")
            return


def invalidate_on_commit(using=None, **kwargs):
    """Invalidate once the current transaction commits (at once outside one)."""
    transaction.on_commit(invalidate, using=using)


def content_changed(sender, instance=None, using=None, **kwargs):
    """A model says it is on no public page with `shown_on_public_pages = False`: the records
    visitors leave (enquiries, leads, offers), which a burst of visitors writes many of. One
    shown on a few pages only names their tags with a `page_cache_tags()` method."""
    if not getattr(sender, "shown_on_public_pages", True):
        return
    if hasattr(instance, "page_cache_tags"):
        try:
            tags = instance.page_cache_tags()
        except ObjectDoesNotExist:  # deleted with what it belonged to: retire everything
            tags = None
        if tags:
            transaction.on_commit(lambda: retire_tags(tags), using=using)
            return
    if (
        getattr(sender._meta.app_config, "retires_cached_pages", False)
        or sender._meta.label_lower in WATCHED_MODELS
        or issubclass(sender, Page)
    ):
        invalidate_on_commit(using)


def connect_signals():
    post_save.connect(content_changed, dispatch_uid="page-cache-save")
    post_delete.connect(content_changed, dispatch_uid="page-cache-delete")
    post_page_move.connect(invalidate_on_commit, dispatch_uid="page-cache-move")


def tag(request, *tags):
    """Say that the page being rendered shows what `tags` name: it is kept with their versions,
    and served only while they have not changed. Called before reading what they name: their
    versions are read now, so that a change committed while the page renders retires it."""
    if getattr(request, "page_cache_renders", False):
        versions = getattr(request, "page_cache_tag_versions", {})
        request.page_cache_tag_versions = {**versions, **tag_versions(tags)}


def _tag_keys(tags):
    return [f"page-cache:tag:{name}" for name in sorted(tags)]


def tag_versions(tags):
    """{key: version} of the tags now, a version made for any the cache does not hold."""
    keys = _tag_keys(tags)
    versions = cache.get_many(keys)
    missing = {key: time.time_ns() for key in keys if key not in versions}
    if missing:
        cache.set_many(missing, timeout=None)
    return {**versions, **missing}


def tags_unchanged(versions):
    return not versions or cache.get_many(list(versions)) == versions


def retire_tags(tags):
    """New versions for the tags: every copy kept with the old ones is out of date. If the cache
    does not take them, everything is retired instead (and tried again until it is)."""
    new = {key: time.time_ns() for key in _tag_keys(tags)}
    try:
        cache.set_many(new, timeout=None)
        stored = cache.get_many(list(new)) == new
    except Exception:  # noqa: BLE001 (as in start_new_generation)
        stored = False
    if not stored:
        invalidate()


class Kept(NamedTuple):
    """A page's copy: its headers and body as the middleware left them (inside the compression),
    and the generation and tag versions it was rendered under.

    A copy the same for every visitor also holds its body compressed once (`gzipped`), for the
    clients that accept gzip: it holds no secret, so the randomness Django's gzip layer adds to
    each answer against BREACH has nothing to protect there, and a hit costs no compression. A
    copy with a form holds the CSRF placeholder, and each visitor's answer is compressed anew."""

    headers: tuple
    body: bytes
    gzipped: bytes | None
    generation: int
    tag_versions: dict
    # Holds the CSRF placeholder: served with the visitor's own token (with_visitors_token).
    per_visitor: bool

    @classmethod
    def of(cls, response, generation, tag_versions, placeholder_body=None):
        """The copy of `response`; of a page with a form, with the body it had before the
        visitor's token took the placeholder's place."""
        if placeholder_body is not None:
            headers = tuple(response.items())
            return cls(headers, placeholder_body, None, generation, tag_versions, True)
        gzipped = None
        # What Django's gzip layer would compress (it leaves short bodies alone).
        if len(response.content) >= 200 and "Content-Encoding" not in response:
            patch_vary_headers(response, ("Accept-Encoding",))
            gzipped = compress_string(response.content)
        headers = tuple(response.items())
        return cls(headers, response.content, gzipped, generation, tag_versions, False)

    def as_response(self):
        response = HttpResponse(self.body, headers=dict(self.headers))
        response["X-Page-Cache"] = "hit"
        return response


def cache_key(request):
    """A short key whatever the URL holds: a query string can be long and hold any character.

    The generation is not in the key but in the copy: a hit reads both in one round trip, and a
    page rendered again replaces its old copy instead of leaving it in the cache to expire."""
    address = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"page-cache:{KEPT_FORMAT}:{hashlib.sha256(address).hexdigest()}"


def find_kept(key):
    """(the copy kept under `key` if it is current, the generation to render a new one under)."""
    if (held := worker_copies.current_copy(key)) is not None:
        return held, _remember(held.generation)
    if (held := worker_copies.tagged_copy(key)) is not None and confirmed(held):
        return held, held.generation
    found = cache.get_many([GENERATION_KEY, key])
    current, kept = found.get(GENERATION_KEY), found.get(key)
    if current is None:
        current = generation()
        kept = None
    _remember(current)
    worker_copies.generation_read(current)
    if kept is None or kept.generation != current or not tags_unchanged(kept.tag_versions):
        return None, current
    worker_copies.keep(key, kept)
    return kept, current


def confirmed(held):
    """Whether the shared cache still has the generation and tag versions of a tagged copy that
    this worker holds: one read of a few small values, instead of the whole copy."""
    found = cache.get_many([GENERATION_KEY, *held.tag_versions])
    current = found.pop(GENERATION_KEY, None)
    if current is None:
        return False
    _remember(current)
    worker_copies.generation_read(current)
    return current == held.generation and found == held.tag_versions


def keep(key, kept):
    """Keep the copy for PAGE_CACHE_SECONDS, in the shared cache and this worker's store."""
    cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
    worker_copies.keep(key, kept)


def is_cacheable_request(request):
    public_prefixes = (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/sitemap")
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(public_prefixes)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def csrf_placeholder(request):
    """Context processor: the CSRF token of a page rendered to be cached is a placeholder.

    Listed after Django's built-in `csrf` processor, whose `csrf_token` it overrides."""
    if getattr(request, "page_cache_renders", False):
        return {"csrf_token": CSRF_PLACEHOLDER}
    return {}


def has_csrf_placeholder(response):
    streaming = getattr(response, "streaming", False)
    return not streaming and CSRF_PLACEHOLDER.encode() in response.content


def with_visitors_token(request, response):
    """The copy of a cached page for this visitor: their CSRF token in place of the placeholder."""
    if has_csrf_placeholder(response):
        token = get_token(request).encode()
        response.content = response.content.replace(CSRF_PLACEHOLDER.encode(), token)
        if "Content-Length" in response:
            response["Content-Length"] = str(len(response.content))
        patch_cache_control(response, private=True)
    return response
