"""The race tests are skipped only off CI: a CI run without PostgreSQL fails instead."""

import pytest

from .test_concurrency import require_postgresql


def test_ci_without_postgresql_fails():
    with pytest.raises(pytest.fail.Exception, match="PostgreSQL"):
        require_postgresql("sqlite", {"CI": "true"})


def test_a_developer_without_postgresql_skips():
    with pytest.raises(pytest.skip.Exception):
        require_postgresql("sqlite", {})
    require_postgresql("postgresql", {"CI": "true"})  # runs
