"""Passphrase hashing: scrypt (stdlib, memory-hard), stored as a self-describing string."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from desktop_app.domain.errors import ValidationError

MIN_PASSPHRASE = 6
# NOTE: n=2**14, r=8, p=1 is OWASP's minimum for interactive logins (≈ 40 ms here).
_N, _R, _P = 2**14, 8, 1


def passphrase_bytes(passphrase: str) -> bytes:
    """UTF-8, keeping undecodable bytes as they came: a terminal in another encoding (Latin-1, TCVN3) hands
    Python "surrogate-escaped" text, which plain UTF-8 encoding refuses; the same keys give the same bytes."""
    return passphrase.encode("utf-8", "surrogateescape")


def hash_passphrase(passphrase: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(passphrase_bytes(passphrase), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt${}${}${}${}${}".format(
        _N, _R, _P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    )


def verify_passphrase(passphrase: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        computed = hashlib.scrypt(
            passphrase_bytes(passphrase), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
        expected = base64.b64decode(digest)
    except (ValueError, TypeError, MemoryError):  # a damaged stored hash opens nothing
        return False
    return hmac.compare_digest(computed, expected)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE)
