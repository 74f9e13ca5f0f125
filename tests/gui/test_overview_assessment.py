"""The commune overview shows each hamlet's yearly safety assessment as its newest bundle reports it: the totals
line counts passed, not passed and without a result; the hamlet's name in the figures says its result."""

from __future__ import annotations

from desktop_app.gui.commune.overview_page import OverviewPage
from desktop_app.i18n import tr
from desktop_app.services import enrolment, exchange, identity
from tests.integration.test_commune_assessments import YEAR, _decide, _send
from tests.integration.test_commune_report import make_hamlet_named


def test_the_overview_counts_the_hamlets_assessments(qtbot, hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "dong.pem"))
    west = make_hamlet_named(tmp_path / "west", "Thôn Tây")
    enrolment.enrol(commune, identity.export_cert(west, tmp_path / "tay.pem"))
    west.close()
    _decide(hamlet, fail_last=True)
    _send(hamlet, commune, tmp_path, "one")

    overview = OverviewPage(commune)
    qtbot.addWidget(overview)
    overview.resize(1366, 768)
    with qtbot.waitSignal(overview.shown, timeout=10_000):
        overview.refresh()
    assert tr("<b>Safety assessment (“An toàn về an ninh, trật tự”):</b> {passed} hamlets passed, {failed} not"
              " passed, {none} without a result yet.", passed=0, failed=1, none=1) in overview.totals.text()
    names = {overview.figures_table.item(r, 0).text(): overview.figures_table.item(r, 0).toolTip()
             for r in range(overview.figures_table.rowCount())}
    assert names["Thôn Đông"] == tr("Safety assessment {year}: not passed.", year=YEAR)
    assert names["Thôn Tây"] == tr("No safety assessment result reported yet.")
