"""Who the client is: its address, read from nginx's X-Forwarded-For when Django runs behind it."""

from django.conf import settings


def client_ip(request, proxies=None):
    """The client's address: REMOTE_ADDR, or the right X-Forwarded-For entry behind trusted proxies.

    ``proxies`` (``TRUSTED_PROXIES`` unless given) is how many proxies (nginx, a load balancer) sit
    in front of Django and set or append to X-Forwarded-For; entries further left could be written
    by the client, so are ignored. nginx as shipped (deploy/proxy_params) overwrites the header: one proxy.
    """
    if proxies is None:
        proxies = settings.TRUSTED_PROXIES
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
