"""Signed documents kept by the unit, and carried by the bundles: minimised, each chain to its recipient,
until acknowledged; their PDFs still verify (pdfsig) once the commune decrypts the bundle."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.bundles.reader import open_bundle
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.services import archive, documents, exchange, identity, profiles
from desktop_app.storage.models import AuditEntry
from tests.conftest import PASSPHRASE, make_commune

ON = dt.date(2026, 11, 20)


@pytest.fixture
def commune(tmp_path):
    app = make_commune(tmp_path / "commune")
    identity.identity_show(app)
    yield app
    app.close()


@pytest.fixture
def commune_pem(commune, tmp_path) -> Path:
    return identity.export_cert(commune, tmp_path / "commune.pem")


def _commune_key(commune):
    with commune.reader() as conn:
        return identity.open_encryption_key(conn, commune.profile, PASSPHRASE)


def _sign(app, kind: str, **kw):
    pdf = documents.render(app, kind, on=ON, **kw)
    return archive.sign_and_keep(app, pdf, kind=kind, issued_on=ON, year=kw.get("year"))


def _opened(path, commune):
    return open_bundle(path, decryption_key=_commune_key(commune))


def _doc_records(opened, rtype="document"):
    return [r for r in opened.records["upserts"] if r["type"] == rtype]


def test_a_signed_document_is_kept_listed_saved_deleted_and_restored(hamlet, tmp_path):
    signed, view = _sign(hamlet, "hamlet_meeting_minutes")
    assert view.kind == "hamlet_meeting_minutes" and not view.party and not view.personal
    assert view.signer == "Nguyễn Văn Trưởng" and view.sent_state == archive.NOT_SENT
    assert view.sha256 == hashlib.sha256(signed).hexdigest() and view.file_name.endswith(".pdf")
    assert view.file_name.startswith("hamlet-meeting-minutes-2026-11-20-")
    listed = archive.list_documents(hamlet)
    assert [v.id for v in listed] == [view.id]
    _view, pdf = archive.get(hamlet, view.id)
    assert pdf == signed
    copy = archive.save_copy(hamlet, view.id, tmp_path)  # a folder: the document's own name
    assert copy == tmp_path / view.file_name and copy.read_bytes() == signed
    # The audit log says it was issued, with its hash, never its bytes.
    with hamlet.uow() as uow:
        entry = uow.session.scalars(select(AuditEntry).where(AuditEntry.record_id == view.id)).one()
        assert entry.changes["sha256"][1] == view.sha256 and entry.changes["content"] == [None, "***"]
    archive.delete(hamlet, view.id)
    assert archive.list_documents(hamlet) == []
    assert [v.deleted for v in archive.list_documents(hamlet, include_deleted=True)] == [True]
    archive.restore(hamlet, view.id)
    assert [v.id for v in archive.list_documents(hamlet)] == [view.id]


def test_only_signed_pdfs_of_a_known_kind_are_kept(hamlet):
    pdf = documents.render(hamlet, "hamlet_meeting_minutes", on=ON)
    with pytest.raises(SothonError) as err:
        archive.keep(hamlet, pdf, kind="hamlet_meeting_minutes", issued_on=ON)
    assert err.value.code == "document_not_signed"
    with pytest.raises(SothonError) as err:
        archive.sign_and_keep(hamlet, pdf, kind="no_such_kind", issued_on=ON)
    assert err.value.code == "document_kind_unknown"
    assert archive.list_documents(hamlet) == []
    with pytest.raises(SothonError) as err:
        archive.get(hamlet, "00000000-0000-0000-0000-000000000000")
    assert err.value.code == "not_found"


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) is not installed")
def test_the_bundle_carries_the_signed_pdfs_and_they_verify_with_pdfsig(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    minutes, minutes_view = _sign(hamlet, "hamlet_meeting_minutes")
    _voters, voters_view = _sign(hamlet, "voter_list")  # names residents: held back unless named
    _party, _party_view = _sign(hamlet, "party_cell_minutes")  # a party document: never to the commune

    result = exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert result["documents"] == [minutes_view.file_name] and result["held_back"] == 1
    opened = _opened(result["bundle"], commune)
    assert opened.counts["document"] == 1 and "party_document" not in opened.counts
    (record,) = _doc_records(opened)
    assert record["id"] == minutes_view.id and record["fields"]["personal"] is False
    assert record["fields"]["file"] == f"documents/{minutes_view.file_name}"
    pdf = opened.documents[record["fields"]["file"]]
    assert pdf == minutes and hashlib.sha256(pdf).hexdigest() == record["fields"]["sha256"]
    out = tmp_path / "extracted.pdf"
    out.write_bytes(pdf)
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, check=False)
    assert "Signature is Valid." in checked.stdout, checked.stdout + checked.stderr

    # Named: the voter list goes too, with the minutes (not acknowledged yet, so carried again).
    named = exchange.export_bundle(hamlet, out_dir=tmp_path, named=True)
    assert sorted(named["documents"]) == sorted([minutes_view.file_name, voters_view.file_name])
    assert named["held_back"] == 0
    opened = _opened(named["bundle"], commune)
    assert {r["fields"]["personal"] for r in _doc_records(opened)} == {False, True}


def test_documents_travel_until_a_bundle_that_carried_them_is_acknowledged(hamlet, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    _pdf, first = _sign(hamlet, "hamlet_meeting_minutes")
    one = exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert one["documents"] == [first.file_name]
    exchange.mark_sent(hamlet, one["outbox_id"])
    exchange.record_receipt_state(hamlet, one["outbox_id"], exchange.REJECTED, "thiếu biên bản")
    two = exchange.export_bundle(hamlet, out_dir=tmp_path)  # rejected: carried again
    assert two["documents"] == [first.file_name]
    exchange.mark(hamlet, str(two["sequence"]), "sent")
    exchange.mark(hamlet, str(two["sequence"]), "acknowledged")
    assert archive.list_documents(hamlet)[0].sent_state == exchange.ACKNOWLEDGED
    _pdf, second = _sign(hamlet, "hamlet_meeting_minutes")
    three = exchange.export_bundle(hamlet, out_dir=tmp_path)  # acknowledged ones stay home
    assert three["documents"] == [second.file_name]
    everything = exchange.export_bundle(hamlet, out_dir=tmp_path, all=True)
    assert sorted(everything["documents"]) == sorted([first.file_name, second.file_name])
    # A document deleted after the commune received it travels as a tombstone.
    archive.delete(hamlet, first.id)
    for entry in (three, everything):
        exchange.mark_sent(hamlet, entry["outbox_id"])
    exchange.record_receipt_state(hamlet, three["outbox_id"], exchange.ACKNOWLEDGED)
    four = exchange.export_bundle(hamlet, out_dir=tmp_path)
    opened = open_bundle(four["bundle"])  # the counts are readable without the key
    assert opened.counts.get("document") == 1 and four["documents"] == []


def _party_secretary(hamlet):
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="bi.thu", display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()


def test_party_documents_go_only_in_party_bundles_signed_by_the_party_secretary(
        hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    with pytest.raises(SothonError) as err:
        exchange.export_bundle(hamlet, out_dir=tmp_path, kind="party")
    assert err.value.code == "export_party_not_secretary"
    _party_secretary(hamlet)
    hamlet.unlock("bi.thu", PASSPHRASE)
    with pytest.raises(SothonError) as err:
        exchange.export_bundle(hamlet, out_dir=tmp_path, kind="party")
    assert err.value.code == "party_recipient_missing"
    party_committee = exchange.set_recipient(hamlet, commune_pem, kind=exchange.RECIPIENT_PARTY)
    assert party_committee["kind"] == "party_committee" and party_committee["code"] == "17380"
    assert exchange.get_recipient(hamlet)["kind"] == "commune"  # both registered, one of each kind

    party_pdf, party_view = _sign(hamlet, "party_cell_minutes")
    assert party_view.party and party_view.signer == "Trần Văn Bí Thư"
    result = exchange.export_bundle(hamlet, out_dir=tmp_path / "party", kind="party")
    assert result["kind"] == "party" and result["sequence"] == 1
    assert result["counts"] == {"party_document": 1} and result["documents"] == [party_view.file_name]
    opened = _opened(result["bundle"], commune)
    assert opened.kind == "party" and opened.recipient["kind"] == "party_committee" and opened.report is None
    assert opened.documents[f"documents/{party_view.file_name}"] == party_pdf
    assert opened.sender["code"] == hamlet.unit.code

    # The head's government chain starts at 1 too, and never carries the party minutes.
    hamlet.unlock(None, PASSPHRASE)
    government = exchange.export_bundle(hamlet, out_dir=tmp_path / "gov")
    assert government["sequence"] == 1 and "party_document" not in government["counts"]
    assert government["documents"] == []


def test_the_party_committee_registers_from_its_own_copys_certificate(hamlet, tmp_path):
    office = make_commune(tmp_path / "party-office")  # the party committee's office runs its own copy
    try:
        pem = identity.export_cert(office, tmp_path / "office.pem")
    finally:
        office.close()
    with pytest.raises(SothonError) as err:
        exchange.set_recipient(hamlet, pem, kind="bogus")
    assert err.value.code == "recipient_kind_unknown"
    assert exchange.set_recipient(hamlet, pem, kind=exchange.RECIPIENT_PARTY)["code"] == "17380"


# --- the command line -------------------------------------------------------------------------------


def _cli(capsys, *argv: str) -> tuple[int, object]:
    from desktop_app.cli import main

    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_cli_signs_keeps_lists_exports_and_marks(hamlet, commune, commune_pem, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(hamlet.data_dir)
    hamlet.close()
    out = tmp_path / "usb"
    out.mkdir()

    code, doc = _cli(capsys, "--data-dir", data, "documents", "render", "hamlet_meeting_minutes", "--on",
                     "20/11/2026", "--out", str(tmp_path / "bb.pdf"), "--sign", "--json")
    assert code == 0 and doc["signed"] is True and doc["kept"]
    kept = doc["kept"]
    code, doc = _cli(capsys, "--data-dir", data, "documents", "render", "resident_list", "--out",
                     str(tmp_path / "ds.pdf"), "--sign", "--json")
    assert code == 0
    code, doc = _cli(capsys, "--data-dir", data, "documents", "list", "--json")
    assert code == 0 and len(doc) == 2 and kept in {d["id"] for d in doc}
    assert {d["sent_state"] for d in doc} == {"not_sent"}
    minutes = next(d for d in doc if d["id"] == kept)
    assert minutes["issued_on"] == "2026-11-20" and minutes["personal"] is False

    code, doc = _cli(capsys, "--data-dir", data, "documents", "save", kept, "--out", str(tmp_path / "copy.pdf"),
                     "--json")
    assert code == 0 and (tmp_path / "copy.pdf").read_bytes() == (tmp_path / "bb.pdf").read_bytes()

    code, doc = _cli(capsys, "--data-dir", data, "recipient", "set", str(commune_pem), "--json")
    assert code == 0
    code, doc = _cli(capsys, "--data-dir", data, "recipient", "show", "--json")
    assert code == 0 and [r["kind"] for r in doc] == ["commune"]
    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--json")
    assert code == 0 and doc["counts"]["document"] == 1 and doc["held_back"] == 1 and len(doc["documents"]) == 1
    bundle = doc["bundle"]
    code, doc = _cli(capsys, "--data-dir", data, "verify", bundle, "--json")
    assert code == 0 and doc["valid"] is True and doc["counts"]["document"] == 1

    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "1", "acknowledged", "--json")
    assert code == 1 and doc["error"] == "outbox_transition_invalid"  # pending → acknowledged skips "sent"
    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "1", "sent", "--json")
    assert code == 0 and doc["state"] == "sent"
    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "1", "rejected", "--reason", "thiếu chữ ký",
                     "--json")
    assert code == 0 and doc["state"] == "rejected" and doc["reason"] == "thiếu chữ ký"
    code, doc = _cli(capsys, "--data-dir", data, "documents", "list", "--json")
    assert next(d for d in doc if d["id"] == kept)["sent_state"] == "rejected"

    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--party", "--json")
    assert code == 1 and doc["error"] == "export_party_not_secretary"
    code, doc = _cli(capsys, "--data-dir", data, "documents", "delete", kept, "--json")
    assert code == 0 and doc["deleted"] is True
    code, doc = _cli(capsys, "--data-dir", data, "documents", "restore", kept, "--json")
    assert code == 0 and doc["deleted"] is False
    code, doc = _cli(capsys, "--data-dir", data, "--lang", "vi", "documents", "save", "nope", "--out",
                     str(tmp_path / "x.pdf"), "--json")
    assert code == 1 and doc["error"] == "not_found" and "văn bản" in doc["message"]


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) is not installed")
def test_cli_the_commune_extracts_the_pdfs_of_a_bundle_and_pdfsig_validates_them(
        hamlet, commune, commune_pem, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    exchange.set_recipient(hamlet, commune_pem)
    _sign(hamlet, "hamlet_meeting_minutes")
    _sign(hamlet, "longevity_list", year=2026)
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path, named=True)["bundle"]
    hamlet_dir, commune_dir = str(hamlet.data_dir), str(commune.data_dir)
    hamlet.close()
    commune.close()

    # The hamlet cannot open what it encrypted to the commune.
    code, doc = _cli(capsys, "--data-dir", hamlet_dir, "verify", bundle, "--extract", str(tmp_path / "h"), "--json")
    assert code == 1 and doc["error"] == "bundle_wrong_recipient"
    assert not (tmp_path / "h").exists()

    out = tmp_path / "from-bundle"
    code, doc = _cli(capsys, "--data-dir", commune_dir, "verify", bundle, "--extract", str(out), "--json")
    assert code == 0 and doc["valid"] is True and len(doc["extracted"]) == 2
    for path in doc["extracted"]:
        checked = subprocess.run(["pdfsig", path], capture_output=True, text=True, check=False)
        assert "Signature is Valid." in checked.stdout, checked.stdout + checked.stderr


def test_the_party_and_government_chains_can_share_one_outbox_folder(hamlet, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    exchange.set_recipient(hamlet, commune_pem, kind=exchange.RECIPIENT_PARTY)
    government = exchange.export_bundle(hamlet, out_dir=tmp_path)
    _party_secretary(hamlet)
    hamlet.unlock("bi.thu", PASSPHRASE)
    party = exchange.export_bundle(hamlet, out_dir=tmp_path, kind="party")
    assert government["sequence"] == party["sequence"] == 1
    assert Path(government["bundle"]).name == "17380-thon-dong-to-17380-000001.sothon"
    assert Path(party["bundle"]).name == "17380-thon-dong-to-17380-party-000001.sothon"
