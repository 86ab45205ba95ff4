"""Gunicorn settings for Borgo: `gunicorn borgo.wsgi -c gunicorn.conf.py`, tuned by environment.

| variable                  | default                 | sets                                      |
|---------------------------|-------------------------|-------------------------------------------|
| `GUNICORN_BIND`           | `0.0.0.0:${PORT:-8000}` | address to listen on (PaaS set PORT)      |
| `WEB_CONCURRENCY`         | `2 * CPUs + 1`          | worker processes                          |
| `GUNICORN_THREADS`        | `1`                     | threads per worker (>1: gthread worker)   |
| `FORWARDED_ALLOW_IPS`     | `127.0.0.1`             | proxies trusted for X-Forwarded-* headers |
| `GUNICORN_CONTROL_SOCKET` | unset: no socket        | control socket for `gunicornc`            |

Workers are recycled after about 1000 requests (with jitter, so they don't all restart at once) to
bound any slow memory growth. Logs go to stdout/stderr for the container or process manager.
The app is not preloaded: each worker imports Django itself, so a deploy needs no special
handling of database connections opened before forking.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)
threads = int(os.environ.get("GUNICORN_THREADS") or 1)

timeout = 30
graceful_timeout = 30
keepalive = 5

max_requests = 1000
max_requests_jitter = 100

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
