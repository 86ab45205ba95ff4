"""Changing some fields of a listing without publishing anything else of it."""


def set_fields(listing, values, user=None):
    """Give `listing` the field `values` (by attname) in its latest revision, which the editor
    opens (or the next save in the admin would put the old values back), and on the public site.

    A live listing with no pending draft is published with them. Otherwise (a draft waiting for
    review, or a listing never published) the draft gets them in a new revision and the row
    gets them alone: no unreviewed content is published.
    """
    pending = listing.has_unpublished_changes or not listing.live
    draft = listing.get_latest_revision_as_object()
    _assign(draft, values)
    revision = draft.save_revision(user=user, log_action=True, clean=False)
    if pending:
        _assign(listing, values)
        listing.save(update_fields=list(values))
    else:
        revision.publish(user=user, skip_permission_checks=True)


def _assign(listing, values):
    for name, value in values.items():
        setattr(listing, name, value)
