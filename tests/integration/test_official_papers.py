"""Papers a commune officer accepts (issue 9): who signs is who is printed, numbers from the register of
issued documents, the document's own date, what a public list shows, where the stamp and QR code go."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from desktop_app import i18n
from desktop_app.domain.errors import SothonError
from desktop_app.domain.units import Role
from desktop_app.messages import render as render_message
from desktop_app.services import archive, profiles
from tests.conftest import PARTY_SECRETARY, PASSPHRASE, keep_signed, keep_signed_by_party_secretary

ON = dt.date(2026, 11, 20)


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pdfsig(path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def _add_secretary(app) -> None:
    with app.uow() as uow:
        profiles.add_profile(uow, acting=app.profile, name=PARTY_SECRETARY, display_name="Trần Văn Bí Thư",
                             role=Role.PARTY_SECRETARY, phone=None, passphrase=PASSPHRASE)
        uow.commit()


# --- 1. who signs is who is printed -----------------------------------------------------------------


def test_the_hamlet_head_is_refused_the_party_minutes_with_the_name_of_who_must_sign(hamlet):
    _add_secretary(hamlet)
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "party_cell_minutes", on=ON)
    assert err.value.code == "document_signer_wrong"
    assert err.value.params["signer"] == "Trần Văn Bí Thư (bi.thu)"
    previous = i18n.language()
    i18n.set_language("vi")
    try:
        text = render_message(err.value)
    finally:
        i18n.set_language(previous)
    assert "bí thư chi bộ" in text and "Trần Văn Bí Thư (bi.thu)" in text and "Nguyễn Văn Trưởng" in text
    assert archive.list_documents(hamlet) == []  # nothing kept


def test_without_a_party_secretary_profile_the_party_minutes_say_one_is_needed(hamlet):
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "party_cell_minutes", on=ON)
    assert err.value.code == "document_signer_missing" and err.value.params["role"] == "party_secretary"
    assert archive.list_documents(hamlet) == []


def test_the_party_secretary_is_refused_the_voter_list_which_the_head_signs(hamlet):
    _add_secretary(hamlet)
    hamlet.unlock(PARTY_SECRETARY, PASSPHRASE)
    with pytest.raises(SothonError) as err:
        archive.issue(hamlet, "voter_list", on=ON)
    assert err.value.code == "document_signer_wrong"
    assert err.value.params["signer"].startswith("Nguyễn Văn Trưởng (")
    assert archive.list_documents(hamlet) == []


def test_the_party_minutes_print_and_carry_the_secretarys_signature(hamlet, tmp_path):
    signed, view = keep_signed_by_party_secretary(hamlet, on=ON)
    assert view.signer == "Trần Văn Bí Thư"
    path = tmp_path / "party.pdf"
    path.write_bytes(signed)
    text = _pdftotext(path)
    block = text[text.rindex("T/M CHI BỘ"):]
    assert "Trần Văn Bí Thư" in block and "Nguyễn Văn Trưởng" not in text
    sig = _pdfsig(path)
    assert "Signer Certificate Common Name: Trần Văn Bí Thư" in sig and "Signature is Valid." in sig


def test_the_voter_list_prints_and_carries_the_heads_signature(hamlet, tmp_path):
    signed, _view = keep_signed(hamlet, "voter_list", on=ON)
    path = tmp_path / "voters.pdf"
    path.write_bytes(signed)
    text = _pdftotext(path)
    assert "Nguyễn Văn Trưởng" in text[text.rindex("TRƯỞNG THÔN"):]
    sig = _pdfsig(path)
    assert "Signer Certificate Common Name: Nguyễn Văn Trưởng" in sig and "Signature is Valid." in sig
