"""Signing in: checking a profile's passphrase.

Its own module because both ``profiles`` (changing a passphrase) and ``identity`` (opening a key) check a
passphrase, and ``profiles`` reseals keys through ``identity``: keeping the check here leaves no import circle.
It reads through the plain-SQL read model: unlocking happens before the window's first page.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import AuthError
from desktop_app.domain.passphrase import verify_passphrase
from desktop_app.domain.units import Role
from desktop_app.services.views import ProfileInfo
from desktop_app.storage import readmodel


def authenticate(conn: Any, *, name: str, passphrase: str | None) -> ProfileInfo:
    """Check a profile's passphrase; ``profile_unknown``, ``passphrase_required`` or ``passphrase_wrong``."""
    row = readmodel.profile_with_hash(conn, name)
    if row is None:
        raise AuthError("profile_unknown", profile=name)
    if passphrase is None:
        raise AuthError("passphrase_required", profile=name)
    pid, pname, display, role, phone, stored = row
    if not verify_passphrase(passphrase, stored):
        raise AuthError("passphrase_wrong", profile=name)
    return ProfileInfo(pid, pname, display, Role(role), phone)
