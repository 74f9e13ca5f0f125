"""Transport with a real inbox service on loopback: a hamlet whose commune is unreachable queues its bundles;
when the service is back they are delivered, imported once and acknowledged; connections cut mid-request and
mid-answer never import twice."""

from __future__ import annotations

import random

import pytest

from desktop_app.services import enrolment, exchange, identity
from desktop_app.services.transport import sender
from desktop_app.services.transport.sender import Backoff
from tests.conftest import dump_tables
from tests.integration.transport_support import (
    CuttingProxy,
    add_household,
    export,
    free_port,
    imported_count,
    start_service,
)

QUICK = Backoff(base=0.0, cap=0.0)


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


@pytest.fixture
def service(pair):
    svc = start_service(pair[1])
    yield svc
    svc.stop()


def _states(hamlet) -> dict[int, str]:
    return {r["sequence"]: r["shown_state"] for r in sender.outbox(hamlet)}


def test_queued_while_the_service_is_down_then_delivered_once_and_acknowledged(pair, tmp_path):
    hamlet, commune = pair
    port = free_port()
    sender.set_setting(hamlet, "inbox_url", f"http://127.0.0.1:{port}")
    add_household(hamlet, "1", "Nguyễn Văn An")
    one = export(hamlet, tmp_path)
    add_household(hamlet, "2", "Trần Văn Bình")
    two = export(hamlet, tmp_path)

    down = sender.send_pending(hamlet, backoff=Backoff(base=60, cap=600), rng=random.Random(1))
    assert down["reachable"] is False and down["error"] == "inbox_unreachable"
    assert _states(hamlet) == {1: sender.WAITING, 2: sender.WAITING}
    (row,) = [r for r in sender.outbox(hamlet) if r["sequence"] == 1]
    assert row["state"] == "pending" and row["delivery"]["attempts"] == 1 and row["delivery"]["next_attempt_at"]
    assert imported_count(commune) == 0

    not_due = sender.send_pending(hamlet)  # the back-off holds: nothing is tried, nothing counted
    assert not_due["reachable"] is None
    assert [r["delivery"]["attempts"] for r in not_due["bundles"]] == [1, 1]

    svc = start_service(commune, port=port)
    try:
        back = sender.send_pending(hamlet, force=True)
    finally:
        svc.stop()
    assert back["reachable"] is True
    assert _states(hamlet) == {1: "acknowledged", 2: "acknowledged"}
    assert imported_count(commune, one["sha256"]) == 1 and imported_count(commune, two["sha256"]) == 1
    assert all(r["delivery"]["error"] is None and r["delivery"]["delivered_at"] for r in back["bundles"])
    again = sender.send_pending(hamlet, force=True)
    assert again["bundles"] == [] and imported_count(commune) == 2


def test_a_crash_while_sending_resumes_as_pending(pair, service, tmp_path):
    hamlet, commune = pair
    sender.set_setting(hamlet, "inbox_url", service.url)
    add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = export(hamlet, tmp_path)
    with hamlet.uow() as uow:  # a round that never ended
        from desktop_app.storage.models import OutboxEntry

        uow.update(uow.session.get(OutboxEntry, bundle["outbox_id"]), {"state": "sending"}, action="sending")
        uow.commit()
    result = sender.send_pending(hamlet)
    assert [r["state"] for r in result["bundles"]] == ["acknowledged"]
    assert imported_count(commune, bundle["sha256"]) == 1


@pytest.mark.parametrize("where", ["request", "response"])
def test_a_connection_cut_never_imports_twice(pair, service, tmp_path, where):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = export(hamlet, tmp_path)
    size = (tmp_path / "outbox-files" / bundle["bundle"].rsplit("/", 1)[-1]).stat().st_size
    # The health check goes direct; the upload through a proxy that cuts it half-way.
    cut = {"cut_request_after": 400 + size // 2} if where == "request" else {"cut_response_after": 300}
    proxy = CuttingProxy(("127.0.0.1", service.port), **cut)
    sender.set_setting(hamlet, "inbox_url", proxy.url)

    class HealthDirect(sender.InboxClient):
        def health(self):
            return sender.InboxClient(service.url).health()

    try:
        first = sender.send_pending(hamlet, client=HealthDirect(proxy.url), backoff=QUICK)
    finally:
        proxy.close()
    assert proxy.cuts >= 1
    (row,) = first["bundles"]
    assert row["state"] == "pending" and row["delivery"]["error"] == "inbox_unreachable"
    assert imported_count(commune, bundle["sha256"]) == (0 if where == "request" else 1)

    sender.set_setting(hamlet, "inbox_url", service.url)
    retry = sender.send_pending(hamlet, force=True)
    assert [r["state"] for r in retry["bundles"]] == ["acknowledged"]
    assert imported_count(commune, bundle["sha256"]) == 1
    assert imported_count(commune) == 1


def test_the_same_upload_twice_is_answered_with_the_same_receipt(pair, service, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn An")
    bundle = export(hamlet, tmp_path)
    from pathlib import Path

    from desktop_app.services.transport import protocol as p

    path = Path(bundle["bundle"])
    key = identity.session_signing_identity(hamlet).key
    sig = p.sign_upload(key, hamlet.unit.code, bundle["sha256"], path.stat().st_size)
    client = sender.InboxClient(service.url)
    answers = [client.upload(path, sender=hamlet.unit.code, sha256=bundle["sha256"], size=path.stat().st_size,
                             signature=sig) for _ in range(2)]
    assert [a.status for a in answers] == [200, 200]
    assert [a.headers[p.H_RESULT.lower()] for a in answers] == ["imported", "already_imported"]
    assert answers[0].body == answers[1].body
    fetched = client.receipt(bundle["sha256"])
    assert fetched.status == 200 and fetched.body == answers[0].body
    assert client.receipt("0" * 64).status == 404
    assert imported_count(commune) == 1


def test_settings_are_checked_and_nothing_is_saved_when_refused(hamlet):
    from desktop_app.domain.errors import SothonError

    before = (hamlet.data_dir / "settings.json").read_bytes()
    for key, value in (("inbox_url", "ftp://x"), ("inbox_url", "http://"), ("inbox_tls_pin", "abc"),
                       ("text_scale", "9"), ("language", "fr"), ("nope", "1")):
        with pytest.raises(SothonError) as err:
            sender.set_setting(hamlet, key, value)
        assert err.value.code in ("setting_invalid", "setting_unknown")
    assert (hamlet.data_dir / "settings.json").read_bytes() == before
    assert sender.set_setting(hamlet, "inbox_url", "http://10.0.0.5:8750/") == "http://10.0.0.5:8750"
    assert sender.get_setting(hamlet, "inbox_url") == "http://10.0.0.5:8750"
    assert sender.set_setting(hamlet, "inbox_url", "") is None


def test_sending_without_an_inbox_address_is_refused_and_changes_nothing(pair, tmp_path):
    from desktop_app.domain.errors import SothonError

    hamlet, _commune = pair
    add_household(hamlet, "1", "Nguyễn Văn An")
    export(hamlet, tmp_path)
    before = dump_tables(hamlet.db_path)
    with pytest.raises(SothonError) as err:
        sender.send_pending(hamlet)
    assert err.value.code == "inbox_url_missing"
    assert dump_tables(hamlet.db_path) == before
