"""Commune mode, bad input: every hostile or broken bundle is rejected with a code, kept in quarantine with the
reason, and leaves the commune's records exactly as they were — also when the import is killed midway."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.bundles import crypto
from desktop_app.services import commune_import, enrolment
from tests.conftest import PASSPHRASE, dump_tables
from tests.unit import bundle_support as bf
from tests.unit.test_bundles import build, edit_records, entries, forge

# Everything but the import's own log of what it read (a rejection is recorded there, with its receipt).
_LOGS = {"received_bundles", "audit_log"}


def _records(app) -> dict:
    return {k: v for k, v in dump_tables(app.data_dir / "sothon.db").items() if k not in _LOGS}


@pytest.fixture
def commune_with_hamlet(commune, tmp_path):
    """The commune, with the test hamlet (tests/unit/bundle_support.py) enrolled and its first bundle imported."""
    pem = tmp_path / "hamlet.pem"
    pem.write_bytes(crypto.cert_pem(bf.hamlet().signing_cert))
    enrolment.enrol(commune, pem)
    first = bf.write(tmp_path / "first")
    (result,) = commune_import.import_files(commune, [first.path])
    assert result["status"] == "imported", result
    commune.first = first
    return commune


def _refused(app, path: Path, code: str, tmp_path: Path) -> dict:
    before = _records(app)
    (result,) = commune_import.import_files(app, [path], receipts_dir=tmp_path / "receipts")
    assert result["status"] == "rejected" and result["error"] == code, result
    assert _records(app) == before
    quarantined = Path(result["quarantined"])
    assert quarantined.parent == app.data_dir / "quarantine"
    assert quarantined.read_bytes() == path.read_bytes()
    (reason,) = quarantined.parent.glob("*.reason.json")
    assert json.loads(reason.read_text(encoding="utf-8"))["error"] == code
    for old in quarantined.parent.iterdir():  # one file at a time
        old.unlink()
    return result


def _second(tmp_path: Path, app, *, records=None, name="second", **kw):
    return bf.write(tmp_path / name, sequence=2, previous=app.first.sha256, records=records, **kw).path


def test_files_the_reader_refuses(commune_with_hamlet, tmp_path):
    app = commune_with_hamlet
    good = _second(tmp_path, app)
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "tampered.sothon").write_bytes(bytes(data))
    _refused(app, tmp_path / "tampered.sothon", _code_of(tmp_path / "tampered.sothon"), tmp_path)
    (tmp_path / "cut.sothon").write_bytes(good.read_bytes()[: len(data) - 40])
    _refused(app, tmp_path / "cut.sothon", "bundle_truncated", tmp_path)
    bomb = build(tmp_path / "bomb.sothon", [*entries(good), ("documents/bomb.pdf", bytes(20 * 1024 * 1024))])
    _refused(app, bomb, "bundle_compression_ratio", tmp_path)
    escape = build(tmp_path / "escape.sothon", [*entries(good), ("documents/../../evil.pdf", b"x")])
    _refused(app, escape, "bundle_unsafe_path", tmp_path)
    future = forge(good, tmp_path / "future.sothon", manifest=lambda m: m.update(version=2))
    _refused(app, future, "bundle_version_unsupported", tmp_path)
    leaky = edit_records(lambda d: next(r for r in d["upserts"] if r["type"] == "resident").update(pseudonymised=True))
    _refused(app, forge(good, tmp_path / "schema.sothon", files=leaky), "bundle_schema_invalid", tmp_path)
    (tmp_path / "empty.sothon").write_bytes(b"")
    _refused(app, tmp_path / "empty.sothon", "bundle_not_zip", tmp_path)


def _code_of(path: Path) -> str:
    from desktop_app.bundles.reader import verify_bundle_file

    return verify_bundle_file(path)["error"]


def test_an_unknown_or_untrusted_sender(commune, tmp_path):
    before = _records(commune)
    (result,) = commune_import.import_files(commune, [bf.write(tmp_path / "a").path], receipts_dir=tmp_path / "r")
    assert result["error"] == "import_sender_unknown" and _records(commune) == before
    assert result["receipt"] is not None  # the bundle verified: the hamlet is told why
    pem = tmp_path / "hamlet.pem"
    pem.write_bytes(crypto.cert_pem(bf.hamlet().signing_cert))
    enrolment.enrol(commune, pem)
    other = bf.write(tmp_path / "b", signing_key=bf.other_hamlet().signing_key, signer_cert=bf.other_hamlet().signing_cert)
    before = _records(commune)
    (result,) = commune_import.import_files(commune, [other.path], receipts_dir=tmp_path / "r")
    assert result["error"] == "bundle_signer_untrusted" and _records(commune) == before


def test_a_revoked_key_refuses_bundles_signed_from_the_day_on(commune, tmp_path):
    import datetime as dt

    pem = tmp_path / "hamlet.pem"
    pem.write_bytes(crypto.cert_pem(bf.hamlet().signing_cert))
    enrolment.enrol(commune, pem)
    enrolment.revoke(commune, "17380-thon-dong", from_day=bf.CREATED.date())  # the bundles' own day
    _refused(commune, bf.write(tmp_path / "a").path, "import_key_revoked", tmp_path)
    enrolment.replace_key(commune, _pem_of(tmp_path, bf.other_hamlet()), from_day=bf.CREATED.date())
    # Revoked from the next day instead: the same bundle, signed the day before, stays valid.
    with commune.uow() as uow:
        from sqlalchemy import update

        from desktop_app.storage.models import EnrolledKey

        uow.session.execute(update(EnrolledKey).where(EnrolledKey.fingerprint == crypto.fingerprint(
            bf.hamlet().signing_cert)).values(revoked_from=bf.CREATED.date() + dt.timedelta(days=1)))
        uow.commit()
    (result,) = commune_import.import_files(commune, [bf.write(tmp_path / "b").path])
    assert result["status"] == "imported"


def test_a_revocation_counts_in_vietnams_days_whatever_zone_the_hamlets_computer_wrote(commune, tmp_path):
    """A hamlet computer set to UTC writes 20:00+00:00 on 30/06 for 03:00 on 01/07 in Vietnam: a key revoked
    from 01/07 no longer signs for that hamlet, and one second before midnight in Vietnam still did."""
    import datetime as dt

    pem = tmp_path / "hamlet.pem"
    pem.write_bytes(crypto.cert_pem(bf.hamlet().signing_cert))
    enrolment.enrol(commune, pem)
    enrolment.revoke(commune, "17380-thon-dong", from_day=dt.date(2026, 7, 1))
    late = bf.write(tmp_path / "late", created_at=dt.datetime(2026, 6, 30, 20, 0, tzinfo=dt.UTC))
    result = _refused(commune, late.path, "import_key_revoked", tmp_path)
    assert result["params"]["created"] == "2026-07-01"
    in_time = bf.write(tmp_path / "in-time", created_at=dt.datetime(2026, 6, 30, 16, 59, 59, tzinfo=dt.UTC))
    (result,) = commune_import.import_files(commune, [in_time.path], receipts_dir=tmp_path / "receipts")
    assert result["status"] == "imported", result


def _pem_of(tmp_path: Path, party) -> Path:
    pem = tmp_path / "other.pem"
    pem.write_bytes(crypto.cert_pem(party.signing_cert))
    return pem


def test_a_replayed_or_conflicting_sequence(commune_with_hamlet, tmp_path):
    app = commune_with_hamlet
    before = _records(app)
    (again,) = commune_import.import_files(app, [app.first.path])
    assert again["status"] == "already_imported" and _records(app) == before
    clone = bf.write(tmp_path / "clone", records=bf.sample_records()[:2])  # another sequence 1
    result = _refused(app, clone.path, "import_sequence_conflict", tmp_path)
    assert result["params"]["sha256"] == clone.sha256 and result["params"]["imported_sha256"] == app.first.sha256
    broken = bf.write(tmp_path / "broken", sequence=2, previous="0" * 64)
    result = _refused(app, broken.path, "import_chain_broken", tmp_path)
    assert result["params"]["expected_sha256"] == app.first.sha256


def test_a_party_bundle_or_one_for_another_commune(commune_with_hamlet, tmp_path):
    app = commune_with_hamlet
    other = dict(bf.RECIPIENT, code="17381")
    _refused(app, _second(tmp_path, app, recipient=other), "bundle_not_for_this_unit", tmp_path)


def _record(n: int, rtype: str = "resident", **changes) -> dict:
    base = next(r for r in bf.sample_records() if r["type"] == "resident" and "fields" in r)
    return {**base, "id": bf.uid(n), "type": rtype, **changes}


def test_records_the_commune_cannot_take(commune_with_hamlet, tmp_path):
    app = commune_with_hamlet
    dup = [*bf.sample_records(), dict(bf.sample_records()[1], version=9)]
    result = _refused(app, _second(tmp_path, app, records=dup, name="dup"), "import_records_invalid", tmp_path)
    assert [i["error"] for i in result["issues"]] == ["import_record_duplicate"]
    assert result["receipt"] is not None
    from desktop_app.bundles.receipt import read_receipt

    receipt = read_receipt(result["receipt"])
    assert receipt.status == "rejected" and receipt.payload["error"] == "import_records_invalid"
    assert receipt.payload["issues"] == [{"id": bf.uid(2), "type": "resident", "error": "import_record_duplicate"}]

    backwards = [dict(r, version=1) if r["id"] == bf.uid(3) else r for r in bf.sample_records()]  # held: version 3
    result = _refused(app, _second(tmp_path, app, records=backwards, name="back"), "import_records_invalid", tmp_path)
    assert [(i["id"], i["error"]) for i in result["issues"]] == [(bf.uid(3), "import_version_backwards")]

    unknown = [*bf.sample_records(), _record(50, "safe_area_assessment", fields={})]  # a type of a later issue
    result = _refused(app, _second(tmp_path, app, records=unknown, name="unknown"), "import_records_invalid", tmp_path)
    assert [i["error"] for i in result["issues"]] == ["import_record_type_unknown"]

    foreign = [*bf.sample_records(), _record(51, unit_code="17380-thon-tay")]
    result = _refused(app, _second(tmp_path, app, records=foreign, name="foreign"), "import_records_invalid", tmp_path)
    assert [i["error"] for i in result["issues"]] == ["import_record_wrong_unit"]


def test_the_same_rejected_bundle_gets_the_same_receipt(commune_with_hamlet, tmp_path):
    app = commune_with_hamlet
    clone = bf.write(tmp_path / "clone", records=bf.sample_records()[:2]).path
    (one,) = commune_import.import_files(app, [clone], receipts_dir=tmp_path / "r1")
    (two,) = commune_import.import_files(app, [clone], receipts_dir=tmp_path / "r2")
    assert Path(one["receipt"]).read_bytes() == Path(two["receipt"]).read_bytes()


_KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop_app.bootstrap import open_app
    from desktop_app.services import commune_import

    commune_import.CHUNK = 1
    written = 0
    real = commune_import._write_chunk

    def write_then_die(session, statement, rows):
        global written
        real(session, statement, rows)
        session.flush()
        written += len(rows)
        if written >= int(os.environ["KILL_AFTER"]):
            os.kill(os.getpid(), signal.SIGKILL)

    commune_import._write_chunk = write_then_die
    app = open_app(Path(sys.argv[1]))
    app.unlock(None, os.environ["SOTHON_PASSPHRASE"])
    commune_import.import_files(app, [sys.argv[2]])
""")


def test_killing_the_process_during_an_import_leaves_nothing_of_that_bundle(commune_with_hamlet, tmp_path):
    app = commune_with_hamlet
    bundle = _second(tmp_path, app, records=[_record(100 + n) for n in range(8)])
    before = dump_tables(app.data_dir / "sothon.db")
    data_dir = app.data_dir
    app.close()
    env = dict(os.environ, SOTHON_PASSPHRASE=PASSPHRASE, KILL_AFTER="4")
    proc = subprocess.run([sys.executable, "-c", _KILLER, str(data_dir), str(bundle)], env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    from desktop_app.bootstrap import open_app

    again = open_app(data_dir)
    try:
        assert dump_tables(data_dir / "sothon.db") == before
        again.unlock(None, PASSPHRASE)
        (result,) = commune_import.import_files(again, [bundle])
        assert result["status"] == "imported" and result["counts"]["resident"]["added"] == 8
    finally:
        again.close()
