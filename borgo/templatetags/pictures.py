"""`{% picture %}` and `{% srcset_image %}`: Wagtail's tags, with each tag's filters made once.

Wagtail's nodes make new Filter objects at every render, and a Filter parses its spec and asks
the image-operation hooks the first time it is used: about 1 ms per picture, paid again for
every card of every page rendered (a third of an index page's render time). A tag's filter
specs are fixed when its template is compiled, and the cached template loader keeps the
compiled nodes, so the filters are kept on the node. Templates load this library instead of
`wagtailimages_tags`; the syntax and output are Wagtail's.
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class FiltersMadeOnce:
    def get_filters(self):
        if not hasattr(self, "_filters"):
            self._filters = super().get_filters()
        return self._filters


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
