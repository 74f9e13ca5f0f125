"""ORM mapping (SQLAlchemy 2). The schema itself is created by the Alembic migrations beside this file;
a test checks that these models and the migrated schema agree."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from desktop_app.domain import clock


class UTCDateTime(TypeDecorator):
    """Timestamps are stored as naive UTC and handed back timezone-aware (shown in Vietnam's time, domain.clock)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=dt.UTC) if value is not None else None


def utcnow() -> dt.datetime:
    return clock.now()


class Base(DeclarativeBase):
    pass


class RecordMixin:
    """What every record carries: a UUID stable between hamlet and commune, the unit it belongs to,
    timestamps, a version counter and soft deletion (tombstones travel in bundles)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Unit(Base):
    """A hamlet or commune this copy knows: its own unit, and in commune mode the enrolled hamlets."""

    __tablename__ = "units"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # hamlet | commune
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(200))
    commune_code: Mapped[str] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(200))
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Profile(Base):
    __tablename__ = "profiles"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    passphrase_hash: Mapped[str] = mapped_column(Text)
    unit_code: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Household(RecordMixin, Base):
    __tablename__ = "households"
    number: Mapped[str] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    head_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index(
            "uq_households_unit_number",
            "unit_code",
            "number",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class Resident(RecordMixin, Base):
    __tablename__ = "residents"
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(120), index=True)
    sort_key: Mapped[str] = mapped_column(Text, index=True)
    search_key: Mapped[str] = mapped_column(Text, index=True)
    birth_date: Mapped[str | None] = mapped_column(String(10), nullable=True)  # ISO, or a year alone
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    sex: Mapped[str] = mapped_column(String(10))
    personal_id: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    relation: Mapped[str] = mapped_column(String(20))
    residence_type: Mapped[str] = mapped_column(String(30))
    residence_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    residence_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="present")
    status_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index(
            "uq_residents_unit_personal_id",
            "unit_code",
            "personal_id",
            unique=True,
            sqlite_where=text("deleted_at IS NULL AND personal_id IS NOT NULL"),
        ),
        Index("ix_residents_current", "status", "deleted_at"),
    )


class ResidentEvent(RecordMixin, Base):
    """The register's history: births, deaths, moves in and out, household and head changes."""

    __tablename__ = "resident_events"
    resident_id: Mapped[str] = mapped_column(ForeignKey("residents.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    on_date: Mapped[dt.date] = mapped_column(Date)
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class Credential(RecordMixin, Base):
    """A key pair this copy holds: a profile's signing key, or the unit's encryption key (held by its head).

    The private key is sealed with the profile's passphrase (scrypt → AES-256-GCM, see
    ``services.credentials``); the certificate is public. A replaced key is retired, never deleted:
    its certificate still verifies the documents it signed and its key still opens what was sent to it.
    """

    __tablename__ = "credentials"
    profile_id: Mapped[str] = mapped_column(ForeignKey("profiles.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))  # signing | encryption
    certificate_pem: Mapped[str] = mapped_column(Text)
    private_key_encrypted: Mapped[str] = mapped_column(Text)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(Text)
    not_after: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    retired_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        # One current key per profile and purpose; retired ones are kept beside it.
        Index(
            "uq_credentials_current",
            "profile_id",
            "purpose",
            unique=True,
            sqlite_where=text("retired_at IS NULL AND deleted_at IS NULL"),
        ),
    )


class AuditEntry(Base):
    """Append-only: who (the profile), when, which record, old → new values."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    profile: Mapped[str] = mapped_column(String(60))
    unit_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict] = mapped_column(JSON, default=dict)


class Recipient(Base):
    """Where this hamlet sends its bundles: its commune, registered from the commune's certificate file
    (signing certificate, then the encryption certificate it issued). Replaced when the commune's keys change."""

    __tablename__ = "recipients"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))  # commune | party_committee
    signing_certificate_pem: Mapped[str] = mapped_column(Text)
    encryption_certificate_pem: Mapped[str] = mapped_column(Text)
    signing_fingerprint: Mapped[str] = mapped_column(String(64))
    encryption_fingerprint: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("code", "kind", name="uq_recipient_code_kind"),)


class OutboxEntry(Base):
    """One exported bundle: its place in the chain to its recipient and its state
    (pending → sent → acknowledged | rejected)."""

    __tablename__ = "outbox"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recipient_code: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # government | party
    sequence: Mapped[int] = mapped_column(Integer)
    previous_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    saved_path: Mapped[str | None] = mapped_column(Text, nullable=True)  # where it was last written
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    state_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The issued documents this bundle carried: once it is acknowledged they are not sent again.
    document_ids: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")

    __table_args__ = (UniqueConstraint("recipient_code", "kind", "sequence", name="uq_outbox_chain_sequence"),)


class IssuedDocument(Base):
    """A signed document the unit issued (the register of issued documents): the signed PDF itself, kept in
    the database so that backups hold it and the next bundle can carry it. ``party``: a party document
    (party bundles only); ``personal``: it lists residents by name (sent only in a named bundle)."""

    __tablename__ = "issued_documents"
    __table_args__ = (Index("uq_issued_documents_number", "unit_code", "number_series", "number_year", "number",
                            unique=True),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    record_label: Mapped[str | None] = mapped_column(String(200), nullable=True)
    party: Mapped[bool] = mapped_column(Boolean, default=False)
    personal: Mapped[bool] = mapped_column(Boolean, default=False)
    file_name: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    signer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    profile_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # The number it was given when signed: one series per layout and code ("state:BB") and year, never shared
    # (deleted documents keep theirs); None for documents kept before numbering (migration 0006).
    number_series: Mapped[str | None] = mapped_column(String(20), nullable=True)
    number_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number_label: Mapped[str | None] = mapped_column(String(40), nullable=True)  # "05/BB-TĐ"
    # A form with two signers (minutes: the secretary beside the chair): the profile whose co-signature the
    # document awaits, printed in its block; where that block's space is (page, x1, y1, x2, y2); when it signed.
    cosigner_profile_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    cosigner_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    cosign_space: Mapped[list | None] = mapped_column(JSON, nullable=True)
    cosigned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Signed on the head's behalf (ký thay): the grant it was signed under and the capacity printed
    # ("KT. TRƯỞNG THÔN - PHÓ TRƯỞNG THÔN"); None when the head signed.
    delegation_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    signed_as: Mapped[str | None] = mapped_column(String(140), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class SigningDelegation(RecordMixin, Base):
    """The head lets another profile sign the unit's state documents on the head's behalf (ký thay) from
    ``valid_from`` to ``valid_until`` (open-ended when None), printed "KT. TRƯỞNG THÔN" above ``title``.
    Revoking keeps the grant (``revoked_on``): documents signed under it before then stay valid.
    Versioned and audited; the unit's own, never in a bundle."""

    __tablename__ = "signing_delegations"
    profile_id: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(80))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    granted_by: Mapped[str] = mapped_column(String(36))


class UnitSecret(Base):
    """A secret of this unit that never leaves it (the pseudonym secret, hex): made on first use,
    redacted from the audit log."""

    __tablename__ = "unit_secrets"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(30))
    secret: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


# --- mediation (hòa giải ở cơ sở) ------------------------------------------------------------------


class MediationTeam(RecordMixin, Base):
    """A grassroots mediation team (tổ hòa giải) of the unit, recognised by the commune's decision."""

    __tablename__ = "mediation_teams"
    name: Mapped[str] = mapped_column(String(200))
    decision_number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    decision_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    term_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    term_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class MediationMember(RecordMixin, Base):
    """A mediator of a team: a resident of the register, or an outsider by name, sex, birth year, address.
    ``profile_id``: the mediator's own profile in this copy, when they have one."""

    __tablename__ = "mediation_members"
    team_id: Mapped[str] = mapped_column(ForeignKey("mediation_teams.id"), index=True)
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    profile_id: Mapped[str | None] = mapped_column(ForeignKey("profiles.id"), nullable=True)
    full_name: Mapped[str] = mapped_column(String(120))
    sort_key: Mapped[str] = mapped_column(Text)
    sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    ethnicity: Mapped[str | None] = mapped_column(String(60), nullable=True)
    role: Mapped[str] = mapped_column(String(20))  # leader | member
    recognised_number: Mapped[str | None] = mapped_column(String(60), nullable=True)
    recognised_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)


class MediationCase(RecordMixin, Base):
    """A case (vụ, việc) from intake to follow-up. ``number`` is ``seq/year`` in the year's log book."""

    __tablename__ = "mediation_cases"
    team_id: Mapped[str] = mapped_column(ForeignKey("mediation_teams.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    start_ground: Mapped[str] = mapped_column(String(40))
    case_type: Mapped[str] = mapped_column(String(40))
    type_group: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(String(300), nullable=True)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    start_agreed_otherwise: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), index=True)
    status_on: Mapped[dt.date] = mapped_column(Date)
    scope_ground: Mapped[str | None] = mapped_column(String(40), nullable=True)
    referred_to: Mapped[str | None] = mapped_column(String(300), nullable=True)
    referred_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    escalated_on: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    escalated_to: Mapped[str | None] = mapped_column(String(300), nullable=True)
    escalation_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    close_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    performance: Mapped[str | None] = mapped_column(String(20), nullable=True)  # not_yet | performed
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("uq_mediation_cases_number", "unit_code", "year", "seq", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


class MediationParty(RecordMixin, Base):
    """A party to a case, or an interested person (người có quyền lợi, nghĩa vụ liên quan)."""

    __tablename__ = "mediation_parties"
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … in the order recorded
    kind: Mapped[str] = mapped_column(String(20))  # party | interested
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    full_name: Mapped[str] = mapped_column(String(120))
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    claim: Mapped[str | None] = mapped_column(Text, nullable=True)  # the party's position or request


class MediationAssignment(RecordMixin, Base):
    __tablename__ = "mediation_assignments"
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("mediation_members.id"), index=True)
    assigned_on: Mapped[dt.date] = mapped_column(Date)
    chosen_by_parties: Mapped[bool] = mapped_column(Boolean, default=False)


class MediationSession(RecordMixin, Base):
    __tablename__ = "mediation_sessions"
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300), nullable=True)
    participants: Mapped[list] = mapped_column(JSON, default=list)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)


class MediationAgreement(RecordMixin, Base):
    """What the parties agreed when mediation succeeded (Art. 24); its obligations hang from it."""

    __tablename__ = "mediation_agreements"
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), unique=True)
    agreed_on: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    document_wanted: Mapped[bool] = mapped_column(Boolean, default=True)


class MediationObligation(RecordMixin, Base):
    __tablename__ = "mediation_obligations"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("mediation_agreements.id"), index=True)
    party_id: Mapped[str] = mapped_column(ForeignKey("mediation_parties.id"))
    text: Mapped[str] = mapped_column(Text)
    method: Mapped[str | None] = mapped_column(Text, nullable=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class MediationFollowUp(RecordMixin, Base):
    """A dated check of whether the agreement is being carried out (đã / chưa thực hiện)."""

    __tablename__ = "mediation_follow_ups"
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    checked_on: Mapped[dt.date] = mapped_column(Date)
    performed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


# --- meetings (hamlet meetings, party cell meetings) -----------------------------------------------------


class PartyMember(RecordMixin, Base):
    """A member of the unit's party cell (a party record: seen only by party profiles, sent only in party
    bundles). ``standing``: active | attached_elsewhere | exempt | on_leave | suspended."""

    __tablename__ = "party_members"
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    full_name: Mapped[str] = mapped_column(String(120))
    sort_key: Mapped[str] = mapped_column(Text)
    sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    membership: Mapped[str] = mapped_column(String(20))  # full | probationary
    admitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    official_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    standing: Mapped[str] = mapped_column(String(30))
    cell_role: Mapped[str | None] = mapped_column(String(30), nullable=True)  # secretary | deputy_secretary
    card_number: Mapped[str | None] = mapped_column(String(30), nullable=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Meeting(RecordMixin, Base):
    """A meeting of a body of the unit; ``number`` is ``seq/year`` among that body's meetings.
    ``party``: a party cell meeting (a party record)."""

    __tablename__ = "meetings"
    kind: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(String(30), index=True)
    party: Mapped[bool] = mapped_column(Boolean, default=False)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5), nullable=True)  # HH:MM
    end_time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    place: Mapped[str | None] = mapped_column(String(300), nullable=True)
    chair: Mapped[str] = mapped_column(String(120))
    chair_title: Mapped[str | None] = mapped_column(String(120), nullable=True)
    secretary: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20))  # in_progress | held
    households_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    conclusion: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)
    grade: Mapped[str | None] = mapped_column(String(20), nullable=True)
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("uq_meetings_number", "unit_code", "body", "year", "seq", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


class MeetingAgendaItem(RecordMixin, Base):
    __tablename__ = "meeting_agenda_items"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class MeetingAttendance(RecordMixin, Base):
    """One expected participant (a party member, a household's representative, a person by name) or a guest."""

    __tablename__ = "meeting_attendance"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("party_members.id"), nullable=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str | None] = mapped_column(String(300), nullable=True)


class MeetingSpeech(RecordMixin, Base):
    __tablename__ = "meeting_speeches"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)


class MeetingVote(RecordMixin, Base):
    __tablename__ = "meeting_votes"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    motion: Mapped[str] = mapped_column(Text)
    in_favour: Mapped[int] = mapped_column(Integer)
    against: Mapped[int] = mapped_column(Integer)
    abstain: Mapped[int] = mapped_column(Integer)
    is_resolution: Mapped[bool] = mapped_column(Boolean, default=False)
    ballots: Mapped[list | None] = mapped_column(JSON, nullable=True)  # [{member_id, choice}] when named


class MeetingTask(RecordMixin, Base):
    """A task assigned at a meeting; reviewed at the next meeting of the same body (``reviewed_in_id``) as
    done, carried over (a new task ``carried_from_id`` this one) or dropped."""

    __tablename__ = "meeting_tasks"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_resident_id: Mapped[str | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    owner_member_id: Mapped[str | None] = mapped_column(ForeignKey("party_members.id"), nullable=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    reviewed_in_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), nullable=True)
    carried_from_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_tasks.id"), nullable=True)
    review_note: Mapped[str | None] = mapped_column(Text, nullable=True)


# --- commune mode: enrolled hamlets, received bundles and the records they carried ----------------------


class EnrolledKey(Base):
    """A hamlet's signing certificate, registered at the commune from the hamlet's certificate file.

    A hamlet has one current key and may have older ones: replacing or revoking a key sets ``revoked_from``,
    and bundles that key signed (``created_at``) on or after that day are refused while earlier ones stay
    valid. Rows are never deleted: a key's history is the trust history of the bundles it signed."""

    __tablename__ = "enrolled_keys"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    unit_name: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    certificate_pem: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CommuneRule(Base):
    """A rule the commune sets for its hamlets' reporting (``services.commune_overview``), by key:
    ``report_due_day`` — the day of the next month by which a month's bundle is due. A key not here has the
    default of resources/rules/commune.json."""

    __tablename__ = "commune_rules"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReceivedBundle(Base):
    """One bundle the commune read: ``imported`` (its records applied, its chain position taken) or
    ``rejected`` (with the code). ``receipt`` holds the signed receipt's exact bytes, so that the same bundle
    arriving again is answered with the same file."""

    __tablename__ = "received_bundles"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))  # imported | rejected
    sender_code: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    recipient_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    previous_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the manifest's, with its offset
    period_from: Mapped[str | None] = mapped_column(String(10), nullable=True)
    period_to: Mapped[str | None] = mapped_column(String(10), nullable=True)
    file_name: Mapped[str] = mapped_column(String(300))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    missing_sequences: Mapped[list] = mapped_column(JSON, default=list)
    error: Mapped[str | None] = mapped_column(String(60), nullable=True)
    issues: Mapped[list] = mapped_column(JSON, default=list)
    receipt: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # The bundle's data/report.json as received ({"unit_code", "period", "figures", "notes"?}), null for a
    # rejected bundle, one without a report, or one imported before 0024_received_report.
    report: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class ReceivedMixin:
    """A record as a hamlet sent it: the hamlet's UUID, unit and version (never bumped here), its fields as
    received (``fields``) and the few of them the overview counts, as columns. ``bundle_sequence``: the
    sequence of the bundle whose version is held (a later bundle never carries an older version)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the hamlet's, with its offset
    deleted_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    pseudonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    bundle_sequence: Mapped[int] = mapped_column(Integer)


class ReceivedHousehold(ReceivedMixin, Base):
    __tablename__ = "received_households"
    __table_args__ = (Index("ix_received_households_counts", "unit_code", "deleted_at"),)  # the overview's counts
    head_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ReceivedResident(ReceivedMixin, Base):
    __tablename__ = "received_residents"
    # The overview's and the commune report's counts per hamlet, by status, residence type and sex, from the index.
    __table_args__ = (Index("ix_received_residents_counts", "unit_code", "deleted_at", "status", "residence_type",
                            "sex"),)
    household_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    residence_type: Mapped[str | None] = mapped_column(String(30), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReceivedResidentEvent(ReceivedMixin, Base):
    __tablename__ = "received_resident_events"
    resident_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    on_date: Mapped[str | None] = mapped_column(String(10), nullable=True)


class ReceivedDocument(ReceivedMixin, Base):
    """The commune's register of received documents: each signed PDF with its record."""

    __tablename__ = "received_documents"
    kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    title: Mapped[str | None] = mapped_column(String(300), nullable=True)
    issued_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    content: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class ReceivedMediationCase(ReceivedMixin, Base):
    """A hamlet's mediation log, case by case, as it came: always pseudonymised (no names)."""

    __tablename__ = "received_mediation_cases"
    number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    received_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    case_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    type_group: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    confidential: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class ReceivedMeeting(ReceivedMixin, Base):
    """A hamlet's government meetings as they came (``meeting`` records; never the party cell's): the kind, the
    day and the state the overview counts on, the rest in ``fields``."""

    __tablename__ = "received_meetings"
    kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    body: Mapped[str | None] = mapped_column(String(30), nullable=True)
    date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)


# --- security and order (an ninh, trật tự): events, the movement's activities, the yearly assessment ----------


class SecurityEvent(RecordMixin, Base):
    """An event of the hamlet's security-order log; ``category`` is the type's group when it was recorded."""

    __tablename__ = "security_events"
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    place: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    reported_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reported_to: Mapped[str | None] = mapped_column(String(300), nullable=True)
    responding_force: Mapped[str | None] = mapped_column(String(300), nullable=True)
    response: Mapped[str | None] = mapped_column(Text, nullable=True)
    result: Mapped[str | None] = mapped_column(Text, nullable=True)
    mediation_case_id: Mapped[str | None] = mapped_column(ForeignKey("mediation_cases.id"), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SecurityEventPerson(RecordMixin, Base):
    """Someone involved in an event: a resident of the register or an outsider by name."""

    __tablename__ = "security_event_people"
    event_id: Mapped[str] = mapped_column(ForeignKey("security_events.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))  # victim | suspect | witness | involved
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    full_name: Mapped[str] = mapped_column(String(120))
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)


class SecurityActivity(RecordMixin, Base):
    """A movement activity: a propaganda session, leaflets handed out, tips, surrenders, a self-governing model,
    a hot-spot area, the households' registration. ``quantity`` counts what the kind says."""

    __tablename__ = "security_activities"
    kind: Mapped[str] = mapped_column(String(40), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str | None] = mapped_column(String(300), nullable=True)
    quantity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    model_type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    transformed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    transformed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SecurityAssessmentDecision(RecordMixin, Base):
    """The head's answer on one criterion of a year's assessment: confirmed as computed, or overridden with a
    reason."""

    __tablename__ = "security_assessment_decisions"
    year: Mapped[int] = mapped_column(Integer)
    criterion_id: Mapped[str] = mapped_column(String(20))
    computed: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        Index("uq_security_decisions", "unit_code", "year", "criterion_id", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


class SecurityReport(RecordMixin, Base):
    """A periodic report's narrative, as the head last edited it (the figures are always recomputed)."""

    __tablename__ = "security_reports"
    period: Mapped[str] = mapped_column(String(10))
    narrative: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("uq_security_reports_period", "unit_code", "period", unique=True,
              sqlite_where=text("deleted_at IS NULL")),
    )


class ReceivedSecurityEvent(ReceivedMixin, Base):
    """A hamlet's security-order event as it came: the people involved pseudonymised unless sent named."""

    __tablename__ = "received_security_events"
    occurred_at: Mapped[str | None] = mapped_column(String(40), nullable=True)  # the hamlet's, with its offset
    type: Mapped[str | None] = mapped_column(String(40), nullable=True)
    category: Mapped[str | None] = mapped_column(String(40), nullable=True)
    severity: Mapped[str | None] = mapped_column(String(30), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)


class ReceivedSecurityActivity(ReceivedMixin, Base):
    """A hamlet's movement activity as it came (propaganda, tips, surrenders, models, hot spots)."""

    __tablename__ = "received_security_activities"
    kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    held_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    quantity: Mapped[int | None] = mapped_column(Integer, nullable=True)


class OutboxDelivery(Base):
    """Transport, hamlet side: the delivery attempts of one outbox bundle over the network (its state stays in
    ``outbox.state``). ``next_attempt_at``: not tried again before (exponential back-off with jitter)."""

    __tablename__ = "outbox_deliveries"
    outbox_id: Mapped[str] = mapped_column(String(36), ForeignKey("outbox.id", ondelete="CASCADE"),
                                           primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(60), nullable=True)
    last_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    # By e-mail: how often the bundle was mailed again for want of a receipt, and when last (0022_mail_resend).
    resends: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    resent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class MailMessage(Base):
    """Transport by e-mail: one message read from a mailbox (``services.transport.mail``) — a bundle at the
    commune, a receipt at the hamlet — by its IMAP identity (mailbox, UIDVALIDITY, UID), so that it is
    handled once. ``status``: what came of it (imported, already_imported, rejected, quarantined, ignored,
    applied); ``reply_state``: the receipt's answer by e-mail — sent, pending (tried again at the next
    fetch) or none."""

    __tablename__ = "mail_messages"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_mail_messages_uid"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(400))
    uidvalidity: Mapped[str] = mapped_column(String(20))
    uid: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[str | None] = mapped_column(String(300), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))  # bundle | receipt | other
    status: Mapped[str] = mapped_column(String(30))
    error: Mapped[str | None] = mapped_column(String(60), nullable=True)
    sender_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reply_to: Mapped[str | None] = mapped_column(String(320), nullable=True)
    reply_state: Mapped[str] = mapped_column(String(20), index=True, default="none")
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    replied_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
