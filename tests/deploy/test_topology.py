"""The recommended production set-up, stood up on one machine and tested from outside (issue 18):
nginx in front of two gunicorn servers, the worker, PostgreSQL, Redis, an S3 server, a mail sink.
"""

import html
import io
import re
import socket
import threading
import uuid

import pytest

from .conftest import ENABLED

if not ENABLED:
    pytest.skip("set BORGO_DEPLOY_TESTS=1 (make deploy-check) to run", allow_module_level=True)

import requests  # noqa: E402
from PIL import Image  # noqa: E402

from .topology import wait_until  # noqa: E402

pytestmark = pytest.mark.deploy
WORKER_SECONDS = 300  # generous: the worker makes some fifty renditions on two shared cores
# A bound on each request, not a measure: the machine may be shared and slow.
TIMEOUT = 60

IMAGE_STATE = """
import json
from wagtail.images import get_image_model
from borgo.renditions import upload_specs
image = get_image_model().objects.get(title={title!r})
made = image.renditions.order_by("filter_spec")
print(json.dumps({{"id": image.pk, "url": image.file.url,
    "renditions": [r.filter_spec for r in made], "expected": upload_specs(),
    "rendition_url": made[0].url if made else None}}))
"""

PRIVATE_FILES = """
import io, json
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from listings.photos import owner_collection, store_photo
staff_only = Collection.get_first_root_node().add_child(name="Riservato")
CollectionViewRestriction.objects.create(collection=staff_only, restriction_type="login")
document = get_document_model().objects.create(title="Verbale", collection=staff_only,
    file=ContentFile(b"%PDF-1.4 riservato", name="verbale.pdf"))
buffer = io.BytesIO()
Image.new("RGB", (64, 48), "#1d4e89").save(buffer, "JPEG")
upload = SimpleUploadedFile("camera.jpg", buffer.getvalue(), content_type="image/jpeg")
photo = store_photo(upload, "Camera", "Camera luminosa", owner_collection())
print(json.dumps({"document_url": document.url, "document_name": document.file.name,
    "photo_id": photo.pk, "photo_name": photo.file.name}))
"""

SPACE_URL = """
import json
from coworking.models import CoworkingSpacePage
space = CoworkingSpacePage.objects.live().filter(locale__language_code="it").first()
print(json.dumps(space.url))
"""


def jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), "#c2572b").save(buffer, "JPEG")
    return buffer.getvalue()


def csrf_post(session, url, data, **kwargs):
    session.get(url, timeout=TIMEOUT)
    data = {**data, "csrfmiddlewaretoken": session.cookies["csrftoken"]}
    return session.post(url, data=data, headers={"Referer": url}, timeout=TIMEOUT, **kwargs)


def upload_image(topology, session, base_url, title):
    response = csrf_post(
        session,
        base_url + "/admin/images/add/",
        {"title": title, "collection": "1"},
        files={"file": (f"{uuid.uuid4().hex[:8]}.jpg", jpeg(), "image/jpeg")},
    )
    assert response.status_code == 200, response.text[-2000:]
    return topology.shell(IMAGE_STATE.format(title=title))


def test_an_image_uploaded_in_the_admin_is_served_from_the_bucket_with_its_renditions(topology):
    staff = topology.staff_session(topology.url)
    image = upload_image(topology, staff, topology.url, "Piazza al tramonto")

    assert image["url"].startswith(topology.bucket_url + "original_images/")
    assert requests.get(image["url"], timeout=TIMEOUT).status_code == 200  # anonymous, public

    # No page shows the image: the worker makes every rendition the templates use.
    def all_made():
        state = topology.shell(IMAGE_STATE.format(title="Piazza al tramonto"))
        return state["renditions"] == state["expected"] and state

    wait_until(all_made, WORKER_SECONDS, "the renditions of the new image")
    state = all_made()
    assert state["rendition_url"].startswith(topology.bucket_url + "images/")
    assert requests.get(state["rendition_url"], timeout=TIMEOUT).status_code == 200


def test_private_document_and_unreviewed_offer_photo_reach_staff_only(topology):
    private = topology.shell(PRIVATE_FILES)
    anonymous = requests.Session()
    staff = topology.staff_session(topology.url)

    # The document: Wagtail's serve view asks the public to log in; the object is private.
    document_url = topology.url + private["document_url"]
    response = anonymous.get(document_url, allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code == 302 and "/login/" in response.headers["Location"]
    direct = topology.bucket_url + private["document_name"]
    assert anonymous.get(direct, timeout=TIMEOUT).status_code == 403
    response = staff.get(document_url, allow_redirects=False, timeout=TIMEOUT)
    assert response.status_code == 302
    signed = response.headers["Location"]
    assert signed.startswith(direct) and "X-Amz-Signature=" in signed
    assert requests.get(signed, timeout=TIMEOUT).content == b"%PDF-1.4 riservato"

    # The owner's photo: private object; staff see it in the admin through signed URLs.
    assert private["photo_name"].startswith("original_images/unreviewed--")
    assert (
        anonymous.get(topology.bucket_url + private["photo_name"], timeout=TIMEOUT).status_code
        == 403
    )
    page = staff.get(f"{topology.url}/admin/images/{private['photo_id']}/", timeout=TIMEOUT)
    assert page.status_code == 200
    signed_urls = [
        html.unescape(url)
        for url in re.findall(
            r'(http://127\.0\.0\.1:\d+/[^"\s]+X-Amz-Signature=[^"\s]+)', page.text
        )
    ]
    assert signed_urls
    for url in signed_urls:
        assert "/unreviewed--" in url
        assert requests.get(url, timeout=TIMEOUT).status_code == 200
        assert anonymous.get(url.split("?")[0], timeout=TIMEOUT).status_code == 403


def test_each_web_server_serves_the_images_uploaded_through_the_other(topology):
    for number in (0, 1):
        other = 1 - number
        title = f"Uploaded through web server {number}"
        image = upload_image(
            topology,
            topology.staff_session(topology.web_url(number)),
            topology.web_url(number),
            title,
        )
        viewer = topology.staff_session(topology.web_url(other))
        page = viewer.get(f"{topology.web_url(other)}/admin/images/{image['id']}/", timeout=TIMEOUT)
        assert page.status_code == 200 and title in html.unescape(page.text)
        assert requests.get(image["url"], timeout=TIMEOUT).status_code == 200
    for number in (0, 1):  # nothing was kept on a web server's disk
        assert not any((topology.dir / f"web{number}" / "media").rglob("*.*"))


def test_a_booking_answers_while_the_mail_server_hangs_and_its_email_follows(topology):
    space = topology.url + topology.shell(SPACE_URL)
    visitor = requests.Session()
    page = visitor.get(space, timeout=TIMEOUT)
    # The booking form's address has the page language's word (prenota/, book/...).
    word, resource, day, start = re.search(
        r"/(\w+)/\?resource=(\d+)&amp;date=([\d-]+)&amp;start=([\d:]+)", page.text
    ).groups()
    book = f"{space}{word}/"
    form = visitor.get(
        book, params={"resource": resource, "date": day, "start": start}, timeout=TIMEOUT
    )
    minutes = re.search(r'<option value="(\d+)"', form.text).group(1)
    email = f"ospite-{uuid.uuid4().hex[:8]}@example.org"

    topology.mail.pause()
    # A mail server that accepts and never answers holds an SMTP client for EMAIL_TIMEOUT
    # (300 s): answering within this request's TIMEOUT shows that no mail is sent in it.
    response = csrf_post(
        visitor,
        book,
        {
            "resource": resource,
            "date": day,
            "start": start,
            "minutes": minutes,
            "name": "Anna Bianchi",
            "email": email,
            "phone": "",
            "organisation": "",
            "purpose": "Videochiamate",
            "privacy": "on",
            "website": "",
        },
        allow_redirects=False,
    )
    assert response.status_code == 303, response.text[-2000:]  # to the confirmation page
    stored = topology.shell(
        f"from coworking.models import Reservation; "
        f"print(Reservation.objects.filter(email={email!r}).count())"
    )
    assert stored == 1
    assert topology.mail.received_for(email) == []

    topology.mail.resume()
    wait_until(lambda: topology.mail.received_for(email), WORKER_SECONDS, "the booking's e-mail")


def test_slow_clients_do_not_delay_healthz(topology):
    """As many clients as there are gunicorn workers, each sending a header line every 5 s."""
    stop = threading.Event()
    second_line_sent = threading.Barrier(5)

    def slow_client():
        with socket.create_connection(("127.0.0.1", topology.nginx_port)) as connection:
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            stop.wait(5)
            connection.sendall(b"X-Slow: 1\r\n")
            second_line_sent.wait()
            while not stop.wait(5):
                connection.sendall(b"X-Slow: 1\r\n")

    clients = [threading.Thread(target=slow_client, daemon=True) for _ in range(4)]
    for client in clients:
        client.start()
    try:
        second_line_sent.wait(timeout=30)
        for _ in range(3):
            # Held workers would hold this request as long as the slow clients go on.
            assert requests.get(topology.url + "/healthz", timeout=20).status_code == 200
    finally:
        stop.set()


def test_a_body_over_the_limit_is_refused_by_nginx(topology):
    path = f"/it/?too-big-{uuid.uuid4().hex[:8]}"
    with socket.create_connection(
        ("127.0.0.1", topology.nginx_port), timeout=TIMEOUT
    ) as connection:
        connection.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream"
            f"\r\nContent-Length: {80 * 1024 * 1024}\r\n\r\n".encode()
        )
        assert connection.recv(100).startswith(b"HTTP/1.1 413")
    assert path not in topology.log("web0") + topology.log("web1")


def test_static_files_come_from_nginx_with_far_future_caching(topology):
    home = requests.get(topology.url + "/it/", timeout=TIMEOUT).text
    stylesheet = re.search(r'/static/[^"]+\.[0-9a-f]{12}\.css', home).group(0)
    response = requests.get(topology.url + stylesheet, timeout=TIMEOUT)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert stylesheet not in topology.log("web0") + topology.log("web1")
