"""Shared fixtures: real data directories with real SQLite files, set up through the services."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.domain.clock import vn_today

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "mat-khau-thu"


def today_per_test(module_globals: dict, derive=lambda today: {}):  # noqa: ANN001, ANN201 — a pytest fixture
    """For a test module that keeps ``TODAY`` (Vietnam's, as the services count it) and constants that follow
    from it (``derive(today)`` → {name: value}): an autouse fixture that reads them again when each test starts,
    so that a run going past midnight in Vietnam (17:00 UTC) does not compare a test's yesterday with the
    services' today. ``_today = today_per_test(globals(), ...)`` in the module, below its own ``TODAY = …``."""
    @pytest.fixture(autouse=True)
    def _today() -> None:
        today = vn_today()
        module_globals.update(TODAY=today, **derive(today))

    return _today


def pytest_sessionstart(session):
    """Make the cached Noto Serif instances once, before any worker starts: on a fresh machine that takes
    about 15 s, which a GUI test waiting for its first PDF would otherwise spend inside its own timeout."""
    if getattr(session.config, "workerinput", None) is None:  # the controller (or a run without xdist)
        from desktop_app.documents import fonts

        fonts.noto_instances()


@pytest.fixture(autouse=True)
def _vietnamese_by_default():
    from desktop_app import i18n

    i18n.set_language("vi")
    yield
    i18n.set_language("vi")


def make_hamlet(data_dir: Path):
    """An initialised hamlet data directory: Thôn Đông, Xã Yên Xuân (17380), Nghệ An (40)."""
    from desktop_app.bootstrap import open_app
    from desktop_app.domain.units import UnitKind
    from desktop_app.services.setup import initialise

    app = open_app(data_dir)
    with app.uow() as uow:
        result = initialise(uow, role=UnitKind.HAMLET, province_code="40", commune_code="17380",
                            unit_name="Thôn Đông", unit_code=None, head_name="Nguyễn Văn Trưởng",
                            head_phone="0912345678", passphrase=PASSPHRASE)
        uow.commit()
    app.settings.default_profile = result.profile.name
    app.save_settings()
    app.refresh_unit()
    app.unlock(result.profile.name, PASSPHRASE)
    return app


def make_commune(data_dir: Path):
    """An initialised commune data directory: Xã Yên Xuân (17380), Nghệ An (40)."""
    from desktop_app.bootstrap import open_app
    from desktop_app.domain.units import UnitKind
    from desktop_app.services.setup import initialise

    app = open_app(data_dir)
    with app.uow() as uow:
        result = initialise(uow, role=UnitKind.COMMUNE, province_code="40", commune_code="17380",
                            unit_name=None, unit_code=None, head_name="Lê Thị Cán Bộ", head_phone=None,
                            passphrase=PASSPHRASE)
        uow.commit()
    app.settings.default_profile = result.profile.name
    app.save_settings()
    app.refresh_unit()
    app.unlock(result.profile.name, PASSPHRASE)
    return app


@pytest.fixture
def hamlet(tmp_path):
    app = make_hamlet(tmp_path / "data")
    yield app
    app.close()


@pytest.fixture
def commune(tmp_path):
    """Xã Yên Xuân's copy, with its keys made (the recipient of the hamlet's bundles)."""
    from desktop_app.services import identity

    app = make_commune(tmp_path / "commune")
    identity.identity_show(app)
    yield app
    app.close()


@pytest.fixture
def commune_pem(commune, tmp_path) -> Path:
    """The commune's certificate file, as ``sothon identity export-cert`` writes it for its hamlets."""
    from desktop_app.services import identity

    return identity.export_cert(commune, tmp_path / "commune.pem")


def keep_signed(app, kind: str, *, on=None, **options):
    """Render ``kind``, sign it as the acting profile and keep it, as ``documents render --sign`` does:
    (signed PDF, its view in the register of issued documents)."""

    from desktop_app.services import archive

    on = on or vn_today()
    return archive.issue(app, kind, issued_on=on, on=on, **options)


PARTY_SECRETARY = "bi.thu"


def keep_signed_by_party_secretary(app, kind: str = "party_cell_minutes", *, on=None, **options):
    """``keep_signed`` for a party document, as the party cell secretary (the profile its block prints):
    adds the profile ``bi.thu`` ("Trần Văn Bí Thư") when missing, signs as it, then unlocks the profile
    that was acting again."""
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles, views

    acting = app.profile.name
    with app.reader() as conn:
        known = {p.name for p in views.profiles(conn)}
    if PARTY_SECRETARY not in known:
        with app.uow() as uow:
            profiles.add_profile(uow, acting=app.profile, name=PARTY_SECRETARY, display_name="Trần Văn Bí Thư",
                                 role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
            uow.commit()
    app.unlock(PARTY_SECRETARY, PASSPHRASE)
    try:
        return keep_signed(app, kind, on=on, **options)
    finally:
        app.unlock(acting, PASSPHRASE)


def dump_tables(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a database, sorted: compare before and after a refusal."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def json_cli(data_dir: Path, capsys, tmp_path: Path, *, command: tuple[str, ...] = (), profile: str | None = None):
    """``run(*args, doc=None, profile=...)`` → (exit code, parsed JSON) of ``sothon --data-dir DATA_DIR [--profile P]
    COMMAND… ARGS… --json``; ``doc`` is written to a JSON file given as ``--from``. ``profile``: the default one."""
    import json

    from desktop_app.cli import main

    def run(*args: str, doc=None, profile: str | None = profile):
        argv = ["--data-dir", str(data_dir), *(["--profile", profile] if profile else []), *command, *args]
        if doc is not None:
            path = tmp_path / f"doc-{len(list(tmp_path.iterdir()))}.json"
            path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            argv += ["--from", str(path)]
        code = main([*argv, "--json"])
        return code, json.loads(capsys.readouterr().out)

    return run
