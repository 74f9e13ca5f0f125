"""Exchange, hamlet side: the registered recipients (the commune; the party committee), exporting bundles and
the outbox.

- ``set_recipient`` registers the commune — or, with ``kind="party_committee"``, the commune's party committee —
  from its certificate file (``sothon identity export-cert`` on its copy: its signing certificate, then the
  encryption certificate that signing key issued).
- ``export_bundle`` writes the next bundle of a chain (docs/bundle-format.md). A government bundle to the
  commune: every household, resident and resident event changed since the last bundle the commune
  *acknowledged* (everything with ``all``), pseudonymised unless ``named``, the mediation log (always
  pseudonymised, ``services.mediation_exchange``), the government meetings (``services.meetings_exchange``),
  the security-order log and activities (the people involved pseudonymised unless ``named``,
  ``services.security_exchange``), the report figures, and the signed
  documents of the unit (``services.archive``) no acknowledged bundle has carried yet — those that list
  residents by name only when ``named``; signed with the unit's key. A party bundle to the party committee: the
  party documents and the party cell's meetings, signed by the party cell secretary, in its own chain. Both are encrypted to their
  recipient. The file and its outbox row are all or nothing.
- The outbox records every export with its state: pending → sent → acknowledged | rejected, set by hand
  (``mark``) or by the recipient's signed receipt (``import_receipt``); rejected bundles are carried again by
  the next export, since it starts from the last acknowledged one.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import func, or_, select

from desktop_app.bundles import crypto, pseudonym
from desktop_app.bundles import format as fmt
from desktop_app.bundles.writer import write_bundle
from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import AuthError, NotFound, SothonError
from desktop_app.domain.ids import new_id
from desktop_app.domain.units import Role
from desktop_app.i18n import N_, tr
from desktop_app.services import credentials as cr
from desktop_app.services import identity, views
from desktop_app.storage.models import (
    Household,
    IssuedDocument,
    OutboxEntry,
    Recipient,
    Resident,
    ResidentEvent,
    UnitSecret,
    utcnow,
)

PENDING, SENT, ACKNOWLEDGED, REJECTED = "pending", "sent", "acknowledged", "rejected"
# Over the network (services.transport): a try in progress, then the inbox service has the file.
SENDING, DELIVERED = "sending", "delivered"
STATES = (PENDING, SENDING, DELIVERED, SENT, ACKNOWLEDGED, REJECTED)
# The outbox's state machine: what each state may become. ``sent`` is a bundle handed over by hand (USB,
# e-mail); ``sending`` goes back to ``pending`` when a try fails (shown as "waiting for network").
TRANSITIONS: dict[str, frozenset[str]] = {
    PENDING: frozenset({SENDING, SENT}),
    SENDING: frozenset({PENDING, DELIVERED, SENT, ACKNOWLEDGED, REJECTED}),
    DELIVERED: frozenset({ACKNOWLEDGED, REJECTED}),
    SENT: frozenset({ACKNOWLEDGED, REJECTED}),
    ACKNOWLEDGED: frozenset(),
    REJECTED: frozenset(),
}
# How each state reads (the window's outbox and the command line).
STATE_NAMES = {
    PENDING: N_("Pending"),
    SENDING: N_("Sending"),
    DELIVERED: N_("Delivered, awaiting the receipt"),
    SENT: N_("Sent"),
    ACKNOWLEDGED: N_("Received by the commune"),
    REJECTED: N_("Rejected by the commune"),
}
RECIPIENT_COMMUNE = "commune"
RECIPIENT_PARTY = fmt.PARTY_RECIPIENT_KIND  # party_committee
RECIPIENT_KINDS = (RECIPIENT_COMMUNE, RECIPIENT_PARTY)
# Which recipient each bundle kind goes to.
RECIPIENT_FOR = {fmt.KIND_GOVERNMENT: RECIPIENT_COMMUNE, fmt.KIND_PARTY: RECIPIENT_PARTY}
PSEUDONYM_PURPOSE = "pseudonym"
_COMMUNE_CODE_LEN = 5


# --- the recipient --------------------------------------------------------------------------------------


def _read_certificates(path: Path) -> list[x509.Certificate]:
    if not path.is_file():
        raise SothonError("file_not_found", path=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise SothonError("certificate_unreadable", detail=str(exc) or "no PEM certificate") from exc


def set_recipient(app: Any, cert_pem_path: Path | str, *, kind: str = RECIPIENT_COMMUNE) -> dict[str, Any]:
    """Register (or replace) where this hamlet sends its bundles, from the recipient's certificate file:
    ``kind="commune"`` (government bundles) or ``"party_committee"`` (party bundles).

    Refusals: ``file_not_found``, ``certificate_unreadable``, ``recipient_cert_invalid`` (not a signing
    certificate followed by an encryption certificate it issued), ``recipient_is_own_unit``,
    ``recipient_wrong_unit`` (not this hamlet's commune: the commune's certificate carries the commune's code;
    the party committee's carries the commune's code or a unit code under it, e.g. ``17380-dang-uy``)."""
    if kind not in RECIPIENT_KINDS:
        raise SothonError("recipient_kind_unknown", kind=kind, known=", ".join(RECIPIENT_KINDS))
    unit = _own_unit(app)
    path = Path(cert_pem_path)
    certs = _read_certificates(path)
    if len(certs) < 2:
        raise SothonError("recipient_cert_invalid", path=str(path), fingerprint=crypto.fingerprint(certs[0])
                          if certs else "")
    signing, enc = certs[0], certs[1]
    if not crypto.check_encryption_cert(signing, enc) or not crypto.is_key_agreement_cert(enc) \
            or not crypto.is_p256(signing.public_key()):
        raise SothonError("recipient_cert_invalid", path=str(path), fingerprint=cr.fingerprint(enc))
    signing_fp, enc_fp = cr.fingerprint(signing), cr.fingerprint(enc)
    parts = cr.subject_parts(signing)
    with app.reader() as conn:
        own = {cr.fingerprint(c) for c in identity.known_certificates(conn)}
        own |= {cr.fingerprint(c) for c in identity.known_certificates(conn, purpose=cr.ENCRYPTION)}
    if signing_fp in own or enc_fp in own or parts.unit_code == unit.code:
        raise SothonError("recipient_is_own_unit", fingerprint=cr.group_fingerprint(signing_fp))
    code = parts.unit_code or ""
    in_commune = code == unit.commune_code or (kind == RECIPIENT_PARTY and code.startswith(unit.commune_code + "-"))
    if not in_commune:
        raise SothonError("recipient_wrong_unit", code=code or "?", commune=unit.commune_code)
    values = {
        "name": parts.organization or unit.commune_name,
        "kind": kind,
        "signing_certificate_pem": cr.cert_pem(signing),
        "encryption_certificate_pem": cr.cert_pem(enc),
        "signing_fingerprint": signing_fp,
        "encryption_fingerprint": enc_fp,
    }
    with app.uow() as uow:
        # One recipient of each kind: registering another party committee replaces the previous one.
        rows = list(uow.session.scalars(select(Recipient).where(Recipient.kind == kind)))
        row = next((r for r in rows if r.code == code), rows[0] if rows else None)
        if row is None:
            row = Recipient(id=new_id(), code=code, registered_at=utcnow(), **values)
            uow.add(row)
        else:
            uow.update(row, {**values, "code": code, "registered_at": utcnow()}, action="replace")
        uow.commit()
    return recipient_json(row)


def recipient_json(row: Recipient) -> dict[str, Any]:
    return {"code": row.code, "name": row.name, "kind": row.kind,
            "signing_fingerprint": row.signing_fingerprint, "encryption_fingerprint": row.encryption_fingerprint,
            "registered_at": row.registered_at.isoformat() if row.registered_at else None}


def get_recipient(app: Any, kind: str = RECIPIENT_COMMUNE) -> dict[str, Any] | None:
    """The registered commune (or party committee), or None."""
    with app.uow() as uow:
        row = _recipient(uow, kind)
        return recipient_json(row) if row is not None else None


def _recipient(uow: Any, kind: str = RECIPIENT_COMMUNE) -> Recipient | None:
    return uow.session.scalars(
        select(Recipient).where(Recipient.kind == kind).order_by(Recipient.registered_at.desc())
    ).first()


# --- collecting what to send ----------------------------------------------------------------------------


def _own_unit(app: Any) -> views.UnitInfo:
    if app.unit is None:
        raise AuthError("not_initialised")
    return app.unit


def _iso_time(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat()


def _iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _household_fields(h: Household) -> dict[str, Any]:
    return {"number": h.number, "address": h.address, "head_id": h.head_id, "note": h.note}


def _resident_fields(r: Resident) -> dict[str, Any]:
    return {"household_id": r.household_id, "full_name": r.full_name, "birth_date": r.birth_date,
            "birth_year": r.birth_year, "sex": r.sex, "personal_id": r.personal_id, "relation": r.relation,
            "residence_type": r.residence_type, "residence_from": _iso_date(r.residence_from),
            "residence_to": _iso_date(r.residence_to), "status": r.status, "status_date": _iso_date(r.status_date),
            "phone": r.phone, "note": r.note}


def _event_fields(e: ResidentEvent) -> dict[str, Any]:
    return {"resident_id": e.resident_id, "household_id": e.household_id, "kind": e.kind,
            "on_date": e.on_date.isoformat(), "details": dict(e.details or {})}


_RECORD_TYPES = (("household", Household, _household_fields), ("resident", Resident, _resident_fields),
                 ("resident_event", ResidentEvent, _event_fields))


def collect_records(uow: Any, unit_code: str, since: dt.datetime | None) -> list[dict[str, Any]]:
    """Upserts and tombstones (records.schema.json) of the unit's records changed after ``since`` (all when
    None), not yet pseudonymised."""
    out: list[dict[str, Any]] = []
    for rtype, model, fields in _RECORD_TYPES:
        query = select(model).where(model.unit_code == unit_code)
        if since is not None:
            query = query.where(or_(model.updated_at > since, model.deleted_at > since))
        for row in uow.session.scalars(query):
            if row.deleted_at is not None:
                out.append({"id": row.id, "type": rtype, "version": row.version,
                            "deleted_at": _iso_time(row.deleted_at)})
            else:
                out.append({"id": row.id, "type": rtype, "version": row.version,
                            "updated_at": _iso_time(row.updated_at), "unit_code": row.unit_code,
                            "fields": fields(row)})
    return out


def report_figures(uow: Any, unit_code: str, period: dict[str, str]) -> dict[str, Any]:
    """data/report.json (report.schema.json): the register's current counts."""
    from desktop_app.services import mediation_exchange, meetings_exchange, security_exchange

    s = views.stats(uow.dbapi(), unit_code=unit_code)
    return {"unit_code": unit_code, "period": dict(period), "figures": {
        "population.households": s.households,
        "population.residents": s.residents,
        "population.by_sex": dict(s.by_sex),
        "population.by_residence_type": dict(s.by_residence_type),
        "population.former_residents": s.former_residents,
        **mediation_exchange.report_figures(uow, unit_code, period),
        **meetings_exchange.report_figures(uow, unit_code, period),
        **security_exchange.report_figures(uow, unit_code, period),
    }}


def _document_fields(row: IssuedDocument) -> dict[str, Any]:
    return {"kind": row.kind, "title": row.title, "issued_on": row.issued_on.isoformat(), "year": row.year,
            "file": f"documents/{row.file_name}", "size": row.size, "sha256": row.sha256,
            "signer": row.signer_name, "signed_at": _iso_time(row.signed_at), "personal": bool(row.personal),
            "number": row.number_label, "cosigner": row.cosigner_name,
            "cosigned_at": _iso_time(row.cosigned_at) if row.cosigned_at else None, "signed_as": row.signed_as}


@dataclass
class PeriodDocuments:
    records: list[dict[str, Any]]  # document / party_document upserts and tombstones
    files: list[tuple[str, bytes]]  # (file name under documents/, signed PDF)
    carried: list[list[Any]]  # [id, version, tombstone?] of every document record carried (kept in the outbox)
    held_back: int  # documents with residents' names left out of a bundle that is not named


def carried_versions(entry: OutboxEntry) -> dict[str, int]:
    """Document id → the version of it that an outbox entry carried (an upsert or a tombstone)."""
    out: dict[str, int] = {}
    for item in entry.document_ids or ():
        doc_id, version = (item[0], item[1]) if isinstance(item, (list, tuple)) else (item, 0)
        out[str(doc_id)] = int(version)
    return out


def carried_pdfs(entry: OutboxEntry) -> int:
    """How many PDFs an outbox entry carried (its document tombstones carry none)."""
    return sum(1 for item in entry.document_ids or ()
               if not (isinstance(item, (list, tuple)) and len(item) > 2 and item[2]))


def period_documents(uow: Any, unit_code: str, *, recipient_code: str, kind: str, named: bool, all: bool,  # noqa: A002
                     since: dt.datetime | None) -> PeriodDocuments:
    """The signed documents this bundle carries: every kept document of the bundle's kind (party documents
    in party bundles only) whose current version no acknowledged bundle of this chain carried (every one with
    ``all``) — so a document deleted and restored goes again; documents that name residents only when
    ``named`` (else counted in ``held_back``), and never the papers of a confidential mediation case
    (``mediation_exchange.withheld_documents``, counted in ``held_back``); and a tombstone for each deleted document that a bundle of the
    chain carried, until an acknowledged bundle carried that tombstone."""
    party = kind == fmt.KIND_PARTY
    rtype = fmt.PARTY_DOCUMENT_TYPE if party else fmt.DOCUMENT_TYPE
    chain = list(uow.session.scalars(select(OutboxEntry).where(OutboxEntry.recipient_code == recipient_code,
                                                               OutboxEntry.kind == kind)))
    acknowledged: dict[str, set[int]] = {}
    carried: set[str] = set()
    for entry in chain:
        for doc_id, version in carried_versions(entry).items():
            carried.add(doc_id)
            if entry.state == ACKNOWLEDGED:
                acknowledged.setdefault(doc_id, set()).add(version)
    rows = uow.session.scalars(select(IssuedDocument).where(IssuedDocument.unit_code == unit_code,
                                                            IssuedDocument.party.is_(party))
                               .order_by(IssuedDocument.signed_at))
    from desktop_app.services import mediation_exchange

    withheld = set() if party else mediation_exchange.withheld_documents(uow, unit_code)
    out = PeriodDocuments([], [], [], 0)
    for row in rows:
        if row.deleted_at is not None:
            if row.id in carried and (all or row.version not in acknowledged.get(row.id, ())):
                out.records.append({"id": row.id, "type": rtype, "version": row.version,
                                    "deleted_at": _iso_time(row.deleted_at)})
                out.carried.append([row.id, row.version, True])
            continue
        if not all and row.version in acknowledged.get(row.id, ()):
            continue
        if (row.personal and not named) or row.id in withheld:
            out.held_back += 1
            continue
        out.records.append({"id": row.id, "type": rtype, "version": row.version, "updated_at": _iso_time(row.updated_at),
                            "unit_code": row.unit_code, "fields": _document_fields(row)})
        out.files.append((row.file_name, bytes(row.content)))
        out.carried.append([row.id, row.version, False])
    return out


def _pseudonym_secret(uow: Any, unit_code: str) -> bytes:
    """The unit's pseudonym secret (32 random bytes, never exported), made on first use."""
    row = uow.session.scalars(select(UnitSecret).where(UnitSecret.unit_code == unit_code)).first()
    if row is None:
        row = UnitSecret(id=new_id(), unit_code=unit_code, purpose=PSEUDONYM_PURPOSE,
                         secret=secrets.token_bytes(32).hex())
        uow.add(row)
    return bytes.fromhex(row.secret)


def _last(uow: Any, recipient_code: str, kind: str, *, state: str | None = None) -> OutboxEntry | None:
    query = select(OutboxEntry).where(OutboxEntry.recipient_code == recipient_code, OutboxEntry.kind == kind)
    if state is not None:
        query = query.where(OutboxEntry.state == state)
    return uow.session.scalars(query.order_by(OutboxEntry.sequence.desc())).first()


def _first_record_date(uow: Any, unit_code: str) -> dt.date | None:
    models = [*(m for _t, m, _f in _RECORD_TYPES), IssuedDocument]
    firsts = [uow.session.scalar(select(func.min(m.created_at)).where(m.unit_code == unit_code)) for m in models]
    firsts = [f for f in firsts if f is not None]
    from desktop_app.services import meetings_exchange

    held = meetings_exchange.first_meeting_day(uow, unit_code)  # a meeting may be recorded after it was held
    if not firsts:
        return held
    first = min(f if f.tzinfo else f.replace(tzinfo=dt.UTC) for f in firsts).astimezone(VN_TZ).date()
    return min(first, held) if held is not None else first


# --- exporting ------------------------------------------------------------------------------------------


def export_bundle(app: Any, *, out_dir: Path | str, all: bool = False, named: bool = False,  # noqa: A002
                  kind: str = fmt.KIND_GOVERNMENT, named_documents: bool | None = None) -> dict[str, Any]:
    """Write the next bundle of ``kind`` (government → the commune, party → the party committee) in
    ``out_dir`` and record it in the outbox (pending).

    ``named``: register records with names (else pseudonymised). ``named_documents`` (default: as ``named``):
    also the signed documents that name residents — minutes with their attendance, lists, household cards —
    which can go while the register stays pseudonymised.

    Returns {"bundle": path, "sequence": n, "counts": {...}, "documents": [file names], "held_back": n,
    "sha256", "outbox_id", "kind"}. Refusals: ``bundle_kind_unknown``, ``recipient_missing`` /
    ``party_recipient_missing``, ``export_not_key_holder`` (government bundles are signed with the unit's key),
    ``export_party_not_secretary`` (party bundles by the party cell secretary), ``bundle_exists``,
    ``file_unwritable``, and the writer's ``bundle_*`` codes. Nothing is recorded when the file cannot be
    written, and the file is removed when the outbox row cannot be."""
    if kind not in RECIPIENT_FOR:
        raise SothonError("bundle_kind_unknown", kind=kind)
    party = kind == fmt.KIND_PARTY
    unit = _own_unit(app)
    profile = app.profile
    if profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
    if party:
        if profile.role != Role.PARTY_SECRETARY:
            raise SothonError("export_party_not_secretary", profile=profile.name)
    else:
        identity.require_key_holder(app)
    recipient_kind = RECIPIENT_FOR[kind]
    with app.uow() as uow:
        if _recipient(uow, recipient_kind) is None:
            raise SothonError("party_recipient_missing" if party else "recipient_missing")
    signer = identity.session_signing_identity(app)  # may make the keys first (its own transaction)

    out_dir = Path(out_dir)
    # The snapshot instant, to the microsecond: the next export starts from it once this bundle is
    # acknowledged (a record changed while this one is collected is sent again next time, never lost).
    snapshot = utcnow()
    created = snapshot.astimezone(VN_TZ).replace(microsecond=0)  # the manifest's created_at (seconds, +07:00)
    with app.uow() as uow:
        recipient = _recipient(uow, recipient_kind)
        assert recipient is not None
        acknowledged = _last(uow, recipient.code, kind, state=ACKNOWLEDGED)
        previous = _last(uow, recipient.code, kind)
        since = None if all or acknowledged is None else acknowledged.created_at
        records = [] if party else collect_records(uow, unit.code, since)
        today = created.astimezone(VN_TZ).date()  # the period in Vietnam's days, as documents are dated
        if since is not None:
            start = since.astimezone(VN_TZ).date()
        else:
            start = _first_record_date(uow, unit.code) or today
        period = {"from": min(start, today).isoformat(), "to": today.isoformat()}
        from desktop_app.services import mediation_exchange, meetings_exchange, security_exchange

        if not party:
            def key() -> bytes:
                return pseudonym.pseudonym_key(_pseudonym_secret(uow, unit.code), recipient_code=recipient.code,
                                               kind=kind)

            if not named:
                records = pseudonym.pseudonymise(records, key())
            # The mediation log is pseudonymised even in a named bundle (services.mediation_exchange); the
            # government meetings and the security-order log name people only when ``named``.
            records.extend(mediation_exchange.collect_records(uow, unit.code, since, key))
            records.extend(meetings_exchange.collect_records(uow, unit.code, since, key, named=named))
            records.extend(security_exchange.collect_records(uow, unit.code, since, key, named=named))
        else:  # the cell's meetings go to the party committee, never in a government bundle
            records.extend(meetings_exchange.collect_party_records(uow, unit.code, since, viewer=profile))
        # The party committee's own records (the cell's minutes, members by name) always go to it.
        with_names = True if party else (named if named_documents is None else named_documents)
        docs = period_documents(uow, unit.code, recipient_code=recipient.code, kind=kind, named=with_names,
                                all=all, since=since)
        records.extend(docs.records)
        report = None if party else report_figures(uow, unit.code, period)
        sequence = (previous.sequence + 1) if previous is not None else 1
        written = write_bundle(
            out_dir=out_dir,
            sender={"code": unit.code, "name": unit.name,
                    "commune": {"code": unit.commune_code, "name": unit.commune_name},
                    "province": {"code": unit.province_code, "name": unit.province_name}},
            recipient={"code": recipient.code, "name": recipient.name, "kind": recipient.kind},
            sequence=sequence,
            previous_sha256=previous.sha256 if previous is not None else None,
            period=period,
            records=records,
            report=report,
            documents=docs.files,
            signing_key=signer.key,
            signer_cert=signer.certificate,
            recipient_encryption_cert=cr.load_cert(recipient.encryption_certificate_pem),
            recipient_signing_cert=cr.load_cert(recipient.signing_certificate_pem),
            created_at=created,
            kind=kind,
        )
        counts = dict(written.manifest["counts"])
        try:
            entry = OutboxEntry(
                id=new_id(), recipient_code=recipient.code, kind=kind, sequence=sequence,
                previous_sha256=previous.sha256 if previous is not None else None, sha256=written.sha256,
                file_name=written.path.name, saved_path=str(written.path.resolve()),
                period_from=dt.date.fromisoformat(period["from"]), period_to=dt.date.fromisoformat(period["to"]),
                counts=counts, created_at=snapshot, state=PENDING, state_changed_at=snapshot, reason=None,
                document_ids=list(docs.carried),
            )
            uow.add(entry)
            uow.commit()
        except BaseException:
            written.path.unlink(missing_ok=True)
            raise
    return {"bundle": str(written.path), "sequence": sequence, "counts": counts, "sha256": written.sha256,
            "outbox_id": entry.id, "kind": kind, "documents": [name for name, _ in docs.files],
            "held_back": docs.held_back}


# --- the outbox -----------------------------------------------------------------------------------------


def outbox_json(row: OutboxEntry) -> dict[str, Any]:
    return {"id": row.id, "recipient": row.recipient_code, "kind": row.kind, "sequence": row.sequence,
            "state": row.state, "created_at": _iso_time(row.created_at), "file": row.file_name,
            "path": row.saved_path, "sha256": row.sha256, "previous_sha256": row.previous_sha256,
            "counts": dict(row.counts or {}), "documents": carried_pdfs(row),
            "period": {"from": row.period_from.isoformat(), "to": row.period_to.isoformat()},
            "state_changed_at": _iso_time(row.state_changed_at), "reason": row.reason}


def list_outbox(app: Any) -> list[dict[str, Any]]:
    """Every exported bundle, newest first."""
    with app.uow() as uow:
        rows = uow.session.scalars(select(OutboxEntry).order_by(OutboxEntry.created_at.desc(),
                                                                OutboxEntry.sequence.desc()))
        return [outbox_json(r) for r in rows]


def _change_state(app: Any, outbox_id: str, state: str, reason: str | None) -> dict[str, Any]:
    with app.uow() as uow:
        row = uow.session.get(OutboxEntry, outbox_id)
        if row is None:
            raise NotFound("not_found", kind="outbox", id=outbox_id)
        if state not in TRANSITIONS.get(row.state, frozenset()):
            raise SothonError("outbox_transition_invalid", sequence=row.sequence, state=row.state, new=state)
        uow.update(row, {"state": state, "state_changed_at": utcnow(), "reason": reason}, action=state)
        uow.commit()
        return outbox_json(row)


def mark_sent(app: Any, outbox_id: str) -> dict[str, Any]:
    """pending → sent (the bundle was handed over: USB stick, e-mail)."""
    return _change_state(app, outbox_id, SENT, None)


def record_receipt_state(app: Any, outbox_id: str, state: str, reason: str | None = None) -> dict[str, Any]:
    """sent → acknowledged | rejected, from the commune's receipt. An acknowledged bundle moves the start of
    the next export; a rejected one's records are sent again by the next export."""
    if state not in (ACKNOWLEDGED, REJECTED):
        raise SothonError("outbox_transition_invalid", sequence="?", state="?", new=state)
    return _change_state(app, outbox_id, state, reason)


def state_label(state: str) -> str:
    return tr(STATE_NAMES[state]) if state in STATE_NAMES else state


def mark(app: Any, ref: str, state: str, *, reason: str | None = None,
         kind: str = fmt.KIND_GOVERNMENT) -> dict[str, Any]:
    """``sothon outbox mark``: ``ref`` is an outbox id, or the sequence number of a bundle of the ``kind``
    chain; ``state`` sent, acknowledged or rejected (with the recipient's ``reason``)."""
    outbox_id = ref
    if ref.isdigit():
        if kind not in RECIPIENT_FOR:
            raise SothonError("bundle_kind_unknown", kind=kind)
        with app.uow() as uow:
            recipient = _recipient(uow, RECIPIENT_FOR[kind])
            query = select(OutboxEntry).where(OutboxEntry.kind == kind, OutboxEntry.sequence == int(ref))
            if recipient is not None:  # the chain to the recipient registered now
                query = query.where(OutboxEntry.recipient_code == recipient.code)
            row = uow.session.scalars(query.order_by(OutboxEntry.created_at.desc())).first()
            if row is None:
                raise NotFound("not_found", kind="outbox", id=ref)
            outbox_id = row.id
    if state == SENT:
        return mark_sent(app, outbox_id)
    return record_receipt_state(app, outbox_id, state, (reason or "").strip() or None)


def mark_saved(app: Any, outbox_id: str, path: Path | str) -> None:
    """Remember where the bundle was last saved ("Save to USB / folder")."""
    with app.uow() as uow:
        row = uow.session.get(OutboxEntry, outbox_id)
        if row is None:
            raise NotFound("not_found", kind="outbox", id=outbox_id)
        uow.update(row, {"saved_path": str(path)}, action="save")
        uow.commit()


# --- receipts from the recipient ------------------------------------------------------------------------


def import_receipt(app: Any, path: Path | str) -> dict[str, Any]:
    """Read the recipient's signed receipt for one of our bundles and move the bundle to acknowledged or
    rejected (from pending, it is marked sent first: it evidently arrived). The receipt must be signed by a
    registered recipient — the one the bundle went to — and name the bundle's sequence and file hash.

    Returns the outbox row (``outbox_json``) with ``"already": true`` when it was in that state already.
    Refusals: ``recipient_missing``, the reader's ``receipt_*`` codes and ``file_*``,
    ``receipt_not_for_this_unit``, ``receipt_unknown_bundle``, ``receipt_bundle_mismatch``,
    ``outbox_transition_invalid`` (e.g. a rejection for a bundle already acknowledged)."""
    from desktop_app.bundles.receipt import ACCEPTED, read_receipt

    unit = _own_unit(app)
    with app.uow() as uow:
        recipients = list(uow.session.scalars(select(Recipient)))
        trust = [cr.load_cert(r.signing_certificate_pem) for r in recipients]
    if not trust:
        raise SothonError("recipient_missing")
    receipt = read_receipt(path, trust=trust)
    bundle = receipt.bundle
    if bundle["sender"] != unit.code:
        raise SothonError("receipt_not_for_this_unit", sender=bundle["sender"], unit=unit.code)
    signer_fp = cr.fingerprint(receipt.signer_cert)
    # The recipient registered for this bundle's kind and code, with this certificate (one certificate may be
    # registered as both the commune and the party committee).
    issuer = next((r for r in recipients if r.signing_fingerprint == signer_fp
                   and r.kind == RECIPIENT_FOR.get(bundle["kind"]) and r.code == bundle["recipient"]), None)
    if issuer is None:
        raise SothonError("receipt_signer_untrusted", fingerprint=cr.group_fingerprint(signer_fp))
    if receipt.payload["issuer"]["code"] != issuer.code:
        raise SothonError("receipt_bundle_mismatch", sequence=bundle["sequence"],
                          detail=f"issued by {receipt.payload['issuer']['code']}, the bundle went to {issuer.code}")
    new = ACKNOWLEDGED if receipt.status == ACCEPTED else REJECTED
    with app.uow() as uow:
        entry = uow.session.scalars(select(OutboxEntry).where(
            OutboxEntry.recipient_code == bundle["recipient"], OutboxEntry.kind == bundle["kind"],
            OutboxEntry.sequence == bundle["sequence"])).first()
        if entry is None:
            raise SothonError("receipt_unknown_bundle", sequence=bundle["sequence"])
        if entry.sha256 != bundle["sha256"]:
            raise SothonError("receipt_bundle_mismatch", sequence=bundle["sequence"],
                              detail=f"the receipt is for a file with SHA-256 {bundle['sha256'][:16]}…")
        if entry.state == new:
            return {**outbox_json(entry), "already": True}
        now = utcnow()
        if entry.state == PENDING:
            uow.update(entry, {"state": SENT, "state_changed_at": now}, action=SENT)
        if new not in TRANSITIONS.get(entry.state, frozenset()):
            raise SothonError("outbox_transition_invalid", sequence=entry.sequence, state=entry.state, new=new)
        uow.update(entry, {"state": new, "state_changed_at": now, "reason": receipt.reason}, action="receipt")
        uow.commit()
        return {**outbox_json(entry), "already": False}
