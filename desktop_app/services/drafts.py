"""Autosaved drafts of forms, so that nothing typed is lost when the program or the computer stops.

A draft is the raw values of one form (plain JSON: strings, numbers, booleans, lists, dicts) under a
key that names the form and its record, e.g. ``"add-resident:<household id>"`` or
``"edit-resident:<resident id>"``. Drafts live as one JSON file each under ``<data dir>/drafts/``;
every write is atomic (a temporary file in the same folder, flushed to disk, then ``os.replace``), so a
power cut leaves either the old draft or the new one, never half a file. No Qt, no database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import re
from pathlib import Path
from typing import Any

from desktop_app.atomic import write_atomic
from desktop_app.domain import clock

log = logging.getLogger(__name__)

DRAFTS_DIR = "drafts"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_MAX_STEM = 80


def draft_path(data_dir: Path, key: str) -> Path:
    """The file that holds the draft for ``key``.

    The name keeps the key's safe characters (readable when someone looks in the folder) and adds a
    short hash of the whole key, so keys that differ only in unsafe characters never share a file.
    """
    if not key:
        raise ValueError("a draft needs a key")
    stem = _UNSAFE.sub("_", key).strip("_.")[:_MAX_STEM] or "draft"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return Path(data_dir) / DRAFTS_DIR / f"{stem}-{digest}.json"


def save_draft(data_dir: Path, key: str, values: dict[str, Any], *, base: dict[str, Any] | None = None) -> None:
    """Write (or overwrite) the draft for ``key`` atomically. ``base``: what the form showed when it opened
    (a record being corrected), so that restoring applies only what was typed. Raises ``OSError`` when the
    disk refuses."""
    path = draft_path(data_dir, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"key": key, "saved_at": clock.now().isoformat(), "values": values}
    if base is not None:
        document["base"] = base
    payload = json.dumps(document, ensure_ascii=False, indent=1, default=str)
    write_atomic(path, payload)


def _read(data_dir: Path, key: str) -> dict[str, Any] | None:
    path = draft_path(data_dir, key)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        # A damaged draft is not worth an error dialog: the form simply opens empty.
        log.warning("ignoring unreadable draft %s: %s", path, exc)
        return None
    if not isinstance(document, dict) or document.get("key") != key:
        return None
    if not isinstance(document.get("values"), dict):
        return None
    return document


def load_draft(data_dir: Path, key: str) -> dict[str, Any] | None:
    """The values saved for ``key``, or None when there is no (readable) draft."""
    document = _read(data_dir, key)
    return document["values"] if document else None


def load_draft_base(data_dir: Path, key: str) -> dict[str, Any] | None:
    """What the form showed when the draft for ``key`` was begun (``save_draft(base=...)``), or None."""
    document = _read(data_dir, key)
    base = document.get("base") if document else None
    return base if isinstance(base, dict) else None


def typed_over(current: Any, base: Any, draft: Any) -> Any:
    """A draft begun on ``base`` applied over what the form shows now (``current``): what was typed (where
    the draft differs from ``base``) wins, the rest stays as it is now — a record corrected elsewhere since
    the draft was begun keeps that correction. Objects merge key by key; anything else is taken whole."""
    if isinstance(draft, dict) and isinstance(base, dict) and isinstance(current, dict):
        merged = dict(current)
        for k, v in draft.items():
            merged[k] = typed_over(current.get(k), base.get(k), v) if k in current else v
        return merged
    return draft if draft != base else current


def draft_saved_at(data_dir: Path, key: str) -> dt.datetime | None:
    """When the draft for ``key`` was last saved (timezone-aware UTC), or None."""
    document = _read(data_dir, key)
    if not document:
        return None
    try:
        return dt.datetime.fromisoformat(str(document.get("saved_at")))
    except ValueError:
        return None


def discard_draft(data_dir: Path, key: str) -> None:
    """Delete the draft for ``key``; no draft is not an error."""
    with contextlib.suppress(FileNotFoundError):
        draft_path(data_dir, key).unlink()

