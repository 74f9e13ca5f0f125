"""Commune mode, reading a hamlet's records as received (services.commune_records, ``sothon received``): what
the demo hamlet sent, listed in its own book's order, pseudonymised where it came so, named where it was sent
named, and the documents' PDFs saved as they came."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.clock import vn_today
from desktop_app.domain.vietnamese import name_sort_key
from desktop_app.services import (
    commune_import,
    commune_records,
    demo,
    enrolment,
    exchange,
    identity,
    register,
)
from desktop_app.storage.models import Household, MediationCase, Meeting, SecurityActivity, SecurityEvent
from tests.conftest import PASSPHRASE, dump_tables, keep_signed
from tests.integration.test_exchange import _cli as _main

TODAY = vn_today()
CODE = "17380-thon-dong"


@pytest.fixture(scope="module")
def received(tmp_path_factory):
    """Thôn Đông with the demo's year, a signed household list, sent named, imported at the commune."""
    from tests.conftest import make_commune, make_hamlet

    root = tmp_path_factory.mktemp("received")
    hamlet, commune = make_hamlet(root / "hamlet"), make_commune(root / "commune")
    with hamlet.uow() as uow:
        demo.fill_demo(uow, scale="hamlet", seed=7, force=False, today=TODAY)
        uow.commit()
    keep_signed(hamlet, "household_list")
    exchange.set_recipient(hamlet, identity.export_cert(commune, root / "commune.pem"))
    enrolment.enrol(commune, identity.export_cert(hamlet, root / "dong.pem"))
    bundle = exchange.export_bundle(hamlet, out_dir=root / "usb", named=True)["bundle"]
    (result,) = commune_import.import_files(commune, [bundle], receipts_dir=root / "usb")
    assert result["status"] == "imported", result
    yield hamlet, commune, root
    hamlet.close()
    commune.close()


@pytest.fixture
def cli(capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)

    def run(app, *argv: str):
        return _main(capsys, "--data-dir", str(app.data_dir), *argv)
    return run


def _count(app, model) -> int:
    with app.uow() as uow:
        return uow.session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None)))


def test_every_record_type_lists_what_the_hamlet_holds(received):
    hamlet, commune, _root = received
    with commune.uow() as uow:
        got = {t: commune_records.received(uow, CODE, t)["total"] for t in commune_records.RECORD_TYPES}
    with hamlet.uow() as uow:
        residents = len(register.list_residents(uow))
    assert got["household"] == _count(hamlet, Household) and got["resident"] >= residents
    assert got["mediation_case"] == _count(hamlet, MediationCase) > 0
    assert got["meeting"] > 0 and got["meeting"] <= _count(hamlet, Meeting)  # party cell meetings never go
    assert got["security_event"] == _count(hamlet, SecurityEvent) > 0
    assert got["security_activity"] == _count(hamlet, SecurityActivity) > 0
    assert got["document"] == 1


def test_households_by_number_and_residents_head_first_then_eldest_within_each(received):
    hamlet, commune, _root = received
    with commune.uow() as uow:
        households = commune_records.received(uow, CODE, "household")["rows"]
        residents = commune_records.received(uow, CODE, "resident")["rows"]
    numbers = [int(h["number"]) for h in households]
    assert numbers == sorted(numbers) and households[0]["head"] and households[0]["members"] >= 1
    with hamlet.uow() as uow:
        first = register.household_members(uow, households[0]["id"])
    assert households[0]["members"] == sum(1 for m in first if m.status.value == "present")
    in_first = [r for r in residents if r["household_id"] == households[0]["id"]]
    assert in_first[0]["relation"] == "head" and in_first[0]["full_name"] == households[0]["head"]
    rest = in_first[1:]
    assert [(r["birth_year"], name_sort_key(r["full_name"])) for r in rest] == \
        sorted((r["birth_year"], name_sort_key(r["full_name"])) for r in rest)
    assert residents[:len(in_first)] == in_first  # the first household's people come first


def test_the_newest_first_lists_and_the_slice(received):
    _hamlet, commune, _root = received
    with commune.uow() as uow:
        meetings = commune_records.received(uow, CODE, "meeting")["rows"]
        events = commune_records.received(uow, CODE, "security_event")
        two = commune_records.received(uow, CODE, "security_event", limit=2, offset=1)
    assert [m["date"] for m in meetings] == sorted((m["date"] for m in meetings), reverse=True)
    assert two["total"] == events["total"] and two["rows"] == events["rows"][1:3]
    assert all(m["expected"] is None or m["present"] <= m["expected"] for m in meetings)


def test_sent_pseudonymised_the_register_has_no_names(received, tmp_path):
    hamlet, _commune, root = received
    from tests.conftest import make_commune

    other = make_commune(tmp_path / "other")
    try:
        exchange.set_recipient(hamlet, identity.export_cert(other, tmp_path / "other.pem"))
        enrolment.enrol(other, identity.export_cert(hamlet, tmp_path / "dong.pem"))
        bundle = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")["bundle"]
        (result,) = commune_import.import_files(other, [bundle], receipts_dir=tmp_path / "usb")
        assert result["status"] == "imported", result
        with other.uow() as uow:
            residents = commune_records.received(uow, CODE, "resident")["rows"]
            households = commune_records.received(uow, CODE, "household")["rows"]
        assert residents and all(r["pseudonymised"] and r["full_name"] is None for r in residents)
        assert all(h["number"] is None and h["head"] is None and h["address"] is None for h in households)
    finally:
        other.close()
        exchange.set_recipient(hamlet, root / "commune.pem")


def test_a_received_document_is_saved_as_it_came(received, tmp_path):
    _hamlet, commune, _root = received
    with commune.uow() as uow:
        (doc,) = commune_records.received(uow, CODE, "document")["rows"]
        _row, pdf = commune_records.received_document(uow, doc["id"])
    assert doc["kind"] == "household_list" and doc["signer"] and doc["number"]
    out = commune_records.save_document(commune, doc["id"], tmp_path / "copy.pdf")
    assert out.read_bytes() == pdf and pdf.startswith(b"%PDF")
    import hashlib

    assert hashlib.sha256(pdf).hexdigest() == doc["sha256"]


def test_the_command_line_lists_and_saves(received, cli, tmp_path):
    _hamlet, commune, _root = received
    code, doc = cli(commune, "received", "mediation_case", "--unit", CODE, "--limit", "3", "--json")
    assert code == 0 and doc["type"] == "mediation_case" and len(doc["rows"]) == 3 and doc["total"] >= 3
    code, docs = cli(commune, "received", "document", "--unit", CODE, "--json")
    (one,) = docs["rows"]
    code, saved = cli(commune, "received-copy", one["id"], "--out", str(tmp_path / "ds.pdf"), "--json")
    assert code == 0 and Path(saved["file"]).read_bytes().startswith(b"%PDF")
    code, checked = cli(commune, "documents", "verify", saved["file"], "--json")
    assert code == 0 and checked["valid"] and checked["signatures"][0]["signer"] == one["signer"]


@pytest.mark.parametrize(("args", "error"), [
    (["received", "resident", "--unit", "17380-thon-khong-co"], "received_unit_unknown"),
    (["received", "party_meeting", "--unit", CODE], "received_type_unknown"),
    (["received", "resident", "--unit", CODE, "--limit", "-1"], "received_limit_invalid"),
    (["received-copy", "00000000-0000-4000-8000-000000000000", "--out", "x.pdf"], "received_document_unknown"),
])
def test_bad_requests_are_refused_with_a_message_and_change_nothing(received, cli, args, error):
    _hamlet, commune, _root = received
    before = dump_tables(commune.data_dir / "sothon.db")
    code, doc = cli(commune, *args, "--json")
    assert code == 1 and doc["error"] == error and doc["message"]
    assert dump_tables(commune.data_dir / "sothon.db") == before


def test_a_hamlets_copy_is_told_this_is_the_communes_work(received, cli):
    hamlet, _commune, _root = received
    code, doc = cli(hamlet, "received", "resident", "--unit", CODE, "--json")
    assert code == 1 and doc["error"] == "commune_only"

