"""Gunicorn settings for Borgo: `gunicorn borgo.wsgi -c gunicorn.conf.py`, tuned by environment.

| variable                  | default                 | sets                                      |
|---------------------------|-------------------------|-------------------------------------------|
| `GUNICORN_BIND`           | `0.0.0.0:${PORT:-8000}` | address to listen on (PaaS set PORT)      |
| `WEB_CONCURRENCY`         | `2 * CPUs + 1`          | worker processes                          |
| `GUNICORN_WORKER_CLASS`   | `gthread`               | gunicorn's worker class (`sync`...)       |
| `GUNICORN_THREADS`        | `4`                     | threads per worker                        |
| `GUNICORN_MAX_REQUESTS`   | `0`: never recycled     | requests before a worker is replaced      |
| `FORWARDED_ALLOW_IPS`     | `127.0.0.1`             | proxies trusted for X-Forwarded-* headers |
| `GUNICORN_CONTROL_SOCKET` | unset: no socket        | control socket for `gunicornc`            |

Threaded workers (gthread), so that slow clients cannot hold the site: a sync worker is taken by
one connection from its first byte to its last, and two clients sending a header line every few
seconds held both workers of a small server until the timeout (/healthz included). A gthread
worker waits for a connection's first bytes in its event loop, and a slow client then holds one
thread, not the worker: the others, and the worker's heartbeat, go on. A buffering proxy in
front (nginx) also absorbs slow clients and bodies; this holds without one. Measured in the
README (Performance): a cached page answers at least as fast as with sync workers.

Workers are not recycled after a number of requests: nothing of the project grows without
bound, and a recycled worker starts cold (imports, connections, per-process caches), which an
earlier measurement found to cost throughput (ours could not tell it from noise, README);
GUNICORN_MAX_REQUESTS turns it on, with a 10 % jitter so that workers do not all restart at
once. Logs go to stdout/stderr for the container or process
manager. The app is not preloaded: each worker imports Django itself, so a deploy needs no
special handling of database connections opened before forking.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)
worker_class = os.environ.get("GUNICORN_WORKER_CLASS") or "gthread"
threads = int(os.environ.get("GUNICORN_THREADS") or 4)

timeout = 30
graceful_timeout = 30
keepalive = 5

max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS") or 0)
max_requests_jitter = max_requests // 10

accesslog = "-"
errorlog = "-"

forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

preload_app = False

# Workers touch a heartbeat file every few seconds; on a disk-backed (or overlay) filesystem that
# can stall them, so use memory-backed /dev/shm where the system has one.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

# Gunicorn 25+ opens a control socket in $HOME/.gunicorn by default: two servers on one machine
# (CI smoke test, benchmark, a developer's own) would take it from each other, and a container's
# user may have no writable home. Only open one when asked for.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
