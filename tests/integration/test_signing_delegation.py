"""Signing on the head's behalf (issue 9, item 1: "state documents of the hamlet by the head or a profile the
head delegated"): the deputy signs with their own name and key under "KT. TRƯỞNG THÔN", only while the
head's permission holds, and never party documents or mediation papers."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.services import archive, delegation, profiles
from tests.conftest import PASSPHRASE, dump_tables, keep_signed, today_per_test

TODAY = vn_today()
ON = TODAY
DEPUTY = "pho.thon"


# Read again as each test starts: a run going past midnight in Vietnam would otherwise grant from a day the
# services already see as past.
_today = today_per_test(globals(), lambda today: {"ON": today})


def _at(day: dt.date) -> dt.datetime:
    """Noon in Vietnam on ``day``: a signing time for a test that lets days pass."""
    return dt.datetime.combine(day, dt.time(12), tzinfo=VN_TZ)


def _add_deputy(app) -> None:
    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name=DEPUTY, display_name="Lê Thị Phó",
                             role=Role.MEDIATOR, phone=None, passphrase=PASSPHRASE)
        uow.commit()


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pdfsig(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "sig.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def test_without_a_permission_the_deputy_is_refused_and_told_who_signs(hamlet):
    _add_deputy(hamlet)
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        with pytest.raises(SothonError) as err:
            archive.issue(hamlet, "voter_list", on=ON, issued_on=ON)
        assert err.value.code == "document_signer_wrong"
        assert "KT." not in err.value.params["signer"]
        assert archive.list_documents(hamlet) == []
    finally:
        hamlet.unlock(head, PASSPHRASE)


def test_the_deputy_signs_under_kt_with_their_own_name_and_certificate(hamlet, tmp_path):
    _add_deputy(hamlet)
    granted = delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn", valid_until=TODAY + dt.timedelta(days=30))
    assert granted.title == "PHÓ TRƯỞNG THÔN"
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        assert archive.may_sign(hamlet, "voter_list", on=ON)
        signed, view = keep_signed(hamlet, "voter_list", on=ON)
    finally:
        hamlet.unlock(head, PASSPHRASE)
    assert view.signer == "Lê Thị Phó" and view.signed_as == "KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN"
    text = _text(signed, tmp_path)
    block = text[text.rindex("KT. TRƯỞNG THÔN"):]
    assert "PHÓ TRƯỞNG THÔN" in block and "Lê Thị Phó" in block
    assert "Nguyễn Văn Trưởng" not in block  # the head's name is not printed where the deputy signs
    sig = _pdfsig(signed, tmp_path)
    assert "Signer Certificate Common Name: Lê Thị Phó" in sig and "Signature is Valid." in sig


def test_outside_the_permissions_dates_or_after_revocation_the_deputy_is_refused(hamlet):
    def day(n: int) -> dt.date:  # n days from today
        return TODAY + dt.timedelta(days=n)

    _add_deputy(hamlet)
    granted = delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn", valid_from=day(1), valid_until=day(20))
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        with pytest.raises(SothonError) as err:  # before it begins
            archive.issue(hamlet, "household_list", on=TODAY, issued_on=TODAY, signed_at=_at(TODAY))
        assert err.value.code == "document_signer_wrong"
        _pdf, kept = keep_signed(hamlet, "household_list", on=day(3), signed_at=_at(day(3)))
        hamlet.unlock(head, PASSPHRASE)
        delegation.revoke(hamlet, granted.id, on=day(5))
        hamlet.unlock(DEPUTY, PASSPHRASE)
        with pytest.raises(SothonError):  # after the revocation
            archive.issue(hamlet, "household_list", on=day(6), issued_on=day(6), signed_at=_at(day(6)))
        with pytest.raises(SothonError):  # … and back-dated into the grant's days: still refused
            archive.issue(hamlet, "household_list", on=day(4), issued_on=day(4), signed_at=_at(day(6)))
        with pytest.raises(SothonError):  # after its end, back-dated
            archive.issue(hamlet, "household_list", on=day(4), issued_on=day(4), signed_at=_at(day(21)))
        # What was signed before the revocation stays kept, with the capacity it was signed in.
        assert [v.id for v in archive.list_documents(hamlet)] == [kept.id]
        assert archive.list_documents(hamlet)[0].signed_as == "KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN"
    finally:
        hamlet.unlock(head, PASSPHRASE)


def test_a_grant_revoked_from_a_later_day_still_blocks_an_overlapping_one(hamlet):
    _add_deputy(hamlet)
    first = delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    delegation.revoke(hamlet, first.id, on=TODAY + dt.timedelta(days=10))
    with pytest.raises(SothonError) as err:
        delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn", valid_from=TODAY + dt.timedelta(days=5))
    assert err.value.code == "delegation_exists"
    again = delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn", valid_from=TODAY + dt.timedelta(days=10))
    assert again.valid_from == TODAY + dt.timedelta(days=10)


def test_specimens_signed_by_the_deputy_print_kt_and_the_deputys_name(hamlet, tmp_path):
    from desktop_app.services import documents

    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        drafts: set[str] = set()
        paths = documents.render_specimens(hamlet, tmp_path / "s", acting=hamlet.profile, drafts=drafts)
        assert "household_list" not in drafts and "party_cell_minutes" in drafts
        text = _text((tmp_path / "s" / "household_list.pdf").read_bytes(), tmp_path)
        block = text[text.rindex("KT. TRƯỞNG THÔN"):]
        assert "Lê Thị Phó" in block and "Nguyễn Văn Trưởng" not in block
        assert archive.preview_signer(hamlet, "household_list") == ("Lê Thị Phó", "PHÓ TRƯỞNG THÔN")
        assert archive.preview_signer(hamlet, "party_cell_minutes") == (None, None)
        assert paths
    finally:
        hamlet.unlock(head, PASSPHRASE)


def test_party_documents_and_mediation_papers_are_never_signed_on_the_heads_behalf(hamlet):
    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        with pytest.raises(SothonError) as err:
            archive.issue(hamlet, "party_cell_minutes", on=ON, issued_on=ON)
        assert err.value.code in {"document_signer_wrong", "document_signer_missing"}
        assert not archive.may_sign(hamlet, "party_cell_minutes", on=ON)
    finally:
        hamlet.unlock(head, PASSPHRASE)


def test_hamlet_minutes_signed_by_a_deputy_print_the_chair_not_kt(hamlet, tmp_path):
    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        signed, view = keep_signed(hamlet, "hamlet_meeting_minutes", on=ON)
    finally:
        hamlet.unlock(head, PASSPHRASE)
    text = _text(signed, tmp_path)
    assert "KT." not in text and "Lê Thị Phó" in text[text.rindex("CHỦ TRÌ"):]
    assert view.signer == "Lê Thị Phó" and view.signed_as is None  # the register says what the paper prints


@pytest.mark.parametrize("call, code", [
    (lambda app: delegation.grant(app, DEPUTY, title="   "), "delegation_title_required"),
    (lambda app: delegation.grant(app, DEPUTY, title="x" * 61), "delegation_title_too_long"),
    (lambda app: delegation.grant(app, DEPUTY, title="Phó trưởng thôn", valid_from=TODAY + dt.timedelta(days=2),
                                  valid_until=TODAY + dt.timedelta(days=1)), "delegation_period_invalid"),
    (lambda app: delegation.grant(app, DEPUTY, title="Phó trưởng thôn", valid_from=TODAY - dt.timedelta(days=1)),
     "delegation_start_past"),
    (lambda app: delegation.grant(app, DEPUTY, title="Trưởng ban công tác Mặt trận"), "delegation_not_deputy"),
    (lambda app: delegation.grant(app, "khong.co", title="Phó trưởng thôn"), "profile_unknown"),
    (lambda app: delegation.grant(app, app.profile.name, title="Phó trưởng thôn"), "delegation_to_self"),
    (lambda app: delegation.revoke(app, "00000000-0000-0000-0000-000000000000"), "delegation_unknown"),
])
def test_bad_permissions_are_refused_and_change_nothing(hamlet, call, code):
    _add_deputy(hamlet)
    before = dump_tables(hamlet.db_path)
    with pytest.raises(SothonError) as err:
        call(hamlet)
    assert err.value.code == code
    assert dump_tables(hamlet.db_path) == before


def test_a_revocation_from_a_past_day_is_refused_and_changes_nothing(hamlet):
    _add_deputy(hamlet)
    granted = delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    before = dump_tables(hamlet.db_path)
    with pytest.raises(SothonError) as err:
        delegation.revoke(hamlet, granted.id, on=TODAY - dt.timedelta(days=1))
    assert err.value.code == "delegation_revoke_past"
    assert dump_tables(hamlet.db_path) == before


def test_only_the_head_grants_and_an_overlapping_grant_is_refused(hamlet):
    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    with pytest.raises(SothonError) as err:
        delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn", valid_from=TODAY + dt.timedelta(days=30))
    assert err.value.code == "delegation_exists"
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        with pytest.raises(SothonError) as err:
            delegation.grant(hamlet, head, title="Trưởng thôn")
        assert err.value.code == "delegation_not_allowed"
    finally:
        hamlet.unlock(head, PASSPHRASE)


def test_the_command_line_grants_lists_and_revokes(tmp_path, capsys, monkeypatch):
    from desktop_app.cli import main
    from tests.integration.test_cli import INIT

    def run(*args):
        code = main(["--data-dir", str(tmp_path / "cli"), *args])
        out = capsys.readouterr().out
        return code, (json.loads(out) if "--json" in args else out)

    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SOTHON_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("SOTHON_DATA_DIR", raising=False)
    assert run(*INIT, "--json")[0] == 0
    code, doc = run("profiles", "add", "--display-name", "Lê Thị Phó", "--name", DEPUTY, "--role", "mediator",
                    "--json")
    assert code == 0, doc
    code, granted = run("documents", "delegate", DEPUTY, "--title", "Phó trưởng thôn", "--from",
                        TODAY.strftime("%d/%m/%Y"), "--json")
    assert code == 0, granted
    assert granted["title"] == "PHÓ TRƯỞNG THÔN" and granted["valid_from"] == TODAY.isoformat()
    code, listed = run("documents", "delegations", "--json")
    assert [d["id"] for d in listed] == [granted["id"]] and listed[0]["active"] is True
    later = TODAY + dt.timedelta(days=1)
    code, doc = run("documents", "undelegate", granted["id"], "--on", later.strftime("%d/%m/%Y"), "--json")
    assert code == 0 and doc["revoked_on"] == later.isoformat()
    code, doc = run("documents", "delegate", DEPUTY, "--title", " ", "--json")
    assert code == 1 and doc["error"] == "delegation_title_required"
    code, listed = run("documents", "delegations", "--json")
    assert len(listed) == 1  # the refused grant added nothing


def test_the_bundle_tells_the_commune_the_number_and_the_capacity_a_deputy_signed_in(hamlet, commune, commune_pem,
                                                                                      tmp_path):
    from desktop_app.bundles.reader import open_bundle
    from desktop_app.services import exchange, identity

    exchange.set_recipient(hamlet, commune_pem)
    _add_deputy(hamlet)
    delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    _pdf, by_head = keep_signed(hamlet, "household_list", on=ON)
    head = hamlet.profile.name
    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        _pdf, by_deputy = keep_signed(hamlet, "household_list", on=ON)
    finally:
        hamlet.unlock(head, PASSPHRASE)
    result = exchange.export_bundle(hamlet, out_dir=tmp_path, named_documents=True)
    with commune.reader() as conn:
        key = identity.open_encryption_key(conn, commune.profile, PASSPHRASE)
    opened = open_bundle(result["bundle"], decryption_key=key)  # validates the records against the schema
    fields = {r["id"]: r["fields"] for r in opened.records["upserts"] if r["type"] == "document"}
    assert fields[by_head.id]["number"] == "01/DS-TĐ" and fields[by_head.id]["signed_as"] is None
    assert fields[by_deputy.id]["number"] == "02/DS-TĐ"
    assert fields[by_deputy.id]["signer"] == "Lê Thị Phó"
    assert fields[by_deputy.id]["signed_as"] == "KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN"
    # The commune's Received-bundles page lists both, the deputy's with the capacity it signed in.
    from desktop_app.services import inbox

    listed = {d["id"]: d for d in inbox.summary(opened)["documents"]}
    assert (listed[by_head.id]["number"], listed[by_head.id]["signed_as"]) == ("01/DS-TĐ", None)
    assert (listed[by_deputy.id]["number"], listed[by_deputy.id]["signed_as"]) == (
        "02/DS-TĐ", "KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN")


def test_a_permission_revoked_while_the_deputy_signs_keeps_nothing(hamlet, monkeypatch):
    """The head revokes the grant in another window between the check and the keeping: the transaction
    that keeps the paper reads the grant again and refuses it, so no paper signed under it is kept."""
    from desktop_app.services import signatures
    from desktop_app.storage.models import SigningDelegation

    _add_deputy(hamlet)
    granted = delegation.grant(hamlet, DEPUTY, title="Phó trưởng thôn")
    head = hamlet.profile.name
    sign = signatures.sign_pdf_bytes

    def sign_then_revoke(app, pdf, **kw):
        signed = sign(app, pdf, **kw)
        with app.uow() as uow:  # the head's other window, committed while the deputy's signature is made
            row = uow.session.get(SigningDelegation, granted.id)
            uow.update(row, {"revoked_on": TODAY})
            uow.commit()
        return signed

    hamlet.unlock(DEPUTY, PASSPHRASE)
    try:
        monkeypatch.setattr(signatures, "sign_pdf_bytes", sign_then_revoke)
        with pytest.raises(SothonError) as err:
            archive.issue(hamlet, "household_list", on=ON, issued_on=ON)
        assert err.value.code == "delegation_changed"
        assert archive.list_documents(hamlet) == []
    finally:
        hamlet.unlock(head, PASSPHRASE)
