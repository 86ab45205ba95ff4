"""`{% picture %}` and `{% srcset_image %}`: Wagtail's tags, with each tag's filters made once
and each picture's HTML kept by the worker.

Wagtail's nodes make new Filter objects at every render, and a Filter parses its spec and asks
the image-operation hooks the first time it is used: about 1 ms per picture, paid again for
every card of every page rendered (a third of an index page's render time). A tag's filter
specs are fixed when its template is compiled, and the cached template loader keeps the
compiled nodes, so the filters are kept on the node. Templates load this library instead of
`wagtailimages_tags`; the syntax and output are Wagtail's.

Writing out a picture's sources (nine renditions' URLs for a card) cost another 0.5–1 ms per
picture. Its HTML depends only on the tag, the image and the tag's attributes, and an image's
change starts a new generation of the page cache (borgo.page_cache): so the HTML is kept in the
worker's memory under the generation (a bounded number, the least recently used dropped first),
when the chrome memo keeps things (CHROME_MEMO_SECONDS), as the memo's other values are.
"""

import threading
from collections import OrderedDict

from django import template
from django.conf import settings
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

from borgo.page_cache import generation

register = template.Library()

KEPT_PICTURES = 2000
_kept = OrderedDict()
_lock = threading.Lock()


class FiltersMadeOnce:
    def get_filters(self):
        if not hasattr(self, "_filters"):
            self._filters = super().get_filters()
        return self._filters

    def render(self, context):
        if self.output_var_name or not settings.CHROME_MEMO_SECONDS:
            return super().render(context)
        image = self.image_expr.resolve(context)
        attrs = tuple((name, str(value.resolve(context))) for name, value in self.attrs.items())
        key = (generation(), id(self), getattr(image, "pk", None), attrs)
        with _lock:
            if (html := _kept.get(key)) is not None:
                _kept.move_to_end(key)
                return html
        html = super().render(context)
        if key[2] is not None:
            with _lock:
                _kept[key] = html
                while len(_kept) > KEPT_PICTURES:
                    _kept.popitem(last=False)
        return html


class PictureNode(FiltersMadeOnce, wagtail_tags.PictureNode):
    pass


class SrcsetImageNode(FiltersMadeOnce, wagtail_tags.SrcsetImageNode):
    pass


NODES = {"picture": PictureNode, "srcset_image": SrcsetImageNode}


def image_tag(parser, token):
    node = wagtail_tags.image(parser, token)  # Wagtail parses and checks the arguments
    node.__class__ = NODES[token.split_contents()[0]]
    return node


register.tag("picture", image_tag)
register.tag("srcset_image", image_tag)
