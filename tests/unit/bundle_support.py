"""Shared material for the bundle tests: keys and certificates made the way the app makes them."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from functools import cache

from cryptography.hazmat.primitives.asymmetric import ec

from desktop_app.domain.units import Role, UnitKind
from desktop_app.services import credentials as cr
from desktop_app.services.views import ProfileInfo, UnitInfo

HAMLET = UnitInfo(code="17380-thon-dong", name="Thôn Đông", kind=UnitKind.HAMLET, province_code="40",
                  province_name="Nghệ An", commune_code="17380", commune_name="Xã Yên Xuân")
COMMUNE = UnitInfo(code="17380", name="Xã Yên Xuân", kind=UnitKind.COMMUNE, province_code="40",
                   province_name="Nghệ An", commune_code="17380", commune_name="Xã Yên Xuân")
SENDER = {"code": "17380-thon-dong", "name": "Thôn Đông", "commune": {"code": "17380", "name": "Xã Yên Xuân"},
          "province": {"code": "40", "name": "Nghệ An"}}
RECIPIENT = {"code": "17380", "name": "Xã Yên Xuân", "kind": "commune"}
PERIOD = {"from": "2026-01-01", "to": "2026-06-30"}
CREATED = dt.datetime(2026, 7, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Party:
    signing_key: ec.EllipticCurvePrivateKey
    signing_cert: object
    enc_key: ec.EllipticCurvePrivateKey
    enc_cert: object


def _party(unit: UnitInfo, person: str, role: Role) -> Party:
    key = cr.new_key()
    profile = ProfileInfo(id=str(uuid.uuid4()), name=person.lower().replace(" ", "-"), display_name=person, role=role,
                          phone=None)
    cert = cr.signing_certificate(key, profile, unit, now=NOW)
    enc = cr.new_key()
    enc_cert = cr.encryption_certificate(enc, unit, issuer_key=key, issuer_cert=cert, now=NOW)
    return Party(key, cert, enc, enc_cert)


@cache
def hamlet() -> Party:
    return _party(HAMLET, "Nguyen Van Truong", Role.HAMLET_HEAD)


@cache
def other_hamlet() -> Party:
    return _party(HAMLET, "Tran Van Khac", Role.HAMLET_HEAD)


@cache
def commune() -> Party:
    return _party(COMMUNE, "Le Thi Can Bo", Role.COMMUNE_OFFICER)


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


def sample_records() -> list[dict]:
    hh = uid(1)
    return [
        {"id": hh, "type": "household", "version": 2, "updated_at": "2026-03-01T08:00:00+07:00",
         "unit_code": "17380-thon-dong", "fields": {"number": "12", "address": "Xóm 3", "head_id": uid(2),
                                                    "note": None}},
        {"id": uid(2), "type": "resident", "version": 1, "updated_at": "2026-03-01T08:00:00+07:00",
         "unit_code": "17380-thon-dong",
         "fields": {"household_id": hh, "full_name": "Nguyễn Văn An", "birth_date": "1970-05-04", "birth_year": 1970,
                    "sex": "male", "personal_id": "040070000123", "relation": "head", "residence_type": "permanent",
                    "residence_from": None, "residence_to": None, "status": "present", "status_date": None,
                    "phone": "0912345678", "note": "ghi chú"}},
        {"id": uid(3), "type": "resident", "version": 3, "updated_at": "2026-04-01T08:00:00+07:00",
         "unit_code": "17380-thon-dong",
         "fields": {"household_id": hh, "full_name": "Lê Thị Bình", "birth_date": "1975", "birth_year": 1975,
                    "sex": "female", "personal_id": None, "relation": "spouse", "residence_type": "temporary",
                    "residence_from": "2026-01-02", "residence_to": "2027-01-01", "status": "present",
                    "status_date": None, "phone": None, "note": None}},
        {"id": uid(4), "type": "resident_event", "version": 1, "updated_at": "2026-04-01T08:00:00+07:00",
         "unit_code": "17380-thon-dong",
         "fields": {"resident_id": uid(3), "household_id": hh, "kind": "moved_in", "on_date": "2026-01-02",
                    "details": {"from": "Hà Tĩnh"}}},
        {"id": uid(5), "type": "resident", "version": 4, "deleted_at": "2026-05-01T10:00:00+07:00"},
    ]


def sample_report() -> dict:
    return {"unit_code": "17380-thon-dong", "period": PERIOD,
            "figures": {"population.residents": 2, "population.households": 1,
                        "population.by_sex": {"male": 1, "female": 1}, "mediation.success_rate": 0.75,
                        "security.events": None}}


def document_record(name: str, data: bytes, n: int, *, rtype: str = "document") -> dict:
    """The record that describes ``documents/<name>`` in a bundle."""
    return {"id": uid(1000 + n), "type": rtype, "version": 1, "updated_at": "2026-06-30T09:00:00+07:00",
            "unit_code": "17380-thon-dong",
            "fields": {"kind": "hamlet_meeting_minutes", "title": "Biên bản họp thôn", "issued_on": "2026-06-30",
                       "year": None, "file": f"documents/{name}", "size": len(data),
                       "sha256": hashlib.sha256(data).hexdigest(), "signer": "Nguyễn Văn Trưởng",
                       "signed_at": "2026-06-30T09:00:00+07:00", "personal": False}}


def with_document_records(records: list[dict], documents, *, rtype: str = "document") -> list[dict]:
    """``records`` plus a document record for each of ``documents`` not described yet."""
    described = {r["fields"]["file"] for r in records if r.get("type") in ("document", "party_document")}
    extra = [document_record(name, data, i, rtype=rtype) for i, (name, data) in enumerate(documents)
             if f"documents/{name}" not in described]
    return [*records, *extra]


def write(out_dir, *, encrypted=False, sequence=1, previous=None, documents=None, records=None,
          describe_documents=True, **kw):
    from desktop_app.bundles.writer import write_bundle

    h, c = hamlet(), commune()
    documents = [("bien-ban-hop-thon-2026-01.pdf", b"%PDF-1.7\n" + b"minutes " * 500),
                 ("bao-cao-6-thang.pdf", b"%PDF-1.7\nreport")] if documents is None else documents
    records = sample_records() if records is None else records
    if describe_documents:
        party = kw.get("recipient", RECIPIENT).get("kind") == "party_committee"
        records = with_document_records(records, documents, rtype="party_document" if party else "document")
    args = dict(out_dir=out_dir, sender=SENDER, recipient=RECIPIENT, sequence=sequence, previous_sha256=previous,
                period=PERIOD, records=records, report=sample_report(),
                documents=documents,
                signing_key=h.signing_key, signer_cert=h.signing_cert,
                recipient_encryption_cert=c.enc_cert if encrypted else None,
                recipient_signing_cert=c.signing_cert if encrypted else None, created_at=CREATED)
    args.update(kw)
    return write_bundle(**args)
