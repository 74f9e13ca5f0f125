"""The command line, driven in-process through ``cli.main`` on real data directories."""

import hashlib
import json
import sqlite3

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.domain.clock import vn_today
from tests.conftest import PASSPHRASE

INIT = ["init", "--role", "hamlet", "--province-code", "40", "--commune-code", "17380", "--unit-name", "Thôn Đông",
        "--head-name", "Nguyễn Văn Trưởng"]


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in args else out)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("SOTHON_DATA_DIR", raising=False)
    return tmp_path / "data"


@pytest.fixture
def initialised(data_dir, capsys):
    code, doc = run(capsys, "--data-dir", str(data_dir), *INIT, "--json")
    assert code == 0, doc
    return data_dir


def test_init_sets_up_a_hamlet_with_its_unit_code_and_first_profile(data_dir, capsys):
    code, doc = run(capsys, "--data-dir", str(data_dir), *INIT, "--json")
    assert code == 0
    assert doc["unit"] == {"code": "17380-thon-dong", "name": "Thôn Đông", "kind": "hamlet", "province_code": "40",
                           "province_name": "Nghệ An", "commune_code": "17380", "commune_name": "Xã Yên Xuân"}
    assert doc["profile"]["role"] == "hamlet_head"


def test_init_accepts_codes_without_their_zero_padding(data_dir, capsys):
    code, doc = run(capsys, "--data-dir", str(data_dir), "init", "--role", "commune", "--province-code", "1",
                    "--commune-code", "70", "--head-name", "Trần Thị Cán Bộ", "--json")
    assert code == 0
    assert (doc["unit"]["code"], doc["unit"]["province_code"]) == ("00070", "01")


def test_init_twice_is_refused(initialised, capsys):
    code, doc = run(capsys, "--data-dir", str(initialised), *INIT, "--json")
    assert code == 1 and doc["error"] == "already_initialised"


def test_an_unknown_commune_is_refused_in_vietnamese_and_nothing_is_set_up(data_dir, capsys):
    args = [a if a != "17380" else "99999" for a in INIT]
    code, doc = run(capsys, "--data-dir", str(data_dir), *args, "--json")
    assert code == 1 and doc["error"] == "commune_unknown"
    assert "Nghệ An" in doc["message"] and "99999" in doc["message"]
    code, doc = run(capsys, "--data-dir", str(data_dir), "stats", "--json")
    assert code == 1 and doc["error"] == "not_initialised"


def test_messages_follow_the_chosen_language(data_dir, capsys):
    args = [a if a != "17380" else "99999" for a in INIT]
    _, vi = run(capsys, "--data-dir", str(data_dir), *args, "--json")
    _, en = run(capsys, "--data-dir", str(data_dir), "--lang", "en", *args, "--json")
    assert vi["message"] != en["message"]
    assert en["message"].startswith("There is no commune")


def test_demo_stats_and_search_work_together(initialised, capsys):
    d = str(initialised)
    code, demo = run(capsys, "--data-dir", d, "demo", "--seed", "3", "--json")
    assert code == 0 and 1600 <= demo["residents"] <= 2000
    code, stats = run(capsys, "--data-dir", d, "stats", "--json")
    assert (stats["households"], stats["residents"]) == (demo["households"], demo["residents"])
    code, again = run(capsys, "--data-dir", d, "demo", "--json")
    assert code == 1 and again["error"] == "demo_not_empty"
    code, found = run(capsys, "--data-dir", d, "search", "nguyen", "--limit", "5", "--json")
    assert code == 0 and len(found) == 5
    assert set(found[0]) >= {"id", "full_name", "birth_date", "household_id"}
    assert all(r["full_name"].startswith("Nguyễn") or "Nguyễn" in r["full_name"] for r in found)


def test_search_ranks_the_exact_name_first_for_plain_and_telex_queries(initialised, capsys):
    from desktop_app.bootstrap import open_app
    from desktop_app.domain.people import BirthDate, ResidentInput, Sex
    from desktop_app.services import register

    app = open_app(initialised)
    app.unlock(None, PASSPHRASE)
    with app.uow() as uow:
        h = register.add_household(uow, number="1", address=None, head=ResidentInput(
            "Nguyễn Văn Ấn", BirthDate(1970), Sex.MALE))
        for name in ("Nguyễn Văn An", "Nguyễn Văn Anh", "Trần Nguyễn Văn Ấn"):
            register.add_resident(uow, household_id=h.id, data=ResidentInput(name, BirthDate(1990), Sex.MALE))
        uow.commit()
    app.close()
    _, telex = run(capsys, "--data-dir", str(initialised), "search", "nguyeenx vawn aans", "--json")
    assert telex[0]["full_name"] == "Nguyễn Văn Ấn"
    _, plain = run(capsys, "--data-dir", str(initialised), "search", "nguyen van an", "--json")
    names = [r["full_name"] for r in plain]
    assert set(names[:2]) == {"Nguyễn Văn An", "Nguyễn Văn Ấn"}  # exact ignoring diacritics
    assert names.index("Trần Nguyễn Văn Ấn") < names.index("Nguyễn Văn Anh")  # whole words before prefixes


def test_a_wrong_passphrase_is_refused(initialised, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", "not-the-one")
    code, doc = run(capsys, "--data-dir", str(initialised), "stats", "--json")
    assert code == 1 and doc["error"] == "passphrase_wrong"


def test_a_usage_error_exits_2_and_still_prints_json(initialised, capsys):
    code, doc = run(capsys, "--data-dir", str(initialised), "search", "--json")
    assert code == 2 and doc["error"] == "usage"


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(initialised, capsys):
    db = initialised / "sothon.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    code, doc = run(capsys, "--data-dir", str(initialised), "stats", "--json")
    assert code == 1 and doc["error"] == "database_newer"
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_corrupt_database_file_is_refused_with_a_clear_message(data_dir, capsys):
    data_dir.mkdir(parents=True)
    (data_dir / "sothon.db").write_bytes(b"this is not sqlite" * 100)
    code, doc = run(capsys, "--data-dir", str(data_dir), "stats", "--json")
    assert code == 1 and doc["error"] == "database_corrupt"
    assert (data_dir / "sothon.db").read_bytes() == b"this is not sqlite" * 100


def test_a_data_directory_that_cannot_be_written_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, doc = run(capsys, "--data-dir", str(blocker / "data"), *INIT, "--json")
    assert code == 1 and doc["error"] == "data_dir_unwritable"


def test_backup_and_restore_bring_back_the_earlier_state(initialised, capsys, tmp_path):
    d = str(initialised)
    backup_file = tmp_path / "before-demo.db"
    code, doc = run(capsys, "--data-dir", d, "backup", "--out", str(backup_file), "--json")
    assert code == 0 and backup_file.exists()
    run(capsys, "--data-dir", d, "demo", "--json")
    code, doc = run(capsys, "--data-dir", d, "restore", str(backup_file), "--json")
    assert code == 0
    _, stats = run(capsys, "--data-dir", d, "stats", "--json")
    assert stats["residents"] == 0


def test_restore_refuses_a_damaged_backup_and_changes_nothing(initialised, capsys, tmp_path):
    d = str(initialised)
    run(capsys, "--data-dir", d, "demo", "--json")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    code, doc = run(capsys, "--data-dir", d, "restore", str(bad), "--json")
    assert code == 1 and doc["error"] in ("backup_corrupt", "backup_not_sothon")
    _, stats = run(capsys, "--data-dir", d, "stats", "--json")
    assert stats["residents"] > 0


def test_our_own_export_reimports_as_unchanged(initialised, capsys, tmp_path):
    d = str(initialised)
    run(capsys, "--data-dir", d, "demo", "--json")
    out = tmp_path / "register.xlsx"
    code, doc = run(capsys, "--data-dir", d, "households", "export", str(out), "--json")
    assert code == 0
    code, doc = run(capsys, "--data-dir", d, "households", "import", str(out), "--json")
    assert code == 0, doc
    assert (doc["new"], doc["changed"], doc["households_new"]) == (0, 0, 0)
    assert doc["unchanged"] == doc["rows"] > 1500


def _sheet(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Hộ số", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Quan hệ với chủ hộ"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_adds_households_and_marks_the_head(initialised, capsys, tmp_path):
    f = _sheet(tmp_path / "list.xlsx", [
        ["1", "Nguyễn Văn Ấn", "05/01/1960", "Nam", "040060000001", "Chủ hộ"],
        ["1", "Lê Thị Bưởi", "1962", "Nữ", "040162000002", "Vợ"],
        ["2", "Trần Văn Cường", "1985-03-04", "Nam", "", "Chủ hộ"],
    ])
    code, doc = run(capsys, "--data-dir", str(initialised), "households", "import", str(f), "--json")
    assert code == 0 and (doc["new"], doc["households_new"]) == (3, 2)
    code, households = run(capsys, "--data-dir", str(initialised), "households", "list", "--json")
    assert [(h["number"], h["head_name"], h["members"]) for h in households] == [
        ("1", "Nguyễn Văn Ấn", 2), ("2", "Trần Văn Cường", 1)]


def test_an_import_with_any_invalid_row_writes_nothing_and_lists_the_rows(initialised, capsys, tmp_path):
    f = _sheet(tmp_path / "bad.xlsx", [
        ["1", "Nguyễn Văn Ấn", "05/01/1960", "Nam", "040060000001", "Chủ hộ"],
        ["1", "Lê Thị Bưởi", "31/02/1962", "Nữ", "", "Vợ"],
        ["2", "Trần Văn Cường", "1985", "Nam", "040185000003", "Chủ hộ"],
    ])
    code, doc = run(capsys, "--data-dir", str(initialised), "households", "import", str(f), "--json")
    assert code == 1 and doc["error"] == "import_rows_invalid"
    assert [(r["row"], r["error"]) for r in doc["rows"]] == [(3, "birth_date_invalid"),
                                                             (4, "personal_id_sex_mismatch")]
    _, stats = run(capsys, "--data-dir", str(initialised), "stats", "--json")
    assert (stats["households"], stats["residents"]) == (0, 0)


def test_the_resident_command_shows_the_audit_history(initialised, capsys, tmp_path):
    f = _sheet(tmp_path / "list.xlsx", [["1", "Nguyễn Văn Ấn", "05/01/1960", "Nam", "040060000001", "Chủ hộ"]])
    run(capsys, "--data-dir", str(initialised), "households", "import", str(f), "--json")
    _, found = run(capsys, "--data-dir", str(initialised), "search", "040060", "--json")
    code, doc = run(capsys, "--data-dir", str(initialised), "resident", found[0]["id"], "--json")
    assert code == 0 and doc["audit"][0]["action"] == "create"
    assert doc["audit"][0]["changes"]["full_name"] == [None, "Nguyễn Văn Ấn"]


def test_reminders_list_temporary_residences_ending_within_thirty_days(initialised, capsys, tmp_path):
    import datetime as dt

    soon = (vn_today() + dt.timedelta(days=10)).strftime("%d/%m/%Y")
    later = (vn_today() + dt.timedelta(days=90)).strftime("%d/%m/%Y")
    start = (vn_today() - dt.timedelta(days=100)).strftime("%d/%m/%Y")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Hộ số", "Họ và tên", "Ngày sinh", "Giới tính", "Loại cư trú", "Cư trú từ ngày", "Cư trú đến ngày"])
    ws.append(["1", "Lê Văn Sắp Hết", "1990", "Nam", "Tạm trú", start, soon])
    ws.append(["1", "Lê Văn Còn Lâu", "1991", "Nam", "Tạm trú", start, later])
    wb.save(tmp_path / "t.xlsx")
    code, doc = run(capsys, "--data-dir", str(initialised), "households", "import", str(tmp_path / "t.xlsx"), "--json")
    assert code == 0, doc
    code, due = run(capsys, "--data-dir", str(initialised), "reminders", "--json")
    assert code == 0 and [r["full_name"] for r in due] == ["Lê Văn Sắp Hết"]


def test_the_head_adds_a_mediator_who_can_then_sign_in(initialised, capsys, monkeypatch):
    d = str(initialised)
    monkeypatch.setenv("SOTHON_NEW_PASSPHRASE", "hoa-giai-123")
    code, doc = run(capsys, "--data-dir", d, "profiles", "add", "--display-name", "trần thị hòa", "--role", "mediator",
                    "--json")
    assert code == 0 and doc == {"id": doc["id"], "name": "tran.thi.hoa", "display_name": "Trần Thị Hòa",
                                 "role": "mediator", "phone": None}
    monkeypatch.setenv("SOTHON_PASSPHRASE", "hoa-giai-123")
    code, listed = run(capsys, "--data-dir", d, "--profile", "tran.thi.hoa", "profiles", "list", "--json")
    assert code == 0 and [p["role"] for p in listed] == ["hamlet_head", "mediator"]
    code, doc = run(capsys, "--data-dir", d, "--profile", "tran.thi.hoa", "profiles", "add", "--display-name", "X Y",
                    "--role", "mediator", "--json")
    assert code == 1 and doc["error"] == "profile_not_allowed"


def test_a_passphrase_change_takes_effect_and_a_too_short_one_is_refused(initialised, capsys, monkeypatch):
    d = str(initialised)
    monkeypatch.setenv("SOTHON_NEW_PASSPHRASE", "abc")
    code, doc = run(capsys, "--data-dir", d, "profiles", "passwd", "--json")
    assert code == 1 and doc["error"] == "passphrase_too_short"
    monkeypatch.setenv("SOTHON_NEW_PASSPHRASE", "mat-khau-moi")
    code, doc = run(capsys, "--data-dir", d, "profiles", "passwd", "--json")
    assert code == 0
    code, doc = run(capsys, "--data-dir", d, "stats", "--json")
    assert code == 1 and doc["error"] == "passphrase_wrong"
    monkeypatch.setenv("SOTHON_PASSPHRASE", "mat-khau-moi")
    code, doc = run(capsys, "--data-dir", d, "stats", "--json")
    assert code == 0


def test_documents_render_sign_and_verify_from_the_command_line(initialised, capsys, tmp_path):
    import shutil

    d = str(initialised)
    run(capsys, "--data-dir", d, "demo", "--json")
    out = tmp_path / "households.pdf"
    code, doc = run(capsys, "--data-dir", d, "documents", "render", "household_list", "--out", str(out), "--sign",
                    "--json")
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, shown = run(capsys, "--data-dir", d, "identity", "show", "--json")
    assert code == 0 and set(shown) == {"fingerprint", "subject", "not_after"}
    pem = tmp_path / "unit.pem"
    code, _ = run(capsys, "--data-dir", d, "identity", "export-cert", str(pem), "--json")
    assert code == 0 and pem.read_text().count("BEGIN CERTIFICATE") == 2
    code, verified = run(capsys, "documents", "verify", str(out), "--trust", str(pem), "--json")
    assert code == 0 and verified["valid"] is True and verified["signer"] == "Nguyễn Văn Trưởng"
    assert verified["qr_matches"] is True
    tampered = tmp_path / "tampered.pdf"
    shutil.copy(out, tampered)
    data = bytearray(tampered.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, refused = run(capsys, "documents", "verify", str(tampered), "--json")
    assert code == 1 and refused["valid"] is False and refused["error"] in ("signature_invalid", "pdf_unreadable")


def test_an_unknown_document_kind_is_refused(initialised, capsys, tmp_path):
    code, doc = run(capsys, "--data-dir", str(initialised), "documents", "render", "no_such", "--out",
                    str(tmp_path / "x.pdf"), "--json")
    assert code == 1 and doc["error"] == "document_kind_unknown"
    assert not (tmp_path / "x.pdf").exists()


def test_verify_accepts_a_valid_bundle_and_refuses_a_changed_one_without_a_data_directory(tmp_path, capsys):
    from cryptography.hazmat.primitives import serialization

    from tests.unit import bundle_support as bf

    written = bf.write(tmp_path)
    code, doc = run(capsys, "verify", str(written.path), "--json")
    assert code == 0 and doc["valid"] is True and doc["sequence"] == 1
    other = tmp_path / "other.pem"
    other.write_bytes(bf.other_hamlet().signing_cert.public_bytes(serialization.Encoding.PEM))
    code, doc = run(capsys, "verify", str(written.path), "--trust", str(other), "--json")
    assert code == 1 and doc == {**doc, "valid": False, "error": "bundle_signer_untrusted"}
    data = bytearray(written.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.sothon"
    bad.write_bytes(bytes(data))
    code, doc = run(capsys, "verify", str(bad), "--json")
    assert code == 1 and doc["valid"] is False and doc["error"].startswith("bundle_") and doc["message"]
    assert not list(tmp_path.glob("data*")) and not (tmp_path / "sothon.db").exists()


def test_opening_the_window_needs_only_the_global_options():
    from desktop_app.cli import _window_args

    args = _window_args(["--data-dir", "D", "--lang", "en", "--exit-when-ready"])
    assert args is not None and args.command is None and args.data_dir == "D" and args.exit_when_ready
    for argv in (["--data-dir", "D", "stats"], ["--help"], ["-h"], ["--lang", "xx"], ["--json"], ["verify", "f"]):
        assert _window_args(argv) is None, argv
