"""Exchange, hamlet side: the commune as recipient, exporting bundles, the outbox and its states."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.bundles.reader import open_bundle
from desktop_app.domain.clock import vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.services import exchange, identity, register
from desktop_app.storage.models import AuditEntry, OutboxEntry, Recipient, UnitSecret
from tests.conftest import PASSPHRASE


def _add_household(app, number: str, head: str, *, member: str | None = None) -> register.HouseholdView:
    with app.uow() as uow:
        h = register.add_household(uow, number=number, address="Xóm 3, Thôn Đông", head=ResidentInput(
            full_name=head, birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE, personal_id=None, phone="0912345678",
            note="ghi chú riêng"))
        if member:
            register.add_resident(uow, household_id=h.id, data=ResidentInput(
                full_name=member, birth_date=BirthDate(1975, 1, 2), sex=Sex.FEMALE))
        uow.commit()
    return h


def _commune_key(commune):
    with commune.reader() as conn:
        return identity.open_encryption_key(conn, commune.profile, PASSPHRASE)


def _known(app) -> list:
    with app.reader() as conn:
        return identity.known_certificates(conn)


def _rows(app, model):
    with app.uow() as uow:
        return list(uow.session.scalars(select(model)))


# --- the recipient ----------------------------------------------------------------------------------


def test_the_communes_certificate_file_registers_the_recipient(hamlet, commune_pem, commune):
    doc = exchange.set_recipient(hamlet, commune_pem)
    assert doc["code"] == "17380" and doc["kind"] == "commune" and doc["name"] == "Xã Yên Xuân"
    from desktop_app.services import credentials as cr

    assert doc["signing_fingerprint"] == cr.fingerprint(_known(commune)[0])
    again = exchange.set_recipient(hamlet, commune_pem)  # registering again replaces, never duplicates
    assert again["code"] == "17380"
    assert len(_rows(hamlet, Recipient)) == 1
    audit = [a for a in _rows(hamlet, AuditEntry) if a.record_type == "recipients"]
    assert audit and all("BEGIN CERTIFICATE" not in json.dumps(a.changes) for a in audit)


def test_a_certificate_file_whose_encryption_cert_was_not_issued_by_its_signing_cert_is_refused(
        hamlet, commune, commune_pem, tmp_path):
    from desktop_app.services import credentials as cr
    from tests.unit import bundle_support as bs

    signing, _enc = commune_pem.read_text().split("-----END CERTIFICATE-----\n")[:2]
    foreign_enc = cr.cert_pem(bs.commune().enc_cert)  # issued by another key
    bad = tmp_path / "bad.pem"
    bad.write_text(signing + "-----END CERTIFICATE-----\n" + foreign_enc)
    with pytest.raises(SothonError) as err:
        exchange.set_recipient(hamlet, bad)
    assert err.value.code == "recipient_cert_invalid"
    only_signing = tmp_path / "one.pem"
    only_signing.write_text(signing + "-----END CERTIFICATE-----\n")
    with pytest.raises(SothonError) as err:
        exchange.set_recipient(hamlet, only_signing)
    assert err.value.code == "recipient_cert_invalid"
    assert _rows(hamlet, Recipient) == []


def test_the_hamlets_own_certificate_is_refused_as_recipient(hamlet, tmp_path):
    own = identity.export_cert(hamlet, tmp_path / "own.pem")
    with pytest.raises(SothonError) as err:
        exchange.set_recipient(hamlet, own)
    assert err.value.code == "recipient_is_own_unit"
    assert _rows(hamlet, Recipient) == []


# --- exporting --------------------------------------------------------------------------------------


def test_export_without_a_recipient_is_refused_and_says_how_to_register_one(hamlet, tmp_path):
    from desktop_app.messages import render

    with pytest.raises(SothonError) as err:
        exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert err.value.code == "recipient_missing"
    assert "sothon recipient set" in render(err.value)
    assert _rows(hamlet, OutboxEntry) == [] and list(tmp_path.glob("*.sothon")) == []


def test_an_exported_bundle_verifies_and_holds_the_pseudonymised_register(hamlet, commune, commune_pem, tmp_path):
    h = _add_household(hamlet, "12", "Nguyễn Văn An", member="Lê Thị Bình")
    exchange.set_recipient(hamlet, commune_pem)
    out = tmp_path / "out"
    out.mkdir()
    result = exchange.export_bundle(hamlet, out_dir=out)
    assert result["sequence"] == 1
    assert result["counts"] == {"household": 1, "resident": 2, "resident_event": 2}

    path = Path(result["bundle"])
    assert path.name == "17380-thon-dong-to-17380-000001.sothon"
    opened = open_bundle(path, trust=_known(hamlet),
                         decryption_key=_commune_key(commune))
    m = opened.manifest
    assert m["sequence"] == 1 and m["previous_sha256"] is None and m["kind"] == "government"
    assert m["recipient"] == {"code": "17380", "name": "Xã Yên Xuân", "kind": "commune"}
    assert m["sender"]["code"] == "17380-thon-dong" and opened.encrypted and opened.decrypted
    text = json.dumps(opened.records, ensure_ascii=False)
    for secret in ("Nguyễn Văn An", "Lê Thị Bình", "0912345678", "ghi chú riêng", "1970-05-04", h.id):
        assert secret not in text
    residents = [u for u in opened.records["upserts"] if u["type"] == "resident"]
    assert {r["fields"]["birth_year"] for r in residents} == {1970, 1975}
    assert all(r["pseudonymised"] for r in opened.records["upserts"])
    household = next(u for u in opened.records["upserts"] if u["type"] == "household")
    assert {r["fields"]["household_id"] for r in residents} == {household["id"]}
    assert opened.report["figures"]["population.residents"] == 2
    assert opened.report["figures"]["population.households"] == 1

    # Nothing readable without the commune's key: the payloads are ciphertext.
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["data/records.json.enc", "data/report.json.enc", "manifest.json",
                                         "manifest.sig", "signer.pem"]
    # The pseudonym secret is stored once, never in the audit log.
    [secret] = _rows(hamlet, UnitSecret)
    assert all(secret.secret not in json.dumps(a.changes) for a in _rows(hamlet, AuditEntry))


def test_a_second_export_chains_to_the_first_and_carries_what_is_not_acknowledged(
        hamlet, commune, commune_pem, tmp_path):
    _add_household(hamlet, "12", "Nguyễn Văn An")
    exchange.set_recipient(hamlet, commune_pem)
    first = exchange.export_bundle(hamlet, out_dir=tmp_path)
    second = exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert second["sequence"] == 2
    opened2 = open_bundle(second["bundle"], decryption_key=_commune_key(commune))
    assert opened2.manifest["previous_sha256"] == open_bundle(first["bundle"]).sha256 == first["sha256"]
    assert second["counts"] == first["counts"]  # nothing acknowledged yet: everything again

    exchange.mark_sent(hamlet, first["outbox_id"])
    exchange.record_receipt_state(hamlet, first["outbox_id"], "acknowledged")
    third = exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert third["sequence"] == 3 and third["counts"] == {}  # nothing changed since the acknowledged one
    _add_household(hamlet, "13", "Trần Văn Cường")
    fourth = exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert fourth["counts"] == {"household": 1, "resident": 1, "resident_event": 1}
    everything = exchange.export_bundle(hamlet, out_dir=tmp_path, all=True)
    assert everything["counts"] == {"household": 2, "resident": 2, "resident_event": 2}


def test_a_named_export_keeps_names_and_real_ids(hamlet, commune, commune_pem, tmp_path):
    h = _add_household(hamlet, "12", "Nguyễn Văn An")
    exchange.set_recipient(hamlet, commune_pem)
    result = exchange.export_bundle(hamlet, out_dir=tmp_path, named=True)
    opened = open_bundle(result["bundle"], decryption_key=_commune_key(commune))
    household = next(u for u in opened.records["upserts"] if u["type"] == "household")
    assert household["id"] == h.id and "pseudonymised" not in household
    assert "Nguyễn Văn An" in json.dumps(opened.records, ensure_ascii=False)
    assert _rows(hamlet, UnitSecret) == []  # no pseudonym secret needed


def test_deleted_records_travel_as_tombstones(hamlet, commune, commune_pem, tmp_path):
    from desktop_app.storage.models import Resident

    h = _add_household(hamlet, "12", "Nguyễn Văn An", member="Lê Thị Bình")
    with hamlet.uow() as uow:
        member = uow.session.scalars(select(Resident).where(Resident.household_id == h.id,
                                                            Resident.id != h.head_id)).one()
        uow.soft_delete(member)
        uow.commit()
    exchange.set_recipient(hamlet, commune_pem)
    result = exchange.export_bundle(hamlet, out_dir=tmp_path, all=True)
    opened = open_bundle(result["bundle"], decryption_key=_commune_key(commune))
    [tomb] = opened.records["tombstones"]
    assert tomb["type"] == "resident" and tomb["pseudonymised"] is True and tomb["version"] == 2
    assert set(tomb) == {"id", "type", "version", "deleted_at", "pseudonymised"}


def test_demo_data_exports_named_and_pseudonymised(hamlet, commune, commune_pem, tmp_path):
    from desktop_app.services import demo

    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=3, force=False, today=vn_today())
        uow.commit()
    exchange.set_recipient(hamlet, commune_pem)
    for named in (False, True):
        result = exchange.export_bundle(hamlet, out_dir=tmp_path, named=named)
        opened = open_bundle(result["bundle"], decryption_key=_commune_key(commune))
        assert opened.counts["resident"] > 100


def test_a_failed_write_records_nothing(hamlet, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(SothonError) as err:
        exchange.export_bundle(hamlet, out_dir=blocker)
    assert err.value.code == "file_unwritable"
    assert _rows(hamlet, OutboxEntry) == [] and _rows(hamlet, UnitSecret) == []


def test_a_failed_outbox_write_removes_the_file(hamlet, commune_pem, tmp_path, monkeypatch):
    exchange.set_recipient(hamlet, commune_pem)
    from desktop_app.storage.uow import UnitOfWork

    real_add = UnitOfWork.add

    def failing_add(self, obj):
        if isinstance(obj, OutboxEntry):
            raise RuntimeError("disk full")
        return real_add(self, obj)

    monkeypatch.setattr(UnitOfWork, "add", failing_add)
    with pytest.raises(RuntimeError):
        exchange.export_bundle(hamlet, out_dir=tmp_path)
    monkeypatch.undo()
    assert list(tmp_path.glob("*.sothon")) == [] and _rows(hamlet, OutboxEntry) == []


def test_only_the_units_key_holder_exports(hamlet, commune_pem, tmp_path):
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles

    exchange.set_recipient(hamlet, commune_pem)
    identity.identity_show(hamlet)  # the head's keys are the unit's
    with hamlet.uow() as uow:
        profiles.add_profile(uow, acting=hamlet.profile, name="pho.thon", display_name="Phó Thôn",
                             role=Role.MEDIATOR,
                             phone=None, passphrase="mat-khau-pho")
        uow.commit()
    hamlet.unlock("pho.thon", "mat-khau-pho")
    with pytest.raises(SothonError) as err:
        exchange.export_bundle(hamlet, out_dir=tmp_path)
    assert err.value.code == "export_not_key_holder"


# --- the outbox -------------------------------------------------------------------------------------


def test_outbox_states_follow_the_rules(hamlet, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    a = exchange.export_bundle(hamlet, out_dir=tmp_path)
    b = exchange.export_bundle(hamlet, out_dir=tmp_path)
    [newest, oldest] = exchange.list_outbox(hamlet)
    assert (newest["sequence"], oldest["sequence"]) == (2, 1)
    assert oldest["state"] == "pending" and oldest["file"] == Path(a["bundle"]).name
    assert oldest["recipient"] == "17380" and oldest["sha256"] == a["sha256"] and oldest["previous_sha256"] is None
    assert newest["previous_sha256"] == a["sha256"]
    assert set(oldest["period"]) == {"from", "to"} and oldest["counts"] == a["counts"]

    for bad in ("acknowledged", "rejected"):  # not sent yet
        with pytest.raises(SothonError) as err:
            exchange.record_receipt_state(hamlet, a["outbox_id"], bad)
        assert err.value.code == "outbox_transition_invalid"
    assert exchange.mark_sent(hamlet, a["outbox_id"])["state"] == "sent"
    with pytest.raises(SothonError):
        exchange.mark_sent(hamlet, a["outbox_id"])
    with pytest.raises(SothonError):
        exchange.record_receipt_state(hamlet, a["outbox_id"], "pending")
    assert exchange.record_receipt_state(hamlet, a["outbox_id"], "acknowledged")["state"] == "acknowledged"
    with pytest.raises(SothonError):
        exchange.record_receipt_state(hamlet, a["outbox_id"], "rejected")

    exchange.mark_sent(hamlet, b["outbox_id"])
    rejected = exchange.record_receipt_state(hamlet, b["outbox_id"], "rejected", reason="hash chain broken")
    assert rejected["state"] == "rejected" and rejected["reason"] == "hash chain broken"
    with pytest.raises(SothonError) as err:
        exchange.mark_sent(hamlet, "no-such-id")
    assert err.value.code == "not_found"
    audit = [x.action for x in _rows(hamlet, AuditEntry) if x.record_type == "outbox"]
    assert audit.count("create") == 2 and "acknowledged" in audit and "rejected" in audit


# --- the command line -------------------------------------------------------------------------------


def _cli(capsys, *argv: str) -> tuple[int, object]:
    from desktop_app.cli import main

    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_cli_recipient_export_outbox_and_verify(hamlet, commune_pem, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(hamlet.data_dir)
    hamlet.close()
    out = tmp_path / "usb"
    out.mkdir()

    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--json")
    assert code == 1 and doc["error"] == "recipient_missing" and "sothon recipient set" in doc["message"]

    code, doc = _cli(capsys, "--data-dir", data, "recipient", "set", str(commune_pem), "--json")
    assert code == 0 and doc["code"] == "17380"

    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--json")
    assert code == 0
    assert {"bundle", "sequence", "counts"} <= set(doc) and doc["sequence"] == 1
    assert isinstance(doc["counts"], dict)
    bundle = doc["bundle"]
    assert Path(bundle).is_file()

    code, doc = _cli(capsys, "--data-dir", data, "export", "--out", str(out), "--all", "--named", "--json")
    assert code == 0 and doc["sequence"] == 2

    code, doc = _cli(capsys, "--data-dir", data, "outbox", "--json")
    assert code == 0 and [r["sequence"] for r in doc] == [2, 1] and {r["state"] for r in doc} == {"pending"}
    assert {"id", "recipient", "sequence", "state", "created_at", "file", "sha256", "counts", "period"} <= set(doc[0])

    code, doc = _cli(capsys, "--data-dir", data, "verify", bundle, "--json")
    assert code == 0 and doc["valid"] is True


def test_openssl_verifies_the_manifest_signature(hamlet, commune_pem, tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    _add_household(hamlet, "12", "Nguyễn Văn An")
    exchange.set_recipient(hamlet, commune_pem)
    result = exchange.export_bundle(hamlet, out_dir=tmp_path)
    work = tmp_path / "x"
    work.mkdir()
    with zipfile.ZipFile(result["bundle"]) as zf:
        for name in ("manifest.json", "manifest.sig", "signer.pem"):
            (work / name).write_bytes(zf.read(name))
    pub = subprocess.run(["openssl", "x509", "-in", "signer.pem", "-pubkey", "-noout"], cwd=work,
                         capture_output=True, check=True).stdout
    (work / "pub.pem").write_bytes(pub)
    done = subprocess.run(["openssl", "dgst", "-sha256", "-verify", "pub.pem", "-signature", "manifest.sig",
                           "manifest.json"], cwd=work, capture_output=True, text=True)
    assert done.returncode == 0 and "Verified OK" in done.stdout
