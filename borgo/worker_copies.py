"""Each worker's own copies of the kept pages it served last, checked against the shared cache
at most once every PAGE_CACHE_WORKER_SECONDS.

Measured (issue 15): a hit answered from the shared cache (Redis) spends four fifths of its time
on the round trip — some 180 µs of CPU per hit, against about 40 µs for the same answer from the
worker's memory. So a worker keeps the copies it read or stored last (at most
PAGE_CACHE_WORKER_ENTRIES, the least recently served dropped first), and answers them without
asking the shared cache while the generation it last read is younger than
PAGE_CACHE_WORKER_SECONDS.

Decision: a change therefore reaches the other workers' visitors up to that long after it
commits (1 s by default), in the worker that made it at once: its new generation empties this
store. That is the delay a CDN in front (PAGE_CACHE_CDN_SECONDS) already allows, far shorter.
A copy tagged for what visitors change (a space's bookings, borgo.page_cache.tag) is held too,
but never answered on the worker's word: on every hit its generation and tag versions are read
from the shared cache (one small read instead of the whole copy), so a booking shows at once
everywhere. 0 turns this store off.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

_lock = threading.Lock()
_copies = OrderedDict()
# (the generation last read from the shared cache, when it was read: time.monotonic())
_generation = [None, float("-inf")]


def current_copy(key):
    """The untagged copy of `key` this worker holds, if its generation was read recently
    enough to answer it without asking the shared cache."""
    seconds = settings.PAGE_CACHE_WORKER_SECONDS
    with _lock:
        generation, read_at = _generation
        if not seconds or time.monotonic() - read_at >= seconds:
            return None
        kept = _copies.get(key)
        if kept is None or kept.generation != generation or kept.tag_versions:
            return None
        _copies.move_to_end(key)
        return kept


def tagged_copy(key):
    """The tagged copy of `key` this worker holds: to answer only once the shared cache has
    confirmed its generation and tag versions (borgo.page_cache.find_kept)."""
    with _lock:
        kept = _copies.get(key)
        if kept is None or not kept.tag_versions:
            return None
        _copies.move_to_end(key)
        return kept


def generation_read(generation):
    """The shared cache answered `generation` now: copies of an older one go."""
    with _lock:
        if generation != _generation[0]:
            _copies.clear()
        _generation[:] = [generation, time.monotonic()]


def keep(key, kept):
    if not settings.PAGE_CACHE_WORKER_SECONDS:
        return
    with _lock:
        if kept.generation != _generation[0]:
            return
        _copies[key] = kept
        _copies.move_to_end(key)
        while len(_copies) > settings.PAGE_CACHE_WORKER_ENTRIES:
            _copies.popitem(last=False)


def forget_all():
    """This worker started a new generation: nothing it holds may be served again."""
    with _lock:
        _copies.clear()
        _generation[:] = [None, float("-inf")]
