"""The page a locked-out admin sign-in gets (django-axes' AXES_LOCKOUT_CALLABLE).

Axes counts the failures and decides the lock-out (settings: "The admin sign-in"); this only
says so clearly, in the admin's look and the visitor's language, with how long to wait.
"""

from datetime import timedelta

from django.conf import settings
from django.shortcuts import render


def locked_out(request, original_response, credentials):
    minutes = settings.AXES_COOLOFF_TIME // timedelta(minutes=1)
    response = render(request, "login_locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
