"""Reading a bundle without trusting it: no database, nothing written anywhere, bounded memory and time.

The order of the checks (docs/bundle-format.md, "Reading a bundle"):

1. the file: exists, a regular file, not larger than ``Limits.max_file_size``;
2. the zip's end record, before the zip library reads anything: present at the very end, no comment,
   no Zip64, no more than ``max_entries`` entries;
3. every entry, from the central directory: a safe name (no absolute path, drive, ``..``, ``.``, empty
   part, backslash, control character), a regular file (no link), no duplicate (also ignoring case),
   a name the format allows, stored or deflated without zip encryption, within the size and
   compression-ratio limits, not overlapping another entry;
4. the signature: manifest.sig over the exact bytes of manifest.json with the key of signer.pem;
5. the manifest: JSON, format and version (a later version has its own code), canonical encoding,
   its JSON Schema and the rules a schema cannot say; signer fingerprint; the signer's unit; trust;
6. the listing: every payload in the zip is listed in the manifest and every listed file is there;
7. every listed file streamed through SHA-256 and compared with its listed size and hash;
8. with a decryption key, decryption (AES-GCM authenticates every file);
9. the readable payloads: strict JSON, their schemas, the counts, no party records in a government bundle.

Every refusal is a ``SothonError`` with a ``bundle_*`` code (or ``file_not_found`` / ``file_unreadable``)
and a ``detail`` parameter for the log and the ``--json`` output.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.bundles import crypto, schema
from desktop_app.bundles import format as fmt
from desktop_app.bundles.format import Limits
from desktop_app.domain.errors import SothonError

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_LOCAL = b"PK\x03\x04"
_ZIP64_LOCATOR = b"PK\x06\x07"
_CHUNK = 1024 * 1024
_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f\\:]")


@dataclass(frozen=True)
class OpenedBundle:
    path: Path
    sha256: str  # of the whole file (the next bundle's previous_sha256)
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signer_cert: x509.Certificate
    encrypted: bool
    decrypted: bool  # payloads were decrypted (or were never encrypted)
    records: dict[str, Any] | None  # {"upserts": [...], "tombstones": [...]}; None while encrypted
    report: dict[str, Any] | None  # None when absent or still encrypted
    documents: dict[str, bytes] = field(default_factory=dict)  # "documents/x.pdf" → PDF bytes
    # The encrypted payloads as stored (verified against the listing), kept when opened with
    # ``keep_sealed=True`` and no key, for ``decrypt`` to finish steps 8–9 without reading the file again.
    sealed: dict[str, bytes] | None = field(default=None, repr=False, compare=False)

    @property
    def sender(self) -> dict[str, Any]:
        return self.manifest["sender"]

    @property
    def recipient(self) -> dict[str, Any]:
        return self.manifest["recipient"]

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]

    @property
    def counts(self) -> dict[str, int]:
        return self.manifest["counts"]

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def signer_fingerprint(self) -> str:
        return self.manifest["signer_fingerprint"]


def _fail(code: str, detail: str, **params: Any) -> SothonError:
    return SothonError(code, detail=detail, **params)


# --- 1–2: the file and its end record ------------------------------------------------------------------


def _check_end_record(fh: IO[bytes], size: int, limits: Limits) -> None:
    """The end of central directory record must end the file (no comment, nothing appended)."""
    head = fh.read(4)
    fh.seek(max(0, size - _EOCD_SIZE))
    tail = fh.read(_EOCD_SIZE)
    if size < _EOCD_SIZE or not tail.startswith(_EOCD):
        start = max(0, size - 65536 - _EOCD_SIZE)
        fh.seek(start)
        at = fh.read().rfind(_EOCD)
        if at >= 0 and size - (start + at) > _EOCD_SIZE:
            raise SothonError("bundle_corrupt", detail="data after the zip end record")
        if head == _LOCAL:
            raise SothonError("bundle_truncated", detail="the zip end record is missing")
        raise SothonError("bundle_not_zip", detail="no zip end record")
    disk, cd_disk, disk_entries, entries, cd_size, cd_offset, comment = struct.unpack("<HHHHIIH", tail[4:])
    if comment:
        raise SothonError("bundle_corrupt", detail="a zip comment")
    if 0xFFFF in (disk, entries) or 0xFFFFFFFF in (cd_size, cd_offset):
        raise SothonError("bundle_entry_unsupported", detail="Zip64")
    if disk or cd_disk or disk_entries != entries:
        raise SothonError("bundle_entry_unsupported", detail="a multi-part zip")
    if size >= _EOCD_SIZE + 20:
        fh.seek(size - _EOCD_SIZE - 20)
        if fh.read(4) == _ZIP64_LOCATOR:
            raise SothonError("bundle_entry_unsupported", detail="Zip64")
    if entries > limits.max_entries:
        raise SothonError("bundle_too_many_entries", detail=f"{entries} entries", limit=limits.max_entries)
    if cd_offset + cd_size != size - _EOCD_SIZE:
        code = "bundle_truncated" if cd_offset + cd_size > size - _EOCD_SIZE else "bundle_corrupt"
        raise SothonError(code, detail="the central directory is not where the end record says")
    if head != _LOCAL and entries:
        raise SothonError("bundle_corrupt", detail="data before the first entry")


# --- 3: the entries ------------------------------------------------------------------------------------


def _unsafe_reason(name: str, limits: Limits) -> str | None:
    if not name:
        return "an empty name"
    if len(name) > limits.max_name_length:
        return "a name too long"
    if _UNSAFE_CHARS.search(name):
        return "a backslash, colon or control character"
    if name.startswith("/"):
        return "an absolute path"
    parts = name.split("/")
    if any(p in ("..", ".") for p in parts):
        return "a '..' or '.' part"
    if any(p == "" for p in parts[:-1]):
        return "an empty path part"
    return None


def _check_entries(fh: IO[bytes], infos: list[zipfile.ZipInfo], cd_offset: int,
                   limits: Limits) -> dict[str, zipfile.ZipInfo]:
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename
        if (reason := _unsafe_reason(name, limits)) is not None:
            raise SothonError("bundle_unsafe_path", detail=reason, name=name[:200])
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or (info.create_system == 3 and mode and not stat.S_ISREG(mode)):
            raise SothonError("bundle_unsafe_path", detail="a link or special file", name=name)
        if name in by_name or name.lower() in folded:
            raise SothonError("bundle_duplicate_entry", detail=name, name=name)
        if name not in fmt.ROOT_FILES and not (
            fmt.is_payload_name(name, encrypted=False) or fmt.is_payload_name(name, encrypted=True)
        ):
            raise SothonError("bundle_unlisted_file", detail=name, name=name)
        if info.flag_bits & 0x1:
            raise SothonError("bundle_entry_unsupported", detail=f"{name}: zip encryption")
        if info.flag_bits & 0x8:
            raise SothonError("bundle_entry_unsupported", detail=f"{name}: a data descriptor")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SothonError("bundle_entry_unsupported", detail=f"{name}: compression {info.compress_type}")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise SothonError("bundle_corrupt", detail=f"{name}: stored sizes differ")
        if info.file_size > limits.max_entry_size:
            raise SothonError("bundle_too_large", detail=f"{name}: {info.file_size} bytes", name=name)
        total += info.file_size
        if total > limits.max_total_size:
            raise SothonError("bundle_too_large", detail=f"{total} bytes uncompressed", name=name)
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise SothonError("bundle_compression_ratio", detail=f"{name}: {info.file_size}/{info.compress_size}",
                              name=name)
        by_name[name] = info
        folded.add(name.lower())
    # Entries back to back from offset 0 to the central directory, each as long as its local header says:
    # no bytes shared between entries (the "overlapping files" zip bomb), nothing hidden between them.
    expected = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != expected:
            raise SothonError("bundle_corrupt", detail=f"{info.orig_filename}: entries overlap or leave a gap")
        fh.seek(info.header_offset)
        header = fh.read(30)
        if len(header) != 30 or not header.startswith(_LOCAL):
            raise SothonError("bundle_corrupt", detail=f"{info.orig_filename}: no local header")
        name_len, extra_len = struct.unpack("<HH", header[26:30])
        expected = info.header_offset + 30 + name_len + extra_len + info.compress_size
    if expected != cd_offset:
        raise SothonError("bundle_corrupt", detail="entries overlap the central directory or leave a gap")
    return by_name


@contextlib.contextmanager
def _zip_errors(what: str) -> Iterator[None]:
    """Whatever the zip library or zlib raises on damaged bytes becomes ``bundle_corrupt``."""
    try:
        yield
    except SothonError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error, NotImplementedError,
            UnicodeDecodeError, RuntimeError, IndexError, KeyError, OverflowError) as exc:
        raise SothonError("bundle_corrupt", detail=f"{what}: {type(exc).__name__}: {str(exc)[:200]}") from exc


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, *,
                  keep: bool = True) -> tuple[bytes, str, int]:
    """(bytes or b"" when not kept, SHA-256 hex, size), never reading more than ``limit`` bytes."""
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    size = 0
    with _zip_errors(info.orig_filename), zf.open(info) as fh:
        # Every entry is checked by SHA-256 (payloads) or by the signature (root files), which say more
        # than a CRC: a changed byte is reported as a hash mismatch or a bad signature, not as damage.
        if hasattr(fh, "_expected_crc"):
            fh._expected_crc = None
        while True:
            chunk = fh.read(min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise SothonError("bundle_too_large", detail=f"{info.orig_filename}: more than {limit} bytes",
                                  name=info.orig_filename)
            digest.update(chunk)
            if keep:
                chunks.append(chunk)
    return b"".join(chunks), digest.hexdigest(), size


# --- 4–5: signature and manifest -----------------------------------------------------------------------


def _signer(pem: bytes) -> x509.Certificate:
    try:
        cert = x509.load_pem_x509_certificate(pem)
        public = cert.public_key()
        _ = cert.subject, cert.extensions  # parsed lazily: fail here, not later
    except Exception as exc:  # noqa: BLE001 — hostile input: cryptography raises several unrelated types
        # (ValueError, UnsupportedAlgorithm, x509.DuplicateExtension …); every one means "unusable signer".
        raise SothonError("bundle_signer_invalid", detail=f"signer.pem: {str(exc)[:200]}") from exc
    if not crypto.is_p256(public):
        raise SothonError("bundle_signer_invalid", detail="signer.pem: not an ECDSA P-256 key")
    if not _can_sign(cert):
        raise SothonError("bundle_signer_invalid", detail="signer.pem: not a signing certificate")
    return cert


def _can_sign(cert: x509.Certificate) -> bool:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    except Exception:  # noqa: BLE001 — a malformed extension list (duplicates …) is not a signing certificate
        return False
    return bool(usage.digital_signature)


_valid_manifests: dict[bytes, None] = {}  # SHA-256 digests of manifest bytes the schema accepted, oldest first
_valid_lock = threading.Lock()
_VALID_KEPT = 64


def _known_valid(data: bytes) -> bool:
    """True when these very manifest bytes passed the schema before. The commune import opens each bundle
    twice (once to learn the sender, once against its key to decrypt): the schema — the same verdict on the
    same bytes — runs once. Only the schema check is remembered; every other check runs on each open."""
    digest = hashlib.sha256(data).digest()
    with _valid_lock:
        return digest in _valid_manifests


def _remember_valid(data: bytes) -> None:
    with _valid_lock:
        _valid_manifests[hashlib.sha256(data).digest()] = None
        while len(_valid_manifests) > _VALID_KEPT:
            del _valid_manifests[next(iter(_valid_manifests))]


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = fmt.strict_loads(data)
    except (ValueError, RecursionError) as exc:
        raise SothonError("bundle_schema_invalid", detail=f"manifest: not JSON ({str(exc)[:120]})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        raise SothonError("bundle_schema_invalid", detail="manifest: not a Sổ Thôn bundle manifest")
    version = manifest.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version not in fmt.SUPPORTED_VERSIONS:
        raise SothonError("bundle_version_unsupported", detail=f"format version {version}", version=version,
                          supported=max(fmt.SUPPORTED_VERSIONS))
    if not _known_valid(data) and (problem := schema.first_error(schema.MANIFEST_SCHEMA, manifest)) is not None:
        raise SothonError("bundle_schema_invalid", detail=problem)
    try:
        canonical = fmt.canonical_json(manifest)
    except ValueError:
        canonical = b""
    if canonical != data:
        raise SothonError("bundle_schema_invalid", detail="manifest: not canonical JSON")
    _manifest_rules(manifest)
    _remember_valid(data)
    return manifest


def _manifest_rules(manifest: dict[str, Any]) -> None:
    """What the schema cannot say."""
    import datetime as dt

    try:
        start = dt.date.fromisoformat(manifest["period"]["from"])
        end = dt.date.fromisoformat(manifest["period"]["to"])
        created = dt.datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00"))
    except ValueError as exc:
        raise SothonError("bundle_schema_invalid", detail=f"manifest: {exc}") from exc
    if start > end:
        raise SothonError("bundle_schema_invalid", detail="manifest: period from is after to")
    if created.utcoffset() is None:
        raise SothonError("bundle_schema_invalid", detail="manifest: created_at without offset")
    names = [f["name"] for f in manifest["files"]]
    if len(set(names)) != len(names):
        raise SothonError("bundle_schema_invalid", detail="manifest: a file listed twice")
    encrypted = manifest["encryption"] is not None
    for name in names:
        if not fmt.is_payload_name(name, encrypted=encrypted):
            raise SothonError("bundle_schema_invalid", detail=f"manifest: {name} with encryption {encrypted}")
    if not any(fmt.plain_name(n) == fmt.RECORDS for n in names):
        raise SothonError("bundle_missing_file", detail=fmt.RECORDS, name=fmt.RECORDS)


def _unit_code(cert: x509.Certificate) -> str | None:
    values = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    return str(values[0].value) if values else None


def _as_certs(trust: x509.Certificate | Iterable[x509.Certificate]) -> list[x509.Certificate]:
    return [trust] if isinstance(trust, x509.Certificate) else list(trust)


# --- 8–9: payloads ---------------------------------------------------------------------------------------


def _decrypt_key(decryption_key: Any, recipient_fingerprint: str) -> ec.EllipticCurvePrivateKey:
    if isinstance(decryption_key, Mapping):
        key = decryption_key.get(recipient_fingerprint)
        if key is None:
            raise SothonError("bundle_wrong_recipient", detail=f"encrypted to {recipient_fingerprint}",
                              fingerprint=recipient_fingerprint)
        return key
    return decryption_key


def _payload(name: str, data: bytes, schema_name: str, limits: fmt.Limits) -> dict[str, Any]:
    containers = data.count(b"{") + data.count(b"[")  # an upper bound (brackets inside strings count too)
    if containers > limits.max_json_containers:
        raise SothonError("bundle_too_large", detail=f"{name}: {containers} JSON objects and arrays"
                          f" (at most {limits.max_json_containers})")
    try:
        value = fmt.strict_loads(data)
    except (ValueError, RecursionError) as exc:
        raise SothonError("bundle_schema_invalid", detail=f"{name}: not JSON ({str(exc)[:120]})") from exc
    check = schema.records_error if schema_name == schema.RECORDS_SCHEMA else (
        lambda v: schema.first_error(schema_name, v))
    if (problem := check(value)) is not None:
        raise SothonError("bundle_schema_invalid", detail=problem)
    return value


def _payload_rules(manifest: dict[str, Any], records: dict[str, Any], report: dict[str, Any] | None) -> None:
    counts: dict[str, int] = {}
    for rec in (*records["upserts"], *records["tombstones"]):
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    if counts != manifest["counts"]:
        raise SothonError("bundle_counts_mismatch", detail=f"manifest {manifest['counts']} != data {counts}")
    if manifest["kind"] == fmt.KIND_GOVERNMENT:
        party = [t for t in counts if t.startswith(fmt.PARTY_TYPE_PREFIX)]
        party += [f for f in (report or {}).get("figures", {}) if f.startswith(fmt.PARTY_FIGURE_PREFIX)]
        if party:
            raise SothonError("bundle_party_in_government", detail=", ".join(sorted(party)))


# --- the reader ------------------------------------------------------------------------------------------


def open_bundle(
    path: Path | str,
    *,
    trust: x509.Certificate | Iterable[x509.Certificate] | None = None,
    decryption_key: ec.EllipticCurvePrivateKey | Mapping[str, ec.EllipticCurvePrivateKey] | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen
    keep_documents: bool = True,
    keep_sealed: bool = False,
) -> OpenedBundle:
    """Open and verify a bundle (see the module's docstring for the order of the checks).

    ``trust``: the signer must be one of these certificates (else the embedded one is trusted).
    ``decryption_key``: the recipient's encryption private key, or {certificate fingerprint: key}; without
    it an encrypted bundle is verified (signature, listing, hashes) but its payloads stay unread.
    ``keep_documents``: keep the PDFs' bytes (False: only hash them, as ``verify`` does).
    ``keep_sealed``: without a key, keep an encrypted bundle's verified payloads (``OpenedBundle.sealed``) so
    that ``decrypt`` can read them once the caller knows which key and which signer to trust."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise SothonError("file_not_found", path=str(path)) from exc
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=str(exc)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise SothonError("bundle_not_zip", detail="not a regular file")
    if st.st_size > limits.max_file_size:
        raise SothonError("bundle_too_large", detail=f"{st.st_size} bytes", limit=limits.max_file_size)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=str(exc)) from exc
    with fh:
        whole = hashlib.sha256()
        size = 0
        while chunk := fh.read(_CHUNK):
            whole.update(chunk)
            size += len(chunk)
            if size > limits.max_file_size:
                raise SothonError("bundle_too_large", detail=f"more than {limits.max_file_size} bytes")
        if size == 0:
            raise SothonError("bundle_not_zip", detail="an empty file")
        fh.seek(0)
        _check_end_record(fh, size, limits)
        fh.seek(0)
        with _zip_errors("zip directory"):
            zf = zipfile.ZipFile(fh)
        with zf:
            with _zip_errors("zip directory"):
                infos = zf.infolist()
                cd_offset = zf.start_dir
            entries = _check_entries(fh, infos, cd_offset, limits)
            return _verify(zf, entries, path, whole.hexdigest(), trust, decryption_key, limits, keep_documents,
                           keep_sealed)


def _check_trust(signer_fp: str, trust: Any) -> None:
    trusted = {crypto.fingerprint(c) for c in _as_certs(trust) if _can_sign(c)}
    if signer_fp not in trusted:
        raise SothonError("bundle_signer_untrusted", detail=f"signer {signer_fp}", fingerprint=signer_fp)


def _verify(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], path: Path, file_sha256: str,
            trust: Any, decryption_key: Any, limits: Limits, keep_documents: bool,
            keep_sealed: bool = False) -> OpenedBundle:
    for name in fmt.ROOT_FILES:
        if name not in entries:
            raise SothonError("bundle_missing_file", detail=name, name=name)
    manifest_bytes, _, _ = _read_bounded(zf, entries[fmt.MANIFEST], limits.max_manifest_size)
    signature, _, _ = _read_bounded(zf, entries[fmt.SIGNATURE], limits.max_signature_size)
    signer_pem, _, _ = _read_bounded(zf, entries[fmt.SIGNER], limits.max_signer_size)

    signer = _signer(signer_pem)
    if not crypto.verify(signer, signature, manifest_bytes):
        raise SothonError("bundle_signature_invalid", detail="manifest.sig does not match manifest.json")
    manifest = _manifest(manifest_bytes)
    signer_fp = crypto.fingerprint(signer)
    if signer_fp != manifest["signer_fingerprint"]:
        raise SothonError("bundle_signer_mismatch", detail=f"signer.pem is {signer_fp}", fingerprint=signer_fp)
    unit = _unit_code(signer)
    if unit is not None and unit != manifest["sender"]["code"]:
        raise SothonError("bundle_sender_mismatch", detail=f"certificate of {unit}, sender {manifest['sender']['code']}",
                          unit=unit, sender=manifest["sender"]["code"])
    if trust is not None:
        _check_trust(signer_fp, trust)

    encrypted = manifest["encryption"] is not None
    listed = {f["name"]: f for f in manifest["files"]}
    for name in entries:
        if name in fmt.ROOT_FILES:
            continue
        if name not in listed:
            raise SothonError("bundle_unlisted_file", detail=name, name=name)
    for name in listed:
        if name not in entries:
            raise SothonError("bundle_missing_file", detail=name, name=name)

    stored: dict[str, bytes] = {}
    for name, item in listed.items():
        info = entries[name]
        if info.file_size != item["size"]:
            raise SothonError("bundle_hash_mismatch", detail=f"{name}: {info.file_size} bytes, listed {item['size']}",
                              name=name)
        is_data = fmt.plain_name(name) in fmt.DATA_FILES
        limit = min(item["size"], limits.max_data_size if is_data else limits.max_entry_size)
        if item["size"] > limit:
            raise SothonError("bundle_too_large", detail=f"{name}: {item['size']} bytes", name=name)
        # With a key every document is decrypted — GCM authenticates it and its record's hash is checked —
        # even when the caller does not want the bytes back.
        keep = is_data or (encrypted and (decryption_key is not None or keep_sealed)) or (keep_documents and not encrypted)
        data, digest, size = _read_bounded(zf, info, limit, keep=keep)
        if size != item["size"] or digest != item["sha256"]:
            raise SothonError("bundle_hash_mismatch", detail=f"{name}: SHA-256 {digest}", name=name)
        if keep:
            stored[name] = data

    sealed = stored if encrypted and decryption_key is None and keep_sealed else None
    decrypted, records, report, documents = _read_payloads(
        manifest, listed, None if encrypted else stored, stored if encrypted else None, decryption_key, limits,
        keep_documents)
    return OpenedBundle(path=path, sha256=file_sha256, manifest=manifest, manifest_bytes=manifest_bytes,
                        signer_cert=signer, encrypted=encrypted, decrypted=decrypted, records=records,
                        report=report, documents=documents, sealed=sealed)


def decrypt(opened: OpenedBundle, decryption_key: Any, *, trust: Any = None,
            limits: Limits = Limits(), keep_documents: bool = True) -> OpenedBundle:  # noqa: B008 - frozen
    """Finish opening a bundle that ``open_bundle(..., keep_sealed=True)`` verified without a key: the trust
    check, then steps 8–9 on the payloads it kept — the verdict ``open_bundle(path, trust=..., decryption_key=...)``
    gives on the same file, without reading, hashing and checking the file a second time. A bundle already
    readable (stored in clear, or opened with a key) only gets the trust check."""
    if trust is not None:
        _check_trust(opened.signer_fingerprint, trust)
    if opened.decrypted:
        return opened
    if opened.sealed is None or decryption_key is None:
        raise ValueError("decrypt needs a bundle opened with keep_sealed=True and a key")
    listed = {f["name"]: f for f in opened.manifest["files"]}
    decrypted, records, report, documents = _read_payloads(opened.manifest, listed, None, opened.sealed,
                                                           decryption_key, limits, keep_documents)
    return replace(opened, decrypted=decrypted, records=records, report=report, documents=documents,
                               sealed=None)


def _read_payloads(manifest: dict[str, Any], listed: dict[str, Any], plain: dict[str, bytes] | None,
                   stored: dict[str, bytes] | None, decryption_key: Any, limits: Limits,
                   keep_documents: bool) -> tuple[bool, dict[str, Any] | None, dict[str, Any] | None,
                                                  dict[str, bytes]]:
    """Steps 8–9: decryption of ``stored`` (when encrypted and a key is given) or the ``plain`` payloads,
    then the payloads read and checked. (decrypted, records, report, documents)."""
    encrypted = manifest["encryption"] is not None
    if encrypted and decryption_key is not None:
        enc = manifest["encryption"]
        key = _decrypt_key(decryption_key, enc["recipient_fingerprint"])
        ephemeral = bytes.fromhex(enc["ephemeral_public_key"])
        try:
            shared = key.exchange(ec.ECDH(), crypto.load_point(ephemeral))
        except (ValueError, TypeError, AttributeError) as exc:
            raise SothonError("bundle_decrypt_failed", detail=f"key agreement: {str(exc)[:120]}") from exc
        plain = {}
        for name, data in stored.items():
            aes_key, nonce = crypto.file_key(shared, ephemeral, name)
            try:
                plain[fmt.plain_name(name)] = crypto.AESGCM(aes_key).decrypt(nonce, data, name.encode("utf-8"))
            except crypto.InvalidTag as exc:
                raise SothonError("bundle_decrypt_failed", detail=f"{name}: not for this key, or altered",
                                  name=name) from exc

    records = report = None
    documents: dict[str, bytes] = {}
    if plain is not None:
        records = _payload(fmt.RECORDS, plain[fmt.RECORDS], schema.RECORDS_SCHEMA, limits)
        if fmt.REPORT in plain:
            report = _payload(fmt.REPORT, plain[fmt.REPORT], schema.REPORT_SCHEMA, limits)
        _payload_rules(manifest, records, report)
        documents = {n: d for n, d in plain.items() if n.startswith("documents/")}
        # The PDFs' own hashes: from the bytes when we hold them, from the listing when they are stored in
        # clear (the listed hash is then the PDF's), unknown otherwise (encrypted, not kept).
        pdfs: dict[str, tuple[str | None, int]] = {}
        for name, item in listed.items():
            plain_doc = fmt.plain_name(name)
            if not plain_doc.startswith("documents/"):
                continue
            if plain_doc in documents:
                data = documents[plain_doc]
                pdfs[plain_doc] = (hashlib.sha256(data).hexdigest(), len(data))
            elif not encrypted:
                pdfs[plain_doc] = (item["sha256"], item["size"])
            else:  # unreachable: with a key every document is decrypted (and so hashed) above
                pdfs[plain_doc] = (None, -1)
        if (broken := fmt.document_reference_error(records, pdfs, kind=manifest["kind"])) is not None:
            raise SothonError(broken[0], detail=broken[1])
        if not keep_documents:
            documents = {}
    return plain is not None, records, report, documents


def _load_trust(path: Path) -> list[x509.Certificate]:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SothonError("file_not_found", path=str(path)) from exc
    except OSError as exc:
        raise SothonError("file_unreadable", path=str(path), detail=str(exc)) from exc
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise SothonError("certificate_unreadable", detail=str(exc)[:200]) from exc


def verify_bundle_file(path: Path | str, trust_pem_path: Path | str | None = None, *,
                       limits: Limits = Limits()) -> dict[str, Any]:  # noqa: B008
    """For ``sothon verify FILE [--trust CERT] --json``: never raises for a bad bundle.

    {"valid": true, "sender", "recipient", "sequence", "counts", "encrypted", "signer_fingerprint", "kind",
    "sha256"} or {"valid": false, "error": CODE, "detail": TEXT, "params": {...}} (the command line adds
    the rendered "message")."""
    try:
        trust = _load_trust(Path(trust_pem_path)) if trust_pem_path is not None else None
        opened = open_bundle(path, trust=trust, limits=limits, keep_documents=False)
    except SothonError as exc:
        return {"valid": False, "error": exc.code, "detail": str(exc.params.get("detail", "")),
                "params": {k: v for k, v in exc.params.items()}}
    return {"valid": True, "sender": opened.sender, "recipient": opened.recipient, "sequence": opened.sequence,
            "counts": opened.counts, "encrypted": opened.encrypted, "signer_fingerprint": opened.signer_fingerprint,
            "kind": opened.kind, "sha256": opened.sha256}
