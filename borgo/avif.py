"""The speed at which AVIF renditions are encoded (AVIF_ENCODING_SPEED, libavif's 0–10).

Wagtail makes a picture's renditions while rendering the first page that shows it, and Willow
saves AVIF at Pillow's default speed 6: about a second for a 1600-pixel rendition on one core,
so the first visitor after a publish could wait many seconds for a page of cards (and pass
gunicorn's 30 s timeout on a busy machine). Speed 8 encodes about four times faster for files
some 8 % larger. Willow passes no speed, so the setting is applied where Pillow saves AVIF.
"""

from django.conf import settings
from PIL import Image


def use_configured_speed():
    Image.init()  # registers the format plugins, AVIF among them
    save_avif = Image.SAVE.get("AVIF")
    if save_avif is None or getattr(save_avif, "uses_configured_speed", False):
        return  # Pillow without AVIF, or already wrapped

    def save_at_configured_speed(image, file, filename):
        image.encoderinfo.setdefault("speed", settings.AVIF_ENCODING_SPEED)
        save_avif(image, file, filename)

    save_at_configured_speed.uses_configured_speed = True
    Image.register_save("AVIF", save_at_configured_speed)
