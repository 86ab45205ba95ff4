"""In-process render time of each page, for `make bench` (bench/run.py runs this script).

A page-cache miss without the network, the server or the load: Django's test client GETs each
path in this one process, with the full-page cache off and the chrome memo on (one process, so
a local-memory memo is sound: WEB_CONCURRENCY=1, see CONTENT_CACHE_IS_SHARED in the settings).
Each path is viewed twice first (renditions made, memo and per-process caches filled), then
ROUNDS times; the median is what a visitor's miss costs in Python, SQL included.

Usage: python bench/render_times.py '["/it/", ...]'; prints one line "RENDER_TIMES {json}"
({path: median ms, or null when the page did not answer 200}).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROUNDS = 15


def median_ms(client, path):
    for _ in range(2):
        if client.get(path).status_code != 200:
            return None
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(paths):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgo.settings")
    import django

    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    times = {path: median_ms(client, path) for path in paths}
    print("RENDER_TIMES " + json.dumps(times))


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
