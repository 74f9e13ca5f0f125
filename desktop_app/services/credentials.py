"""Key pairs and certificates, and sealing private keys with a passphrase. Pure: no database.

- Signing: ECDSA P-256, in a self-signed X.509 certificate naming the person (CN), their role (title),
  the unit (O = its name, OU = its unit code), its commune (L) and province (ST), country VN; key usage
  digitalSignature + nonRepudiation, critical; ten years.
- Encryption (the unit's, for receiving): an ECDH P-256 key pair, certified by a second certificate
  *issued by the unit's signing key* (issuer = the signing certificate's subject, signed with it, AKI =
  its SKI); key usage keyAgreement only, critical. Check the binding with ``check_encryption_cert``
  (``cryptography``'s ``verify_directly_issued_by``). The signing certificate is deliberately not a CA
  (no keyCertSign, cA false, as the issue asks): the binding is checked directly, not by RFC 5280 path
  validation.
- Sealing (private keys at rest): scrypt (n=2**14, r=8, p=1, the parameters of the passphrase hash)
  derives a 256-bit key from the passphrase and a random salt; AES-256-GCM encrypts the unencrypted
  PKCS#8 DER of the key under a random 96-bit nonce, with the credential's id and purpose as associated
  data, so a sealed key cannot be moved to another row. Chosen over PKCS#8 ``BestAvailableEncryption``,
  whose PBKDF2 iteration count is OpenSSL's low default, and because a tampered or wrong-passphrase blob
  fails authentication outright. Stored as one text value::

      sothon-key-1$<n>$<r>$<p>$<salt b64>$<nonce b64>$<ciphertext+tag b64>

  A ``Sealer`` derives each salt's key once, so the keys of one profile sealed together (one salt) cost
  one scrypt (≈ 40 ms) to open or to seal.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

from desktop_app.bundles import crypto as bundle_crypto
from desktop_app.domain import clock
from desktop_app.domain.passphrase import passphrase_bytes
from desktop_app.domain.units import Role

if TYPE_CHECKING:
    from desktop_app.services.views import ProfileInfo, UnitInfo

SIGNING = "signing"
ENCRYPTION = "encryption"
PURPOSES = (SIGNING, ENCRYPTION)

VALIDITY = dt.timedelta(days=3652)  # ten years
_BACKDATE = dt.timedelta(minutes=5)  # tolerate a verifier's clock a little behind ours

# How a role is written on a certificate and on a signature stamp (documents are in Vietnamese).
ROLE_TITLES = {
    Role.HAMLET_HEAD: "Trưởng thôn",
    Role.MEDIATOR: "Hòa giải viên",
    Role.PARTY_SECRETARY: "Bí thư chi bộ",
    Role.COMMUNE_OFFICER: "Cán bộ xã",
}

# RFC 4514 has no short name for these; show them by name rather than as dotted OIDs.
_NAME_OVERRIDES = {NameOID.TITLE: "title", NameOID.SERIAL_NUMBER: "serialNumber"}

_SEAL_TAG = "sothon-key-1"
_N, _R, _P = 2**14, 8, 1


class SealError(Exception):
    """A sealed key did not open: wrong passphrase, or the stored value was altered."""


# --- keys and certificates ----------------------------------------------------------------------------


def new_key() -> ec.EllipticCurvePrivateKey:
    """A P-256 key pair (the same curve serves ECDSA signing and ECDH key agreement)."""
    return ec.generate_private_key(ec.SECP256R1())


def fit_common_name(text: str, limit: int = 64) -> str:
    """``text`` within X.509's 64-byte common name (UTF-8): cut at a word and marked "…" when longer.
    The stamp still shows the whole name (``documents.signing.sign_pdf(signer_name=…)``)."""
    if len(text.encode("utf-8")) <= limit:
        return text
    words, out = text.split(), ""
    for word in words:
        candidate = f"{out} {word}".strip()
        if len((candidate + "…").encode("utf-8")) > limit:
            break
        out = candidate
    if not out:  # one very long word
        out = text
        while len((out + "…").encode("utf-8")) > limit:
            out = out[:-1]
    return out + "…"


def _unit_attributes(unit: UnitInfo) -> list[x509.NameAttribute]:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if unit.province_name:
        attrs.append(x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, unit.province_name[:128]))
    if unit.commune_name and unit.commune_name != unit.name:
        attrs.append(x509.NameAttribute(NameOID.LOCALITY_NAME, unit.commune_name[:128]))
    attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, unit.name[:64]))
    attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit.code[:64]))
    return attrs


def person_name(profile: ProfileInfo, unit: UnitInfo) -> x509.Name:
    """The subject of a profile's signing certificate (most general first: C, ST, L, O, OU, title, CN)."""
    attrs = _unit_attributes(unit)
    attrs.append(x509.NameAttribute(NameOID.TITLE, ROLE_TITLES.get(profile.role, profile.role.value)))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, fit_common_name(profile.display_name)))
    return x509.Name(attrs)


def _validity(now: dt.datetime | None) -> tuple[dt.datetime, dt.datetime]:
    now = (now or clock.now()).replace(microsecond=0)
    return now - _BACKDATE, now + VALIDITY


def signing_certificate(
    key: ec.EllipticCurvePrivateKey, profile: ProfileInfo, unit: UnitInfo, *, now: dt.datetime | None = None
) -> x509.Certificate:
    """A self-signed certificate for a person's signing key."""
    name = person_name(profile, unit)
    not_before, not_after = _validity(now)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def encryption_certificate(
    enc_key: ec.EllipticCurvePrivateKey,
    unit: UnitInfo,
    *,
    issuer_key: ec.EllipticCurvePrivateKey,
    issuer_cert: x509.Certificate,
    now: dt.datetime | None = None,
) -> x509.Certificate:
    """The unit's encryption (key agreement) certificate, issued by the unit's signing key."""
    common_name = x509.NameAttribute(NameOID.COMMON_NAME, fit_common_name(unit.name))
    subject = x509.Name([*_unit_attributes(unit), common_name])
    not_before, not_after = _validity(now)
    # Never outlive the certificate that vouches for it.
    not_after = min(not_after, issuer_cert.not_valid_after_utc)
    public = enc_key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=True, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                       critical=False)
        .sign(issuer_key, hashes.SHA256())
    )


# The rule lives with the bundle format (bundles/ may not import services/): one implementation.
check_encryption_cert = bundle_crypto.check_encryption_cert


# --- reading certificates ------------------------------------------------------------------------------


def cert_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_cert(pem: str | bytes) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem.encode("ascii") if isinstance(pem, str) else pem)


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, lower-case hex (64 characters)."""
    return cert.fingerprint(hashes.SHA256()).hex()


def group_fingerprint(hex_digest: str) -> str:
    """For reading aloud or comparing by eye: upper case in groups of four ("3F2A 9C01 …")."""
    digest = hex_digest.replace(" ", "").replace(":", "").upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def subject_text(cert: x509.Certificate) -> str:
    """The subject as RFC 4514 text (most specific first: "CN=…,title=…,OU=…,O=…,…,C=VN")."""
    return cert.subject.rfc4514_string(_NAME_OVERRIDES)


@dataclass(frozen=True)
class SubjectParts:
    common_name: str | None
    title: str | None
    organization: str | None
    unit_code: str | None


def subject_parts(cert: x509.Certificate) -> SubjectParts:
    def first(oid: x509.ObjectIdentifier) -> str | None:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else None

    return SubjectParts(first(NameOID.COMMON_NAME), first(NameOID.TITLE), first(NameOID.ORGANIZATION_NAME),
                        first(NameOID.ORGANIZATIONAL_UNIT_NAME))


# --- sealing private keys -------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(credential_id: str, purpose: str) -> bytes:
    return f"{_SEAL_TAG}:{credential_id}:{purpose}".encode()


class Sealer:
    """Seals and opens private keys with one passphrase, deriving each salt's key only once."""

    def __init__(self, passphrase: str) -> None:
        self._passphrase = passphrase_bytes(passphrase)
        self._keys: dict[tuple[bytes, int, int, int], bytes] = {}
        self._salt: bytes | None = None

    def _derive(self, salt: bytes, n: int, r: int, p: int) -> bytes:
        k = (salt, n, r, p)
        if k not in self._keys:
            self._keys[k] = hashlib.scrypt(self._passphrase, salt=salt, n=n, r=r, p=p, dklen=32)
        return self._keys[k]

    def seal(self, key: ec.EllipticCurvePrivateKey, *, credential_id: str, purpose: str) -> str:
        der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        return self.seal_data(der, credential_id=credential_id, purpose=purpose)

    def seal_data(self, data: bytes, *, credential_id: str, purpose: str) -> str:
        """Any secret the same way as a key (a mail account's password: ``services.transport.mail``)."""
        if self._salt is None:
            self._salt = secrets.token_bytes(16)
        salt = self._salt
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(self._derive(salt, _N, _R, _P)).encrypt(nonce, data, _aad(credential_id, purpose))
        return "$".join((_SEAL_TAG, str(_N), str(_R), str(_P), _b64(salt), _b64(nonce), _b64(sealed)))

    def open_data(self, blob: str, *, credential_id: str, purpose: str) -> bytes:
        """The secret ``seal_data`` sealed; ``SealError`` for a wrong passphrase or an altered value."""
        try:
            tag, n, r, p, salt, nonce, sealed = blob.split("$")
            if tag != _SEAL_TAG:
                raise ValueError(tag)
            key = self._derive(base64.b64decode(salt), int(n), int(r), int(p))
            return AESGCM(key).decrypt(base64.b64decode(nonce), base64.b64decode(sealed),
                                       _aad(credential_id, purpose))
        except (InvalidTag, ValueError, TypeError, AttributeError) as exc:
            raise SealError(credential_id) from exc

    def open(self, blob: str, *, credential_id: str, purpose: str) -> ec.EllipticCurvePrivateKey:
        """The private key; ``SealError`` for a wrong passphrase or an altered value."""
        der = self.open_data(blob, credential_id=credential_id, purpose=purpose)
        private = serialization.load_der_private_key(der, password=None)
        if not isinstance(private, ec.EllipticCurvePrivateKey):
            raise SealError(credential_id)
        return private
