"""Django's CSRF layer draws its secrets and masks from borgo.csrf_random: one read of the OS's
randomness per string, with Django's distribution (uniform over the alphabet, no modulo bias)."""

import string

import pytest
from django.middleware import csrf
from django.test import RequestFactory

from borgo import csrf_random

ALPHABET = string.ascii_letters + string.digits  # Django's CSRF_ALLOWED_CHARS, 62 characters


def test_django_csrf_layer_uses_it():
    assert csrf.get_random_string is csrf_random.random_string
    assert csrf.CSRF_ALLOWED_CHARS == ALPHABET


def test_bytes_past_the_last_whole_alphabet_are_refused(monkeypatch):
    """256 = 4 × 62 + 8: the bytes 248–255 would make the first 8 characters likelier."""
    reads = iter([bytes([0, 61, 62, 247, 248, 255]), bytes([123, 124, 1])])
    monkeypatch.setattr(csrf_random.os, "urandom", lambda count: next(reads))
    assert csrf_random.random_string(6, ALPHABET) == "a9a9" + "9a"


def test_strings_have_the_length_and_alphabet_asked_for():
    drawn = [csrf_random.random_string(32, ALPHABET) for _ in range(200)]
    assert {len(text) for text in drawn} == {32}
    assert set("".join(drawn)) <= set(ALPHABET)
    assert len(set(drawn)) == len(drawn)
    assert set(csrf_random.random_string(50, "ab")) == {"a", "b"}


def test_an_empty_alphabet_is_an_error():
    with pytest.raises(ValueError):
        csrf_random.random_string(4, "")


def test_a_minted_token_passes_djangos_check():
    request = RequestFactory().get("/")
    token = csrf.get_token(request)
    post = RequestFactory().post(
        "/", {"csrfmiddlewaretoken": token}, HTTP_COOKIE=f"csrftoken={request.META['CSRF_COOKIE']}"
    )
    layer = csrf.CsrfViewMiddleware(lambda request: None)
    layer.process_request(post)
    assert layer.process_view(post, lambda request: None, (), {}) is None
    assert len(token) == csrf.CSRF_TOKEN_LENGTH and len(request.META["CSRF_COOKIE"]) == 32
