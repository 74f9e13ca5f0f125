"""Commune mode: importing the hamlets' bundles into the commune's own database.

Each file is untrusted until verified. For one file, in this order:

1. the reader (``bundles.reader``, no database) verifies it as ``sothon verify`` does, keeping the encrypted
   payloads it has checked against the listing;
2. the sender must be an enrolled hamlet and the signer one of its enrolled keys, not revoked on the day the
   bundle says it was made (``services.enrolment``); the bundle is addressed to this commune and is a
   government bundle;
3. the reader checks the signer against that one certificate and decrypts what it kept with the commune's key
   (``reader.decrypt``: the file is read once);
4. the sender's chain: the same file again (same SHA-256) is ``already_imported`` and changes nothing; a
   different file with a sequence already imported, or one whose ``previous_sha256`` is not the file imported
   before it, is a conflict (a cloned or restored hamlet copy); a gap is imported, naming the missing sequences;
5. every record is checked against what the commune holds (``RECORD_TYPES``: one entry per record type, each
   with its table of received records); any issue rejects the whole bundle;
6. every record is written in one transaction with the bundle's place in the chain and its signed receipt,
   or nothing is: an upsert or tombstone applies only when its version is higher than the one held (a bundle
   that arrives late never overwrites what a later one brought), tombstones soft-delete, documents keep their
   PDF in the register of received documents;
7. the receipt is written (``--receipts DIR``, else ``DATA_DIR/receipts``); it is kept with the bundle, so the
   same bundle arriving again is answered with the same file. A rejected file is copied into
   ``DATA_DIR/quarantine`` with the reason beside it.

A dry run goes through 1–5 and writes nothing. The queries are SQLAlchemy Core/ORM without SQLite-only SQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from sqlalchemy import JSON, bindparam, insert, select, update

from desktop_app.atomic import write_atomic
from desktop_app.bundles import format as fmt
from desktop_app.bundles.reader import OpenedBundle, decrypt, open_bundle
from desktop_app.domain.clock import vn_day
from desktop_app.domain.errors import AuthError, SothonError
from desktop_app.domain.ids import new_id
from desktop_app.services import credentials as cr
from desktop_app.services import enrolment, identity
from desktop_app.storage.compiled import select_query as _query
from desktop_app.storage.db import WalKeeper
from desktop_app.storage.models import (
    AuditEntry,
    ReceivedBundle,
    ReceivedDocument,
    ReceivedHousehold,
    ReceivedMediationCase,
    ReceivedMeeting,
    ReceivedResident,
    ReceivedResidentEvent,
    ReceivedSecurityActivity,
    ReceivedSecurityEvent,
    utcnow,
)

IMPORTED, ALREADY_IMPORTED, REJECTED = "imported", "already_imported", "rejected"
RECEIPTS_FOLDER = "receipts"
QUARANTINE_FOLDER = "quarantine"
CHUNK = 500  # rows per executemany
IN_SIZES = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512)  # ids per lookup, padded up: few statements, within every
# database's parameter limits
MAX_ISSUES = 100  # listed in a receipt


@dataclass(frozen=True)
class RecordType:
    """How one record type of the bundles is kept at the commune: its table of received records, and the
    fields copied into columns of the same name (what the overview counts and filters on); the whole fields
    object is kept as received. ``document``: the record describes a PDF of the bundle, kept with it."""

    name: str
    model: type
    columns: tuple[str, ...] = ()
    document: bool = False


# One entry per record type the commune imports (docs/bundle-format.md, section 7). A new record type adds its
# line here and its table in storage/models.py; a type not listed is refused (import_record_type_unknown).
RECORD_TYPES: dict[str, RecordType] = {t.name: t for t in (
    RecordType("household", ReceivedHousehold, ("head_id",)),
    RecordType("resident", ReceivedResident, ("household_id", "sex", "residence_type", "status", "birth_year")),
    RecordType("resident_event", ReceivedResidentEvent, ("resident_id", "kind", "on_date")),
    RecordType(fmt.DOCUMENT_TYPE, ReceivedDocument, ("kind", "title", "issued_on", "sha256"), document=True),
    RecordType("mediation_case", ReceivedMediationCase,
               ("number", "year", "received_on", "case_type", "type_group", "status", "confidential")),
    RecordType("meeting", ReceivedMeeting, ("kind", "body", "date", "year", "status")),
    RecordType("security_event", ReceivedSecurityEvent, ("occurred_at", "type", "category", "severity", "status")),
    RecordType("security_activity", ReceivedSecurityActivity, ("kind", "held_on", "quantity")),
)}

COUNT_KEYS = ("added", "changed", "removed", "unchanged")


def _new_counts() -> dict[str, int]:
    return dict.fromkeys(COUNT_KEYS, 0)


@dataclass
class _Plan:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    # Per record type: new rows, whole rows replacing older versions, and soft deletions (which keep the
    # fields last received, as the hamlet's trash does).
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    deletes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)


class _Rejected(Exception):
    def __init__(self, error: SothonError, issues: list[dict[str, Any]] | None = None) -> None:
        super().__init__(error.code)
        self.error = error
        self.issues = issues or []


# --- preconditions --------------------------------------------------------------------------------------


def _commune(app: Any) -> Any:
    if app.unit is None:
        raise AuthError("not_initialised")
    from desktop_app.domain.units import UnitKind

    if app.unit.kind != UnitKind.COMMUNE:
        raise SothonError("commune_only", unit=app.unit.name or app.unit.code)
    if app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")
    identity.require_key_holder(app)  # decrypts the bundles and signs the receipts
    return app.unit


class _Keys:
    """The commune's decryption keys, opened once per batch (each opening costs a passphrase derivation)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.opened: dict[str, Any] = {}
        self.certificates: dict[str, Any] = {}  # enrolled certificates by PEM, parsed once a batch

    def for_bundle(self, opened: OpenedBundle) -> Any:
        if not opened.encrypted:
            return None
        wanted = opened.manifest["encryption"]["recipient_fingerprint"]
        if wanted not in self.opened:
            with self.app.reader() as conn:
                mine = {cr.fingerprint(c) for c in identity.known_certificates(conn, purpose=cr.ENCRYPTION)}
                if wanted not in mine:
                    raise SothonError("bundle_wrong_recipient", fingerprint=cr.group_fingerprint(wanted))
                self.opened[wanted] = identity.open_encryption_key(
                    conn, self.app.profile, self.app.session_passphrase(), fingerprint_sha256=wanted)
        return self.opened[wanted]


# --- checks against what the commune holds ---------------------------------------------------------------


def _signed_on(manifest: dict[str, Any]) -> dt.date:
    """The day in Vietnam the bundle was made, whatever offset the hamlet's computer wrote (a revocation is
    from a Vietnamese day)."""
    return vn_day(dt.datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00")))


def _check_sender(uow: Any, unit: Any, first: OpenedBundle, parsed: dict[str, Any]) -> enrolment.TrustedKey:
    manifest = first.manifest
    if first.recipient["code"] != unit.code:
        raise SothonError("bundle_not_for_this_unit", recipient=first.recipient["code"], unit=unit.code)
    if first.kind != fmt.KIND_GOVERNMENT:
        raise SothonError("import_party_bundle")
    sender = first.sender["code"]
    keys = enrolment.trusted_keys(uow, sender, parsed)
    if not keys:
        raise SothonError("import_sender_unknown", sender=sender)
    key = next((k for k in keys if k.fingerprint == first.signer_fingerprint), None)
    if key is None:
        raise SothonError("bundle_signer_untrusted", detail=f"signer {first.signer_fingerprint}",
                          fingerprint=first.signer_fingerprint)
    day = _signed_on(manifest)
    if not key.valid_on(day):
        raise SothonError("import_key_revoked", sender=sender, created=day.isoformat(),
                          day=key.revoked_from.isoformat() if key.revoked_from else "")
    return key


def _chain(uow: Any, opened: OpenedBundle) -> dict[int, Any]:
    """The sender's imported bundles by sequence: only the columns the chain checks read (whole rows would
    load every receipt and count of the chain, a cost growing with each bundle)."""
    rows = _query(uow, "chain", _chain_query).run(uow, status=IMPORTED, sender=opened.sender["code"],
                                                  recipient=opened.recipient["code"], kind=opened.kind)
    return {r[0]: _Link(*r) for r in rows}


def _check_chain(chain: dict[int, Any], opened: OpenedBundle) -> list[int]:
    """The sequences still missing once this bundle is in, or a refusal for a conflict."""
    seq, sender = opened.sequence, opened.sender["code"]
    if seq in chain:
        raise SothonError("import_sequence_conflict", sender=sender, sequence=seq, sha256=opened.sha256,
                          imported_sha256=chain[seq].sha256)
    before, after = chain.get(seq - 1), chain.get(seq + 1)
    if before is not None and opened.manifest["previous_sha256"] != before.sha256:
        raise SothonError("import_chain_broken", sender=sender, sequence=seq,
                          previous_sha256=opened.manifest["previous_sha256"] or "null", expected_sha256=before.sha256)
    if after is not None and after.previous_sha256 != opened.sha256:
        raise SothonError("import_chain_broken", sender=sender, sequence=seq + 1,
                          previous_sha256=after.previous_sha256 or "null", expected_sha256=opened.sha256)
    held = set(chain) | {seq}
    return [n for n in range(1, max(held) + 1) if n not in held]


class _Link(NamedTuple):
    sequence: int
    sha256: str
    previous_sha256: str | None


class _HeldRow(NamedTuple):
    id: str
    unit_code: str
    version: int
    bundle_sequence: int
    deleted_at: str | None


def _chain_query() -> Any:
    b = ReceivedBundle
    return select(b.sequence, b.sha256, b.previous_sha256).where(
        b.status == bindparam("status"), b.sender_code == bindparam("sender"),
        b.recipient_code == bindparam("recipient"), b.kind == bindparam("kind"))


def _done_query() -> Any:
    b = ReceivedBundle
    return select(b.counts, b.receipt).where(b.sha256 == bindparam("sha256"), b.status == bindparam("status")) \
        .limit(1)


def _held_query(model: Any, size: int) -> Any:
    return select(model.id, model.unit_code, model.version, model.bundle_sequence, model.deleted_at) \
        .where(model.id.in_([bindparam(f"id_{i}") for i in range(size)]))


def _issue(record: dict[str, Any], code: str, **params: Any) -> dict[str, Any]:
    return {"id": str(record.get("id", ""))[:64], "type": str(record.get("type", ""))[:64], "error": code,
            "params": {"id": record.get("id"), **params}}


def _held(uow: Any, model: type, ids: list[str]) -> dict[str, _HeldRow]:
    out: dict[str, _HeldRow] = {}
    largest = IN_SIZES[-1]
    for start in range(0, len(ids), largest):
        chunk = ids[start:start + largest]
        size = next(n for n in IN_SIZES if n >= len(chunk))
        chunk += [chunk[-1]] * (size - len(chunk))  # padded with an id already asked for
        query = _query(uow, ("held", model.__tablename__, size), lambda m=model, n=size: _held_query(m, n))
        for row in query.run(uow, **{f"id_{i}": v for i, v in enumerate(chunk)}):
            out[row[0]] = _HeldRow(*row)
    return out


def _row(rt: RecordType, record: dict[str, Any], opened: OpenedBundle, *, tombstone: bool) -> dict[str, Any]:
    fields = {} if tombstone else record["fields"]  # the bundle's own objects, read-only from here on
    row = {"id": record["id"], "unit_code": opened.sender["code"], "version": record["version"],
           "updated_at": None if tombstone else record["updated_at"],
           "deleted_at": record["deleted_at"] if tombstone else None,
           "pseudonymised": record.get("pseudonymised", False) is True, "fields": fields,
           "bundle_sha256": opened.sha256, "bundle_sequence": opened.sequence}
    get = fields.get
    for column in rt.columns:
        row[column] = get(column)
    if rt.document:
        row["content"] = None if tombstone else opened.documents.get(fields["file"])
    return row


def _plan(uow: Any, opened: OpenedBundle) -> _Plan:
    sender = opened.sender["code"]
    plan = _Plan()
    records = opened.records or {"upserts": [], "tombstones": []}
    by_type: dict[str, list[tuple[dict[str, Any], bool]]] = {}
    seen: set[str] = set()
    for tombstone, items in ((False, records["upserts"]), (True, records["tombstones"])):
        for record in items:
            rid, rtype = record["id"], record["type"]
            if rid in seen:
                plan.issues.append(_issue(record, "import_record_duplicate"))
                continue
            seen.add(rid)
            if rtype not in RECORD_TYPES:
                plan.issues.append(_issue(record, "import_record_type_unknown", type=rtype))
                continue
            if not tombstone and record["unit_code"] != sender:
                plan.issues.append(_issue(record, "import_record_wrong_unit", unit=record["unit_code"], sender=sender))
                continue
            if (group := by_type.get(rtype)) is None:
                group = by_type[rtype] = []
            group.append((record, tombstone))
    for name, items in by_type.items():
        rt = RECORD_TYPES[name]
        counts = plan.counts.setdefault(name, _new_counts())
        held = _held(uow, rt.model, [r["id"] for r, _ in items])
        inserts, updates = plan.inserts.setdefault(name, []), plan.updates.setdefault(name, [])
        deletes = plan.deletes.setdefault(name, [])
        for record, tombstone in items:
            have = held.get(record["id"])
            if have is None:
                inserts.append(_row(rt, record, opened, tombstone=tombstone))
                counts["unchanged" if tombstone else "added"] += 1
                continue
            if have.unit_code != sender:
                plan.issues.append(_issue(record, "import_record_foreign", unit=have.unit_code))
                continue
            if record["version"] < have.version and opened.sequence > have.bundle_sequence:
                plan.issues.append(_issue(record, "import_version_backwards", version=record["version"],
                                          held=have.version))
                continue
            if record["version"] <= have.version:
                counts["unchanged"] += 1  # the same version again, or an older one arriving late
                continue
            if tombstone:
                deletes.append({"id": record["id"], "version": record["version"], "deleted_at": record["deleted_at"],
                                "bundle_sha256": opened.sha256, "bundle_sequence": opened.sequence})
                counts["removed" if have.deleted_at is None else "unchanged"] += 1
            else:
                updates.append(_row(rt, record, opened, tombstone=False))
                counts["changed"] += 1
    return plan


# --- writing ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Statement:
    """An INSERT, or an UPDATE by primary key, of the given columns of a received-records table, compiled once
    by SQLAlchemy for the connection's dialect (no SQLite-only SQL) and run as one DB-API ``executemany``
    with each column's own bind processing (JSON, booleans, binaries as the ORM would write them) — not
    SQLAlchemy's per-row parameter building, which cost more than the database's work for the same rows."""

    sql: str
    names: tuple[str, ...]  # the parameters in order: column keys (``id`` last in an UPDATE)
    processors: tuple[Any, ...]  # per parameter: the column type's bind processor, or None
    positional: bool

    def parameters(self, rows: list[dict[str, Any]]) -> list[Any]:
        names = self.names
        get = itemgetter(*names) if len(names) > 1 else (lambda row, n=names[0]: (row[n],))
        processed = [(i, p) for i, p in enumerate(self.processors) if p is not None]
        if processed:
            out = []
            for row in rows:
                values = list(get(row))
                for i, p in processed:
                    values[i] = p(values[i])
                out.append(tuple(values))
        else:
            out = [get(row) for row in rows]
        if self.positional:
            return out
        return [dict(zip(names, values, strict=True)) for values in out]


_STATEMENTS: dict[tuple[Any, ...], _Statement] = {}  # by dialect, driver, paramstyle, table, kind, keys


def _statement(connection: Any, table: Any, kind: str, keys: tuple[str, ...]) -> _Statement:
    dialect = connection.dialect
    cache_key = (dialect.name, dialect.driver, dialect.paramstyle, table.name, kind, keys)
    if (known := _STATEMENTS.get(cache_key)) is not None:
        return known
    if kind == "insert":
        compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
        by_bind = {k: k for k in keys}
    else:
        compiled = update(table).where(table.c.id == bindparam("id_")).compile(
            dialect=dialect, column_keys=[k for k in keys if k != "id"])
        by_bind = {**{k: k for k in keys if k != "id"}, "id_": "id"}
    order = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    if sorted(order) != sorted(by_bind):  # a default or an expression the compiler added: not for this path
        raise AssertionError(f"{table.name}: unexpected parameters {order}")
    # The rows carry the parameters by column key; an UPDATE's WHERE takes the id as ``id_``.
    names = tuple(by_bind[b] for b in order)
    processors = tuple(_processor(table.c[by_bind[b]].type, dialect) for b in order)
    made = _Statement(compiled.string, names, processors, bool(compiled.positional))
    _STATEMENTS[cache_key] = made
    return made


def _processor(column_type: Any, dialect: Any) -> Any:
    """The column type's bind processor; for a JSON column, one that encodes the bundle's objects with orjson
    (the same JSON, compact and in UTF-8: a tenth of the time of ``json.dumps``, which was the largest part of
    preparing the rows), falling back to the column's own for anything else or anything orjson refuses (an
    integer beyond 64 bits, a lone surrogate)."""
    own = column_type.dialect_impl(dialect).bind_processor(dialect)
    if not isinstance(column_type, JSON) or own is None:
        return own

    def process(value: Any) -> Any:
        if type(value) is dict:
            try:
                return orjson.dumps(value).decode("utf-8")
            except (orjson.JSONEncodeError, TypeError):
                pass
        return own(value)

    return process


def _write_chunk(session: Any, statement: _Statement, rows: list[dict[str, Any]]) -> None:
    """One executemany of up to ``CHUNK`` rows (a test interrupts the import here)."""
    session.connection().exec_driver_sql(statement.sql, statement.parameters(rows))


def _apply(uow: Any, plan: _Plan) -> None:
    connection = uow.session.connection()
    for name in plan.inserts:
        table = RECORD_TYPES[name].model.__table__
        for kind, rows in (("insert", plan.inserts[name]), ("update", plan.updates[name]),
                           ("update", plan.deletes[name])):
            if not rows:
                continue
            statement = _statement(connection, table, kind, tuple(rows[0]))
            for start in range(0, len(rows), CHUNK):
                _write_chunk(uow.session, statement, rows[start:start + CHUNK])


def _sign_receipt(app: Any, opened: OpenedBundle, *, accept: bool, reason: str | None,
                  result: dict[str, Any]) -> bytes:
    from desktop_app.bundles.receipt import ACCEPTED, receipt_bytes
    from desktop_app.bundles.receipt import REJECTED as RECEIPT_REJECTED

    signer = identity.session_signing_identity(app)
    bundle = {"sender": opened.sender["code"], "recipient": opened.recipient["code"], "kind": opened.kind,
              "sequence": opened.sequence, "sha256": opened.sha256}
    # The bytes only: they are kept in the bundle's row and written once, by _deliver, after the commit.
    return receipt_bytes(issuer={"code": app.unit.code, "name": app.unit.name or app.unit.commune_name},
                         bundle=bundle, status=ACCEPTED if accept else RECEIPT_REJECTED, reason=reason,
                         signing_key=signer.key, signer_cert=signer.certificate, result=result)


class _ReceiptSync:
    """A batch's receipt files, each written (atomically, synced before it is renamed into place) by one
    background thread while the next bundle is read and imported — a receipt's bytes are already committed
    with its bundle's row: the file only has to be on disk by the end of the batch, which waits for every
    write. A failed write stops the batch before the file after next (``check``: the receipts of all but the
    file just imported must be written). One thread for every receipt of the batch, rejections included: the
    files are written in the order given (a rejection answering a clone of sequence N lands after the
    acceptance of N, as it happened)."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="receipt-sync")
        self.pending: list[tuple[Path, Future[Any]]] = []

    def add(self, path: Path, data: bytes) -> None:
        self.pending.append((path, self.pool.submit(write_atomic, path, data)))

    def check(self) -> None:
        """Before the next file: every receipt but the last one added is written, or the batch stops."""
        for path, done in self.pending[:-1]:
            self._result(path, done)
        del self.pending[:-1]

    def finish(self) -> None:
        self.pool.shutdown(wait=True)
        for path, done in self.pending:
            self._result(path, done)

    @staticmethod
    def _result(path: Path, done: Future[Any]) -> None:
        try:
            done.result()
        except OSError as exc:
            raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc


def _deliver(receipt: bytes, opened: OpenedBundle, out_dir: Path, unsynced: _ReceiptSync | None = None) -> str:
    """Write the receipt file (atomically). ``unsynced``: a batch's — its thread writes the file."""
    from desktop_app.bundles.receipt import receipt_file_name

    path = out_dir / receipt_file_name({"sender": opened.sender["code"], "recipient": opened.recipient["code"],
                                        "sequence": opened.sequence, "kind": opened.kind})
    if unsynced is not None:
        unsynced.add(path, receipt)
        return str(path)
    try:
        write_atomic(path, receipt)
    except OSError as exc:
        raise SothonError("file_unwritable", path=str(path), detail=exc.strerror or str(exc)) from exc
    return str(path)


def _safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)[-100:] or "bundle"


def _file_sha256(path: Path, limit: int) -> str | None:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            size = 0
            while chunk := fh.read(1024 * 1024):
                size += len(chunk)
                if size > limit:
                    return None
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def _quarantine(app: Any, path: Path, err: SothonError, sha256: str | None) -> str | None:
    """Copy a refused file into DATA_DIR/quarantine with the reason beside it (once per file content).
    A file that cannot be read, or is larger than a bundle may be, leaves only the reason."""
    from desktop_app.messages import render

    folder = Path(app.data_dir) / QUARANTINE_FOLDER
    stem = f"{(sha256 or 'unreadable')[:16]}-{_safe_name(path.name)}"
    reason = {"file": str(path), "sha256": sha256, "error": err.code, "message": render(err),
              "params": {k: v for k, v in err.params.items() if isinstance(v, (str, int, float))},
              "quarantined_at": utcnow().isoformat()}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / stem
        if sha256 is not None and not target.exists():
            shutil.copyfile(path, target)
        write_atomic(folder / f"{stem}.reason.json",
                     json.dumps(reason, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    except OSError:
        return None
    return str(target) if sha256 is not None else str(folder / f"{stem}.reason.json")


# --- one file ---------------------------------------------------------------------------------------------


def _result(path: Path, *, status: str, opened: OpenedBundle | None = None, sha256: str | None = None,
            dry_run: bool) -> dict[str, Any]:
    return {"file": str(path), "status": status, "error": None, "message": None,
            "sender": opened.sender["code"] if opened else None, "sequence": opened.sequence if opened else None,
            "sha256": opened.sha256 if opened else sha256, "counts": {}, "missing_sequences": [], "receipt": None,
            "quarantined": None, "issues": [], "params": {}, "dry_run": dry_run}


def _stored_rejection(uow: Any, sha256: str, code: str) -> ReceivedBundle | None:
    return uow.session.scalars(select(ReceivedBundle).where(
        ReceivedBundle.sha256 == sha256, ReceivedBundle.status == REJECTED, ReceivedBundle.error == code)
        .order_by(ReceivedBundle.received_at)).first()


def _bundle_values(opened: OpenedBundle, *, status: str, **values: Any) -> dict[str, Any]:
    m = opened.manifest
    return dict(id=new_id(), sha256=opened.sha256, status=status, sender_code=opened.sender["code"],
                recipient_code=opened.recipient["code"], kind=opened.kind, sequence=opened.sequence,
                previous_sha256=m["previous_sha256"], signer_fingerprint=opened.signer_fingerprint,
                created_at=m["created_at"], period_from=m["period"]["from"], period_to=m["period"]["to"],
                file_name=opened.path.name[:300], received_at=utcnow(), **values)


def _bundle_row(opened: OpenedBundle, *, status: str, **values: Any) -> ReceivedBundle:
    return ReceivedBundle(**_bundle_values(opened, status=status, **values))


def _reject(app: Any, path: Path, out: dict[str, Any], rejected: _Rejected, opened: OpenedBundle | None, *,
            dry_run: bool, receipts_dir: Path, bind: Any = None,
            unsynced: _ReceiptSync | None = None) -> dict[str, Any]:
    from desktop_app.messages import render

    err = rejected.error
    out.update(status=REJECTED, error=err.code, message=render(err),
               params={k: v for k, v in err.params.items() if isinstance(v, (str, int, float))},
               issues=[{"id": i["id"], "type": i["type"], "error": i["error"],
                        "message": render(SothonError(i["error"], **i["params"]))} for i in rejected.issues])
    if dry_run:
        return out
    out["quarantined"] = _quarantine(app, path, err, out["sha256"])
    if opened is None or opened.recipient["code"] != app.unit.code:
        return out  # nothing verified to answer: no receipt
    with app.uow(bind) as uow:
        stored = _stored_rejection(uow, opened.sha256, err.code)
        if stored is not None and stored.receipt is not None:
            receipt = stored.receipt
        else:
            issues = [{k: i[k] for k in ("id", "type", "error")} for i in rejected.issues[:MAX_ISSUES]]
            reason = (render(err) or err.code)[:1000]
            receipt = _sign_receipt(app, opened, accept=False, reason=reason,
                                    result={"error": err.code, **({"issues": issues} if issues else {})})
            uow.session.add(_bundle_row(opened, status=REJECTED, counts={}, missing_sequences=[], error=err.code,
                                        issues=issues, receipt=receipt))
            uow.audit("received_bundles", opened.sha256[:36], "reject", {"error": [None, err.code]})
            uow.commit()
    out["receipt"] = _deliver(receipt, opened, receipts_dir, unsynced)
    return out


def import_file(app: Any, path: Path | str, *, dry_run: bool = False, receipts_dir: Path | str | None = None,
                keys: _Keys | None = None, verified: OpenedBundle | None = None) -> dict[str, Any]:
    """Import one bundle file (see the module's docstring). Never raises for a bad bundle: the result says
    {"file", "status": imported | already_imported | rejected, "error", "message", "sender", "sequence",
    "sha256", "counts": {type: {added, changed, removed, unchanged}}, "missing_sequences", "receipt",
    "quarantined", "issues", "params", "dry_run"}.

    ``verified``: this file already opened with ``open_bundle`` (the inbox service does it outside its import
    lock, while another import runs): used as step 1, and as step 3 when it was decrypted (the enrolled key
    step 2 finds is then checked against it); else the file is opened again."""
    return _import_file(app, _commune(app), Path(path), dry_run=dry_run, receipts_dir=receipts_dir,
                        keys=keys or _Keys(app), verified=verified, unsynced=None, bind=None)


def _import_file(app: Any, unit: Any, path: Path, *, dry_run: bool, receipts_dir: Path | str | None,
                 keys: _Keys, verified: OpenedBundle | None, unsynced: _ReceiptSync | None,
                 bind: Any) -> dict[str, Any]:
    """``bind``: the batch's connection (None: the unit of work opens its own)."""
    out_dir = Path(receipts_dir) if receipts_dir is not None else Path(app.data_dir) / RECEIPTS_FOLDER
    first: OpenedBundle | None = None
    try:
        try:
            # Steps 1 and 3 in one reading of the file: verified here without trusting the signer and, when
            # encrypted, with its payloads kept sealed; decrypted below once step 2 has found the sender's key.
            first = verified if verified is not None else open_bundle(path, keep_sealed=True)
        except SothonError as exc:
            sha = _file_sha256(path, fmt.Limits().max_file_size)
            return _reject(app, path, _result(path, status=REJECTED, sha256=sha, dry_run=dry_run), _Rejected(exc),
                           None, dry_run=dry_run, receipts_dir=out_dir, bind=bind, unsynced=unsynced)
        out = _result(path, status=IMPORTED, opened=first, dry_run=dry_run)
        with app.uow(bind) as uow:
            done = _query(uow, "done", _done_query).run(uow, sha256=first.sha256, status=IMPORTED)
            if done:
                done_counts, done_receipt = done[0]
                chain = _chain(uow, first)
                out.update(status=ALREADY_IMPORTED, counts=dict(done_counts or {}),
                           missing_sequences=[n for n in range(1, max(chain) + 1) if n not in chain])
                if not dry_run and done_receipt is not None:
                    out["receipt"] = _deliver(done_receipt, first, out_dir, unsynced)
                return out
            key = _check_sender(uow, unit, first, keys.certificates)
            opened = _readable(path, first, key, keys)
            missing = _check_chain(_chain(uow, opened), opened)
            plan = _plan(uow, opened)
            if plan.issues:
                first_issue = plan.issues[0]
                from desktop_app.messages import render

                raise _Rejected(SothonError("import_records_invalid", count=len(plan.issues),
                                            first=render(SothonError(first_issue["error"], **first_issue["params"]))),
                                plan.issues)
            counts = {name: c for name, c in sorted(plan.counts.items())}
            out.update(counts=counts, missing_sequences=missing)
            if dry_run:
                return out
            _apply(uow, plan)
            receipt = _sign_receipt(app, opened, accept=True, reason=None,
                                    result={"counts": counts, **({"missing_sequences": missing} if missing else {})})
            # Two rows, written as Core INSERTs (the ORM's flush of two objects cost a tenth of a small import).
            connection = uow.session.connection()
            connection.execute(insert(ReceivedBundle.__table__), _bundle_values(
                opened, status=IMPORTED, counts=counts, missing_sequences=missing, error=None, issues=[],
                receipt=receipt, report=opened.report))
            connection.execute(insert(AuditEntry.__table__), uow.audit_values(
                "received_bundles", opened.sha256[:36], "import",
                {"sender": [None, opened.sender["code"]], "sequence": [None, opened.sequence],
                 "counts": [None, counts]}))
            uow.commit()
        out["receipt"] = _deliver(receipt, opened, out_dir, unsynced)
        return out
    except _Rejected as rejected:
        return _reject(app, path, _result(path, status=REJECTED, opened=first, dry_run=dry_run), rejected, first,
                       dry_run=dry_run, receipts_dir=out_dir, bind=bind, unsynced=unsynced)
    except SothonError as exc:
        if exc.code in ("passphrase_required", "export_not_key_holder", "file_unwritable"):
            raise  # the commune's own state, not the bundle's: the whole batch stops
        return _reject(app, path, _result(path, status=REJECTED, opened=first, dry_run=dry_run), _Rejected(exc),
                       first, dry_run=dry_run, receipts_dir=out_dir, bind=bind, unsynced=unsynced)


def _readable(path: Path, first: OpenedBundle, key: enrolment.TrustedKey, keys: _Keys) -> OpenedBundle:
    """Step 3: the bundle verified against the sender's enrolled certificate and decrypted with the commune's
    key — from what step 1 kept when it can (``reader.decrypt``: the same checks on the same bytes), else by
    opening the file again (a ``verified`` bundle opened without a key and without its payloads)."""
    if first.decrypted or first.sealed is not None:
        return decrypt(first, None if first.decrypted else keys.for_bundle(first), trust=[key.certificate])
    opened = open_bundle(path, trust=[key.certificate], decryption_key=keys.for_bundle(first))
    if opened.sha256 != first.sha256:
        raise SothonError("import_file_changed", path=str(path))
    return opened


def import_files(app: Any, paths: Iterable[Path | str], *, dry_run: bool = False,
                 receipts_dir: Path | str | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> list[dict[str, Any]]:
    """``import_file`` for each path in turn (each its own transaction), in the order given — give a
    hamlet's bundles in sequence order to see no gap warnings. ``progress(done, total, file)`` after each."""
    unit = _commune(app)  # once for the batch, as the keys are opened once
    paths = [Path(p) for p in paths]
    keys = _Keys(app)
    results = []
    unsynced = _ReceiptSync()
    try:
        # One connection for the batch, each file its own transaction on it (a connection per file cost its
        # opening and pragmas each time); the keeper also spares the syncs of a last connection (storage.db).
        with WalKeeper(Path(app.db_path)), app.engine.connect() as connection:
            for n, path in enumerate(paths, start=1):
                unsynced.check()
                results.append(_import_file(app, unit, path, dry_run=dry_run, receipts_dir=receipts_dir,
                                            keys=keys, verified=None, unsynced=unsynced, bind=connection))
                if progress is not None:
                    progress(n, len(paths), str(path))
    except BaseException:
        with contextlib.suppress(SothonError):
            unsynced.finish()  # what was written before the batch stopped
        raise
    unsynced.finish()
    return results
