"""One URL per kind of page, picked from a sitemap: the first URL of each (section, depth)."""

import re
from urllib.parse import urlsplit


def sitemap_paths(document):
    return [urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", document)]


def one_per_kind(paths):
    """/it/vedere/ and /it/vedere/castello/ are two kinds; /it/vedere/chiesa/ is the second."""
    chosen = {}
    for path in paths:
        parts = path.strip("/").split("/")
        chosen.setdefault((parts[1] if len(parts) > 1 else "", len(parts)), path)
    return list(chosen.values())
