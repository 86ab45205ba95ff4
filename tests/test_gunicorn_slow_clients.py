"""Slow clients do not hold the site: gunicorn as production runs it (gunicorn.conf.py's
defaults, DEBUG=false), with two workers as in the report, and two connections that send their
headers a line at a time. /healthz must still answer at once (it once waited for the worker
timeout, 30 s)."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Generous next to the milliseconds /healthz takes, far below gunicorn's 30 s timeout.
ANSWER_WITHIN_SECONDS = 10


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def production_environment(tmp_path_factory):
    directory = tmp_path_factory.mktemp("slow-clients")
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("GUNICORN_", "DATABASE_", "REDIS_", "DJANGO_"))
        and key not in {"DEBUG", "SECRET_KEY", "WEB_CONCURRENCY"}
    }
    environment.update(
        ENV_FILE="/dev/null",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{directory / 'db.sqlite3'}",
        STATIC_ROOT=str(directory / "static"),
        MEDIA_ROOT=str(directory / "media"),
        WEB_CONCURRENCY="2",
    )
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
        capture_output=True,
    )
    return environment


@pytest.fixture
def serve(production_environment):
    """Start gunicorn with gunicorn.conf.py (plus `environment`); its base URL once it answers."""
    servers = []

    def start(**environment):
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "borgo.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env={**production_environment, **environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        servers.append(server)
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
                return port
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.3)

    yield start
    for server in servers:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=40)


class SlowClient:
    """Sends a request's headers one line every 5 s, as long as the test lasts."""

    def __init__(self, port):
        self.socket = socket.create_connection(("127.0.0.1", port))
        self.socket.sendall(b"GET /it/ HTTP/1.1\r\n")
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.trickle, daemon=True)
        self.thread.start()

    def trickle(self):
        number = 0
        while not self.stopped.wait(5):
            number += 1
            try:
                self.socket.sendall(f"X-Slow-{number}: still here\r\n".encode())
            except OSError:
                return

    def close(self):
        self.stopped.set()
        self.thread.join()
        self.socket.close()


def health_answers_despite_two_slow_clients(port):
    clients = [SlowClient(port) for _ in range(2)]
    try:
        time.sleep(1)  # both are taken in and sending headers, before the health check comes
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}/healthz", timeout=ANSWER_WITHIN_SECONDS
            ) as response:
                return response.status == 200
        except TimeoutError:
            return False
    finally:
        for client in clients:
            client.close()


def test_two_slow_clients_do_not_hold_the_default_configuration(serve):
    assert health_answers_despite_two_slow_clients(serve())
