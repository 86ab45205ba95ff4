"""Rate-limit counters live where page copies cannot evict them: a visitor who fills the page
cache with distinct URLs does not reset their own limit."""

import pytest

from .test_abuse_forms import enquiry_form

pytestmark = pytest.mark.django_db


def small_cache(name):
    """Local memory that keeps at most 50 entries, like a Redis at its memory limit."""
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"ratelimit-test-{name}",
        "OPTIONS": {"MAX_ENTRIES": 50, "CULL_FREQUENCY": 2},
    }


@pytest.mark.page_cache
@pytest.mark.parametrize(
    ("counters_in", "status_after_filling"),
    [
        ("ratelimit", 429),  # as configured: the limit holds
        ("default", 302),  # counters among the page copies: evicted, the limit is reset
    ],
)
def test_filling_the_page_cache_does_not_reset_a_rate_limit(
    client, homes, settings, counters_in, status_after_filling
):
    settings.CACHES = {"default": small_cache("pages"), "ratelimit": small_cache("counters")}
    settings.RATELIMIT_USE_CACHE = counters_in
    settings.FORM_RATE_LIMIT = "2/10m"
    form = enquiry_form(homes)
    for n in range(2):
        assert client.post(form.url, form.data(n)).status_code == 302
    assert client.post(form.url, form.data(2)).status_code == 429

    for n in range(60):  # distinct search URLs, each a page copy: the page cache overflows
        assert client.get(f"/it/cerca/?q=casa{n}").status_code == 200

    assert client.post(form.url, form.data(3)).status_code == status_after_filling
