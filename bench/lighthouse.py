"""Lighthouse's mobile performance score of every page type, as production serves it
(`make lighthouse`; CI runs it).

It prepares the demo as `make bench` does (bench/run.py: production settings, collected static
files, gunicorn, the full-page cache on), then runs Lighthouse (the npm package, pinned, installed
outside the work tree) with Debian's Chromium on one page of each type, mobile emulation and
simulated throttling (Lighthouse's defaults). Each page is loaded once first, so that its
renditions exist, as they do in production. Prints each score and its four metrics, saves the
reports in bench/results/lighthouse/, and fails if any page scores below LIGHTHOUSE_MIN_SCORE
(default 95). Environment: LIGHTHOUSE_PREFIX (where the package goes), CHROME_PATH.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import run

LIGHTHOUSE_VERSION = "12.8.2"
PREFIX = Path(
    os.environ.get(
        "LIGHTHOUSE_PREFIX",
        Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
        / f"borgo-lighthouse-{LIGHTHOUSE_VERSION}",
    )
)
LIGHTHOUSE = PREFIX / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
MIN_SCORE = int(os.environ.get("LIGHTHOUSE_MIN_SCORE", "95"))
REPORTS_DIR = run.RESULTS_DIR / "lighthouse"
# Pages, not files: the stylesheet has no score, and the English home is the Italian one's twin.
SKIPPED = {"static file", "home en"}
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
}


ATTEMPTS = 3


def ensure_lighthouse():
    if not LIGHTHOUSE.exists():
        print(f"lighthouse: installing lighthouse@{LIGHTHOUSE_VERSION} in {PREFIX}", flush=True)
        npm = ["npm", "install", "--silent", "--no-save", "--no-audit", "--no-fund"]
        package = f"lighthouse@{LIGHTHOUSE_VERSION}"
        subprocess.run([*npm, "--prefix", str(PREFIX), package], check=True)
    if not Path(CHROME).exists():
        sys.exit(f"lighthouse: no Chromium at {CHROME} (apt-get install chromium)")


def audit(url, report_path):
    """Lighthouse's performance score (0-100) and metrics for `url`, its report saved."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--only-categories=performance",
        "--output=json",
        f"--output-path={report_path}",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    env = {**os.environ, "CHROME_PATH": CHROME}
    # Lighthouse sometimes fails to record Chromium's trace (NO_NAVSTART, "Please run Lighthouse
    # again"): a run that fails is tried again, twice at most.
    for attempt in range(ATTEMPTS):
        if subprocess.run(command, env=env, timeout=180).returncode == 0:
            break
        print(f"lighthouse: run {attempt + 1} of {ATTEMPTS} failed", flush=True)
    else:
        sys.exit(f"lighthouse: {url} failed {ATTEMPTS} times")
    report = json.loads(report_path.read_text())
    score = round(report["categories"]["performance"]["score"] * 100)
    audits = report["audits"]
    metrics = {name: audits[audit_id]["displayValue"] for audit_id, name in METRICS.items()}
    return score, metrics


def main():
    ensure_lighthouse()
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="borgo-lighthouse-") as tmp:
        workdir = Path(tmp)
        env = {**run.production_env(workdir), **run.SERVERS["cached"][1]}
        run.manage(env, "migrate", "--no-input", "--verbosity", "0")
        run.manage(env, "collectstatic", "--no-input", "--verbosity", "0")
        run.manage(env, "seed_demo")
        targets = [target for target in run.resolve_targets(env) if target[0] not in SKIPPED]
        port = run.free_port()
        base_url = f"http://127.0.0.1:{port}"
        with open(workdir / "gunicorn.log", "w") as log_file:
            server = run.start_gunicorn(env, port, log_file, "borgo.wsgi")
            try:
                run.wait_for_healthz(base_url, server)
                rows = []
                for label, path in targets:
                    run.http_status(base_url + path, timeout=run.FIRST_VIEW_TIMEOUT)
                    report_path = REPORTS_DIR / f"{label.replace(' ', '-')}.json"
                    print(f"lighthouse: {label} ({path})", flush=True)
                    rows.append((label, *audit(base_url + path, report_path)))
            finally:
                run.stop_gunicorn(server)
    print(f"\n{'page':<22} {'score':>5}  " + "  ".join(f"{name:>7}" for name in METRICS.values()))
    for label, score, metrics in rows:
        values = "  ".join(f"{value:>7}" for value in metrics.values())
        print(f"{label:<22} {score:>5}  {values}")
    low = [(label, score) for label, score, _metrics in rows if score < MIN_SCORE]
    print(f"\nlighthouse: {time.strftime('%Y-%m-%d')}, reports in {REPORTS_DIR}")
    if low:
        sys.exit(f"lighthouse: below {MIN_SCORE}: {low}")


if __name__ == "__main__":
    main()
