"""Reading a page's JSON-LD in tests."""

import json
import re

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(body):
    """The @graph of the page's one JSON-LD script."""
    (script,) = JSON_LD.findall(body)
    return json.loads(script)["@graph"]


def described_thing(body):
    """The node describing the page's own subject: the graph's one node besides the breadcrumbs."""
    (node,) = [node for node in json_ld(body) if node["@type"] != "BreadcrumbList"]
    return node
