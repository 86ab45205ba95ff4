"""Random strings for Django's CSRF layer, read from the OS in one call instead of one per
character.

Django mints a visitor's CSRF secret and the mask of each token with `get_random_string`, which
draws every character with `secrets.choice`: one `os.urandom` system call per character, 64 for a
visitor without the cookie, about 100 µs, a third of the cost of answering a kept page with a
form (`borgo.page_cache.with_visitors_token`; measured in README, Performance). `random_string`
keeps the contract (each character uniform over `allowed_chars`, from the operating system's
cryptographic source): it reads the bytes of the whole string at once and keeps only those below
the largest multiple of the alphabet's size, so the modulo has no bias.

`use_in_csrf_layer()`, run by BorgoConfig.ready(), gives it to Django's CSRF module, which
imports `get_random_string` by name; it refuses to start if that name is gone (a Django upgrade
that moved it), so the change cannot silently stop applying.
"""

import os

from django.middleware import csrf
from django.utils.crypto import RANDOM_STRING_CHARS


def random_string(length, allowed_chars=RANDOM_STRING_CHARS):
    """Django's get_random_string, same arguments and distribution."""
    alphabet = len(allowed_chars)
    if not 0 < alphabet <= 256:
        raise ValueError("allowed_chars must hold 1 to 256 characters")
    usable = 256 - 256 % alphabet
    chosen = []
    while len(chosen) < length:
        # A quarter more than needed: with 62 characters, 3 % of bytes are refused.
        extra = os.urandom(length - len(chosen) + length // 4 + 1)
        chosen.extend(allowed_chars[byte % alphabet] for byte in extra if byte < usable)
    return "".join(chosen[:length])


def use_in_csrf_layer():
    if not hasattr(csrf, "get_random_string"):
        raise ImportError("django.middleware.csrf no longer imports get_random_string")
    csrf.get_random_string = random_string
