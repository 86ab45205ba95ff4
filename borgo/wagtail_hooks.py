"""The borgo package's Wagtail hooks, one module per concern."""

from . import translation_hooks  # noqa: F401
