"""Benchmark Borgo as production serves it: gunicorn, DEBUG=false, whitenoise (`make bench`).

It prepares a database (a fresh SQLite file in a temporary directory, or DATABASE_URL if set),
migrates, collects static files, loads the demo, and then starts gunicorn with gunicorn.conf.py
on free loopback ports and measures each entry of PAGES with wrk: requests per second and the
50th/99th percentile latency. First with the full-page cache on, and, right after each page, its
ceiling: a bare WSGI application in the same gunicorn answering the path with the bytes Borgo
served for it (bench/ceiling.py); each cached rate is printed as a share of its own ceiling.
Then with the cache off. Last, each page's median in-process render time
(bench/render_times.py: a miss without server or load). Results are printed and saved in
bench/results/.

Environment: BENCH_SECONDS (10) per page, BENCH_ROUNDS (3) alternations of the cached page and
its ceiling, BENCH_CONCURRENCY (8) open connections, BENCH_ONLY
(labels of PAGES, comma-separated: measure those alone, e.g. "static file,home it"), and
gunicorn.conf.py's own (WEB_CONCURRENCY, GUNICORN_THREADS). wrk runs for a fixed time, not a
fixed number of requests (it has no such mode). Without wrk the script installs it with apt-get
when run as root, and stops with a message otherwise.
"""

import contextlib
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import ceiling

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"

# (label, target): a URL path, or "<kind>:<module>.<PageClass>" for the first live Italian page
# of that Wagtail page type: "model" is the page itself, "listing" the first listing shown under
# it, "offer" its owners' offer form. Page types append their entry.
PAGES = [
    ("static file", "/static/css/borgo.css"),
    ("home it", "/it/"),
    ("home en", "/en/"),
    ("content page", "model:borgo.models.ContentPage"),
    ("attractions index", "model:attractions.models.AttractionIndexPage"),
    ("attraction", "model:attractions.models.AttractionPage"),
    ("activities index", "model:attractions.models.ActivityIndexPage"),
    ("activity", "model:attractions.models.ActivityPage"),
    ("services index", "model:attractions.models.ServiceIndexPage"),
    ("service", "model:attractions.models.ServicePage"),
    ("connectivity", "model:coworking.models.ConnectivityPage"),
    ("co-working index", "model:coworking.models.CoworkingIndexPage"),
    ("co-working space", "model:coworking.models.CoworkingSpacePage"),
    ("events index", "model:coworking.models.EventIndexPage"),
    ("event", "model:coworking.models.EventPage"),
    ("questionnaire", "model:coworking.models.QuestionnairePage"),
    ("stays index", "model:listings.models.AccommodationIndexPage"),
    ("stay", "listing:listings.models.AccommodationIndexPage"),
    ("homes index", "model:listings.models.RealEstateIndexPage"),
    ("home for sale or rent", "listing:listings.models.RealEstateIndexPage"),
    ("offer form", "offer:listings.models.AccommodationIndexPage"),
    ("plan your stay", "model:listings.models.PlanStayPage"),
    ("landing page", "model:borgo.campaigns.models.LandingPage"),
    ("search", "/it/cerca/?q=fibra"),
]
# The servers: the full-page cache as production runs it, every request rendered, and the bare
# WSGI application serving the bytes the cached server answered (bench/ceiling.py).
SERVERS = {
    "cached": ("borgo.wsgi", {"PAGE_CACHE_SECONDS": "600"}),
    "uncached": ("borgo.wsgi", {"PAGE_CACHE_SECONDS": "0"}),
    "bare": ("bench.ceiling:application", {}),
}

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
ONLY = {label.strip() for label in os.environ.get("BENCH_ONLY", "").split(",") if label.strip()}
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "8"))
# Rounds of (cached, bare) per page; a page's figures are the medians of its rounds, its share
# of the ceiling the median of the rounds' shares.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
FIGURES = ("rps", "p50_ms", "p99_ms")
WARMUP_SECONDS = 2
HEALTHZ_TIMEOUT = 30
# The first view of a page makes its renditions (an index page: every card's AVIF, WebP, JPEG).
FIRST_VIEW_TIMEOUT = 120

# wrk's own summary rounds and switches units; this prints exact numbers (latency in µs).
WRK_REPORT_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status))
end
"""

# Run by `manage.py shell -c`: prints {"kind:...": [path or null, why not]} on one marked line.
FIND_PAGES_CODE = """
import importlib, json
def url_of(kind, page):
    if kind == "listing":
        listing = page.listing_model.objects.visible().filter(locale=page.locale).first()
        return page.listing_url(listing) if listing else None
    return page.offer_url() if kind == "offer" else page.url
found = {}
for target in %r:
    kind, _, spec = target.partition(":")
    module, _, name = spec.rpartition(".")
    try:
        model = getattr(importlib.import_module(module), name)
        page = model.objects.live().filter(locale__language_code="it").first()
        url = url_of(kind, page) if page else None
        found[target] = [url, None] if url else [None, "no live Italian page or listing"]
    except Exception as error:
        found[target] = [None, f"{type(error).__name__}: {error}"]
print("BENCH_PAGES " + json.dumps(found))
"""

TARGET_KINDS = ("model:", "listing:", "offer:")


def production_env(workdir):
    """Production settings on plain-HTTP loopback, none read from the developer's .env."""
    env = dict(os.environ)
    env.update(
        ENV_FILE=os.devnull,
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(48),
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
    )
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    return env


def manage(env, *args, capture=False):
    print(f"bench: manage.py {args[0]}", flush=True)
    command = [sys.executable, "manage.py", *args]
    done = subprocess.run(command, cwd=ROOT, env=env, check=True, text=True, capture_output=capture)
    return done.stdout


def resolve_targets(env):
    """(label, path) for each entry of PAGES (those of BENCH_ONLY if set); a model entry
    without a page is skipped."""
    pages = [(label, target) for label, target in PAGES if not ONLY or label in ONLY]
    if unknown := ONLY - {label for label, _target in PAGES}:
        sys.exit(f"bench: BENCH_ONLY names no page: {', '.join(sorted(unknown))}")
    model_targets = [target for _, target in pages if target.startswith(TARGET_KINDS)]
    found = {}
    if model_targets:
        try:
            output = manage(env, "shell", "-c", FIND_PAGES_CODE % model_targets, capture=True)
            marked = [line for line in output.splitlines() if line.startswith("BENCH_PAGES ")]
            found = json.loads(marked[-1].removeprefix("BENCH_PAGES "))
        except (subprocess.CalledProcessError, IndexError) as error:
            print(f"bench: could not look pages up: {error}")
    resolved = []
    for label, target in pages:
        if target.startswith(TARGET_KINDS):
            url, why_not = found.get(target, [None, "lookup failed"])
            if url is None:
                print(f"bench: skipping {label!r} ({target}): {why_not}")
                continue
            target = urlsplit(url).path
        resolved.append((label, target))
    return resolved


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(env, port, log_file, app):
    command = [sys.executable, "-m", "gunicorn", app, "-c", "gunicorn.conf.py"]
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)


def stop_gunicorn(server):
    server.terminate()  # SIGTERM: gunicorn's graceful shutdown
    try:
        server.wait(timeout=35)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def http_status(url, timeout=10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def wait_for_healthz(base_url, server):
    deadline = time.monotonic() + HEALTHZ_TIMEOUT
    while http_status(f"{base_url}/healthz") != 200:
        if server.poll() is not None:
            sys.exit("bench: gunicorn exited before /healthz answered")
        if time.monotonic() > deadline:
            sys.exit(f"bench: /healthz did not answer within {HEALTHZ_TIMEOUT}s")
        time.sleep(0.5)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("bench: wrk is not installed: run `apt-get install wrk` as root")
    print("bench: installing wrk", flush=True)
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt_env)
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"]
    subprocess.run(install, check=True, env=apt_env)


def run_wrk(url, seconds, script_path):
    threads = min(2, CONCURRENCY)
    command = ["wrk", f"-t{threads}", f"-c{CONCURRENCY}", f"-d{seconds}s", "-s", script_path, url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    requests, duration_us, p50_us, p99_us, errors = map(int, line.split()[1:])
    return {
        "requests": requests,
        "rps": requests / (duration_us / 1e6),
        "p50_ms": p50_us / 1000,
        "p99_ms": p99_us / 1000,
        "errors": errors,
    }


def measure(base_url, label, path, script_path, warm_up=True):
    """wrk's figures for one page (after a warm-up), or None (and why) if it does not answer
    200."""
    status = http_status(base_url + path, timeout=FIRST_VIEW_TIMEOUT)
    if status != 200:
        print(f"bench: skipping {label!r} ({path}): HTTP {status}")
        return None
    print(f"bench: measuring {label} ({path}) on {base_url}", flush=True)
    if warm_up:
        run_wrk(base_url + path, WARMUP_SECONDS, script_path)
    return {"label": label, "path": path, **run_wrk(base_url + path, SECONDS, script_path)}


def median_row(rows):
    """One row of several rounds: the median of each figure, the sum of the errors."""
    figures = {name: statistics.median(row[name] for row in rows) for name in FIGURES}
    return {**rows[0], **figures, "errors": sum(row["errors"] for row in rows)}


def measure_render_times(env, targets):
    """{label: median in-process render ms} of every page (bench/render_times.py)."""
    print("bench: in-process render times", flush=True)
    paths = [path for _label, path in targets]
    render_env = {**env, "PAGE_CACHE_SECONDS": "0", "WEB_CONCURRENCY": "1"}
    command = [sys.executable, "bench/render_times.py", json.dumps(paths)]
    output = subprocess.run(
        command, cwd=ROOT, env=render_env, check=True, text=True, capture_output=True
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("RENDER_TIMES "))
    times = json.loads(line.removeprefix("RENDER_TIMES "))
    return {label: times[path] for label, path in targets}


def print_table(results):
    """One line per page: the three passes side by side, the cached rate against its ceiling,
    the in-process render time."""
    cached, uncached, bare = ({row["label"]: row for row in results[mode]} for mode in SERVERS)
    render = results["render_ms"]
    empty = {"rps": 0, "p50_ms": 0, "p99_ms": 0, "errors": 0}
    header = (
        f"{'page':<22} {'cached req/s':>12} {'p50 ms':>7} {'p99 ms':>7}"
        f" {'uncached req/s':>14} {'p50 ms':>7} {'p99 ms':>7}"
        f" {'bare req/s':>10} {'errors':>6} {'of bare':>7} {'render ms':>9}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for label, row in cached.items():
        other, top = uncached.get(label, empty), bare.get(label, empty)
        share = f"{row['of_bare']:.0%}" if top["rps"] else "-"
        errors = row["errors"] + other["errors"] + top["errors"]
        render_ms = f"{render[label]:.1f}" if render.get(label) is not None else "-"
        print(
            f"{label:<22} {row['rps']:>12.1f} {row['p50_ms']:>7.2f} {row['p99_ms']:>7.2f}"
            f" {other['rps']:>14.1f} {other['p50_ms']:>7.2f} {other['p99_ms']:>7.2f}"
            f" {top['rps']:>10.1f} {errors:>6} {share:>7} {render_ms:>9}"
        )


def save_results(results, env):
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    settings = {
        "seconds": SECONDS,
        "concurrency": CONCURRENCY,
        "database": urlsplit(env["DATABASE_URL"]).scheme,  # never the password
        "web_concurrency": env.get("WEB_CONCURRENCY", "default"),
        "cpus": os.cpu_count(),
    }
    path = RESULTS_DIR / f"{stamp}.json"
    path.write_text(json.dumps({"settings": settings, "results": results}, indent=2) + "\n")
    print(f"\nbench: saved {path.relative_to(ROOT)}")


@contextlib.contextmanager
def serving(env, workdir, server):
    """One of SERVERS started on a free loopback port with `env`: its base URL."""
    app, overrides = SERVERS[server]
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = workdir / f"gunicorn-{server}.log"
    with open(log_path, "w") as log_file:
        process = start_gunicorn({**env, **overrides}, port, log_file, app)
        try:
            wait_for_healthz(base_url, process)
            yield base_url
        except BaseException:
            log_tail = log_path.read_text()[-4000:]
            print(f"bench: end of the {server} server's log:\n{log_tail}", file=sys.stderr)
            raise
        finally:
            stop_gunicorn(process)


def measure_against_ceiling(env, targets, workdir, script_path):
    """Each page from the page cache and, right after it, the same bytes from the bare
    application, both servers running: the two rates of a ratio are taken seconds apart, so
    the ratio holds while this machine's speed drifts (it moved by half within minutes)."""
    rows = {"cached": [], "bare": []}
    with serving(env, workdir, "cached") as cached_url:
        for _label, path in targets:  # the first view makes the renditions
            http_status(cached_url + path, timeout=FIRST_VIEW_TIMEOUT)
        ceiling.capture(cached_url, targets, workdir / "ceiling")
        with serving(env, workdir, "bare") as bare_url:
            for label, path in targets:
                if measured := measure_rounds(cached_url, bare_url, label, path, script_path):
                    rows["cached"].append(measured[0])
                    rows["bare"].append(measured[1])
    return rows


def measure_rounds(cached_url, bare_url, label, path, script_path):
    """(cached row with its share of the ceiling, bare row) of ROUNDS alternations, or None."""
    cached_rows, bare_rows = [], []
    for number in range(ROUNDS):
        cached = measure(cached_url, label, path, script_path, warm_up=number == 0)
        bare = cached and measure(bare_url, label, path, script_path, warm_up=number == 0)
        if not (cached and bare):
            return None
        cached_rows.append(cached)
        bare_rows.append(bare)
    shares = [mine["rps"] / top["rps"] for mine, top in zip(cached_rows, bare_rows, strict=True)]
    return (
        {**median_row(cached_rows), "of_bare": statistics.median(shares)},
        median_row(bare_rows),
    )


def measure_uncached(env, targets, workdir, script_path):
    with serving(env, workdir, "uncached") as base_url:
        rows = (measure(base_url, label, path, script_path) for label, path in targets)
        return [row for row in rows if row]


def main():
    ensure_wrk()
    with tempfile.TemporaryDirectory(prefix="borgo-bench-") as tmp:
        workdir = Path(tmp)
        env = production_env(workdir)
        manage(env, "migrate", "--no-input", "--verbosity", "0")
        manage(env, "collectstatic", "--no-input", "--verbosity", "0")
        manage(env, "seed_demo")
        targets = resolve_targets(env)
        (workdir / "report.lua").write_text(WRK_REPORT_SCRIPT)
        env["BENCH_CEILING_PAGES"] = str(workdir / "ceiling" / "pages.json")
        script_path = str(workdir / "report.lua")
        print("bench: cached pages against the ceiling", flush=True)
        results = measure_against_ceiling(env, targets, workdir, script_path)
        print("bench: uncached pages", flush=True)
        results["uncached"] = measure_uncached(env, targets, workdir, script_path)
        results["render_ms"] = measure_render_times(env, targets)
    print_table(results)
    save_results(results, env)


if __name__ == "__main__":
    main()
