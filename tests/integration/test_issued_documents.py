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
from tests.conftest import PASSPHRASE, keep_signed, make_commune

ON = dt.date(2026, 11, 20)


def _commune_key(commune):
    with commune.reader() as conn:
        return identity.open_encryption_key(conn, commune.profile, PASSPHRASE)


def _sign(app, kind: str, **kw):
    return keep_signed(app, kind, on=ON, **kw)


def _opened(path, commune):
    return open_bundle(path, decryption_key=_commune_key(commune))


def _doc_records(opened, rtype="document"):
    return [r for r in opened.records["upserts"] if r["type"] == rtype]


def test_a_signed_document_is_kept_listed_saved_deleted_and_restored(hamlet, tmp_path):
    signed, view = _sign(hamlet, "hamlet_meeting_minutes")
    assert view.kind == "hamlet_meeting_minutes" and not view.party
    assert view.personal  # the attendance names household heads
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
        archive._keep(hamlet, pdf, kind="hamlet_meeting_minutes", issued_on=ON)  # noqa: SLF001
    assert err.value.code == "document_not_signed"
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "no_such_kind", issued_on=ON)
    assert err.value.code == "document_kind_unknown"
    assert archive.list_documents(hamlet) == []
    with pytest.raises(SothonError) as err:
        archive.get(hamlet, "00000000-0000-0000-0000-000000000000")
    assert err.value.code == "not_found"


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) is not installed")
def test_the_bundle_carries_the_signed_pdfs_and_they_verify_with_pdfsig(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    _add_household(hamlet, "7", "Phạm Văn Dũng")
    minutes, minutes_view = _sign(hamlet, "hamlet_meeting_minutes")
    _voters, voters_view = _sign(hamlet, "voter_list")
    # A party document, signed by the party cell secretary (the name its block prints): never to the commune.
    _party_secretary(hamlet)
    hamlet.unlock("bi.thu", PASSPHRASE)
    _sign(hamlet, "party_cell_minutes")
    hamlet.unlock(None, PASSPHRASE)

    # By default nothing that names residents leaves: the minutes (attendance) and the list stay home.
    plain = exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert plain["documents"] == [] and plain["held_back"] == 2
    names = {v.full_name for v in _residents(hamlet)}
    assert names and not any(n in json.dumps(_opened(plain["bundle"], commune).records, ensure_ascii=False)
                             for n in names)

    # The signed documents on purpose, the register still pseudonymised.
    result = exchange.export_bundle(hamlet, out_dir=tmp_path, named_documents=True)
    assert sorted(result["documents"]) == sorted([minutes_view.file_name, voters_view.file_name])
    assert result["held_back"] == 0
    opened = _opened(result["bundle"], commune)
    assert opened.counts["document"] == 2 and "party_document" not in opened.counts
    assert all(r.get("pseudonymised") for r in opened.records["upserts"] if r["type"] == "resident")
    record = next(r for r in _doc_records(opened) if r["id"] == minutes_view.id)
    assert record["fields"]["personal"] is True and record["fields"]["file"] == f"documents/{minutes_view.file_name}"
    pdf = opened.documents[record["fields"]["file"]]
    assert pdf == minutes and hashlib.sha256(pdf).hexdigest() == record["fields"]["sha256"]
    out = tmp_path / "extracted.pdf"
    out.write_bytes(pdf)
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True, check=False)
    assert "Signature is Valid." in checked.stdout, checked.stdout + checked.stderr

    # Named: records with names, and the documents (not acknowledged yet, so carried again).
    named = exchange.export_bundle(hamlet, out_dir=tmp_path, named=True)
    assert sorted(named["documents"]) == sorted([minutes_view.file_name, voters_view.file_name])
    opened = _opened(named["bundle"], commune)
    assert not any(r.get("pseudonymised") for r in opened.records["upserts"] if r["type"] == "resident")


def _add_household(app, number: str, head: str) -> None:
    from desktop_app.domain.people import BirthDate, ResidentInput, Sex
    from desktop_app.services import register

    with app.uow() as uow:
        register.add_household(uow, number=number, address="Xóm 3", head=ResidentInput(
            full_name=head, birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE))
        uow.commit()


def _residents(app):
    from desktop_app.services import views

    with app.reader() as conn:
        return views.list_residents(conn, limit=10_000)


def test_documents_travel_until_a_bundle_that_carried_them_is_acknowledged(hamlet, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)

    def export(**kw):
        return exchange.export_bundle(hamlet, out_dir=tmp_path, named_documents=True, **kw)

    _pdf, first = _sign(hamlet, "hamlet_meeting_minutes")
    one = export()
    assert one["documents"] == [first.file_name]
    exchange.mark_sent(hamlet, one["outbox_id"])
    exchange.record_receipt_state(hamlet, one["outbox_id"], exchange.REJECTED, "thiếu biên bản")
    two = export()  # rejected: carried again
    assert two["documents"] == [first.file_name]
    exchange.mark(hamlet, str(two["sequence"]), "sent")
    exchange.mark(hamlet, str(two["sequence"]), "acknowledged")
    assert archive.list_documents(hamlet)[0].sent_state == exchange.ACKNOWLEDGED
    _pdf, second = _sign(hamlet, "hamlet_meeting_minutes")
    three = export()  # acknowledged ones stay home
    assert three["documents"] == [second.file_name]
    everything = export(all=True)
    assert sorted(everything["documents"]) == sorted([first.file_name, second.file_name])
    # A document deleted after the commune received it travels as a tombstone …
    archive.delete(hamlet, first.id)
    for entry in (three, everything):
        exchange.mark_sent(hamlet, entry["outbox_id"])
    exchange.record_receipt_state(hamlet, three["outbox_id"], exchange.ACKNOWLEDGED)
    four = export()
    opened = open_bundle(four["bundle"])  # the counts are readable without the key
    assert opened.counts.get("document") == 1 and four["documents"] == []
    assert exchange.list_outbox(hamlet)[0]["documents"] == 0  # a tombstone carries no PDF
    exchange.mark_sent(hamlet, four["outbox_id"])
    exchange.record_receipt_state(hamlet, four["outbox_id"], exchange.ACKNOWLEDGED)
    assert export()["counts"] == {}  # … once
    # … and restored, it goes again (the commune holds it deleted), and the list says it is not sent.
    archive.restore(hamlet, first.id)
    assert next(v for v in archive.list_documents(hamlet) if v.id == first.id).sent_state == archive.NOT_SENT
    assert export()["documents"] == [first.file_name]


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
    assert minutes["issued_on"] == "2026-11-20" and minutes["personal"] is True

    code, doc = _cli(capsys, "--data-dir", data, "documents", "save", kept, "--out", str(tmp_path / "copy.pdf"),
                     "--json")
    assert code == 0 and (tmp_path / "copy.pdf").read_bytes() == (tmp_path / "bb.pdf").read_bytes()

    code, doc = _cli(capsys, "--data-dir", data, "recipient", "set", str(commune_pem), "--json")
    assert code == 0
    code, doc = _cli(capsys, "--data-dir", data, "recipient", "show", "--json")
    assert code == 0 and [r["kind"] for r in doc] == ["commune"]
    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--json")
    assert code == 0 and doc["documents"] == [] and doc["held_back"] == 2  # both name residents
    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "1", "sent", "--json")
    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "1", "acknowledged", "--json")
    assert code == 0
    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--named-documents", "--json")
    assert code == 0 and doc["counts"]["document"] == 2 and doc["held_back"] == 0 and len(doc["documents"]) == 2
    bundle = doc["bundle"]
    code, doc = _cli(capsys, "--data-dir", data, "verify", bundle, "--json")
    assert code == 0 and doc["valid"] is True and doc["counts"]["document"] == 2

    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "2", "acknowledged", "--json")
    assert code == 1 and doc["error"] == "outbox_transition_invalid"  # pending → acknowledged skips "sent"
    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "2", "sent", "--json")
    assert code == 0 and doc["state"] == "sent"
    code, doc = _cli(capsys, "--data-dir", data, "outbox", "mark", "2", "rejected", "--reason", "thiếu chữ ký",
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
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path, named_documents=True)["bundle"]
    hamlet_dir, commune_dir = str(hamlet.data_dir), str(commune.data_dir)
    hamlet.close()
    commune.close()

    # The hamlet cannot open what it encrypted to the commune.
    code, doc = _cli(capsys, "--data-dir", hamlet_dir, "verify", bundle, "--extract", str(tmp_path / "h"), "--json")
    assert code == 1 and doc["error"] == "bundle_not_for_this_unit"
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


# --- receipts ---------------------------------------------------------------------------------------


def test_the_communes_signed_receipt_moves_the_outbox_by_itself(hamlet, commune, commune_pem, tmp_path):
    from desktop_app.services import inbox

    exchange.set_recipient(hamlet, commune_pem)
    _pdf, minutes = _sign(hamlet, "hamlet_meeting_minutes")
    one = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", named_documents=True)
    opened = inbox.open_received(one["bundle"], app=commune)
    summary = inbox.summary(opened)
    assert summary["sender"]["code"] == hamlet.unit.code and summary["sequence"] == 1
    assert [d["id"] for d in summary["documents"]] == [minutes.id]
    with pytest.raises(SothonError) as err:
        inbox.write_receipt(commune, opened, tmp_path / "usb", accept=False, reason="  ")
    assert err.value.code == "receipt_reason_required"
    answer = inbox.write_receipt(commune, opened, tmp_path / "usb", accept=False, reason="Thiếu biên bản tháng 10")
    assert Path(answer["receipt"]).name == "17380-thon-dong-to-17380-000001.sothon-receipt"

    row = exchange.import_receipt(hamlet, answer["receipt"])  # pending → (sent) → rejected, with the reason
    assert row["state"] == "rejected" and row["reason"] == "Thiếu biên bản tháng 10" and row["already"] is False
    assert exchange.import_receipt(hamlet, answer["receipt"])["already"] is True  # reading it twice is harmless

    two = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", named_documents=True)
    assert two["documents"] == [minutes.file_name]  # the rejected bundle's document goes again
    accepted = inbox.write_receipt(commune, inbox.open_received(two["bundle"], app=commune), tmp_path / "usb",
                                   accept=True)
    row = exchange.import_receipt(hamlet, accepted["receipt"])
    assert row["state"] == "acknowledged" and row["sequence"] == 2
    assert archive.list_documents(hamlet)[0].sent_state == "acknowledged"
    # A receipt for bundle 1 cannot now acknowledge what was rejected, nor a rejection undo an acknowledgement.
    forged = inbox.write_receipt(commune, inbox.open_received(two["bundle"], app=commune), tmp_path / "other",
                                 accept=False, reason="đổi ý")
    with pytest.raises(SothonError) as err:
        exchange.import_receipt(hamlet, forged["receipt"])
    assert err.value.code == "outbox_transition_invalid"


def test_receipts_that_are_not_from_the_registered_commune_or_not_for_our_bundle_are_refused(
        hamlet, commune, commune_pem, tmp_path):
    import base64

    from desktop_app.services import inbox

    exchange.set_recipient(hamlet, commune_pem)
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path)["bundle"]
    receipt = Path(inbox.write_receipt(commune, inbox.open_received(bundle, app=commune), tmp_path,
                                       accept=True)["receipt"])
    envelope = json.loads(receipt.read_bytes())

    def variant(name, **changes):
        path = tmp_path / name
        path.write_text(json.dumps({**envelope, **changes}), encoding="utf-8")
        return path

    def refused(path) -> str:
        with pytest.raises(SothonError) as err:
            exchange.import_receipt(hamlet, path)
        return err.value.code

    payload = json.loads(base64.b64decode(envelope["payload"]))
    altered = base64.b64encode(json.dumps({**payload, "status": "rejected", "reason": "x"}).encode()).decode()
    assert refused(variant("a.sothon-receipt", payload=altered)) == "receipt_signature_invalid"
    assert refused(variant("b.sothon-receipt", signature="AAAA")) == "receipt_signature_invalid"
    assert refused(variant("c.sothon-receipt", format="other")) == "receipt_invalid"
    garbage = tmp_path / "d.sothon-receipt"
    garbage.write_bytes(b"\x00" * 100)
    assert refused(garbage) == "receipt_invalid"
    huge = tmp_path / "e.sothon-receipt"
    huge.write_bytes(b"{" + b" " * 70_000 + b"}")
    assert refused(huge) == "receipt_invalid"
    assert refused(tmp_path / "missing.sothon-receipt") == "file_not_found"

    # Signed by another unit (a second commune copy, never registered here): untrusted.
    other = make_commune(tmp_path / "other-commune")
    try:
        identity.identity_show(other)
        from desktop_app.bundles.receipt import write_receipt

        signer = identity.session_signing_identity(other)
        stranger = write_receipt(out_dir=tmp_path / "stranger", issuer={"code": "17380", "name": "Xã khác"},
                                 bundle=payload["bundle"], status="accepted", reason=None, signing_key=signer.key,
                                 signer_cert=signer.certificate)
    finally:
        other.close()
    assert refused(stranger) == "receipt_signer_untrusted"
    # A receipt of the right commune for a bundle this copy never sent.
    commune_signer = identity.session_signing_identity(commune)
    unknown = write_receipt(out_dir=tmp_path / "unknown", issuer={"code": "17380", "name": "Xã Yên Xuân"},
                            bundle={**payload["bundle"], "sequence": 9}, status="accepted", reason=None,
                            signing_key=commune_signer.key, signer_cert=commune_signer.certificate)
    assert refused(unknown) == "receipt_unknown_bundle"
    swapped = write_receipt(out_dir=tmp_path / "swapped", issuer={"code": "17380", "name": "Xã Yên Xuân"},
                            bundle={**payload["bundle"], "sha256": "0" * 64}, status="accepted", reason=None,
                            signing_key=commune_signer.key, signer_cert=commune_signer.certificate)
    assert refused(swapped) == "receipt_bundle_mismatch"
    assert [r["state"] for r in exchange.list_outbox(hamlet)] == ["pending"]  # nothing moved


def test_cli_receipt_create_and_import(hamlet, commune, commune_pem, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    exchange.set_recipient(hamlet, commune_pem)
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path)["bundle"]
    hamlet_dir, commune_dir = str(hamlet.data_dir), str(commune.data_dir)
    hamlet.close()
    commune.close()
    code, doc = _cli(capsys, "--data-dir", hamlet_dir, "receipt", "create", bundle, "--out", str(tmp_path), "--json")
    assert code == 1 and doc["error"] == "bundle_not_for_this_unit"
    code, doc = _cli(capsys, "--data-dir", commune_dir, "receipt", "create", bundle, "--out", str(tmp_path),
                     "--reject", "Sai kỳ báo cáo", "--json")
    assert code == 0 and doc["status"] == "rejected" and doc["bundle"]["sequence"] == 1
    code, doc = _cli(capsys, "--data-dir", hamlet_dir, "receipt", "import", doc["receipt"], "--json")
    assert code == 0 and doc["state"] == "rejected" and doc["reason"] == "Sai kỳ báo cáo"
    code, doc = _cli(capsys, "--data-dir", hamlet_dir, "receipt", "import", str(tmp_path / "nope"), "--json")
    assert code == 1 and doc["error"] == "file_not_found"


def test_a_bundle_encrypted_to_another_key_cannot_be_opened_even_if_addressed_here(hamlet, commune, tmp_path):
    from desktop_app.services import inbox

    impostor = make_commune(tmp_path / "impostor")  # same commune code, other keys
    try:
        identity.identity_show(impostor)
        exchange.set_recipient(hamlet, identity.export_cert(impostor, tmp_path / "impostor.pem"))
    finally:
        impostor.close()
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path)["bundle"]
    with pytest.raises(SothonError) as err:
        inbox.open_received(bundle, app=commune)
    assert err.value.code == "bundle_wrong_recipient"


def test_cli_a_signed_document_that_cannot_be_written_is_not_kept(hamlet, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(hamlet.data_dir)
    hamlet.close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, doc = _cli(capsys, "--data-dir", data, "documents", "render", "hamlet_meeting_minutes", "--out",
                     str(blocker / "bb.pdf"), "--sign", "--json")
    assert code == 1 and doc["error"] == "file_unwritable"
    code, doc = _cli(capsys, "--data-dir", data, "documents", "list", "--json")
    assert code == 0 and doc == []


def test_extracting_never_replaces_other_files_and_is_all_or_nothing(hamlet, commune, commune_pem, tmp_path):
    from desktop_app.services import inbox

    exchange.set_recipient(hamlet, commune_pem)
    _sign(hamlet, "hamlet_meeting_minutes")
    _sign(hamlet, "voter_list")
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path, named_documents=True)
    opened = inbox.open_received(bundle["bundle"], app=commune)
    out = tmp_path / "out"
    out.mkdir()
    first, second = sorted(bundle["documents"])
    (out / second).write_bytes(b"someone else's file")
    with pytest.raises(SothonError) as err:
        inbox.extract_documents(opened, out)
    assert err.value.code == "file_exists"
    assert sorted(p.name for p in out.iterdir()) == [second]  # nothing written, nothing replaced
    (out / second).unlink()
    files = inbox.extract_documents(opened, out)
    assert sorted(Path(f).name for f in files) == [first, second]
    assert inbox.extract_documents(opened, out) == files  # the same bytes again: nothing to do


def test_hostile_receipt_files_are_refused_with_a_code_never_a_crash(hamlet, commune, commune_pem, tmp_path):
    import base64
    import os

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from desktop_app.bundles.receipt import read_receipt
    from desktop_app.services import inbox

    exchange.set_recipient(hamlet, commune_pem)
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path)["bundle"]
    receipt = inbox.write_receipt(commune, inbox.open_received(bundle, app=commune), tmp_path, accept=True)
    envelope = json.loads(Path(receipt["receipt"]).read_bytes())
    cert = x509.load_pem_x509_certificate(envelope["signer"].encode())
    der = bytearray(cert.public_bytes(serialization.Encoding.DER))
    point = cert.public_key().public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    curve = bytes.fromhex("06082a8648ce3d030107")  # the OID of P-256
    unknown_curve, bad_point = bytearray(der), bytearray(der)
    unknown_curve[der.find(curve) + 9] = 0x22
    bad_point[der.find(point) + 5] ^= 0xFF
    for n, body in enumerate((unknown_curve, bad_point)):
        pem = "-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(bytes(body)).decode() + "-----END CERTIFICATE-----\n"
        path = tmp_path / f"hostile-{n}.sothon-receipt"
        path.write_text(json.dumps({**envelope, "signer": pem}), encoding="utf-8")
        with pytest.raises(SothonError) as err:
            read_receipt(path)
        assert err.value.code in ("receipt_invalid", "receipt_signature_invalid")
    fifo = tmp_path / "pipe.sothon-receipt"
    os.mkfifo(fifo)
    with pytest.raises(SothonError) as err:  # would block forever if it were opened
        read_receipt(fifo)
    assert err.value.code == "receipt_invalid"
    with pytest.raises(SothonError) as err:
        inbox.write_receipt(commune, inbox.open_received(bundle, app=commune), tmp_path, accept=False,
                            reason="x" * 1001)
    assert err.value.code == "receipt_reason_too_long"


def test_one_certificate_registered_as_commune_and_party_committee_answers_both_chains(
        hamlet, commune, commune_pem, tmp_path):
    from desktop_app.services import inbox

    exchange.set_recipient(hamlet, commune_pem)
    exchange.set_recipient(hamlet, commune_pem, kind=exchange.RECIPIENT_PARTY)
    government = exchange.export_bundle(hamlet, out_dir=tmp_path)
    _party_secretary(hamlet)
    hamlet.unlock("bi.thu", PASSPHRASE)
    _sign(hamlet, "party_cell_minutes")
    party = exchange.export_bundle(hamlet, out_dir=tmp_path, kind="party")
    assert party["documents"]  # the party committee always receives the cell's minutes, names and all
    for result, state in ((party, "rejected"), (government, "acknowledged")):
        opened = inbox.open_received(result["bundle"], app=commune)
        answer = inbox.write_receipt(commune, opened, tmp_path, accept=state == "acknowledged",
                                     reason=None if state == "acknowledged" else "Thiếu chữ ký")
        row = exchange.import_receipt(hamlet, answer["receipt"])
        assert (row["kind"], row["state"]) == (result["kind"], state)
