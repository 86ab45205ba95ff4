"""Reading GPX tracks uploaded as documents into a list of [lat, lng] points for the map.

Uploaded files are untrusted: they are size-limited, must not declare a DTD (no entity
tricks), must be GPX, and the points kept are thinned so a page never embeds a huge track.
"""

import xml.etree.ElementTree as ET

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
MAX_POINTS = 500
GPX_NAMESPACES = ("http://www.topografix.com/GPX/1/1", "http://www.topografix.com/GPX/1/0")


def parse_gpx(data: bytes):
    """[[lat, lng], ...] of the track (or route) points in `data`; ValidationError if not GPX."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            _("The GPX file is larger than %(size)d MB.") % {"size": MAX_BYTES // (1024 * 1024)}
        )
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise ValidationError(_("This file is not a GPX track."))
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ValidationError(_("This file is not a GPX track.")) from error
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if root.tag.rsplit("}", 1)[-1] != "gpx" or namespace not in (*GPX_NAMESPACES, ""):
        raise ValidationError(_("This file is not a GPX track."))
    prefix = f"{{{namespace}}}" if namespace else ""
    elements = root.findall(f".//{prefix}trkpt") or root.findall(f".//{prefix}rtept")
    try:
        points = [_point(element) for element in elements]
    except (KeyError, ValueError) as error:
        raise ValidationError(_("The GPX file has a point without valid coordinates.")) from error
    if len(points) < 2:
        raise ValidationError(_("The GPX file has no track with at least two points."))
    return thin(points)


def _point(element):
    lat, lng = float(element.attrib["lat"]), float(element.attrib["lon"])
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise ValueError("coordinates out of range")
    return [round(lat, 6), round(lng, 6)]


def thin(points, limit=MAX_POINTS):
    """At most `limit` points, evenly spaced, always keeping the first and the last."""
    if len(points) <= limit:
        return points
    step = (len(points) - 1) / (limit - 1)
    return [points[round(i * step)] for i in range(limit)]


def read_document(document):
    """The bytes of a Wagtail document, refusing to read more than a GPX file may hold."""
    if document.file.size > MAX_BYTES:
        raise ValidationError(
            _("The GPX file is larger than %(size)d MB.") % {"size": MAX_BYTES // (1024 * 1024)}
        )
    with document.file.open("rb") as handle:
        return handle.read(MAX_BYTES + 1)
