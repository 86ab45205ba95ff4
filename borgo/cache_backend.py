"""Redis as a cache the site never waits for: a Redis that is down, hung or full is a cache miss.

django-redis's IGNORE_EXCEPTIONS alone turns each failed call into a miss, but only after the
call fails: a page asks the cache a few dozen times (page copy, generation, chrome memo, rate
limits), so a Redis that accepts connections and never answers (paused, swapping, a dead
network path) cost each request dozens of socket timeouts, past gunicorn's worker timeout, and a
refused Redis logged a traceback for every call.

This backend adds a circuit breaker, shared by every thread of the process and kept per Redis
server: the first call that fails (after at most SOCKET_TIMEOUT, REDIS_TIMEOUT_SECONDS) opens
it, and while it is open every call is answered as a miss at once, without touching the
network. Every RETRY_SECONDS one call is let through to see whether Redis is back; the first
that succeeds closes the breaker. An outage is logged once when it starts (a warning) and once
when it ends (info), never per call.

Callers see what a miss looks like: `get` returns its default, `get_many` an empty dict, and
writes (`set`, `add`, `incr`, `delete`...) return None. Code that must know whether a write
reached Redis (the page cache's invalidation) checks that.
"""

import functools
import logging
import pickle
import threading
import time

from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a Redis that is down, hung, full (OOM with noeviction) or restarting raises; socket
# errors redis-py does not wrap (a timeout is an OSError too).
FAILURES = (RedisError, OSError)
# What unpickling a value kept by an older release raises once the class it names has moved or
# changed (a deploy): such a value is a miss, rendered again and replaced, not a 500. Redis
# itself answered, so the breaker is left alone.
UNREADABLE = (pickle.UnpicklingError, AttributeError, ImportError, EOFError, TypeError)


class Breaker:
    """One Redis server's state in this process: answering, or down since when."""

    def __init__(self, name, retry_seconds):
        self.name = name
        self.retry_seconds = retry_seconds
        self.lock = threading.Lock()
        self.down_since = None
        self.next_probe = 0.0

    @property
    def is_open(self):
        return self.down_since is not None

    def allows_call(self):
        """Closed: yes. Open: only one call per retry period, the probe; the others miss."""
        if self.down_since is None:
            return True
        with self.lock:
            now = time.monotonic()
            if now < self.next_probe:
                return False
            self.next_probe = now + self.retry_seconds
            return True

    def failed(self, error):
        with self.lock:
            now = time.monotonic()
            self.next_probe = now + self.retry_seconds
            if self.down_since is not None:
                return
            self.down_since = now
        logger.warning(
            "Cache %s does not answer (%s: %s): served as misses, tried again every %s s.",
            self.name,
            type(error).__name__,
            error,
            self.retry_seconds,
        )

    def succeeded(self):
        if self.down_since is None:  # the usual case, without taking the lock
            return
        with self.lock:
            if self.down_since is None:
                return
            outage = time.monotonic() - self.down_since
            self.down_since = None
        logger.info("Cache %s answers again after %.0f s.", self.name, outage)


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(server, retry_seconds):
    """The process's one breaker for `server` (Django makes a backend object per thread)."""
    with _breakers_lock:
        if server not in _breakers:
            _breakers[server] = Breaker(server, retry_seconds)
        return _breakers[server]


def _guarded(name, miss):
    """RedisCache's method `name`, answering `miss(*args, **kwargs)` when Redis does not."""
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        if not self.breaker.allows_call():
            return miss(*args, **kwargs)
        try:
            result = method(self, *args, **kwargs)
        except FAILURES as error:
            self.breaker.failed(error)
            return miss(*args, **kwargs)
        except UNREADABLE as error:
            logger.warning("A cached value could not be read (%s): taken as a miss.", error)
            # Removed, so that an `add` or `get_or_set` stores the new value in its place.
            keys = args[0] if args else kwargs.get("key", kwargs.get("keys"))
            self.delete_many([keys] if isinstance(keys, str) else list(keys))
            return miss(*args, **kwargs)
        self.breaker.succeeded()
        return result

    return guarded


def _nothing(*args, **kwargs):
    return None


def _default(key, default=None, *args, **kwargs):
    return default


def _no_values(*args, **kwargs):
    return {}


def _false(*args, **kwargs):
    return False


class ResilientRedisCache(RedisCache):
    """django-redis's cache behind a circuit breaker (see the module's docstring).

    OPTIONS take django-redis's own, plus RETRY_SECONDS (default 2): how often a Redis that
    failed is tried again. IGNORE_EXCEPTIONS is set here: the breaker must see the errors."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        retry_seconds = options.pop("RETRY_SECONDS", 2)
        options["IGNORE_EXCEPTIONS"] = False
        super().__init__(server, {**params, "OPTIONS": options})
        self.breaker = breaker_for(server, retry_seconds)

    get = _guarded("get", _default)
    get_many = _guarded("get_many", _no_values)
    set = _guarded("set", _nothing)
    add = _guarded("add", _nothing)
    set_many = _guarded("set_many", _nothing)
    incr = _guarded("incr", _nothing)
    decr = _guarded("decr", _nothing)
    delete = _guarded("delete", _nothing)
    delete_many = _guarded("delete_many", _nothing)
    has_key = _guarded("has_key", _false)
    touch = _guarded("touch", _nothing)
    clear = _guarded("clear", _nothing)
