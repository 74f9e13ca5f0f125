"""Commune mode, the yearly "An toàn về an ninh, trật tự" assessment: a hamlet reports it only in its bundle's
data/report.json, so the commune keeps each imported bundle's report and shows the newest result per hamlet —
in the overview's figures, the commune report's section IV and its JSON."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.clock import vn_today
from desktop_app.domain.security import Status
from desktop_app.services import (
    commune_import,
    commune_overview,
    commune_report,
    documents,
    enrolment,
    exchange,
    identity,
    security,
)
from desktop_app.storage.models import ReceivedBundle
from tests.conftest import today_per_test
from tests.integration.test_commune_report import make_hamlet_named


def _assessment_year(today: dt.date) -> int:
    return today.year + (1 if today.month >= 11 else 0)  # an assessment year runs 1 November – 31 October


TODAY = vn_today()
YEAR = _assessment_year(TODAY)
_today = today_per_test(globals(), lambda today: {"YEAR": _assessment_year(today)})


def _decide(hamlet, *, fail_last: bool, leave_last: bool = False) -> None:
    with hamlet.uow() as uow:
        a = security.assess(uow, year=YEAR)
        for c in a.criteria[:-1]:
            security.decide_criterion(uow, year=YEAR, criterion_id=c.criterion.id, status=Status.PASS,
                                      reason="Đã kiểm tra thực tế")
        if not leave_last:
            security.decide_criterion(uow, year=YEAR, criterion_id=a.criteria[-1].criterion.id,
                                      status=Status.FAIL if fail_last else Status.PASS, reason="Đã họp xét")
        uow.commit()


def _send(hamlet, commune, tmp_path: Path, name: str) -> dict:
    bundle = exchange.export_bundle(hamlet, out_dir=tmp_path / name)["bundle"]
    (result,) = commune_import.import_files(commune, [bundle], receipts_dir=tmp_path / name)
    assert result["status"] == "imported", result
    exchange.import_receipt(hamlet, result["receipt"])
    return result


def test_the_newest_bundle_s_assessment_reaches_the_overview_and_the_report(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    west = make_hamlet_named(tmp_path / "west", "Thôn Tây")  # enrolled, has reported no assessment
    enrolment.enrol(commune, identity.export_cert(west, tmp_path / "tay.pem"))
    west.close()

    _decide(hamlet, fail_last=False, leave_last=True)  # one criterion still open: no result yet
    _send(hamlet, commune, tmp_path, "one")
    with commune.uow() as uow:
        assert commune_overview.assessments_by_unit(uow) == {}
        kept = uow.session.scalars(select(ReceivedBundle.report)).one()
    assert kept["figures"]["security.assessment_passed"] is None  # the report itself is kept as received

    _decide(hamlet, fail_last=True)
    _send(hamlet, commune, tmp_path, "two")
    with commune.uow() as uow:
        got = commune_overview.assessments_by_unit(uow)
    assert got["17380-thon-dong"]["year"] == YEAR and got["17380-thon-dong"]["passed"] is False
    assert got["17380-thon-dong"]["sequence"] == 2 and "17380-thon-tay" not in got

    _decide(hamlet, fail_last=False)  # the head overrode the failing criterion after checking again
    _send(hamlet, commune, tmp_path, "three")
    period = commune_report.parse_period(str(TODAY.year))
    with commune.uow() as uow:
        figures = commune_report.report_figures(uow, period)
    east = next(h for h in figures["hamlets"] if h["code"] == "17380-thon-dong")
    west_row = next(h for h in figures["hamlets"] if h["code"] == "17380-thon-tay")
    assert east["assessment"] == {"year": YEAR, "passed": True} and west_row["assessment"] is None
    assert figures["totals"]["assessment"] == {"passed": 1, "failed": 0, "none": 1}

    pdf = tmp_path / "bc.pdf"
    pdf.write_bytes(documents.render(commune, "commune_report", record_id=str(TODAY.year)))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert f"Đạt ({YEAR})" in text and "Chưa có" in text
    assert "1 đạt, 0 chưa đạt, 1 chưa có kết quả" in text
    if os.environ.get("SOTHON_SHOTS"):  # a folder to keep the PDF in, for looking at it
        (Path(os.environ["SOTHON_SHOTS"]) / "commune-report.pdf").write_bytes(pdf.read_bytes())


def test_a_report_for_an_earlier_period_uses_the_bundles_of_that_time(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    _decide(hamlet, fail_last=True)
    _send(hamlet, commune, tmp_path, "one")
    with commune.uow() as uow:
        before = commune_overview.assessments_by_unit(uow, until=TODAY - dt.timedelta(days=400))
        now = commune_overview.assessments_by_unit(uow, until=TODAY)
    assert before == {} and now["17380-thon-dong"]["passed"] is False
