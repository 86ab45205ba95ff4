"""E-mails about desk passes."""


def announce_pass(booking):
    """Tell the visitor and staff of a new pass booking."""
