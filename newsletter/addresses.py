"""Email addresses: what we accept and the one spelling we store.

One reader has one row, however they type their address, so addresses are
normalised before they are compared or stored: surrounding spaces dropped,
everything lower-cased, and an international domain written in its ASCII
(punycode) form. We only accept addresses our SMTP server can deliver to: no
line breaks (header injection), nothing over 254 characters, and an ASCII
part before the @, since SMTPUTF8 is not something we can rely on.
"""

import idna
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator

MAX_LENGTH = 254  # RFC 5321: the longest path a mail server must accept
MAX_LOCAL_LENGTH = 64

# No allowlist: "someone@localhost" is valid syntax but never a reader's address.
_syntax = EmailValidator(message="Enter a valid email address, like name@example.com.", allowlist=[])


def ascii_domain(domain):
    """The domain as mail servers look it up: lower case, an international one in its ASCII (punycode) form.

    International domains follow IDNA 2008 with UTS #46 mapping (the ``idna`` package), as browsers and
    registries do: "straße.de" is xn--strae-oqa.de, a domain of its own, where Python's IDNA 2003 codec
    (Django's ``punycode``) made it strasse.de, someone else's. Raises UnicodeError for a domain it refuses.
    """
    if domain.isascii():
        return domain.lower()
    return idna.encode(domain, uts46=True).decode("ascii")


def check_raw(value):
    """Refuse control characters before anything strips them away: a line break is an injection attempt."""
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ValidationError("An email address cannot contain line breaks or other control characters.", "control")


def validate_deliverable(value):
    """Raise ValidationError unless ``value`` (already stripped) is an address we can send to."""
    check_raw(value)
    if len(value) > MAX_LENGTH:
        raise ValidationError(f"An email address can be at most {MAX_LENGTH} characters long.", "too_long")
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        raise ValidationError("Enter a valid email address, like name@example.com.", "invalid")
    if not local.isascii():
        raise ValidationError(
            "The part before the @ can only use unaccented letters, digits and punctuation: "
            "we cannot deliver to other addresses yet.",
            "non_ascii_local",
        )
    if len(local) > MAX_LOCAL_LENGTH:
        raise ValidationError(
            f"The part before the @ can be at most {MAX_LOCAL_LENGTH} characters long.", "local_too_long"
        )
    _syntax(value)
    try:
        domain_in_ascii = ascii_domain(domain)
    except UnicodeError:
        raise ValidationError("Enter a valid email address, like name@example.com.", "invalid") from None
    if len(local) + 1 + len(domain_in_ascii) > MAX_LENGTH:
        raise ValidationError(f"An email address can be at most {MAX_LENGTH} characters long.", "too_long")


def normalise(value):
    """The one stored spelling of an address: trimmed, lower-case, ASCII domain."""
    local, _, domain = value.strip().rpartition("@")
    return f"{local.lower()}@{ascii_domain(domain)}"


# Providers that ignore dots in the local part ("a.nn" and "ann" are one mailbox).
DOTLESS_DOMAINS = frozenset({"gmail.com", "googlemail.com"})


def mailbox(address):
    """The inbox a (normalised) address delivers to, as far as the sender can tell: "ann+news@x" is "ann@x".

    For counting signups per inbox only; the address itself is stored and mailed as typed.
    """
    local, _, domain = address.rpartition("@")
    local = local.split("+", 1)[0] or local
    if domain in DOTLESS_DOMAINS:
        local = local.replace(".", "") or local
    return f"{local}@{domain}"


def readable(address):
    """A stored address as its reader typed it: an international domain in its own letters, not its ASCII form
    ("ann@bücher.example", not "ann@xn--bcher-kva.example"). The stored form if the domain cannot be decoded."""
    local, _, domain = address.rpartition("@")
    if "xn--" not in domain:
        return address
    try:
        return f"{local}@{idna.decode(domain)}"
    except UnicodeError:  # idna.IDNAError included
        return address
