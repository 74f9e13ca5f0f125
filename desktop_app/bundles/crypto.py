"""The cryptography of bundles: certificate fingerprints, the manifest signature, file encryption.

- Signature: ECDSA P-256 with SHA-256 over the exact bytes of manifest.json, DER-encoded (what
  ``openssl dgst -sha256 -sign/-verify`` produces and checks). Deterministic (RFC 6979) when the
  library supports it, so that the same inputs give the same bundle.
- Encryption (scheme ``ecdh-p256-hkdf-sha256-aes-256-gcm``): one ephemeral P-256 key per bundle;
  Z = ECDH(ephemeral, recipient) (32 bytes, the x coordinate); for each stored file name N
  (e.g. ``data/records.json.enc``), HKDF-SHA256(IKM=Z, salt=E, info="sothon-bundle/1 " ‖ N, L=44)
  gives a 32-byte AES key followed by a 12-byte nonce, E being the ephemeral public key as an
  uncompressed SEC1 point (65 bytes); the file is AES-256-GCM(key, nonce, plaintext, AAD=N), stored
  as ciphertext ‖ 16-byte tag. A key and a nonce are used exactly once.

``check_encryption_cert`` repeats ``services.credentials.check_encryption_cert`` (bundles may not import
services, see tests/unit/test_architecture.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

__all__ = ["InvalidSignature", "InvalidTag"]

_INFO_PREFIX = b"sothon-bundle/1 "


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, lower-case hex."""
    return cert.fingerprint(hashes.SHA256()).hex()


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def is_p256(key: object) -> bool:
    return isinstance(key, (ec.EllipticCurvePublicKey, ec.EllipticCurvePrivateKey)) and isinstance(
        key.curve, ec.SECP256R1)


def sign(key: ec.EllipticCurvePrivateKey, data: bytes) -> bytes:
    """DER ECDSA-SHA256; deterministic (RFC 6979) where the installed cryptography/OpenSSL allows."""
    try:
        return key.sign(data, ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    except (TypeError, UnsupportedAlgorithm):  # cryptography < 43, or OpenSSL < 3.2
        return key.sign(data, ec.ECDSA(hashes.SHA256()))


def verify(cert: x509.Certificate, signature: bytes, data: bytes) -> bool:
    public = cert.public_key()
    if not is_p256(public):
        return False
    try:
        public.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


def check_encryption_cert(signing_cert: x509.Certificate, enc_cert: x509.Certificate) -> bool:
    """True when ``enc_cert`` was issued by ``signing_cert``'s key and is for key agreement only."""
    try:
        enc_cert.verify_directly_issued_by(signing_cert)
        usage = enc_cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except Exception:  # noqa: BLE001 — any parse or verification failure means "not issued by it"
        return False
    return bool(usage.key_agreement and not usage.digital_signature and not usage.content_commitment)


def is_key_agreement_cert(cert: x509.Certificate) -> bool:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        return bool(usage.key_agreement) and is_p256(cert.public_key())
    except Exception:  # noqa: BLE001 — malformed certificates are simply not key-agreement certificates
        return False


def point(public: ec.EllipticCurvePublicKey) -> bytes:
    """The uncompressed SEC1 encoding (0x04 ‖ X ‖ Y, 65 bytes)."""
    return public.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)


def load_point(data: bytes) -> ec.EllipticCurvePublicKey:
    """ValueError for anything but an uncompressed point on P-256."""
    if len(data) != 65 or data[0] != 4:
        raise ValueError("not an uncompressed P-256 point")
    return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), data)


def file_key(shared: bytes, ephemeral_point: bytes, stored_name: str) -> tuple[bytes, bytes]:
    """(AES-256 key, 96-bit nonce) for one stored file."""
    okm = HKDF(algorithm=hashes.SHA256(), length=44, salt=ephemeral_point,
               info=_INFO_PREFIX + stored_name.encode("utf-8")).derive(shared)
    return okm[:32], okm[32:]


@dataclass(frozen=True)
class Sealing:
    """The sender's side of one bundle's encryption."""

    shared: bytes
    ephemeral_point: bytes
    recipient_fingerprint: str

    @classmethod
    def to(cls, recipient_cert: x509.Certificate,
           ephemeral: ec.EllipticCurvePrivateKey | None = None) -> Sealing:
        public = recipient_cert.public_key()
        if not is_p256(public):
            raise ValueError("the recipient's encryption key is not P-256")
        eph = ephemeral or ec.generate_private_key(ec.SECP256R1())
        shared = eph.exchange(ec.ECDH(), public)
        return cls(shared, point(eph.public_key()), fingerprint(recipient_cert))

    def manifest_entry(self) -> dict[str, str]:
        return {"scheme": "ecdh-p256-hkdf-sha256-aes-256-gcm",
                "recipient_fingerprint": self.recipient_fingerprint,
                "ephemeral_public_key": self.ephemeral_point.hex()}

    def encrypt(self, stored_name: str, plaintext: bytes) -> bytes:
        key, nonce = file_key(self.shared, self.ephemeral_point, stored_name)
        return AESGCM(key).encrypt(nonce, plaintext, stored_name.encode("utf-8"))


def open_sealed(private: ec.EllipticCurvePrivateKey, ephemeral_point: bytes, stored_name: str,
                ciphertext: bytes) -> bytes:
    """The plaintext; ``InvalidTag`` when the key, the name or the bytes are not the ones sealed,
    ``ValueError`` for a bad ephemeral point."""
    shared = private.exchange(ec.ECDH(), load_point(ephemeral_point))
    key, nonce = file_key(shared, ephemeral_point, stored_name)
    return AESGCM(key).decrypt(nonce, ciphertext, stored_name.encode("utf-8"))
