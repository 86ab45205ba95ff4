"""The production topology on one machine, for tests/deploy: nginx (the shipped
deploy/nginx/borgo.conf) in front of two gunicorn servers with separate working directories,
the task worker, PostgreSQL, Redis, moto's S3 server and a local SMTP sink. Every server binds
a free port on 127.0.0.1 and is stopped at the end.

PostgreSQL and Redis must already answer (CI starts them): BORGO_DEPLOY_DATABASE_URL (a database
of its own, dropped and created anew) and BORGO_DEPLOY_REDIS_URL name them.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import psycopg
import requests
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
DATABASE_URL = os.environ.get(
    "BORGO_DEPLOY_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/borgo_deploy"
)
REDIS_URL = os.environ.get("BORGO_DEPLOY_REDIS_URL", "redis://127.0.0.1:6379/13")
BUCKET = "borgo-media"
STAFF = ("deploy-admin", "deploy-Password-1")
STARTUP_SECONDS = 120


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise TimeoutError(f"{what} not within {seconds} s")


def answers(url):
    try:
        return requests.get(url, timeout=2).status_code == 200
    except requests.RequestException:
        return False


class Sink:
    """Collects what the worker sends."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


class MailServer:
    """A local SMTP sink that can be paused: while paused, its port accepts connections and
    never answers, like a hung mail server."""

    def __init__(self):
        self.port = free_port()
        self.sink = Sink()
        self.controller = None
        self.silent = None
        self.held = []

    def start(self):
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def pause(self):
        self.controller.stop()
        self.silent = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._hold, daemon=True).start()

    def _hold(self):
        try:
            while True:
                self.held.append(self.silent.accept()[0])
        except OSError:  # closed by resume()
            pass

    def resume(self):
        for connection in self.held:
            connection.close()
        # shutdown() wakes the thread blocked in accept(); close() alone would leave the port
        # listening until it returns.
        self.silent.shutdown(socket.SHUT_RDWR)
        self.silent.close()
        self.silent = None
        self.start()

    def received_for(self, address):
        return [m for m in self.sink.messages if address in m.rcpt_tos]

    def stop(self):
        if self.silent:
            self.silent.close()
        if self.controller and self.controller.server:  # not paused
            self.controller.stop()


class Topology:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="borgo-deploy-"))
        self.dir.chmod(0o755)  # nginx's workers read the static files here
        self.processes = []
        self.mail = MailServer()
        self.s3_port, self.nginx_port = free_port(), free_port()
        self.web_ports = [free_port(), free_port()]
        self.bucket_url = f"http://127.0.0.1:{self.s3_port}/{BUCKET}/"
        self.url = f"http://127.0.0.1:{self.nginx_port}"
        self.env = self._env()

    def _env(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "PYTEST"))}
        env.update(
            ENV_FILE="/dev/null",
            DEBUG="false",
            SECRET_KEY="deploy-test-" + "k7q2w9e4r1t6y3u8" * 4,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=DATABASE_URL,
            REDIS_URL=REDIS_URL,
            STATIC_ROOT=str(self.dir / "static"),
            MEDIA_BUCKET=BUCKET,
            MEDIA_ENDPOINT_URL=f"http://127.0.0.1:{self.s3_port}",
            MEDIA_ACCESS_KEY_ID="deploy",
            MEDIA_SECRET_ACCESS_KEY="deploy-secret",
            MEDIA_REGION="us-east-1",
            TASKS_BACKEND="database",
            EMAIL_URL=f"smtp://127.0.0.1:{self.mail.port}",
            EMAIL_TIMEOUT="300",
            AVIF_ENCODING_SPEED="10",
            EMAIL_RETRY_SECONDS="1",
            STAFF_NOTIFICATION_EMAILS="staff@castelmora.example",
            SECURE_SSL_REDIRECT="false",
            SESSION_COOKIE_SECURE="false",
            CSRF_COOKIE_SECURE="false",
            TRUSTED_PROXY_COUNT="1",
            LOG_LEVEL="WARNING",
        )
        return env

    # Starting and stopping ------------------------------------------------------------------

    def spawn(self, name, args, cwd=ROOT, **env):
        log = open(self.dir / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(
            args, cwd=cwd, env={**self.env, **env}, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes.append((name, process, log))
        return process

    def manage(self, *args, **env):
        result = subprocess.run(
            [PYTHON, str(ROOT / "manage.py"), *args],
            cwd=ROOT,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        return result.stdout

    def shell(self, code):
        """Runs Python in the app's environment; its last line of output, parsed as JSON."""
        return json.loads(self.manage("shell", "-c", code).strip().splitlines()[-1])

    def start(self):
        self._fresh_database()
        self.spawn(
            "moto", [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.s3_port)]
        )
        wait_until(lambda: answers(f"http://127.0.0.1:{self.s3_port}/"), STARTUP_SECONDS, "moto")
        self.s3().create_bucket(Bucket=BUCKET)
        self.mail.start()
        self.manage("migrate", "--no-input", "--verbosity", "0")
        self.manage("collectstatic", "--no-input", "--verbosity", "0")
        # The demo is loaded before the worker starts, its work done at once: a deploy's data
        # migration, not what is tested here.
        self.manage("seed_demo", TASKS_BACKEND="immediate", RENDITIONS_ON_UPLOAD="false")
        self.manage(
            "createsuperuser",
            "--no-input",
            "--username",
            STAFF[0],
            "--email",
            "admin@castelmora.example",
            DJANGO_SUPERUSER_PASSWORD=STAFF[1],
        )
        for number, port in enumerate(self.web_ports):
            workdir = self.dir / f"web{number}"
            (workdir / "media").mkdir(parents=True)
            self.spawn(
                f"web{number}",
                [PYTHON, "-m", "gunicorn", "borgo.wsgi", "-c", str(ROOT / "gunicorn.conf.py")],
                cwd=workdir,
                PYTHONPATH=str(ROOT),
                MEDIA_ROOT=str(workdir / "media"),
                GUNICORN_BIND=f"127.0.0.1:{port}",
                WEB_CONCURRENCY="2",
            )
        self.spawn("worker", [PYTHON, str(ROOT / "manage.py"), "db_worker", "--interval", "0.2"])
        self.start_nginx()
        for port in self.web_ports:
            url = f"http://127.0.0.1:{port}/healthz"
            wait_until(lambda url=url: answers(url), STARTUP_SECONDS, url)
        wait_until(lambda: answers(self.url + "/healthz"), STARTUP_SECONDS, "nginx")

    def _fresh_database(self):
        parts = urlsplit(DATABASE_URL)
        name = parts.path.lstrip("/")
        admin = parts._replace(path="/postgres").geturl()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')

    def start_nginx(self):
        site = (ROOT / "deploy" / "nginx" / "borgo.conf").read_text()
        servers = "".join(f"server 127.0.0.1:{port};\n    " for port in self.web_ports)
        site = re.sub(r"server 127\.0\.0\.1:8000;[^\n]*\n\s*", servers, site)
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.nginx_port};")
        site = site.replace("/app/staticfiles/", f"{self.dir / 'static'}/")
        (self.dir / "borgo.conf").write_text(site)
        temp = "".join(
            f"{kind}_temp_path {self.dir / kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        user = "user root;\n" if os.geteuid() == 0 else ""
        (self.dir / "nginx.conf").write_text(
            f"{user}daemon off;\nworker_processes 1;\npid {self.dir / 'nginx.pid'};\n"
            f"error_log {self.dir / 'nginx-error.log'} warn;\n"
            "events { worker_connections 256; }\n"
            f"http {{\ninclude /etc/nginx/mime.types;\naccess_log {self.dir / 'access.log'};\n"
            f"{temp}include {self.dir / 'borgo.conf'};\n}}\n"
        )
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        args = [nginx, "-p", str(self.dir), "-c", str(self.dir / "nginx.conf")]
        check = subprocess.run([*args, "-t"], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        self.spawn("nginx", args)

    def stop(self):
        for _name, process, log in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            log.close()
        self.mail.stop()
        if os.environ.get("BORGO_DEPLOY_KEEP"):
            print(f"deploy test files kept in {self.dir}")
        else:
            shutil.rmtree(self.dir, ignore_errors=True)

    # Helpers for the tests ---------------------------------------------------------------------

    def s3(self):
        return boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{self.s3_port}",
            aws_access_key_id="deploy",
            aws_secret_access_key="deploy-secret",
            region_name="us-east-1",
        )

    def web_url(self, number):
        return f"http://127.0.0.1:{self.web_ports[number]}"

    def log(self, name):
        return (self.dir / f"{name}.log").read_text(errors="replace")

    def staff_session(self, base_url):
        session = requests.Session()
        login = base_url + "/admin/login/"
        session.get(login, timeout=60)
        response = session.post(
            login,
            data={
                "username": STAFF[0],
                "password": STAFF[1],
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
            },
            headers={"Referer": login},
            timeout=60,
        )
        assert response.status_code == 200 and "/admin/login/" not in response.url, response.url
        return session
