"""The composition root: settings → database → unit of work → services. The only place that wires.

Both faces use it: ``app = open_app(data_dir)``, ``app.unlock(profile, passphrase)``, then
``with app.uow() as uow: service(uow, ...); uow.commit()`` for writes, or ``with app.reader() as conn:``
for the plain-SQL reads the window shows first. Opening and unlocking need only the standard library;
SQLAlchemy is imported the first time a unit of work is made.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from desktop_app import config
from desktop_app.domain.errors import AuthError, StorageError
from desktop_app.services import views
from desktop_app.services.signin import authenticate
from desktop_app.services.views import ProfileInfo, UnitInfo
from desktop_app.storage import backup, readmodel
from desktop_app.storage.db import prepare_database

log = logging.getLogger(__name__)

SYSTEM_ACTOR = "system"


@dataclass
class App:
    data_dir: Path
    settings: config.Settings
    unit: UnitInfo | None = None
    profile: ProfileInfo | None = None
    _engine: Any = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # The session's secret, in memory only, never written anywhere: the passphrase the profile was
    # unlocked with (it opens the profile's sealed keys on first use, so unlocking costs no extra key
    # derivation), and the keys opened with it (``services.identity.session_signing_identity``).
    _passphrase: str | None = field(default=None, repr=False)
    session_keys: dict = field(default_factory=dict, repr=False)

    @property
    def db_path(self) -> Path:
        return self.data_dir / config.DB_NAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def initialised(self) -> bool:
        return self.unit is not None

    @property
    def engine(self):  # noqa: ANN201 — sqlalchemy.Engine, made on first use
        with self._lock:
            if self._engine is None:
                from desktop_app.storage.db import make_engine

                self._engine = make_engine(self.db_path)
            return self._engine

    def uow(self, bind: Any = None):  # noqa: ANN201 — UnitOfWork
        """A unit of work on its own connection, or on ``bind`` (a SQLAlchemy Connection that a batch holds
        open across many units of work: the commune import opens one for all its files)."""
        from desktop_app.storage.uow import UnitOfWork

        actor = self.profile.name if self.profile else SYSTEM_ACTOR
        return UnitOfWork(bind if bind is not None else self.engine, actor=actor,
                          unit_code=self.unit.code if self.unit else None)

    @contextmanager
    def reader(self) -> Iterator[Any]:
        """A short-lived DB-API connection for plain-SQL reads (``services.views``, ``services.search``)."""
        with readmodel.connect(self.db_path) as conn:
            yield conn

    def refresh_unit(self) -> None:
        with self.reader() as conn:
            self.unit = views.own_unit(conn)

    def profiles(self) -> list[ProfileInfo]:
        with self.reader() as conn:
            return views.profiles(conn)

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
        with self.reader() as conn:
            self.profile = authenticate(conn, name=name, passphrase=passphrase)
        self._passphrase = passphrase
        self.session_keys.clear()
        return self.profile

    def session_passphrase(self) -> str:
        """The passphrase this session was unlocked with (``passphrase_required`` when locked)."""
        if self.profile is None or self._passphrase is None:
            raise AuthError("passphrase_required", profile=self.default_profile_name() or "")
        return self._passphrase

    def change_passphrase(self, old: str, new: str) -> None:
        """Change the acting profile's passphrase (its keys are resealed in the same transaction) and
        keep the session working with the new one."""
        from desktop_app.services.profiles import change_passphrase

        if self.profile is None:
            raise AuthError("passphrase_required", profile=self.default_profile_name() or "")
        from desktop_app.services.transport.mail import reseal_passwords

        with self.uow() as uow:
            change_passphrase(uow, name=self.profile.name, old=old, new=new)
            uow.commit()
        self._passphrase = new
        reseal_passwords(self, self.profile.name, old=old, new=new)  # the mail passwords it sealed

    def lock(self) -> None:
        """Forget the profile, its passphrase and its opened keys."""
        self.profile = None
        self._passphrase = None
        self.session_keys.clear()

    def unlock_in_background(self, name: str | None, passphrase: str | None) -> PendingUnlock:
        """Start ``unlock`` on a thread: the key derivation (scrypt, ≈ 40 ms) releases the GIL, so the
        window's own start-up (importing Qt) runs meanwhile. ``result()`` waits and returns or raises."""
        return PendingUnlock(lambda: self.unlock(name, passphrase))

    def save_settings(self) -> None:
        self.settings.save(self.data_dir)

    def daily_backup(self) -> Path | None:
        """Today's automatic backup (rotated); failures are logged, never fatal."""
        if not self.initialised:
            return None
        try:
            return backup.rotate(self.db_path, self.backups_dir)
        except Exception:  # noqa: BLE001 — a failed backup must not stop the day's work
            log.exception("automatic backup failed")
            return None

    def close(self) -> None:
        """Release database connections (the window calls it on exit, ``restore`` before replacing)."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


class PendingUnlock:
    """A sign-in running on a thread (see ``App.unlock_in_background``)."""

    def __init__(self, work) -> None:  # noqa: ANN001 — a callable returning ProfileInfo
        self._result: ProfileInfo | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._result = work()
            except BaseException as exc:  # noqa: BLE001 — re-raised by result()
                self._error = exc

        self._thread = threading.Thread(target=run, name="sothon-unlock", daemon=True)
        self._thread.start()

    def result(self) -> ProfileInfo:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


def open_app(data_dir: Path) -> App:
    """Open the data directory (creating it), its settings and its database, migrated to this version.

    Raises ``StorageError`` for an unwritable directory, a damaged database or one from a newer version;
    in every such case nothing on disk is changed.
    """
    config.ensure_writable(data_dir)
    config.setup_logging(data_dir)
    settings = config.Settings.load(data_dir)
    prepare_database(data_dir / config.DB_NAME, backups_dir=data_dir / "backups")
    app = App(data_dir=data_dir, settings=settings)
    try:
        app.refresh_unit()
    except Exception as exc:
        raise StorageError("database_corrupt", path=str(app.db_path), detail=str(exc)) from exc
    return app
