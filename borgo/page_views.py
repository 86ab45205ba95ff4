"""What answers a model's routes, context and preview: views registered by the app's views.

Decision (issue 16): a page type declares its routes (their URL patterns, so that
`reverse_subpage` works wherever a page is at hand), but the function behind each is
registered from the views side with `@serves(Model, "name")`, and the model calls it by name
through `registered_view(name)`. So views import models and never the reverse: no models
module imports a view, form or e-mail module, not even inside a function, and no app has an
import cycle. An app's views modules register when its AppConfig.ready() imports them, before
any request. A name is looked up along the model's classes, so a view registered for an
abstract base serves every concrete type below it.
"""

from functools import partial

from django.core.exceptions import ImproperlyConfigured

_VIEWS = {}


def serves(model, name):
    """Register the decorated `view(instance, request, *args, **kwargs)` as `model`'s `name`."""

    def register(view):
        _VIEWS[model, name] = view
        return view

    return register


class RegisteredViews:
    """For models whose routes and context come from views registered with `serves`."""

    def registered_view(self, name):
        """The view `name` of this object's type, with the object bound as first argument."""
        for cls in type(self).__mro__:
            if (cls, name) in _VIEWS:
                return partial(_VIEWS[cls, name], self)
        raise ImproperlyConfigured(f"No view {name!r} is registered for {type(self).__name__}")
