"""Rate limits on the public forms: at most FORM_RATE_LIMIT posts per client IP and form kind.

The counting is django-ratelimit's: a fixed window per (form kind, client IP) in the
`ratelimit` cache (RATELIMIT_USE_CACHE), which is Redis when RATELIMIT_REDIS_URL (by default
REDIS_URL) is set, so every web server shares the counts. It is a cache of its own so that the
page copies, one per distinct URL a visitor asks for, can never evict the counts: in production
its Redis is one that does not evict (README, "Abuse protection"). A view
calls `limit_posts(request, "enquiry")` before it reads the form; past the limit that raises
TooManyRequests, which django-ratelimit's middleware hands to `too_many_requests`
(RATELIMIT_VIEW): a 429 page in the visitor's language with Retry-After. At that point nothing
of the request has been read or stored, and whatever was accepted before stays accepted.

When the cache does not answer (Redis down), the limit is not applied (RATELIMIT_FAIL_OPEN) and
a warning is logged: turning away a real enquiry is worse than letting a few more through.
"""

import logging
import math

from django.conf import settings
from django.shortcuts import render
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited

logger = logging.getLogger(__name__)


class TooManyRequests(Ratelimited):
    def __init__(self, retry_after, stores=True):
        super().__init__()
        self.retry_after = retry_after
        self.stores = stores  # a form that stores what is sent (else: a password, a reset)


def limit_posts(request, kind, rate=None, key="ip", stores=True):
    """Count a POST against its client's limit for this kind of form; raise past the limit.

    `rate` defaults to FORM_RATE_LIMIT; `key` is django-ratelimit's (e.g. "post:email" counts
    per address posted rather than per client IP)."""
    if request.method != "POST" or not getattr(settings, "RATELIMIT_ENABLE", True):
        return
    usage = get_usage(
        request,
        group=f"form:{kind}",
        key=key,
        rate=rate or settings.FORM_RATE_LIMIT,
        method="POST",
        increment=True,
    )
    if usage is None:
        logger.warning("Rate limit on %s forms not applied: the cache did not answer.", kind)
    elif usage["should_limit"]:
        raise TooManyRequests(retry_after=max(usage["time_left"], 1), stores=stores)


def too_many_requests(request, exception):
    """The 429 page (RATELIMIT_VIEW), in the language of the page the form was on."""
    retry_after = getattr(exception, "retry_after", 60)
    context = {
        "minutes": math.ceil(retry_after / 60),
        "stores": getattr(exception, "stores", True),
    }
    response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response
