"""The visitor's IP address, for rate limits and the admin login lock-out.

Without proxies (TRUSTED_PROXY_COUNT=0) it is the connection's address, REMOTE_ADDR. Behind N
proxies that each append the address they saw to X-Forwarded-For (nginx, a load balancer, a
CDN), the visitor is the N-th address from the right: the one the outermost trusted proxy saw.
Addresses further left were written by the client and could be anything, so they are never
used. A header with fewer entries means a request that bypassed the outer proxies; its leftmost
entry is then the closest to the truth.
"""

import ipaddress

from django.conf import settings

# Used when no usable address arrives (e.g. a proxy on a Unix socket without X-Forwarded-For):
# such requests share one bucket, which a misconfigured proxy makes easy to notice.
UNKNOWN = "0.0.0.0"


def client_ip(request):
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            entry.strip()
            for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if entry.strip()
        ]
        if forwarded:
            address = forwarded[-min(proxies, len(forwarded))]
    try:  # without an IPv6 zone ("%eth0"): no database column or network mask takes one
        return str(ipaddress.ip_address(address.partition("%")[0]))
    except ValueError:
        return UNKNOWN
