"""The translation editor (wagtail-localize's React app) for users who may not publish.

The library's editor offers "Publish in <language>" only to users who may publish, so an
Editor's most prominent action was "Convert to alias page". For them the editor's props are
changed before the page is sent: the main action is shown again, relabelled "Submit for
moderation" (static/js/admin/translation-submit.js), and posts `action=publish`, which
`translation_views.editor_action` turns into a draft revision and the moderation workflow.
Converting to an alias (which publishes the Italian content in its place) is not offered.
"""

import html
import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.staticfiles import versioned_static

from .translation_moderation import user_can_publish
from .translation_views import editor_action, translation_of

PROPS = re.compile(r'data-props="([^"]*)"')


def respond(request, instance, library_hook):
    """Our answer to the edit view of a translation, or None to let Wagtail go on."""
    if request.method == "POST":
        return editor_action(request, instance)
    if translation_of(instance) is None or user_can_publish(request.user, instance):
        return None
    response = library_hook(request, instance)
    if response is not None:
        with_submit_action(response)
    return response


def with_submit_action(response):
    content = response.content.decode(response.charset)
    match = PROPS.search(content)
    if match is None:
        return
    props = json.loads(html.unescape(match.group(1)))
    props["perms"]["canPublish"] = True
    props["links"]["convertToAliasUrl"] = None
    attributes = format_html(
        'data-props="{}" data-submit-label="{}"',
        json.dumps(props, cls=DjangoJSONEncoder),
        _("Submit for moderation"),
    )
    response.content = content[: match.start()] + attributes + content[match.end() :]


def script_tag():
    return format_html(
        '<script src="{}" defer></script>', versioned_static("js/admin/translation-submit.js")
    )
