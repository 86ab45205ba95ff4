"""Caches: Redis or local memory, the page cache and the chrome memo, a CDN in front.

The one cache policy (README "Layout"): whatever the site keeps across requests is retired by
the page-cache generation a content change starts (borgo/page_cache.py, borgo/memo.py)."""

from .environment import DEBUG, env

# Caches: Redis shared by every web server when REDIS_URL is set, local memory otherwise.
# "default" holds the page copies and the chrome memo; "ratelimit" the rate-limit counters, in
# a cache of their own so that page copies (one per distinct URL) can never evict them
# (README: "Abuse protection"); in production RATELIMIT_REDIS_URL names a Redis that does not
# evict. A Redis that is down or hung must not take the site down: its calls count as misses,
# a call that gets no answer within REDIS_TIMEOUT_SECONDS is given up on, and the failing
# server is then left alone for a couple of seconds (borgo/cache_backend.py).
REDIS_URL = env.str("REDIS_URL", default="")
RATELIMIT_REDIS_URL = env.str("RATELIMIT_REDIS_URL", default=REDIS_URL)
REDIS_TIMEOUT_SECONDS = env.float("REDIS_TIMEOUT_SECONDS", default=0.25)


def redis_cache(url, prefix):
    return {
        "BACKEND": "borgo.cache_backend.ResilientRedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
        },
        "KEY_PREFIX": prefix,
    }


def local_cache(name):
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}


CACHES = {
    "default": redis_cache(REDIS_URL, "borgo") if REDIS_URL else local_cache("default"),
    "ratelimit": (
        redis_cache(RATELIMIT_REDIS_URL, "borgo-ratelimit")
        if RATELIMIT_REDIS_URL
        else local_cache("ratelimit")
    ),
}

# Content kept across requests (the full-page cache, the chrome memo) is retired by a generation
# counter held in the cache itself (borgo/page_cache.py), so a change reaches every process only
# through a shared cache. Local memory is per process: with several workers and no Redis, the
# others would serve pages and menus out of date until they expire. Without REDIS_URL, only
# development (runserver, one process) and a single-worker server (WEB_CONCURRENCY=1) keep them.
CONTENT_CACHE_IS_SHARED = bool(REDIS_URL) or DEBUG or env.int("WEB_CONCURRENCY", default=0) == 1
# Full-page cache for anonymous visitors; 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600 if CONTENT_CACHE_IS_SHARED else 0)
# How long a worker answers the kept copies it holds without asking the shared cache whether
# they are current (borgo/worker_copies.py); 0 turns that store off. And how many it holds.
PAGE_CACHE_WORKER_SECONDS = env.float("PAGE_CACHE_WORKER_SECONDS", default=1.0)
PAGE_CACHE_WORKER_ENTRIES = env.int("PAGE_CACHE_WORKER_ENTRIES", default=300)
# How long the chrome memo (borgo/memo.py) keeps a value; 0: computed for every request.
CHROME_MEMO_SECONDS = 600 if CONTENT_CACHE_IS_SHARED else 0
# How long a CDN in front may keep a page; Wagtail purges it on publish when configured below.
PAGE_CACHE_CDN_SECONDS = env.int("PAGE_CACHE_CDN_SECONDS", default=60)
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):  # Varnish, nginx, Squid...
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
    }
