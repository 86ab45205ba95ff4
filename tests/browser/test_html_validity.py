"""Every kind of page is valid HTML for the W3C Nu Html Checker (vnu.jar, run offline).

vnu.jar comes from the npm package vnu-jar (`npm install --no-save vnu-jar`, or VNU_JAR=path)
and needs Java.
"""

import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest

from .conftest import ROOT, require

# Meant to keep the browser tests in one worker (see the Makefile: inert under pytest 9).
pytestmark = pytest.mark.browser
VNU_JAR = os.environ.get("VNU_JAR", str(ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"))


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        return error.read()


def test_pages_are_valid_html(site, pages, tmp_path):
    require(shutil.which("java") is not None, "no Java to run the Nu Html Checker")
    require(os.path.exists(VNU_JAR), f"no vnu.jar at {VNU_JAR} (npm install --no-save vnu-jar)")
    files = {}
    for language, paths in pages.items():
        for number, path in enumerate(paths):
            document = tmp_path / f"{language}-{number}.html"
            document.write_bytes(fetch(f"{site}{path}"))
            files[document.name] = path
    result = subprocess.run(
        ["java", "-jar", VNU_JAR, "--errors-only", "--exit-zero-always", "--format", "json"]
        + [str(tmp_path / name) for name in files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files[message['url'].rsplit('/', 1)[-1]]}:{message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
        if message["type"] == "error"
    ]
    assert not errors, "\n".join(errors)
