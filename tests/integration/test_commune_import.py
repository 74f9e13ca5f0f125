"""Commune mode, the import: a hamlet's real bundles, read into the commune's records, answered with receipts
the hamlet's outbox moves on with, and counted in the commune's overview."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from desktop_app.bundles.receipt import read_receipt
from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.services import commune_import, commune_overview, enrolment, exchange, identity, register
from desktop_app.storage.models import EnrolledKey, OutboxEntry, ReceivedDocument, ReceivedResident
from tests.conftest import PASSPHRASE, dump_tables, keep_signed
from tests.integration.test_exchange import _cli


def _add_household(app, number: str, head: str, member: str | None = None) -> str:
    with app.uow() as uow:
        h = register.add_household(uow, number=number, address="Xóm 3", head=ResidentInput(
            full_name=head, birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE))
        if member:
            register.add_resident(uow, household_id=h.id, data=ResidentInput(
                full_name=member, birth_date=BirthDate(1975, 1, 2), sex=Sex.FEMALE))
        uow.commit()
    return h.id


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    """A hamlet that sends to the commune, enrolled there."""
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


def _export(hamlet, tmp_path: Path, **kw) -> Path:
    return Path(exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", **kw)["bundle"])


def _rows(app, model) -> list:
    with app.uow() as uow:
        return list(uow.session.scalars(select(model)))


def _records(app) -> dict:
    return {k: v for k, v in dump_tables(app.data_dir / "sothon.db").items()
            if k.startswith("received_") and k != "received_bundles"}


def test_a_bundle_is_imported_and_its_receipt_moves_the_hamlets_outbox(pair, tmp_path):
    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An", "Lê Thị Bình")
    _add_household(hamlet, "2", "Trần Văn Cường")
    keep_signed(hamlet, "household_list")
    bundle = _export(hamlet, tmp_path, named_documents=True)
    (result,) = commune_import.import_files(commune, [bundle], receipts_dir=tmp_path / "usb")
    assert result["status"] == "imported" and result["error"] is None and result["missing_sequences"] == []
    assert result["counts"]["household"] == {"added": 2, "changed": 0, "removed": 0, "unchanged": 0}
    assert result["counts"]["resident"]["added"] == 3 and result["counts"]["document"]["added"] == 1
    residents = _rows(commune, ReceivedResident)
    assert len(residents) == 3 and {r.unit_code for r in residents} == {"17380-thon-dong"}
    assert all(r.pseudonymised and "full_name" not in r.fields for r in residents)  # as they came
    (doc,) = _rows(commune, ReceivedDocument)
    assert doc.content.startswith(b"%PDF") and doc.kind == "household_list"

    receipt = read_receipt(result["receipt"])
    assert receipt.status == "accepted" and receipt.payload["counts"] == result["counts"]
    moved = exchange.import_receipt(hamlet, result["receipt"])
    assert moved["state"] == "acknowledged"

    with commune.uow() as uow:
        overview = commune_overview.by_unit(uow)
    assert overview["17380-thon-dong"]["households"] == 2 and overview["17380-thon-dong"]["residents"] == 3
    with hamlet.uow() as uow:
        own = register.stats(uow)
    mine = overview["17380-thon-dong"]
    assert (mine["residents_by_sex"], mine["residents_by_residence_type"]) == (own.by_sex, own.by_residence_type)


def test_the_same_bundle_again_changes_nothing_and_gets_the_same_receipt(pair, tmp_path):
    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = _export(hamlet, tmp_path)
    (first,) = commune_import.import_files(commune, [bundle], receipts_dir=tmp_path / "r1")
    before = dump_tables(commune.data_dir / "sothon.db")
    (again,) = commune_import.import_files(commune, [bundle], receipts_dir=tmp_path / "r2")
    assert again["status"] == "already_imported" and again["counts"] == first["counts"]
    assert dump_tables(commune.data_dir / "sothon.db") == before
    assert Path(first["receipt"]).read_bytes() == Path(again["receipt"]).read_bytes()


def test_each_file_is_read_and_verified_once(pair, tmp_path, monkeypatch):
    """Steps 1 and 3 share one reading of the file: verified without trusting the signer, the payloads kept
    sealed, then decrypted against the enrolled certificate — the results of reading it twice as before."""
    import zipfile

    from desktop_app.bundles import reader

    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An", "Lê Thị Bình")
    keep_signed(hamlet, "household_list")
    one = _export(hamlet, tmp_path, named_documents=True)
    _add_household(hamlet, "2", "Trần Văn Cường")
    two = _export(hamlet, tmp_path)
    calls: dict[str, list] = {"open": [], "zip": [], "decrypt": []}
    real_open, real_zip, real_decrypt = commune_import.open_bundle, reader.zipfile.ZipFile, commune_import.decrypt
    monkeypatch.setattr(commune_import, "open_bundle",
                        lambda path, **kw: calls["open"].append(Path(path).name) or real_open(path, **kw))
    monkeypatch.setattr(commune_import, "decrypt",
                        lambda opened, *a, **kw: calls["decrypt"].append(opened.path.name) or real_decrypt(
                            opened, *a, **kw))

    class CountingZip(zipfile.ZipFile):
        def __init__(self, *a, **kw) -> None:
            calls["zip"].append(1)
            super().__init__(*a, **kw)

    monkeypatch.setattr(reader.zipfile, "ZipFile", CountingZip)
    results = commune_import.import_files(commune, [one, two], receipts_dir=tmp_path / "r")
    assert [r["status"] for r in results] == ["imported", "imported"]
    assert calls == {"open": [one.name, two.name], "zip": [1, 1], "decrypt": [one.name, two.name]}
    (doc,) = _rows(commune, ReceivedDocument)  # the PDF decrypted from what the first reading kept
    assert doc.content.startswith(b"%PDF")
    assert results[1]["counts"]["household"] == {"added": 1, "changed": 0, "removed": 0, "unchanged": 1}
    monkeypatch.setattr(reader.zipfile, "ZipFile", real_zip)
    # An unknown sender is refused before anything is decrypted, with its code as before.
    with commune.uow() as uow:
        uow.session.execute(delete(EnrolledKey))
        uow.commit()
    calls["decrypt"].clear()
    _add_household(hamlet, "3", "Lê Văn Dũng")
    (refused,) = commune_import.import_files(commune, [_export(hamlet, tmp_path)], receipts_dir=tmp_path / "r")
    assert refused["error"] == "import_sender_unknown" and calls["decrypt"] == []


def test_a_batchs_receipts_are_on_disk_when_it_returns(pair, tmp_path, monkeypatch):
    """The receipts of a batch are written and synced by a background thread while the next bundle is
    imported: every one, in order, before import_files returns; a failed write stops the batch as an
    unwritable receipt does."""
    hamlet, commune = pair
    bundles = []
    for n in range(3):
        _add_household(hamlet, str(n + 1), ("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường")[n])
        bundles.append(_export(hamlet, tmp_path))
    written: list[Path] = []
    real = commune_import.write_atomic

    def slow(path, data, **kw):
        time.sleep(0.05)  # still writing when the next bundle is imported
        written.append(Path(real(path, data, **kw)))
        return path

    monkeypatch.setattr(commune_import, "write_atomic", slow)
    results = commune_import.import_files(commune, [*bundles, bundles[0]], receipts_dir=tmp_path / "r")
    assert [r["status"] for r in results] == ["imported"] * 3 + ["already_imported"]
    assert written == [Path(r["receipt"]) for r in results]
    assert all(p.stat().st_size > 0 for p in written) and not list((tmp_path / "r").glob(".*.tmp"))

    def fail(path: Path, data: bytes, **kw) -> None:
        raise OSError(5, "Input/output error", str(path))

    monkeypatch.setattr(commune_import, "write_atomic", fail)
    _add_household(hamlet, "9", "Lê Văn Dũng")
    with pytest.raises(SothonError) as err:
        commune_import.import_files(commune, [_export(hamlet, tmp_path)], receipts_dir=tmp_path / "r")
    assert err.value.code == "file_unwritable"


def test_a_batchs_receipts_are_written_in_the_order_of_its_files_rejections_included(pair, tmp_path, monkeypatch):
    """A clone's bundle with the same sequence is refused after the first was accepted: its rejection is the
    receipt left under that name, even when the acceptance's write is slow (a USB stick)."""
    from desktop_app.bundles.receipt import ACCEPTED
    from desktop_app.bundles.receipt import REJECTED as RECEIPT_REJECTED

    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An")
    first = _export(hamlet, tmp_path)
    with hamlet.uow() as uow:  # the hamlet's copy restored from an old backup: its chain starts again
        for row in uow.session.scalars(select(OutboxEntry)):
            uow.session.delete(row)
        uow.commit()
    _add_household(hamlet, "2", "Trần Văn Bình")
    clone = _export(hamlet, tmp_path / "clone")
    real = commune_import.write_atomic

    def slow(path, data, **kw):
        if threading.current_thread() is not threading.main_thread():
            time.sleep(0.3)  # the batch's writer is slow; a write made at once would overtake it
        return real(path, data, **kw)

    monkeypatch.setattr(commune_import, "write_atomic", slow)
    accepted, refused = commune_import.import_files(commune, [first, clone], receipts_dir=tmp_path / "r")
    assert (accepted["status"], refused["status"], refused["error"]) == ("imported", "rejected",
                                                                         "import_sequence_conflict")
    assert accepted["receipt"] == refused["receipt"]  # one name: sender, recipient, kind, sequence
    assert read_receipt(refused["receipt"]).status == RECEIPT_REJECTED != ACCEPTED


def test_a_failed_receipt_write_stops_the_batch_before_the_file_after_next(pair, tmp_path, monkeypatch):
    hamlet, commune = pair
    bundles = []
    for n in range(3):
        _add_household(hamlet, str(n + 1), ("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường")[n])
        bundles.append(_export(hamlet, tmp_path))
    real, calls = commune_import.write_atomic, []

    def first_fails(path, data, **kw):
        calls.append(path)
        if len(calls) == 1:
            raise OSError(28, "No space left on device", str(path))
        return real(path, data, **kw)

    monkeypatch.setattr(commune_import, "write_atomic", first_fails)
    with pytest.raises(SothonError) as err:
        commune_import.import_files(commune, bundles, receipts_dir=tmp_path / "r")
    assert err.value.code == "file_unwritable"
    with commune.reader() as conn:
        (imported,) = conn.execute("SELECT count(*) FROM received_bundles WHERE status = 'imported'").fetchone()
    assert imported == 2  # the third file was not imported: its receipt could not have been written either


def test_changes_deletions_and_a_gap_filled_later(pair, tmp_path):
    hamlet, commune = pair
    hid = _add_household(hamlet, "1", "Nguyễn Văn An", "Lê Thị Bình")
    one = _export(hamlet, tmp_path)
    with hamlet.uow() as uow:
        member = next(m for m in register.household_members(uow, hid) if m.full_name == "Lê Thị Bình")
        register.update_resident(uow, member.id, ResidentInput(full_name="Lê Thị Bình", birth_date=BirthDate(1976, 1, 2),
                                                               sex=Sex.FEMALE))
        uow.commit()
    two = _export(hamlet, tmp_path)  # nothing acknowledged yet: carries everything again, the resident at v2
    with hamlet.uow() as uow:
        register.delete_resident(uow, member.id)
        uow.commit()
    three = _export(hamlet, tmp_path)
    results = commune_import.import_files(commune, [one, three])
    assert [r["status"] for r in results] == ["imported", "imported"]
    assert results[1]["missing_sequences"] == [2]
    assert results[1]["counts"]["resident"]["removed"] == 1
    (gone,) = [r for r in _rows(commune, ReceivedResident) if r.deleted_at is not None]  # ids are pseudonyms
    assert gone.version == 3 and gone.fields["sex"] == "female"  # the fields last received stay, as in a trash
    dry = commune_import.import_files(commune, [two], dry_run=True)[0]
    assert dry["status"] == "imported" and dry["dry_run"] and dry["receipt"] is None
    (late,) = commune_import.import_files(commune, [two])  # older versions never overwrite newer ones
    assert late["missing_sequences"] == [] and late["counts"]["resident"]["changed"] == 0
    assert late["counts"] == dry["counts"]
    assert [(r.id, r.version) for r in _rows(commune, ReceivedResident) if r.deleted_at is not None] == [
        (gone.id, 3)]


def test_a_dry_run_shows_what_would_change_and_writes_nothing(pair, tmp_path):
    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An", "Lê Thị Bình")
    bundle = _export(hamlet, tmp_path)
    before = dump_tables(commune.data_dir / "sothon.db")
    (result,) = commune_import.import_files(commune, [bundle], dry_run=True, receipts_dir=tmp_path / "r")
    assert result["counts"]["resident"] == {"added": 2, "changed": 0, "removed": 0, "unchanged": 0}
    assert dump_tables(commune.data_dir / "sothon.db") == before
    assert not (tmp_path / "r").exists() and not (commune.data_dir / "receipts").exists()


def test_a_cloned_hamlet_copy_is_refused_with_both_hashes(pair, tmp_path):
    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An")
    first = _export(hamlet, tmp_path)
    commune_import.import_files(commune, [first])
    with hamlet.uow() as uow:  # a copy restored from an old backup starts its chain again
        for row in uow.session.scalars(select(OutboxEntry)):
            uow.session.delete(row)
        uow.commit()
    _add_household(hamlet, "2", "Trần Văn Cường")
    clone = _export(hamlet, tmp_path / "clone")
    before = _records(commune)
    (result,) = commune_import.import_files(commune, [clone])
    assert result["status"] == "rejected" and result["error"] == "import_sequence_conflict"
    assert {result["params"]["sha256"], result["params"]["imported_sha256"]} == {
        commune_import.open_bundle(clone, keep_documents=False).sha256,
        commune_import.open_bundle(first, keep_documents=False).sha256}
    assert _records(commune) == before
    moved = exchange.import_receipt(hamlet, result["receipt"])
    assert moved["state"] == "rejected" and "SHA-256" in moved["reason"]


def test_cli_import_and_stats_by_unit(pair, tmp_path, capsys, monkeypatch):
    hamlet, commune = pair
    _add_household(hamlet, "1", "Nguyễn Văn An", "Lê Thị Bình")
    bundle = _export(hamlet, tmp_path)
    junk = tmp_path / "junk.sothon"
    junk.write_bytes(b"not a bundle")
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(commune.data_dir)
    commune.close()
    code, doc = _cli(capsys, "--data-dir", data, "import", str(bundle), "--dry-run", "--json")
    assert code == 0 and doc[0]["status"] == "imported" and doc[0]["dry_run"] is True
    code, doc = _cli(capsys, "--data-dir", data, "import", str(bundle), str(junk), "--receipts",
                     str(tmp_path / "out"), "--json")
    assert code == 1
    assert [(r["status"], r["error"]) for r in doc] == [("imported", None), ("rejected", "bundle_not_zip")]
    assert {"status", "error", "counts", "missing_sequences", "receipt"} <= set(doc[0])
    assert Path(doc[0]["receipt"]).parent == tmp_path / "out"
    code, doc = _cli(capsys, "--data-dir", data, "import", str(bundle), "--json")
    assert code == 0 and doc[0]["status"] == "already_imported"
    code, doc = _cli(capsys, "--data-dir", data, "stats", "--json")
    assert code == 0 and doc["by_unit"]["17380-thon-dong"]["residents"] == 2
    hamlet_data = str(hamlet.data_dir)
    hamlet.close()
    code, own = _cli(capsys, "--data-dir", hamlet_data, "stats", "--json")
    assert "by_unit" not in own
    mine = doc["by_unit"]["17380-thon-dong"]
    assert set(mine) == set(own) - {"unit"}
    assert mine == {k: v for k, v in own.items() if k != "unit"}
