"""Which address is the visitor's, with and without proxies in front."""

import pytest
from django.test import RequestFactory

from borgo.client_ip import UNKNOWN, client_ip


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "198.51.100.9", "192.0.2.1"),  # no proxy: the header is the client's
        (1, "10.0.0.2", "198.51.100.9", "198.51.100.9"),
        (1, "10.0.0.2", "6.6.6.6, 198.51.100.9", "198.51.100.9"),  # forged entries on the left
        (2, "10.0.0.2", "6.6.6.6, 198.51.100.9, 203.0.113.4", "198.51.100.9"),
        (2, "10.0.0.2", "198.51.100.9", "198.51.100.9"),  # bypassed the outer proxy
        (1, "10.0.0.2", "", "10.0.0.2"),
        (1, "10.0.0.2", "<script>", UNKNOWN),
        (1, "10.0.0.2", "fe80::1%eth0", "fe80::1"),
        (0, "", "", UNKNOWN),  # e.g. a proxy on a Unix socket
    ],
)
def test_client_ip(settings, proxies, remote, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
