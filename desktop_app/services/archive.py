"""The register of issued documents: every document the unit signs is kept, signed, in the database.

A hamlet head signs minutes, lists and cards; the signed PDF is the official copy. It is kept here — in the
database, so that backups hold it and a power cut cannot leave half a file — and the next bundle to the commune
carries it (``services.exchange``) until the commune acknowledges a bundle that held it. Party documents (party
cell minutes) go only to the party committee; documents that list residents by name (``KindInfo.personal``) go
only in a bundle the user chose to send named.

- ``issue`` renders a document with the acting profile as its printed signer, signs it as that profile and
  keeps it (after writing it where the user asked, when asked); a profile whose role does not sign the kind
  is refused (``require_signer``), naming who must sign.
- ``cosign`` adds the second signature a form with two signers awaits (minutes: the secretary's).
- ``list_documents`` with, for each, whether it was sent and acknowledged; ``get`` → (view, PDF bytes);
  ``save_copy`` writes the PDF where the user chooses; ``delete`` / ``restore`` (a deletion travels as a
  tombstone to a recipient that received the document).

Errors: ``document_kind_unknown``, ``not_found`` (kind ``document``), ``document_not_signed``,
``document_signer_wrong``, ``document_signer_missing``, ``document_date_future``,
``document_cosign_not_applicable``, ``document_cosigner_is_signer``, ``document_cosign_not_expected``,
``document_already_cosigned``, ``document_cosigner_wrong``, ``profile_unknown``, ``file_unwritable``, ``not_initialised``,
``passphrase_required``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer

from desktop_app.documents.kinds.common import number_label, number_series
from desktop_app.documents.model import COSIGNER
from desktop_app.domain import clock
from desktop_app.domain.clock import VN_TZ, vn_today
from desktop_app.domain.errors import AuthError, NotFound, SothonError
from desktop_app.domain.ids import new_id
from desktop_app.domain.vietnamese import fold
from desktop_app.services import credentials as cr
from desktop_app.services import documents, identity, signatures, views
from desktop_app.storage.household_reads import household_rows
from desktop_app.storage.models import IssuedDocument, OutboxEntry, utcnow

# Outbox states as this module reports them for a document (see services.exchange).
NOT_SENT = "not_sent"


@dataclass(frozen=True)
class IssuedView:
    """One kept document, as the window and ``sothon documents list --json`` show it."""

    id: str
    kind: str
    title: str
    issued_on: str  # ISO date
    year: int | None
    record_label: str | None  # e.g. the household's number, for a household card
    party: bool
    personal: bool
    file_name: str
    size: int
    sha256: str
    signer: str | None
    signer_fingerprint: str | None
    signed_at: str  # ISO date-time, Vietnam time
    deleted: bool
    # The newest bundle that carried it: state (not_sent | pending | sent | acknowledged | rejected), sequence.
    sent_state: str
    sent_sequence: int | None
    number: str | None = None  # "05/BB-TĐ", given when signed (None for documents kept before numbering)
    cosigner: str | None = None  # the second signer a form with two awaits or has (minutes: the secretary)
    cosigned_at: str | None = None  # ISO date-time, Vietnam time, once co-signed
    signed_as: str | None = None  # "KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN" when signed on the head's behalf

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def file_name_for(kind: str, issued_on: dt.date, *, year: int | None, record_label: str | None, doc_id: str) -> str:
    """A bundle-safe file name: ``<kind>-<date or year>[-<record>]-<8 hex of the id>.pdf`` (lower-case ASCII)."""
    parts = [kind.replace("_", "-"), str(year) if year else issued_on.isoformat()]
    if record_label:
        label = _slug(record_label)[:20].strip("-")
        if label:
            parts.append(label)
    parts.append(doc_id.replace("-", "")[:8])
    return "-".join(parts) + ".pdf"


def _signed_at(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(VN_TZ).isoformat()


def _sent_states(session: Any) -> dict[tuple[str, int], tuple[str, int]]:
    """(document id, version) → (state, sequence) of the newest bundle that carried that version: a document
    changed since (deleted and restored) is "not sent" again until a bundle carries it."""
    from desktop_app.services.exchange import carried_versions

    out: dict[tuple[str, int], tuple[str, int]] = {}
    rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.created_at, OutboxEntry.sequence))
    for row in rows:
        for doc_id, version in carried_versions(row).items():
            previous = out.get((doc_id, version))
            # An acknowledged delivery stays the answer: a later resend (with --all) does not undo it.
            if previous is None or previous[0] != "acknowledged":
                out[(doc_id, version)] = (row.state, row.sequence)
    return out


def _view(row: IssuedDocument, sent: dict[tuple[str, int], tuple[str, int]]) -> IssuedView:
    state, sequence = sent.get((row.id, row.version), (NOT_SENT, None))
    return IssuedView(
        id=row.id, kind=row.kind, title=row.title, issued_on=row.issued_on.isoformat(), number=row.number_label,
        year=row.year,
        record_label=row.record_label, party=bool(row.party), personal=bool(row.personal), file_name=row.file_name,
        size=row.size, sha256=row.sha256, signer=row.signer_name, signer_fingerprint=row.signer_fingerprint,
        signed_at=_signed_at(row.signed_at), deleted=row.deleted_at is not None, sent_state=state,
        sent_sequence=sequence, cosigner=row.cosigner_name,
        cosigned_at=_signed_at(row.cosigned_at) if row.cosigned_at else None, signed_as=row.signed_as,
    )


def _require_unit_and_profile(app: Any) -> None:
    if app.unit is None:
        raise AuthError("not_initialised")
    if app.profile is None:
        raise AuthError("passphrase_required", profile=app.default_profile_name() or "")


def record_label(app: Any, kind: str, record_id: str | None) -> str | None:
    """What names the record a document is made for in lists and file names: the household's number, or
    the mediation case's ("05/2026")."""
    info = documents.KINDS.get(kind)
    if record_id is not None and kind in ("security_report", "mediation_statistics", "commune_report"):
        return record_id  # the report's period ("2026-Q3")
    if record_id is not None and info is not None and info.record == "mediation_case":
        from desktop_app.services import mediation

        with app.uow() as uow:
            return mediation.get_case_row(uow, record_id).number
    if record_id is not None and info is not None and info.record == "meeting":
        from desktop_app.storage.models import Meeting

        with app.uow() as uow:
            meeting = uow.session.get(Meeting, record_id)
            return meeting.number if meeting is not None else None
    if record_id is None or info is None or info.record != "household":
        return None
    with app.reader() as conn:
        rows = household_rows(conn, household_id=record_id)
    return rows[0][2] if rows else None  # (id, unit_code, number, …)


def _keep(app: Any, pdf: bytes, *, kind: str, issued_on: dt.date, year: int | None = None,
          record_id: str | None = None, record_label: str | None = None, signed_at: dt.datetime | None = None,
          title: str | None = None, number: int | None = None, cosigner: Any = None,
          cosign_space: Any = None, delegation: Any = None) -> IssuedView:
    """Keep a PDF the acting profile has just signed (``issue`` is the way in: the signer recorded is
    the acting profile). ``document_not_signed`` when it carries no signature at all."""
    _require_unit_and_profile(app)
    info = documents.KINDS.get(kind)
    if info is None:
        raise SothonError("document_kind_unknown", kind=kind, known=", ".join(documents.KINDS))
    if b"/ByteRange" not in pdf or b"/Sig" not in pdf:
        raise SothonError("document_not_signed", kind=info.title)
    signer = identity.session_signing_identity(app)
    doc_id = new_id()
    row = IssuedDocument(
        id=doc_id, unit_code=app.unit.code, kind=kind, title=title or info.title, issued_on=issued_on,
        year=year, record_id=record_id, record_label=record_label, party=info.party, personal=info.personal,
        file_name=file_name_for(kind, issued_on, year=year, record_label=record_label, doc_id=doc_id),
        size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(), content=bytes(pdf),
        signer_name=app.profile.display_name, signer_fingerprint=cr.fingerprint(signer.certificate),
        signed_at=(signed_at or utcnow()), profile_id=app.profile.id,
    )
    if number is not None:
        row.number_series, row.number_year, row.number = number_series(kind), issued_on.year, number
        row.number_label = number_label(app.unit, kind, number)
    if delegation is not None:
        row.delegation_id = delegation.id
        row.signed_as = documents.signed_as(kind, app.unit, delegation.title)
    if cosigner is not None:
        row.cosigner_profile_id, row.cosigner_name = cosigner.id, cosigner.display_name
        row.cosign_space = ([cosign_space.page, cosign_space.x1, cosign_space.y1, cosign_space.x2, cosign_space.y2]
                            if cosign_space is not None else None)
    with app.uow() as uow:
        if delegation is not None:
            _require_grant_unchanged(uow, delegation, info.title, issued_on, row.signed_at)
        uow.add(row)
        uow.commit()
        return _view(row, {})


def _require_grant_unchanged(uow: Any, granted: Any, kind_title: str, issued_on: dt.date,
                             signed_at: dt.datetime) -> None:
    """In the transaction that keeps a deputy's signature: the grant it was signed under is still the one
    read before signing (not revoked, ended or deleted meanwhile by the head in another window)."""
    from desktop_app.services import delegation
    from desktop_app.storage.models import SigningDelegation

    stored = uow.session.get(SigningDelegation, granted.id)
    today = signed_at.astimezone(VN_TZ).date()
    now = delegation.grant_view(stored) if stored is not None and stored.deleted_at is None else None
    if now is None or now.revoked_on != granted.revoked_on or not (now.active_on(issued_on) and now.active_on(today)):
        raise SothonError("delegation_changed", kind=kind_title)


def next_number(app: Any, kind: str, year: int) -> int:
    """The number the next kept document of ``kind`` dated in ``year`` gets: one more than the highest of its
    series that year (deleted documents count: a number once issued is never given again), from 1."""
    with app.uow() as uow:
        last = uow.session.scalar(select(func.max(IssuedDocument.number)).where(
            IssuedDocument.unit_code == app.unit.code, IssuedDocument.number_series == number_series(kind),
            IssuedDocument.number_year == year))
    return (last or 0) + 1


def _delegable(app: Any, kind: str) -> bool:
    """Whether ``kind`` is one of the hamlet's state documents the head signs, which the head may let the
    deputy sign on the head's behalf (not party documents, not the mediators' papers, not at a commune)."""
    from desktop_app.services.delegation import delegation_allowed_here, head_role

    return delegation_allowed_here(app) and documents.signer_role(kind, app.unit.kind) is head_role(app)


def may_sign(app: Any, kind: str, *, on: dt.date | None = None) -> bool:
    """Whether the acting profile signs ``kind`` dated ``on`` (default today): its role signs it
    (``documents.signer_role``), or the head lets it sign on the head's behalf that day and today."""
    if app.profile is None or app.unit is None or kind not in documents.KINDS:
        return False
    if app.profile.role is documents.signer_role(kind, app.unit.kind):
        return True
    return _delegation(app, kind, on or vn_today(), vn_today()) is not None


def _delegation(app: Any, kind: str, day: dt.date, today: dt.date) -> Any:
    """The grant under which the acting profile signs ``kind`` dated ``day`` today: it must hold on both
    days, so that a revoked or ended grant cannot sign a back-dated paper."""
    from desktop_app.services import delegation

    if not _delegable(app, kind):
        return None
    granted = delegation.active_for(app, app.profile.id, day)
    return granted if granted is not None and granted.active_on(today) else None


def preview_signer(app: Any, kind: str, *, on: dt.date | None = None) -> tuple[str | None, str | None]:
    """(printed signer, deputy title) for a draft the deputy previews before signing ``kind`` dated ``on``
    on the head's behalf: its own name and title under "KT."; otherwise (None, None) — the draft prints
    the profile of the role that signs it, as ``documents.build`` does."""
    if app.profile is None or app.unit is None or kind not in documents.KINDS:
        return None, None
    if app.profile.role is documents.signer_role(kind, app.unit.kind):
        return None, None
    granted = _delegation(app, kind, on or vn_today(), vn_today())
    return (app.profile.display_name, granted.title) if granted is not None else (None, None)


def require_signer(app: Any, kind: str, *, on: dt.date | None = None, today: dt.date | None = None) -> Any:
    """Refuse a profile that is not the one the document names as its signer: party documents are signed
    by the party cell secretary, the unit's state documents by its head (``documents.signer_role``) or by
    the deputy the head lets sign on the head's behalf both on the document's date ``on`` and ``today``
    (default: today in Vietnam) — then that grant is returned (``delegation.Delegation``), else None.
    ``document_signer_wrong`` names the profiles that can; ``document_signer_missing`` when none has the role."""
    _require_unit_and_profile(app)
    info = documents.KINDS.get(kind)
    if info is None:
        raise SothonError("document_kind_unknown", kind=kind, known=", ".join(documents.KINDS))
    today = today or vn_today()
    day = on or today
    if app.profile.role is documents.signer_role(kind, app.unit.kind):
        return None
    granted = _delegation(app, kind, day, today)
    if granted is not None:
        return granted
    role = documents.signer_role(kind, app.unit.kind)
    with app.reader() as conn:
        able = [f"{p.display_name} ({p.name})" for p in views.profiles(conn) if p.role is role]
    if _delegable(app, kind):
        from desktop_app.services import delegation

        able += [f"KT. {d.display_name} ({d.profile_name})" for d in delegation.list_delegations(app)
                 if d.active_on(day) and d.active_on(today)]
    if not able:
        raise SothonError("document_signer_missing", kind=info.title, role=role.value)
    raise SothonError("document_signer_wrong", kind=info.title, role=role.value, profile=app.profile.display_name,
                      signer=", ".join(able))


def issue(app: Any, kind: str, *, issued_on: dt.date | None = None, record_id: str | None = None,
          on: dt.date | None = None, year: int | None = None, election: documents.Election | None = None,
          cosigner: str | None = None, signed_at: dt.datetime | None = None,
          write_to: Path | str | None = None) -> tuple[bytes, IssuedView]:
    """Render ``kind`` with the acting profile printed as its signer and the next number of its series
    (``next_number``), sign it as that profile and keep the signed copy: (signed bytes, its view).

    ``issued_on`` is the document's date (ngày ban hành; default ``on``, else today), ``on`` the date its
    content is for and ``election`` a voter list's election (as ``documents.build``). Refused before
    anything is rendered when the acting profile does not sign the kind (``require_signer``) or the
    document's date is later than today (``document_date_future``: a paper is not signed before its date).
    With ``write_to`` the signed PDF is written there first: when that fails (``file_unwritable``) nothing
    is kept. ``cosigner`` names the profile that co-signs a form with two signers (minutes: the secretary,
    printed in that block; it signs later with ``cosign``)."""
    kind = documents.resolve_kind(app, kind, record_id)  # a party cell meeting's invitation is the party's
    issued_on = issued_on or on or vn_today()
    when = (signed_at or clock.now()).replace(microsecond=0)
    today = when.astimezone(VN_TZ).date()
    granted = require_signer(app, kind, on=issued_on, today=today)
    second = _cosigner(app, kind, cosigner) if cosigner else None
    if issued_on > today:
        raise SothonError("document_date_future", kind=documents.KINDS[kind].title,
                          date=issued_on.strftime("%d/%m/%Y"), today=today.strftime("%d/%m/%Y"))
    label = record_label(app, kind, record_id)
    for attempt in range(3):
        number = next_number(app, kind, issued_on.year)
        anchors: list = []
        pdf = documents.render(app, kind, record_id=record_id, on=on or issued_on, year=year,
                               signer=app.profile.display_name, number=number, date=issued_on,
                               election=election, anchors=anchors,
                               cosigner=second.display_name if second else None,
                               deputy_title=granted.title if granted else None)
        # The stamp goes beside the signature block it belongs to, on that block's page.
        signed = signatures.sign_pdf_bytes(app, pdf, signed_at=when, space=documents.signer_space(anchors))
        if write_to is not None:
            documents.write(Path(write_to), signed)
        try:
            view = _keep(app, signed, kind=kind, issued_on=issued_on, year=year, record_id=record_id,
                         record_label=label, signed_at=when, number=number, cosigner=second,
                         cosign_space=documents.signer_space(anchors, COSIGNER) if second else None,
                         delegation=granted)
        except IntegrityError:
            # Another window or command kept a document of the series in between: take the next number.
            if attempt == 2:
                raise
            continue
        return signed, view
    raise AssertionError("unreachable")  # pragma: no cover


def _cosigner(app: Any, kind: str, name: str) -> Any:
    """The profile ``name`` that is to co-sign ``kind``: a form with two signers, and not the signer."""
    info = documents.KINDS[kind]
    if not info.cosigned:
        raise SothonError("document_cosign_not_applicable", kind=info.title)
    with app.reader() as conn:
        found = next((p for p in views.profiles(conn) if p.name == name), None)
    if found is None:
        raise AuthError("profile_unknown", profile=name)
    if found.id == app.profile.id:
        raise SothonError("document_cosigner_is_signer", kind=info.title, profile=found.display_name)
    return found


def cosign(app: Any, doc_id: str, *, signed_at: dt.datetime | None = None,
           write_to: Path | str | None = None) -> tuple[bytes, IssuedView]:
    """Add the second signature a kept form with two signers awaits (minutes: the secretary's, beside the
    chair's): a second PAdES signature by the acting profile, in its block's space, as an incremental
    update, so the first signature stays valid. The kept copy is replaced by the co-signed one (a new
    version: the next bundle carries it again). Refused unless the acting profile is the one the document
    names (``document_cosigner_wrong``), or when it awaits none (``document_cosign_not_expected``) or was
    co-signed already (``document_already_cosigned``)."""
    _require_unit_and_profile(app)
    when = (signed_at or clock.now()).replace(microsecond=0)
    with app.uow() as uow:
        row = _row(uow, doc_id)
        title = row.title
        if row.cosigner_profile_id is None:
            raise SothonError("document_cosign_not_expected", kind=title)
        if row.cosigned_at is not None:
            raise SothonError("document_already_cosigned", kind=title, cosigner=row.cosigner_name or "")
        if row.cosigner_profile_id != app.profile.id:
            raise SothonError("document_cosigner_wrong", kind=title, cosigner=row.cosigner_name or "",
                              profile=app.profile.display_name)
        pdf, space = bytes(row.content), row.cosign_space
    box = None
    if space:
        from desktop_app.documents.layout import SignatureSpace

        box = SignatureSpace(COSIGNER, int(space[0]), *map(float, space[1:]))
    signed = signatures.sign_pdf_bytes(app, pdf, signed_at=when, space=box)
    if write_to is not None:
        documents.write(Path(write_to), signed)
    with app.uow() as uow:
        row = _row(uow, doc_id)
        uow.update(row, {"content": signed, "size": len(signed), "sha256": hashlib.sha256(signed).hexdigest(),
                         "cosigned_at": when}, action="cosign")
        uow.commit()
        return signed, _view(row, _sent_states(uow.session))


def list_documents(app: Any, *, include_deleted: bool = False) -> list[IssuedView]:
    """The unit's kept documents, newest first (deleted ones only with ``include_deleted``)."""
    with app.uow() as uow:
        query = (select(IssuedDocument).options(defer(IssuedDocument.content))  # the PDFs stay on disk
                 .where(IssuedDocument.unit_code == app.unit.code))
        if not include_deleted:
            query = query.where(IssuedDocument.deleted_at.is_(None))
        rows = list(uow.session.scalars(query.order_by(IssuedDocument.signed_at.desc(),
                                                       IssuedDocument.created_at.desc())))
        sent = _sent_states(uow.session)
        return [_view(r, sent) for r in rows]


def _row(uow: Any, doc_id: str) -> IssuedDocument:
    row = uow.session.get(IssuedDocument, doc_id)
    if row is None:
        raise NotFound("not_found", kind="document", id=doc_id)
    return row


def get(app: Any, doc_id: str) -> tuple[IssuedView, bytes]:
    with app.uow() as uow:
        row = _row(uow, doc_id)
        return _view(row, _sent_states(uow.session)), bytes(row.content)


def save_copy(app: Any, doc_id: str, path: Path | str) -> Path:
    """Write the kept PDF to ``path`` (atomically); a folder gets the document's own file name."""
    view, pdf = get(app, doc_id)
    target = Path(path)
    if target.is_dir():
        target = target / view.file_name
    return documents.write(target, pdf)


def delete(app: Any, doc_id: str) -> IssuedView:
    """Move to the trash (kept, restorable; a recipient that received it gets a tombstone)."""
    with app.uow() as uow:
        row = _row(uow, doc_id)
        if row.deleted_at is None:
            uow.soft_delete(row)
            uow.commit()
        return _view(row, _sent_states(uow.session))


def restore(app: Any, doc_id: str) -> IssuedView:
    with app.uow() as uow:
        row = _row(uow, doc_id)
        if row.deleted_at is not None:
            uow.restore(row)
            uow.commit()
        return _view(row, _sent_states(uow.session))
