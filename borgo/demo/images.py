"""Demo pictures, painted with Pillow so the repository ships no photographs.

Each key gets a deterministic landscape (sky, hills, village roofs, a tower) in its own palette:
enough for realistic layouts, renditions and alt text, at a few dozen kilobytes each.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import Collection

SIZE = (1600, 1000)

# sky top, sky bottom, far hills, near hills, walls, roofs
PALETTES = {
    "piazza": ("#2b3a67", "#f4a261", "#5c4d7d", "#3d3b57", "#e9c46a", "#b5523b"),
    "vicoli": ("#8ecae6", "#fefae0", "#8a9a5b", "#606c38", "#ddb892", "#9c6644"),
    "castello": ("#5fa8d3", "#cae9ff", "#6a994e", "#386641", "#d6ccc2", "#8d6e63"),
    "valle": ("#90be6d", "#f1faee", "#52796f", "#2f3e46", "#cad2c5", "#84a98c"),
    "sala-coworking": ("#caf0f8", "#ffffff", "#adb5bd", "#6c757d", "#f8f9fa", "#457b9d"),
    "festa": ("#14213d", "#9d4edd", "#3c096c", "#240046", "#ffb703", "#fb8500"),
}


def _vertical_gradient(draw, top, bottom):
    top_rgb, bottom_rgb = (PILImage.new("RGB", (1, 1), c).getpixel((0, 0)) for c in (top, bottom))
    width, height = SIZE
    for y in range(height):
        t = y / height
        color = tuple(round(a + (b - a) * t) for a, b in zip(top_rgb, bottom_rgb, strict=True))
        draw.line([(0, y), (width, y)], fill=color)


def _hills(draw, rng, base_y, amplitude, color):
    width, height = SIZE
    phase, wavelength = rng.uniform(0, math.tau), rng.uniform(300, 700)
    points = [
        (x, base_y + amplitude * math.sin(phase + x / wavelength * math.tau))
        for x in range(0, width + 20, 20)
    ]
    draw.polygon([(0, height), *points, (width, height)], fill=color)


def _village(draw, rng, ground_y, walls, roofs):
    x = rng.randint(80, 240)
    while x < SIZE[0] - 200:
        w, h = rng.randint(90, 170), rng.randint(110, 230)
        draw.rectangle([x, ground_y - h, x + w, ground_y], fill=walls, outline=roofs)
        draw.polygon(
            [(x - 10, ground_y - h), (x + w / 2, ground_y - h - 55), (x + w + 10, ground_y - h)],
            fill=roofs,
        )
        for wx in range(x + 18, x + w - 20, 38):
            draw.rectangle([wx, ground_y - h + 30, wx + 16, ground_y - h + 58], fill=roofs)
        x += w + rng.randint(10, 50)
    tower_x = rng.randint(500, 1000)
    draw.rectangle(
        [tower_x, ground_y - 420, tower_x + 90, ground_y], fill=walls, outline=roofs, width=4
    )
    for bx in range(tower_x, tower_x + 90, 30):
        draw.rectangle([bx, ground_y - 445, bx + 18, ground_y - 420], fill=walls)


def paint(key):
    """JPEG bytes of the demo picture for this key."""
    rng = random.Random(key)
    # Keys without a palette of their own (other apps' pictures) borrow one, the same each time.
    sky_top, sky_bottom, far, near, walls, roofs = PALETTES.get(
        key, PALETTES[sorted(PALETTES)[rng.randrange(len(PALETTES))]]
    )
    picture = PILImage.new("RGB", SIZE)
    draw = ImageDraw.Draw(picture)
    _vertical_gradient(draw, sky_top, sky_bottom)
    draw.ellipse([1250, 120, 1370, 240], fill=sky_bottom)
    _hills(draw, rng, 560, 60, far)
    _village(draw, rng, 800, walls, roofs)
    _hills(draw, rng, 860, 35, near)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def paint_logo():
    """PNG bytes of a simple civic emblem: a tower on a shield."""
    logo = PILImage.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    draw.polygon([(28, 20), (228, 20), (228, 140), (128, 240), (28, 140)], fill="#1d4e89")
    draw.rectangle([96, 70, 160, 190], fill="#f1faee")
    for x in range(96, 160, 22):
        draw.rectangle([x, 52, x + 12, 70], fill="#f1faee")
    draw.rectangle([118, 150, 138, 190], fill="#1d4e89")
    buffer = io.BytesIO()
    logo.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def demo_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name="Demo").first()
    return existing or root.add_child(name="Demo")


def get_or_create_image(title, filename, data, description=""):
    """The demo image with this title, created once (re-running the seed reuses it)."""
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, description=description, collection=demo_collection())
        image.file = ImageFile(io.BytesIO(data), name=filename)
        image.save()
    return image
