"""Commune mode, enrolment: the hamlets a commune accepts bundles from, known by their signing certificates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.errors import SothonError
from desktop_app.services import credentials as cr
from desktop_app.services import enrolment, identity
from tests.conftest import PASSPHRASE
from tests.integration.test_exchange import _cli


@pytest.fixture
def hamlet_pem(hamlet, tmp_path):
    """The hamlet's certificate file, as ``sothon identity export-cert`` writes it for the commune."""
    return identity.export_cert(hamlet, tmp_path / "thon-dong.pem")


def _hamlet_fingerprint(hamlet) -> str:
    with hamlet.reader() as conn:
        return cr.fingerprint(identity.known_certificates(conn)[0])


def test_a_hamlet_is_enrolled_from_its_certificate_file_with_the_fingerprint_its_window_shows(
        commune, hamlet, hamlet_pem):
    doc = enrolment.enrol(commune, hamlet_pem)
    assert doc == {"code": "17380-thon-dong", "name": "Thôn Đông", "fingerprint": _hamlet_fingerprint(hamlet)}
    assert enrolment.enrol(commune, hamlet_pem) == doc  # enrolling the same key again changes nothing
    listed = enrolment.list_enrolled(commune)
    assert [(r["code"], r["fingerprint"], r["revoked_from"]) for r in listed] == [
        ("17380-thon-dong", doc["fingerprint"], None)]
    with commune.reader() as conn:
        units = {c: k for c, k in conn.execute("SELECT code, kind FROM units WHERE is_own = 0")}
    assert units == {"17380-thon-dong": "hamlet"}


def test_a_hamlets_copy_cannot_enrol(hamlet, hamlet_pem):
    with pytest.raises(SothonError) as err:
        enrolment.enrol(hamlet, hamlet_pem)
    assert err.value.code == "commune_only"


def test_the_communes_own_certificate_and_files_that_are_not_certificates_are_refused(commune, tmp_path):
    own = identity.export_cert(commune, tmp_path / "own.pem")
    with pytest.raises(SothonError) as err:
        enrolment.enrol(commune, own)
    assert err.value.code == "enrol_wrong_commune"
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(SothonError) as err:
        enrolment.enrol(commune, junk)
    assert err.value.code == "certificate_unreadable"
    with pytest.raises(SothonError) as err:
        enrolment.enrol(commune, tmp_path / "missing.pem")
    assert err.value.code == "file_not_found"


def test_a_second_key_for_an_enrolled_hamlet_must_be_a_replacement(commune, hamlet, hamlet_pem, tmp_path):
    first = enrolment.enrol(commune, hamlet_pem)
    with hamlet.uow() as uow:
        identity.replace_key(uow, hamlet.profile, PASSPHRASE)
        uow.commit()
    new_pem = identity.export_cert(hamlet, tmp_path / "new.pem")
    with pytest.raises(SothonError) as err:
        enrolment.enrol(commune, new_pem)
    assert err.value.code == "enrol_already_enrolled"
    doc = enrolment.replace_key(commune, new_pem, from_day=dt.date(2026, 8, 1))
    assert doc["replaced"] == [first["fingerprint"]] and doc["fingerprint"] != first["fingerprint"]
    (row,) = enrolment.list_enrolled(commune)
    assert row["fingerprint"] == doc["fingerprint"]
    assert [k["revoked_from"] for k in row["keys"]] == ["2026-08-01", None]
    with commune.uow() as uow:
        keys = {k.fingerprint: k for k in enrolment.trusted_keys(uow, "17380-thon-dong")}
    old = keys[first["fingerprint"]]
    assert old.valid_on(dt.date(2026, 7, 31)) and not old.valid_on(dt.date(2026, 8, 1))


def test_revoking_a_key_keeps_it_for_earlier_bundles(commune, hamlet_pem):
    enrolment.enrol(commune, hamlet_pem)
    doc = enrolment.revoke(commune, "17380-thon-dong", from_day=dt.date(2026, 9, 1))
    assert doc["revoked_from"] == "2026-09-01"
    (row,) = enrolment.list_enrolled(commune)
    assert row["fingerprint"] is None and row["revoked_from"] == "2026-09-01"
    with pytest.raises(SothonError) as err:
        enrolment.revoke(commune, "17380-thon-dong", from_day=dt.date(2026, 9, 1))
    assert err.value.code == "enrol_no_current_key"
    with pytest.raises(SothonError) as err:
        enrolment.enrol(commune, hamlet_pem)
    assert err.value.code == "enrol_key_revoked"
    with pytest.raises(SothonError) as err:
        enrolment.revoke(commune, "17380-thon-tay", from_day=dt.date(2026, 9, 1))
    assert err.value.code == "enrol_unknown"


def test_cli_enroll_enrolled_and_revoke(commune, hamlet, hamlet_pem, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    data = str(commune.data_dir)
    commune.close()
    code, doc = _cli(capsys, "--data-dir", data, "enroll", str(hamlet_pem), "--json")
    assert code == 0 and doc == {"code": "17380-thon-dong", "name": "Thôn Đông",
                                 "fingerprint": _hamlet_fingerprint(hamlet)}
    code, doc = _cli(capsys, "--data-dir", data, "enrolled", "--json")
    assert code == 0 and [r["code"] for r in doc] == ["17380-thon-dong"]
    code, doc = _cli(capsys, "--data-dir", data, "revoke", "17380-thon-dong", "--from", "2026-09-01", "--json")
    assert code == 0 and doc["revoked_from"] == "2026-09-01"
    code, doc = _cli(capsys, "--data-dir", data, "revoke", "17380-thon-dong", "--from", "31/02/2026", "--json")
    assert code == 1 and doc["error"] == "date_invalid"
    code, doc = _cli(capsys, "--data-dir", data, "enroll", str(hamlet_pem), "--from", "2026-01-01", "--json")
    assert code == 2
