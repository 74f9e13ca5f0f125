"""The inbox service verifies and decrypts each upload before its import, outside the import lock; the import
then takes that opening only when it is the one it would have made — signed by the enrolled key it finds, and
decrypted — and opens the file again otherwise. Either way the records, the receipt and the chain are those of
``sothon import``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.bundles.reader import open_bundle
from desktop_app.services import commune_import, enrolment, exchange, identity
from tests.conftest import dump_tables
from tests.integration.transport_support import add_household, export


@pytest.fixture
def pair(hamlet, commune, commune_pem, tmp_path):
    exchange.set_recipient(hamlet, commune_pem)
    enrolment.enrol(commune, identity.export_cert(hamlet, tmp_path / "thon-dong.pem"))
    return hamlet, commune


def _imported_records(app) -> dict:
    tables = dump_tables(app.db_path)
    return {k: v for k, v in tables.items() if k.startswith("received_") and k != "received_bundles"}


def test_an_opening_made_before_gives_the_same_import_as_opening_the_file_again(pair, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    bundle = Path(export(hamlet, tmp_path)["bundle"])
    keys = commune_import._Keys(commune)
    with commune.uow() as uow:
        certificates = [k.certificate for k in enrolment.trusted_keys(uow, "17380-thon-dong")]
    first = open_bundle(bundle, trust=certificates, keep_documents=False)
    verified = open_bundle(bundle, trust=certificates, decryption_key=keys.for_bundle(first))
    assert verified.decrypted
    result = commune_import.import_file(commune, bundle, keys=keys, verified=verified, receipts_dir=tmp_path / "r")
    assert result["status"] == "imported" and result["counts"]["household"]["added"] == 1
    again = commune_import.import_file(commune, bundle, keys=keys, verified=verified, receipts_dir=tmp_path / "r")
    assert again["status"] == "already_imported"
    assert Path(again["receipt"]).read_bytes() == Path(result["receipt"]).read_bytes()


def test_an_opening_that_was_not_decrypted_is_not_taken_the_file_is_opened_again(pair, tmp_path):
    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    bundle = Path(export(hamlet, tmp_path)["bundle"])
    undecrypted = open_bundle(bundle, keep_documents=False)  # no key: records unread
    assert not undecrypted.decrypted and undecrypted.records is None
    result = commune_import.import_file(commune, bundle, verified=undecrypted, receipts_dir=tmp_path / "r")
    assert result["status"] == "imported" and result["counts"]["household"]["added"] == 1
    assert len(_imported_records(commune)["received_households"]) == 1


def test_the_service_verifies_a_body_and_gives_none_for_one_that_does_not_open(pair, tmp_path):
    from tests.integration.transport_support import start_service

    hamlet, commune = pair
    add_household(hamlet, "1", "Nguyễn Văn Một")
    bundle = Path(export(hamlet, tmp_path)["bundle"])
    service = start_service(commune)
    try:
        certificates = service.sender_certificates("17380-thon-dong")
        assert certificates and service.sender_certificates("17380-thon-tay") == []
        opened = service.verify_upload(bundle, certificates)
        assert opened is not None and opened.decrypted and opened.sha256
        garbage = tmp_path / "garbage.sothon"
        garbage.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
        assert service.verify_upload(garbage, certificates) is None
    finally:
        service.stop()
