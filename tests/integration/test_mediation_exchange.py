"""Mediation in the government bundle: the statistics in the report figures, the log as pseudonymised
``mediation_case`` records, the papers naming parties only with --named-documents and never a confidential
case's; and the commune reading a hamlet's bundle into its received mediation log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.bundles import pseudonym
from desktop_app.bundles.reader import open_bundle
from desktop_app.domain.mediation import Outcome, Period
from desktop_app.services import commune_import, enrolment, exchange, identity, mediation
from desktop_app.storage.models import IssuedDocument, ReceivedDocument, ReceivedMediationCase, UnitSecret
from tests.conftest import PASSPHRASE, dump_tables, keep_signed
from tests.integration.test_mediation_cases import TODAY, _agreement, _case, _step, team  # noqa: F401

NAMES = ("Phạm Văn Bình", "Hoàng Thị Lan", "Phạm Thị Có")


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


@pytest.fixture
def signer(hamlet, team):  # noqa: F811
    """A mediator profile ("to.truong") as the team's new leader, who mediates the cases: it signs their
    papers and the log book."""
    from desktop_app.domain.mediation import MemberRole
    from desktop_app.domain.units import Role
    from desktop_app.services import profiles

    with hamlet.uow() as uow:
        added = profiles.add_profile(uow, acting=hamlet.profile, name="to.truong", display_name="Đỗ Văn Trưởng",
                                     role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        member = mediation.add_member(uow, team_id=team["team"], role=MemberRole.LEADER, full_name="Đỗ Văn Trưởng",
                                      sex="male", birth_year=1965, address="Thôn Đông", profile_id=added.id,
                                      today=TODAY)
        uow.commit()
    team["leader"] = member.id
    head = hamlet.profile.name
    hamlet.unlock("to.truong", PASSPHRASE)  # the cases are recorded by the leader who mediates them
    return head


@pytest.fixture
def cases(hamlet, team):  # noqa: F811
    """Three cases the head (the team's leader) mediates: a successful one, a confidential successful one,
    and one referred as out of scope."""
    open_case = _case(hamlet, team).row.id
    secret = _case(hamlet, team, confidential=True, case_type="family").row.id
    referred = _case(hamlet, team, case_type="land_use").row.id
    for case_id in (open_case, secret):
        _step(hamlet, mediation.assign_mediators, case_id, mediators=[team["leader"]], assigned_on=dt.date(2026, 11, 3))
        _step(hamlet, mediation.record_session, case_id, held_on=dt.date(2026, 11, 5), summary="Hai bên trình bày")
        _step(hamlet, mediation.close_case, case_id, outcome=Outcome.SUCCESSFUL, closed_on=dt.date(2026, 11, 10),
              agreement=_agreement())
    _step(hamlet, mediation.refer_case, referred, referred_to="UBND xã Yên Xuân", referred_on=dt.date(2026, 11, 3),
          scope_ground="state_public_interest")
    return {"open": open_case, "secret": secret, "referred": referred}


def _open(path: Path, commune) -> dict:
    with commune.reader() as conn:
        key = identity.open_encryption_key(conn, commune.profile, PASSPHRASE)
    opened = open_bundle(path, decryption_key=key)
    return {"records": opened.records, "report": opened.report, "documents": opened.documents}


def _key(hamlet, recipient="17380") -> bytes:
    with hamlet.uow() as uow:
        secret = bytes.fromhex(uow.session.scalars(select(UnitSecret)).one().secret)
    return pseudonym.pseudonym_key(secret, recipient_code=recipient, kind="government")


def test_the_log_goes_pseudonymised_and_the_figures_match_the_statistics(pair, cases, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    bundle = _open(Path(out["bundle"]), commune)
    logs = [r for r in bundle["records"]["upserts"] if r["type"] == "mediation_case"]
    assert len(logs) == 3 and out["counts"]["mediation_case"] == 3
    raw = json.dumps(bundle["records"], ensure_ascii=False)
    for name in NAMES + ("Tranh chấp lối đi chung", "Hai bên trình bày", "lùi hàng rào"):
        assert name not in raw
    key = _key(hamlet)
    by_id = {r["id"]: r for r in logs}
    assert set(by_id) == {pseudonym.pseudonym_id(key, "mediation_case", c) for c in cases.values()}
    opened = by_id[pseudonym.pseudonym_id(key, "mediation_case", cases["open"])]
    secret = by_id[pseudonym.pseudonym_id(key, "mediation_case", cases["secret"])]
    assert opened["pseudonymised"] and opened["fields"]["status"] == "successful"
    assert opened["fields"]["party_count"] == 2 and opened["fields"]["interested_count"] == 1
    assert opened["fields"]["obligation_deadlines"] == ["2026-11-30"]
    # A resident party refers to the same pseudonym the pseudonymised register gives the resident.
    residents = {r["id"] for r in bundle["records"]["upserts"] if r["type"] == "resident"}
    refs = [p["resident_id"] for p in opened["fields"]["parties"]]
    assert refs[0] in residents and refs[1] in residents and refs[2] is None
    assert secret["fields"]["confidential"] and "parties" not in secret["fields"]
    assert secret["fields"]["party_count"] == 2

    figures = bundle["report"]["figures"]
    period = bundle["report"]["period"]
    with hamlet.uow() as uow:
        stats = mediation.case_statistics(uow, Period.parse(period["to"][:4]))  # the year to date
    assert figures["mediation.received"] == stats.total.received == 3
    assert (figures["mediation.successful"], figures["mediation.referred"]) == (2, 1)
    assert figures["mediation.success_rate"] == 1.0 and figures["mediation.success_rate_denominator"] == 2
    assert figures["mediation.received_by_type"] == {"conflict": 1, "civil_family": 2, "other": 0}


def test_a_named_bundle_still_sends_the_log_pseudonymised(pair, cases, tmp_path):
    hamlet, commune = pair
    out = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb", named=True)
    raw = json.dumps([r for r in _open(Path(out["bundle"]), commune)["records"]["upserts"]
                      if r["type"] == "mediation_case"], ensure_ascii=False)
    assert raw.count('"pseudonymised": true') == 3 and not any(n in raw for n in NAMES)


def test_papers_naming_parties_go_only_when_chosen_and_never_for_a_confidential_case(pair, signer, cases, tmp_path):
    hamlet, commune = pair
    keep_signed(hamlet, "mediation_agreement", record_id=cases["open"])
    keep_signed(hamlet, "mediation_agreement", record_id=cases["secret"])
    keep_signed(hamlet, "mediation_log", year=2026)  # the leader's copy names the confidential case's parties
    hamlet.unlock(signer, PASSPHRASE)  # the head signs the bundles
    plain = exchange.export_bundle(hamlet, out_dir=tmp_path / "one")
    assert plain["documents"] == [] and plain["held_back"] == 3
    named = exchange.export_bundle(hamlet, out_dir=tmp_path / "two", named_documents=True)
    assert len(named["documents"]) == 1 and named["held_back"] == 2
    (result,) = commune_import.import_files(commune, [named["bundle"]], receipts_dir=tmp_path / "r")
    assert result["status"] == "imported", result
    with commune.uow() as uow:
        docs = list(uow.session.scalars(select(ReceivedDocument)))
    assert [d.kind for d in docs] == ["mediation_agreement"]
    with hamlet.uow() as uow:
        (sent,) = uow.session.scalars(select(IssuedDocument).where(IssuedDocument.record_id == cases["open"]))
    assert docs[0].id == sent.id  # the open case's agreement, not the confidential one's nor the log book


def test_the_commune_imports_the_hamlets_mediation_log(pair, cases, tmp_path):
    hamlet, commune = pair
    first = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    (result,) = commune_import.import_files(commune, [first["bundle"]], receipts_dir=tmp_path / "usb")
    assert result["status"] == "imported" and result["counts"]["mediation_case"] == {
        "added": 3, "changed": 0, "removed": 0, "unchanged": 0}
    exchange.import_receipt(hamlet, result["receipt"])
    with commune.uow() as uow:
        rows = {r.number: r for r in uow.session.scalars(select(ReceivedMediationCase))}
    assert sorted(rows) == ["01/2026", "02/2026", "03/2026"]
    assert {r.unit_code for r in rows.values()} == {"17380-thon-dong"} and all(r.pseudonymised for r in rows.values())
    assert (rows["02/2026"].status, rows["02/2026"].confidential, rows["02/2026"].type_group) == (
        "successful", True, "civil_family")
    assert rows["03/2026"].status == "referred" and rows["03/2026"].fields["referred_to"] == "UBND xã Yên Xuân"
    assert rows["01/2026"].received_on == "2026-11-02" and rows["01/2026"].year == 2026
    dump = json.dumps(dump_tables(commune.data_dir / "sothon.db"), ensure_ascii=False, default=str)
    assert not any(n in dump for n in NAMES)

    # A follow-up changes one case; the next bundle (from the acknowledged one) carries that case alone.
    _step(hamlet, mediation.record_follow_up, cases["open"], checked_on=dt.date(2026, 12, 1), performed=True)
    with hamlet.uow() as uow:
        uow.soft_delete(mediation.get_case_row(uow, cases["referred"]))
        uow.commit()
    second = exchange.export_bundle(hamlet, out_dir=tmp_path / "usb")
    assert second["counts"]["mediation_case"] == 2
    (again,) = commune_import.import_files(commune, [second["bundle"]], receipts_dir=tmp_path / "usb")
    assert again["counts"]["mediation_case"] == {"added": 0, "changed": 1, "removed": 1, "unchanged": 0}
    with commune.uow() as uow:
        rows = {r.number: r for r in uow.session.scalars(select(ReceivedMediationCase))}
    assert rows["01/2026"].fields["performance"] == "performed"
    assert rows["01/2026"].fields["follow_ups"] == [{"checked_on": "2026-12-01", "performed": True}]
    assert rows["03/2026"].deleted_at is not None
