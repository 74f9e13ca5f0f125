"""A stored meeting's invitation and resolution through ``sothon documents render … --id MEETING_UUID``: the
layout follows the meeting (state for the hamlet's, party for the cell's), the party's papers stay with party
profiles and travel as party documents, and a resolution that was not voted or did not pass is refused in
Vietnamese with nothing written."""

from __future__ import annotations

import json
import subprocess

import pytest

from desktop_app.cli import main
from tests.conftest import PASSPHRASE, dump_tables
from tests.integration.test_meetings_cli import cell, cli, households, party_meeting  # noqa: F401 — fixtures


@pytest.fixture
def docs(hamlet, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SOTHON_PASSPHRASE", PASSPHRASE)

    def run(*args, profile="bi.thu"):
        argv = ["--data-dir", str(hamlet.data_dir), *(["--profile", profile] if profile else []), "documents", *args]
        code = main([*argv, "--json"])
        return code, json.loads(capsys.readouterr().out)

    return run


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return " ".join(out.decode("utf-8").split())


def hamlet_meeting(households, **more):  # noqa: F811 — the fixture's value
    doc = {"kind": "hamlet_meeting", "date": "2026-11-20", "start": "19:30", "end": "21:00",
           "place": "Nhà văn hóa thôn", "chair": "Nguyễn Văn Trưởng", "chair_title": "Trưởng thôn",
           "secretary": "Lê Thị Bình", "attendance": [{"household_id": h, "status": "present"} for h, _ in households[:3]],
           "guests": ["Ông Lê Văn Hùng, Phó Chủ tịch UBND xã"],
           "votes": [{"motion": "Làm đường bê tông liên xóm", "in_favour": 3, "against": 0}]}
    return doc | more


def test_the_hamlet_meetings_invitation_lists_every_household_in_the_state_layout(cli, docs, households,  # noqa: F811
                                                                                  tmp_path):
    code, town = cli("create", profile=None, doc=hamlet_meeting(households))
    assert code == 0, town
    code, out = docs("render", "meeting_invitation", "--id", town["id"], "--date", "10/11/2026",
                     "--out", str(tmp_path / "gm.pdf"), profile=None)
    assert code == 0, out
    text = text_of(tmp_path / "gm.pdf")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số: …/GM-TĐ" in text
    assert "Yên Xuân, ngày 10 tháng 11 năm 2026" in text and "Dự hội nghị thôn năm 2026" in text
    assert "19 giờ 30 phút, thứ Sáu, ngày 20 tháng 11 năm 2026" in text and "Nhà văn hóa thôn" in text
    assert "Tuyên bố lý do" in text  # the kind's default agenda, stored with the meeting
    # all four households are invited, the one absent from the meeting too
    assert "Đại diện 4 hộ gia đình trong thôn Đông" in text
    assert all(name in text for name in ("Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Cường", "Hoàng Thị Dung"))
    assert "TRƯỞNG THÔN" in text and "Nguyễn Văn Trưởng" in text and "Ông Lê Văn Hùng" in text


def test_the_cells_invitation_and_resolution_take_the_party_layout_and_are_kept_as_party_documents(
        cli, cell, docs, hamlet, tmp_path):  # noqa: F811
    code, meeting = cli("create", doc=party_meeting(cell))
    assert code == 0, meeting
    # asked for the state's invitation, a party cell meeting gets the party's
    code, out = docs("render", "meeting_invitation", "--id", meeting["id"], "--out", str(tmp_path / "gm.pdf"),
                     "--date", "01/11/2026", "--sign")
    assert code == 0, out
    assert out["kind"] == "party_cell_invitation" and out["signed"] is True
    text = text_of(tmp_path / "gm.pdf")
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI" not in text and "Số 01-GM/CB" in text
    assert "Dự sinh hoạt chi bộ thường kỳ tháng 11 năm 2026" in text
    # the nine members called (not the one attached elsewhere), the exempt one marked
    assert "9 đồng chí (chính thức: 8; dự bị: 1)" in text and "Miễn sinh hoạt" in text
    assert "Đỗ Văn Xa" not in text and "Hồ Thị Trẻ" in text
    assert "T/M CHI BỘ" in text and "Trần Văn Bí Thư" in text
    code, rows = docs("list")
    kept = next(r for r in rows if r["id"] == out["kept"])
    assert kept["kind"] == "party_cell_invitation" and kept["party"] is True
    code, out = docs("render", "party_cell_resolution", "--id", meeting["id"], "--out", str(tmp_path / "nq.pdf"))
    assert code == 0 and out["kind"] == "party_cell_resolution", out
    text = text_of(tmp_path / "nq.pdf")
    assert "NGHỊ QUYẾT" in text and "CHI BỘ QUYẾT NGHỊ:" in text and "Số …-NQ/CB" in text
    assert "Chi bộ thống nhất lãnh đạo thực hiện các nhiệm vụ tháng 11." in text
    assert "5/7 đồng chí (71,4%) tán thành" in text and "tính trên 7 đảng viên chính thức" in text
    assert "Nguyễn Văn Một: Vận động nhân dân đóng góp làm đường xóm 3 (hạn 30/11/2026)" in text
    assert "6/8 đồng chí (75,0%)" in text


def test_the_hamlet_head_cannot_print_the_cells_papers(cli, cell, docs, hamlet, tmp_path):  # noqa: F811
    code, meeting = cli("create", doc=party_meeting(cell))
    assert code == 0
    for kind in ("party_cell_invitation", "meeting_invitation", "party_cell_resolution"):
        code, err = docs("render", kind, "--id", meeting["id"], "--out", str(tmp_path / "x.pdf"), profile=None)
        assert code == 1 and err["error"] == "meeting_party_only", (kind, err)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("votes, code_, words", [
    ([], "meeting_no_resolution", "không có nghị quyết"),
    ([{"motion": "Góp ý dự thảo", "in_favour": 5, "against": 0}], "meeting_no_resolution", "không có nghị quyết"),
    ([{"motion": "Nghị quyết tháng 11", "in_favour": 3, "against": 2, "resolution": True}],
     "meeting_resolution_not_passed", "3 phiếu tán thành"),
])
def test_a_resolution_not_voted_or_not_passed_is_refused_and_nothing_is_written(cli, cell, docs, hamlet, tmp_path,  # noqa: F811
                                                                                votes, code_, words):
    code, meeting = cli("create", doc=party_meeting(cell, votes=votes))
    assert code == 0, meeting
    before = dump_tables(hamlet.db_path)
    code, err = docs("render", "party_cell_resolution", "--id", meeting["id"], "--out", str(tmp_path / "nq.pdf"),
                     "--sign")
    assert code == 1 and err["error"] == code_, err
    assert words in err["message"] and meeting["number"] in err["message"]
    assert not (tmp_path / "nq.pdf").exists()
    assert dump_tables(hamlet.db_path) == before


def test_a_meeting_that_is_not_the_cells_has_no_resolution_and_an_unknown_id_is_not_found(
        cli, docs, households, tmp_path):  # noqa: F811
    code, town = cli("create", profile=None, doc=hamlet_meeting(households))
    assert code == 0
    code, err = docs("render", "party_cell_resolution", "--id", town["id"], "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and err["error"] == "not_found"
    code, err = docs("render", "meeting_invitation", "--id", "00000000-0000-4000-8000-000000000000",
                     "--out", str(tmp_path / "x.pdf"), profile=None)
    assert code == 1 and err["error"] == "not_found"
    code, err = docs("render", "meeting_invitation", "--out", str(tmp_path / "x.pdf"), profile=None)
    assert code == 1 and err["error"] == "document_record_required"
    assert not (tmp_path / "x.pdf").exists()
