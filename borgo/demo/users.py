"""Demo accounts for trying the admin locally (`seed_demo --demo-users`); never in production."""

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from borgo.staff import EDITORS, MODERATORS

# username, password, group (None: superuser). Documented in the README.
DEMO_USERS = [
    ("admin", "borgo-admin", None),
    ("redattrice", "borgo-redattrice", EDITORS),
    ("moderatore", "borgo-moderatore", MODERATORS),
]


def ensure_demo_users(groups):
    User = get_user_model()
    for username, password, group in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@comune.castelmora.it", "is_staff": group is None},
        )
        if created:
            user.set_password(password)
            user.is_superuser = group is None
            user.save()
            if group:
                user.groups.add(groups[group])
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "it"
        profile.save()
