"""The deployment test runs only when asked (BORGO_DEPLOY_TESTS=1, as `make deploy-check` and CI
do): it needs nginx, PostgreSQL, Redis and the deploy-test extra (moto's server, aiosmtpd)."""

import os

import pytest

ENABLED = os.environ.get("BORGO_DEPLOY_TESTS") == "1"


@pytest.fixture(scope="package")
def topology():
    from .topology import Topology

    stack = Topology()
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()
