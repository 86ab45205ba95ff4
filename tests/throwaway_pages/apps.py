from django.apps import AppConfig


class ThrowawayPagesConfig(AppConfig):
    name = "tests.throwaway_pages"
    label = "throwaway_pages"
    verbose_name = "Throw-away pages (tests only)"
    # The recipe's one line for an app whose models (besides pages) show on public pages.
    retires_cached_pages = True
