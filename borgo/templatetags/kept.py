"""`{% kept "name" value … [unless condition] %}…{% endkept %}`: a fragment rendered once and kept
while the content stays the same, like the header (borgo.memo: any content change retires it with
the page-cache generation; nothing is kept where the cache is not shared).

For what is costly to render and follows from the site's content and the values named alone:
the cards of an index page's results, say, named by their rows. The values are told apart by
their `repr` (numbers, strings, and lists or tuples of them). The host and the language are part
of every key. A preview renders the fragment anew (the draft may differ from what was kept).
Not for a fragment that reads the request (a query string, a form, the CSRF token) or that tags
the page for the page cache (borgo.page_cache.tag): kept, it would not tag it again. `unless`
names when the fragment is rendered each time instead: `unless form.is_bound` keeps a form's
empty fields but never a visitor's answers or errors.
"""

from django import template

from borgo.memo import memoize_html, values_key

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, name, values, nodelist, unless=None):
        self.name, self.values, self.nodelist, self.unless = name, values, nodelist, unless

    def render(self, context):
        request = context.get("request")
        if request is None or (self.unless and self.unless.resolve(context)):
            return self.nodelist.render(context)
        digest = values_key([value.resolve(context) for value in self.values])
        return memoize_html(
            request, f"kept-html:{self.name}:{digest}", lambda: self.nodelist.render(context)
        )


@register.tag
def kept(parser, token):
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError("{% kept %} takes a quoted name, then values.")
    values, unless = bits[2:], None
    if "unless" in values:
        if values.index("unless") != len(values) - 2:
            raise template.TemplateSyntaxError("{% kept %}: `unless` takes one condition, last.")
        *values, _unless, condition = values
        unless = parser.compile_filter(condition)
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    values = [parser.compile_filter(bit) for bit in values]
    return KeptNode(bits[1][1:-1], values, nodelist, unless)
