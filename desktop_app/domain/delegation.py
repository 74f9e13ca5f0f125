"""Signing on the head's behalf (ký thay, Decree 30/2020 Art. 13): the head of a hamlet may let another
person sign the unit's state documents for a while ("KT. TRƯỞNG THÔN" above that person's own title,
"PHÓ TRƯỞNG THÔN"), and that person signs with their own name and key. Rules only; storage is the
service's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError

TITLE_MAX = 60


@dataclass(frozen=True)
class Delegation:
    """One grant: ``title`` is the delegate's own title, printed under "KT. <head's title>"."""

    id: str
    profile_id: str
    profile_name: str
    display_name: str
    title: str
    valid_from: dt.date
    valid_until: dt.date | None
    revoked_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        """Whether a document dated ``day`` may be signed under this grant: from its first day to its last,
        and before the day it was revoked (a revocation keeps what was signed earlier valid)."""
        if day < self.valid_from:
            return False
        if self.valid_until is not None and day > self.valid_until:
            return False
        return self.revoked_on is None or day < self.revoked_on


def clean_title(raw: str | None) -> str:
    """The delegate's title in capitals as printed ("Phó trưởng thôn" → "PHÓ TRƯỞNG THÔN"), one line."""
    import unicodedata

    text = " ".join(unicodedata.normalize("NFC", raw or "").split())
    if not text:
        raise ValidationError("delegation_title_required", field="title")
    if len(text) > TITLE_MAX:
        raise ValidationError("delegation_title_too_long", field="title", limit=TITLE_MAX)
    printed = text.upper()
    # "KT." (ký thay) is the deputy's: the head's deputy signs on the head's behalf (Decree 30/2020 Art. 13).
    if not printed.startswith("PHÓ "):
        raise ValidationError("delegation_not_deputy", field="title", value=text)
    return printed


def check_period(valid_from: dt.date, valid_until: dt.date | None) -> None:
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError("delegation_period_invalid", field="valid_until",
                              start=valid_from.strftime("%d/%m/%Y"), end=valid_until.strftime("%d/%m/%Y"))


def on_behalf_line(head_title: str) -> str:
    """"KT. TRƯỞNG THÔN": ký thay (Decree 30/2020/NĐ-CP, Art. 13 and the signature block of Appendix I)."""
    return f"KT. {head_title}"
