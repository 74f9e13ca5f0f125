"""The composition root: settings → database → unit of work → services. The only place that wires.

Both faces use it: ``app = open_app(data_dir)``, ``app.unlock(profile, passphrase)``, then
``with app.uow() as uow: service(uow, ...); uow.commit()``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import config
from desktop_app.domain.errors import AuthError, StorageError
from desktop_app.services.profiles import ProfileInfo, authenticate, list_profiles
from desktop_app.services.setup import UnitInfo, own_unit
from desktop_app.storage import backup
from desktop_app.storage.db import open_database
from desktop_app.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

SYSTEM_ACTOR = "system"


@dataclass
class App:
    data_dir: Path
    settings: config.Settings
    engine: object
    unit: UnitInfo | None
    profile: ProfileInfo | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def db_path(self) -> Path:
        return self.data_dir / config.DB_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def initialised(self) -> bool:
        return self.unit is not None

    def uow(self) -> UnitOfWork:
        actor = self.profile.name if self.profile else SYSTEM_ACTOR
        return UnitOfWork(self.engine, actor=actor, unit_code=self.unit.code if self.unit else None)  # type: ignore[arg-type]

    def refresh_unit(self) -> None:
        with self.uow() as uow:
            self.unit = own_unit(uow)

    def profiles(self) -> list[ProfileInfo]:
        with self.uow() as uow:
            return list_profiles(uow)

    def default_profile_name(self) -> str | None:
        if self.settings.default_profile:
            return self.settings.default_profile
        profiles = self.profiles()
        return profiles[0].name if profiles else None

    def unlock(self, name: str | None, passphrase: str | None) -> ProfileInfo:
        """Open the session as a profile (``profile_unknown``/``passphrase_wrong``/``passphrase_required``)."""
        name = name or self.default_profile_name()
        if name is None:
            raise AuthError("not_initialised")
        with self.uow() as uow:
            self.profile = authenticate(uow, name=name, passphrase=passphrase)
        return self.profile

    def save_settings(self) -> None:
        self.settings.save(self.data_dir)

    def daily_backup(self) -> Path | None:
        """Today's automatic backup (rotated); failures are logged, never fatal."""
        if not self.initialised:
            return None
        try:
            return backup.rotate(self.db_path, self.backups_dir)
        except (OSError, Exception):  # noqa: BLE001 — a failed backup must not stop the day's work
            log.exception("automatic backup failed")
            return None

    def close(self) -> None:
        self.engine.dispose()  # type: ignore[attr-defined]


def open_app(data_dir: Path) -> App:
    """Open the data directory (creating it), its settings and its database, migrated to this version.

    Raises ``StorageError`` for an unwritable directory, a damaged database or one from a newer version;
    in every such case nothing on disk is changed.
    """
    config.ensure_writable(data_dir)
    config.setup_logging(data_dir)
    settings = config.Settings.load(data_dir)
    engine = open_database(data_dir / config.DB_NAME, backups_dir=data_dir / "backups")
    app = App(data_dir=data_dir, settings=settings, engine=engine, unit=None)
    try:
        app.refresh_unit()
    except Exception as exc:
        engine.dispose()
        raise StorageError("database_corrupt", path=str(app.db_path), detail=str(exc)) from exc
    return app
