"""Who may see subscribers: superusers and members of the "Newsletter managers" group, nobody else.

Subscriber addresses are personal data, so holding a model permission is not
enough: a staff account must also be in the group. An editor given broad
permissions by mistake still cannot open the list.
"""

MANAGERS_GROUP = "Newsletter managers"


def is_newsletter_manager(user):
    if not (user.is_active and user.is_staff):
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_newsletter_manager"):  # asked several times per admin page: one query
        user._is_newsletter_manager = user.groups.filter(name=MANAGERS_GROUP).exists()
    return user._is_newsletter_manager


def may_view_subscribers(user):
    """Whoever may open the subscriber list: the only people shown a reader's address anywhere in the admin."""
    return is_newsletter_manager(user) and user.has_perm("newsletter.view_subscriber")
