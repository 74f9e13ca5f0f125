"""The data directory, the settings file and the log.

The data directory comes from ``--data-dir``, else ``SOTHON_DATA_DIR``, else the platform's user data
directory (platformdirs: ``%LOCALAPPDATA%\\SoThon`` on Windows, ``~/.local/share/sothon`` on Linux).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop_app.atomic import write_atomic
from desktop_app.domain.errors import StorageError

DB_NAME = "sothon.db"
SETTINGS_NAME = "settings.json"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("SoThon" if os.name == "nt" else "sothon", appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("SOTHON_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_writable(path: Path) -> None:
    """Create the directory if needed and prove we can write there; ``data_dir_unwritable`` if not."""
    probe = path / f".write-test-{os.getpid()}"
    try:
        path.mkdir(parents=True, exist_ok=True)
        fd = os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise StorageError("data_dir_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


@dataclass
class Settings:
    """Per-data-directory preferences; the database holds the records, this file only preferences."""

    language: str = "vi"
    text_scale: float = 1.0
    default_profile: str | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_NAME
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: raw[k] for k in ("language", "text_scale", "default_profile", "extra") if k in raw}
        settings = cls(**known)
        if settings.language not in ("vi", "en"):
            settings.language = "vi"
        return settings

    def save(self, data_dir: Path) -> None:
        write_atomic(data_dir / SETTINGS_NAME, json.dumps(asdict(self), ensure_ascii=False, indent=2))


def setup_logging(data_dir: Path, *, verbose: bool = False) -> None:
    """A rotating log file in the data directory; never stdout (stdout belongs to --json)."""
    from logging.handlers import RotatingFileHandler  # ≈ 6 ms (sockets, pickle): loaded only here

    root = logging.getLogger()
    if any(getattr(h, "_sothon", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        (data_dir / "logs").mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            data_dir / "logs" / "sothon.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._sothon = True  # type: ignore[attr-defined]
    root.addHandler(handler)
