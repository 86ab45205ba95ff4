"""Translations go live only through moderation, like the Italian pages.

wagtail-localize writes a translation with `Translation.save_target(user, publish)`: it puts the
translated fields on the database row, saves a revision and, with `publish`, publishes it. The
row of a page (or of a snippet with drafts) *is* its live version, so even a "draft" save changes
what visitors see when the translation is already live.

`save_translation` is the one way the project's wrapped views (`borgo/translation_views.py`)
write a translation. For a user who may publish the target it is `save_target` unchanged. For
anyone else it keeps the translated text in a new draft revision only: the row is put back as it
was (still live, with "unpublished changes"), and the object's moderation workflow starts, so the
Moderators get Wagtail's notification and publish it by approving. Snippets without a workflow
stay a draft that someone allowed to publish them publishes.
"""

from contextlib import contextmanager

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import DraftStateMixin, Page, WorkflowMixin
from wagtail.snippets.permissions import get_permission_name

PUBLISHED, SUBMITTED, DRAFT = "published", "submitted", "draft"


def user_can_publish(user, instance):
    """Wagtail's own rule: page permissions for pages, the model's publish permission for
    snippets. Objects without drafts are live as soon as they are saved: editing is enough."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return True


def target_or_source(translation):
    """The translated object, or the source object when the translation is not created yet
    (its permissions are those of the same place in the tree)."""
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return translation.source.get_source_instance()


@transaction.atomic
def save_translation(translation, user, publish=True):
    """Write `translation`'s target; publish it only if `user` may. Returns what happened:
    PUBLISHED, SUBMITTED (a draft in moderation) or DRAFT (a draft with no workflow)."""
    instance = target_or_source(translation)
    if not publish or user_can_publish(user, instance):
        translation.save_target(user=user, publish=publish)
        return PUBLISHED if publish else DRAFT
    existing = [instance] if instance.locale_id == translation.target_locale_id else []
    with held_live_rows(existing):
        translation.save_target(user=user, publish=False)
    return _submit(translation.get_target_instance(), user)


@contextmanager
def held_live_rows(instances):
    """Whatever the block writes to these objects' rows, those that were live keep their live
    content; the block's changes stay in their latest revision (a new translation is created
    as a draft by wagtail-localize and needs nothing)."""
    live = [row for row in map(_fresh, instances) if getattr(row, "live", False)]
    with transaction.atomic():
        yield
        for row in live:
            _restore_live_row(row)


def _fresh(instance):
    row = type(instance).objects.get(pk=instance.pk)
    return row.specific if isinstance(row, Page) else row


def _restore_live_row(live_before):
    current = _fresh(live_before)
    restored = current.with_content_json(live_before.serializable_data())
    restored.live = True
    restored.has_unpublished_changes = True
    if isinstance(restored, Page):
        restored.save(clean=False)
    else:
        restored.save()


def _submit(target, user):
    if not isinstance(target, WorkflowMixin):
        return DRAFT
    workflow = target.get_workflow()
    if workflow is None:
        return DRAFT
    state = target.current_workflow_state
    if state is None:
        workflow.start(target, user)
    elif state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    # Already in moderation: approving publishes the latest revision, this one.
    return SUBMITTED
