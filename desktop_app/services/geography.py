"""The official post-2025 list of provinces and communes (PyPI ``vietnam-provinces``), loaded on demand:
the first page of the window never needs it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.units import normalize_commune_code, normalize_province_code
from desktop_app.domain.vietnamese import collation_key


@dataclass(frozen=True)
class Division:
    code: str  # zero-padded official code: "40", "17380"
    name: str


@lru_cache(maxsize=1)
def _provinces() -> dict[str, Division]:
    from vietnam_provinces import Province

    return {
        f"{int(p.code):02d}": Division(f"{int(p.code):02d}", p.name) for p in Province.iter_all()
    }


@lru_cache(maxsize=64)
def _communes(province_code: str) -> dict[str, Division]:
    from vietnam_provinces import Province, Ward

    code = Province.from_code(int(province_code)).code  # type: ignore[arg-type]
    return {
        f"{int(w.code):05d}": Division(f"{int(w.code):05d}", w.name) for w in Ward.iter_by_province(code)
    }


def provinces() -> list[Division]:
    return sorted(_provinces().values(), key=lambda d: collation_key(d.name))


def province(code: str | int) -> Division:
    padded = normalize_province_code(code)
    try:
        return _provinces()[padded]
    except KeyError:
        raise ValidationError("province_unknown", field="province_code", value=str(code)) from None


def communes(province_code: str | int) -> list[Division]:
    prov = province(province_code)
    return sorted(_communes(prov.code).values(), key=lambda d: collation_key(d.name))


def commune(province_code: str | int, commune_code: str | int) -> Division:
    prov = province(province_code)
    try:
        padded = normalize_commune_code(commune_code)
        return _communes(prov.code)[padded]
    except (KeyError, ValidationError):
        raise ValidationError(
            "commune_unknown", field="commune_code", value=str(commune_code), province=prov.name
        ) from None
