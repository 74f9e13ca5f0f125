"""Units and their codes (shared/ARCHITECTURE.md, "Units and codes")."""

from __future__ import annotations

import re
from enum import Enum

from desktop_app.domain.errors import ValidationError


class UnitKind(str, Enum):
    HAMLET = "hamlet"
    COMMUNE = "commune"


class Role(str, Enum):
    HAMLET_HEAD = "hamlet_head"
    MEDIATOR = "mediator"
    PARTY_SECRETARY = "party_secretary"
    COMMUNE_OFFICER = "commune_officer"


def normalize_province_code(raw: str | int) -> str:
    text = str(raw).strip()
    if not text.isdigit() or not 1 <= len(text) <= 2:
        raise ValidationError("province_unknown", value=str(raw))
    return text.zfill(2)


def normalize_commune_code(raw: str | int) -> str:
    text = str(raw).strip()
    if not text.isdigit() or not 1 <= len(text) <= 5:
        raise ValidationError("commune_unknown", value=str(raw), province="")
    return text.zfill(5)


_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(folded_name: str) -> str:
    """A unit slug from an already folded name: lower-case ASCII words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", folded_name))[:40].strip("-")


def check_unit_code(code: str, *, commune_code: str) -> str:
    """A hamlet's unit code is ``<commune code>-<slug>``; fixed for life."""
    code = code.strip().lower()
    prefix, _, slug = code.partition("-")
    if prefix.isdigit():
        prefix = prefix.zfill(5)
    if prefix != commune_code or not slug or not _SLUG_RE.fullmatch(slug) or len(slug) > 40:
        raise ValidationError("unit_code_invalid", field="unit_code", value=code)
    return f"{prefix}-{slug}"
