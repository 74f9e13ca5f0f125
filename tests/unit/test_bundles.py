"""Bundle format v1: the writer, the reader, and a refusal with its own code for every kind of bad input."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.bundles import crypto, pseudonym, schema
from desktop_app.bundles import format as fmt
from desktop_app.bundles.format import Limits
from desktop_app.bundles.reader import decrypt, open_bundle, verify_bundle_file
from desktop_app.domain.errors import SothonError
from tests.unit import bundle_support as bf

DOCS = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


# --- helpers: take a bundle apart and put it together again -------------------------------------------


def entries(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def build(path: Path, items: list[tuple[str, bytes]], *, infos: dict[str, dict] | None = None) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 7, 1, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            for k, v in (infos or {}).get(name, {}).items():
                setattr(info, k, v)
            zf.writestr(info, data)
    path.write_bytes(buf.getvalue())
    return path


def forge(src: Path, dst: Path, *, manifest=None, files=None, key=None, cert=None) -> Path:
    """Rewrite a bundle: edit its payloads (``files(dict)``) and manifest (``manifest(dict)``), recompute
    the listing and sign again — a bundle that a (possibly hostile) signer could really have made."""
    items = dict(entries(src))
    payloads = {n: d for n, d in items.items() if n not in fmt.ROOT_FILES}
    if files:
        files(payloads)
    m = json.loads(items[fmt.MANIFEST])
    m["files"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                  for n, d in sorted(payloads.items())]
    if manifest:
        manifest(m)
    mbytes = fmt.canonical_json(m)
    key = key or bf.hamlet().signing_key
    cert = cert or bf.hamlet().signing_cert
    out = [(fmt.MANIFEST, mbytes), (fmt.SIGNATURE, crypto.sign(key, mbytes)), (fmt.SIGNER, crypto.cert_pem(cert)),
           *sorted(payloads.items())]
    return build(dst, out)


def edit_records(fn):
    """A ``files`` editor for ``forge`` that changes data/records.json with ``fn(records)``."""
    def files(p):
        data = json.loads(p["data/records.json"])
        fn(data)
        p["data/records.json"] = fmt.payload_json(data)
    return files


def code_of(path: Path, **kw) -> str:
    with pytest.raises(SothonError) as err:
        open_bundle(path, **kw)
    return err.value.code


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    return bf.write(tmp_path_factory.mktemp("plain")).path


@pytest.fixture(scope="module")
def sealed(tmp_path_factory) -> Path:
    return bf.write(tmp_path_factory.mktemp("sealed"), encrypted=True).path


# --- writing and reading back -----------------------------------------------------------------------------


def test_a_plain_bundle_reads_back_exactly_what_was_written(tmp_path):
    written = bf.write(tmp_path)
    assert written.path.name == "17380-thon-dong-to-17380-000001.sothon"
    opened = open_bundle(written.path, trust=bf.hamlet().signing_cert)
    assert opened.sha256 == written.sha256 == hashlib.sha256(written.path.read_bytes()).hexdigest()
    assert opened.manifest == written.manifest
    assert opened.counts == {"document": 2, "household": 1, "resident": 3, "resident_event": 1}
    assert opened.kind == "government" and not opened.encrypted and opened.decrypted
    by_id = {r["id"]: r for r in opened.records["upserts"]}
    assert by_id[bf.uid(2)]["fields"]["full_name"] == "Nguyễn Văn An"
    assert opened.records["tombstones"] == [r for r in bf.sample_records() if "deleted_at" in r]
    assert opened.report == bf.sample_report()
    assert opened.documents["documents/bao-cao-6-thang.pdf"] == b"%PDF-1.7\nreport"
    with zipfile.ZipFile(written.path) as zf:
        assert [i.filename for i in zf.infolist()] == [
            "manifest.json", "manifest.sig", "signer.pem", "data/records.json", "data/report.json",
            "documents/bao-cao-6-thang.pdf", "documents/bien-ban-hop-thon-2026-01.pdf"]
        assert zf.read("manifest.json") == fmt.canonical_json(written.manifest)


def test_the_same_inputs_give_the_same_bytes(tmp_path):
    a = bf.write(tmp_path / "a").path.read_bytes()
    b = bf.write(tmp_path / "b", records=list(reversed(bf.sample_records()))).path.read_bytes()
    assert a == b


def test_an_encrypted_bundle_hides_its_payloads_and_opens_with_the_recipients_key(tmp_path, plain):
    written = bf.write(tmp_path, encrypted=True, sequence=2, previous="a" * 64)
    m = written.manifest
    assert m["encryption"]["recipient_fingerprint"] == crypto.fingerprint(bf.commune().enc_cert)
    assert all(f["name"].endswith(".enc") for f in m["files"])
    raw = written.path.read_bytes()
    assert b"Nguy" not in raw and "Nguyễn".encode() not in raw and b"040070000123" not in raw
    with zipfile.ZipFile(written.path) as zf:  # the listed hashes are those of the ciphertext
        for f in m["files"]:
            assert hashlib.sha256(zf.read(f["name"])).hexdigest() == f["sha256"]

    locked = open_bundle(written.path)
    assert locked.encrypted and not locked.decrypted and locked.records is None and locked.documents == {}

    opened = open_bundle(written.path, decryption_key=bf.commune().enc_key)
    reference = open_bundle(plain)
    assert opened.records == reference.records and opened.report == reference.report
    assert opened.documents == reference.documents
    keyring = {crypto.fingerprint(bf.commune().enc_cert): bf.commune().enc_key}
    assert open_bundle(written.path, decryption_key=keyring).records == reference.records


def test_a_bundle_kept_sealed_is_decrypted_later_with_the_checks_of_one_opening(sealed, plain, tmp_path):
    kept = open_bundle(sealed, keep_sealed=True)
    assert kept.encrypted and not kept.decrypted and kept.records is None and kept.sealed
    assert set(kept.sealed) == {f["name"] for f in kept.manifest["files"]}  # every payload, PDFs too
    once = open_bundle(sealed, decryption_key=bf.commune().enc_key, trust=bf.hamlet().signing_cert)
    later = decrypt(kept, bf.commune().enc_key, trust=bf.hamlet().signing_cert)
    assert later.decrypted and later.sealed is None
    assert (later.records, later.report, later.documents) == (once.records, once.report, once.documents)
    assert later.sha256 == once.sha256 and later.manifest_bytes == once.manifest_bytes
    assert decrypt(kept, bf.commune().enc_key, keep_documents=False).documents == {}
    # The refusals of the one opening, with their codes.
    for trust in (bf.other_hamlet().signing_cert, bf.hamlet().enc_cert):  # another unit; not a signing key
        with pytest.raises(SothonError) as err:
            decrypt(kept, bf.commune().enc_key, trust=trust)
        assert err.value.code == code_of(sealed, decryption_key=bf.commune().enc_key, trust=trust)
        assert err.value.code == "bundle_signer_untrusted"
    with pytest.raises(SothonError) as err:
        decrypt(kept, bf.hamlet().enc_key)
    assert err.value.code == code_of(sealed, decryption_key=bf.hamlet().enc_key) == "bundle_decrypt_failed"
    # Without keep_sealed nothing is kept (the documents' ciphertexts are only hashed).
    assert open_bundle(sealed).sealed is None
    with pytest.raises(ValueError):
        decrypt(open_bundle(sealed), bf.commune().enc_key)
    # A bundle in clear was read at once: only the trust check remains.
    clear = open_bundle(plain, keep_sealed=True)
    assert clear.sealed is None and decrypt(clear, None, trust=bf.hamlet().signing_cert) is clear
    with pytest.raises(SothonError) as err:
        decrypt(clear, None, trust=bf.other_hamlet().signing_cert)
    assert err.value.code == "bundle_signer_untrusted"


def test_decryption_with_another_key_fails_cleanly(sealed):
    assert code_of(sealed, decryption_key=bf.hamlet().enc_key) == "bundle_decrypt_failed"
    assert code_of(sealed, decryption_key={"0" * 64: bf.commune().enc_key}) == "bundle_wrong_recipient"


def test_altered_ciphertext_listed_and_signed_again_still_fails_authentication(tmp_path, sealed):
    def flip(payloads):
        data = bytearray(payloads["data/records.json.enc"])
        data[5] ^= 1
        payloads["data/records.json.enc"] = bytes(data)

    forged = forge(sealed, tmp_path / "x.sothon", files=flip)
    open_bundle(forged)  # the hashes and the signature are right: verify cannot tell
    assert code_of(forged, decryption_key=bf.commune().enc_key) == "bundle_decrypt_failed"

    def swap(payloads):  # a file moved to another name does not decrypt either (the name is the AAD)
        payloads["data/report.json.enc"], payloads["documents/bao-cao-6-thang.pdf.enc"] = (
            payloads["documents/bao-cao-6-thang.pdf.enc"], payloads["data/report.json.enc"])

    swapped = forge(sealed, tmp_path / "y.sothon", files=swap)
    assert code_of(swapped, decryption_key=bf.commune().enc_key) == "bundle_decrypt_failed"


def test_the_writer_checks_the_recipients_encryption_certificate(tmp_path):
    with pytest.raises(SothonError) as err:  # the commune's key, but certified by someone else
        bf.write(tmp_path, encrypted=True, recipient_signing_cert=bf.hamlet().signing_cert)
    assert err.value.code == "bundle_recipient_cert_invalid"
    with pytest.raises(SothonError) as err:  # a signing certificate is not an encryption certificate
        bf.write(tmp_path, encrypted=True, recipient_encryption_cert=bf.commune().signing_cert,
                 recipient_signing_cert=None)
    assert err.value.code == "bundle_recipient_cert_invalid"


def test_the_writer_refuses_party_records_in_a_government_bundle_and_bad_input(tmp_path):
    party = {"id": bf.uid(9), "type": "party_member", "version": 1, "updated_at": "2026-03-01T08:00:00+07:00",
             "unit_code": "17380-thon-dong", "fields": {}}
    with pytest.raises(SothonError) as err:
        bf.write(tmp_path, records=[*bf.sample_records(), party])
    assert err.value.code == "bundle_party_in_government"
    # … but a party bundle to the party committee carries them, in its own chain and name.
    written = bf.write(tmp_path, records=[party],
                       recipient={"code": "17380-dang-uy", "name": "Đảng ủy xã Yên Xuân", "kind": "party_committee"})
    assert written.manifest["kind"] == "party" and written.path.name.startswith("17380-thon-dong-to-17380-dang-uy-")
    bad = [{**bf.sample_records()[1], "fields": {"full_name": ""}}]
    for kwargs in ({"records": bad}, {"documents": [("../x.pdf", b"")]}, {"documents": [("CON.pdf", b"")]},
                   {"sequence": 2, "previous": None}, {"signing_key": bf.commune().signing_key}):
        with pytest.raises(SothonError) as err:
            bf.write(tmp_path / "bad", **kwargs)
        assert err.value.code == "bundle_invalid_input", kwargs
    bf.write(tmp_path / "again")
    with pytest.raises(SothonError) as err:
        bf.write(tmp_path / "again")
    assert err.value.code == "bundle_exists"
    assert not (tmp_path / "bad").exists() or not list((tmp_path / "bad").iterdir())


def test_pseudonymised_residents_carry_no_identity_and_stay_linkable_for_one_recipient(tmp_path):
    secret = b"s" * 32
    key = pseudonym.pseudonym_key(secret, recipient_code="17380", kind="government")
    other = pseudonym.pseudonym_key(secret, recipient_code="17380-dang-uy", kind="party")
    out = pseudonym.pseudonymise(bf.sample_records(), key)
    assert schema.first_error(schema.RECORDS_SCHEMA, {"upserts": [r for r in out if "fields" in r],
                                                      "tombstones": [r for r in out if "fields" not in r]}) is None
    text = json.dumps(out, ensure_ascii=False)
    for secret_value in ("Nguyễn Văn An", "040070000123", "0912345678", "1970-05-04", "Xóm 3", "Hà Tĩnh",
                         bf.uid(2), bf.uid(1)):
        assert secret_value not in text
    residents = [r for r in out if r["type"] == "resident" and "fields" in r]
    assert residents[0]["fields"]["birth_year"] == 1970 and residents[0]["pseudonymised"] is True
    household = next(r for r in out if r["type"] == "household")
    assert household["fields"] == {"head_id": residents[0]["id"]}  # no number: a named list would join it
    assert residents[0]["fields"]["household_id"] == household["id"]  # references follow the pseudonyms
    assert household["fields"]["head_id"] == residents[0]["id"]
    assert pseudonym.pseudonymise(bf.sample_records(), key) == out  # stable from one bundle to the next
    assert pseudonym.pseudonymise(bf.sample_records(), other)[1]["id"] != residents[0]["id"]
    named = pseudonym.pseudonymise(bf.sample_records(), key, named=[bf.uid(2)])
    assert named[1] == bf.sample_records()[1] | {"fields": {**bf.sample_records()[1]["fields"],
                                                            "household_id": household["id"]}}
    written = bf.write(tmp_path, records=out)
    read_back = [r for r in open_bundle(written.path).records["upserts"] if r["type"] == "resident"]
    assert read_back and all(r["pseudonymised"] is True for r in read_back)
    # A pseudonymised resident with a name is refused by the schema.
    leaky = [{**residents[0], "fields": {**residents[0]["fields"], "full_name": "Nguyễn Văn An"}}]
    with pytest.raises(SothonError):
        bf.write(tmp_path / "leak", records=leaky)


def test_the_hash_chain_links_each_bundle_to_the_previous_file(tmp_path):
    first = bf.write(tmp_path)
    second = bf.write(tmp_path, sequence=2, previous=first.sha256)
    assert open_bundle(second.path).manifest["previous_sha256"] == open_bundle(first.path).sha256


# --- every refusal has its own code -------------------------------------------------------------------------


def test_verify_reports_valid_bundles_and_trust(tmp_path, plain):
    result = verify_bundle_file(plain)
    assert result["valid"] is True and result["sequence"] == 1 and result["encrypted"] is False
    assert result["sender"]["code"] == "17380-thon-dong" and result["counts"]["resident"] == 3
    assert result["signer_fingerprint"] == crypto.fingerprint(bf.hamlet().signing_cert)
    trust = tmp_path / "hamlet.pem"  # as `sothon identity export-cert` writes it: signing then encryption
    trust.write_bytes(crypto.cert_pem(bf.hamlet().signing_cert) + crypto.cert_pem(bf.hamlet().enc_cert))
    assert verify_bundle_file(plain, trust)["valid"] is True
    other = tmp_path / "other.pem"
    other.write_bytes(crypto.cert_pem(bf.other_hamlet().signing_cert))
    assert verify_bundle_file(plain, other) == {
        "valid": False, "error": "bundle_signer_untrusted", "detail": verify_bundle_file(plain, other)["detail"],
        "params": verify_bundle_file(plain, other)["params"]}
    assert verify_bundle_file(plain, tmp_path / "missing.pem")["error"] == "file_not_found"
    (tmp_path / "junk.pem").write_text("not a certificate")
    assert verify_bundle_file(plain, tmp_path / "junk.pem")["error"] == "certificate_unreadable"
    json.dumps(verify_bundle_file(plain, other))  # JSON-ready


def test_a_bundle_from_an_untrusted_signer(tmp_path):
    stranger = bf.write(tmp_path, signing_key=bf.other_hamlet().signing_key,
                        signer_cert=bf.other_hamlet().signing_cert).path
    open_bundle(stranger)
    assert code_of(stranger, trust=bf.hamlet().signing_cert) == "bundle_signer_untrusted"
    assert code_of(stranger, trust=[bf.hamlet().signing_cert, bf.commune().signing_cert]) == "bundle_signer_untrusted"
    # The recipient's encryption certificate is never a trust anchor for signatures.
    assert code_of(stranger, trust=[bf.other_hamlet().enc_cert]) == "bundle_signer_untrusted"


def test_flipped_bytes_in_a_payload_or_the_manifest(tmp_path, plain):
    raw = plain.read_bytes()
    with zipfile.ZipFile(plain) as zf:
        info = zf.getinfo("documents/bao-cao-6-thang.pdf")
        manifest_info = zf.getinfo("manifest.json")
    data_at = info.header_offset + 30 + len(info.filename) + 3
    bad = bytearray(raw)
    bad[data_at] ^= 0x20
    (tmp_path / "a.sothon").write_bytes(bytes(bad))
    assert code_of(tmp_path / "a.sothon") == "bundle_hash_mismatch"
    bad = bytearray(raw)
    bad[manifest_info.header_offset + 30 + len("manifest.json") + 40] ^= 0x01
    (tmp_path / "b.sothon").write_bytes(bytes(bad))
    assert code_of(tmp_path / "b.sothon") in {"bundle_signature_invalid", "bundle_corrupt"}


def test_a_payload_replaced_with_a_valid_zip_entry(tmp_path, plain):
    items = entries(plain)
    items = [(n, d.replace(b"Nguy", b"NGUY") if n == "data/records.json" else d) for n, d in items]
    assert code_of(build(tmp_path / "x.sothon", items)) == "bundle_hash_mismatch"


def test_a_changed_manifest_or_a_bad_signature(tmp_path, plain):
    items = dict(entries(plain))
    m = json.loads(items["manifest.json"])
    m["sequence"] = 7
    m["previous_sha256"] = "0" * 64
    changed = {**items, "manifest.json": fmt.canonical_json(m)}
    assert code_of(build(tmp_path / "a.sothon", list(changed.items()))) == "bundle_signature_invalid"
    other_sig = crypto.sign(bf.other_hamlet().signing_key, items["manifest.json"])
    assert code_of(build(tmp_path / "b.sothon", list({**items, "manifest.sig": other_sig}.items()))) == \
        "bundle_signature_invalid"
    assert code_of(build(tmp_path / "c.sothon", list({**items, "manifest.sig": b"\x30\x00"}.items()))) == \
        "bundle_signature_invalid"
    no_sig = [(n, d) for n, d in items.items() if n != "manifest.sig"]
    assert code_of(build(tmp_path / "d.sothon", no_sig)) == "bundle_missing_file"
    no_pem = [(n, d) for n, d in items.items() if n != "signer.pem"]
    assert code_of(build(tmp_path / "e.sothon", no_pem)) == "bundle_missing_file"
    junk_pem = {**items, "signer.pem": b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"}
    assert code_of(build(tmp_path / "f.sothon", list(junk_pem.items()))) == "bundle_signer_invalid"


def test_a_signer_that_is_not_the_one_the_manifest_names(tmp_path, plain):
    other = bf.other_hamlet()
    swapped = forge(plain, tmp_path / "a.sothon", key=other.signing_key, cert=other.signing_cert)
    assert code_of(swapped) == "bundle_signer_mismatch"
    wrong_unit = forge(plain, tmp_path / "b.sothon", manifest=lambda m: m["sender"].update(code="17380-thon-tay"))
    assert code_of(wrong_unit) == "bundle_sender_mismatch"
    enc_signed = forge(plain, tmp_path / "c.sothon", key=bf.hamlet().enc_key, cert=bf.hamlet().enc_cert,
                       manifest=lambda m: m.update(signer_fingerprint=crypto.fingerprint(bf.hamlet().enc_cert)))
    assert code_of(enc_signed) == "bundle_signer_invalid"


def test_missing_extra_and_renamed_files(tmp_path, plain):
    items = entries(plain)
    assert code_of(build(tmp_path / "a.sothon", [i for i in items if i[0] != "data/report.json"])) == \
        "bundle_missing_file"
    assert code_of(build(tmp_path / "b.sothon", [*items, ("documents/extra.pdf", b"%PDF")])) == "bundle_unlisted_file"
    renamed = [("documents/renamed.pdf" if n == "documents/bao-cao-6-thang.pdf" else n, d) for n, d in items]
    assert code_of(build(tmp_path / "c.sothon", renamed)) == "bundle_unlisted_file"
    for odd in ("evil.exe", "data/other.json", "documents/a.PDF", "documents/con.pdf", "documents/a.pdf.enc.enc",
                "data/", "documents/sub/a.pdf"):
        assert code_of(build(tmp_path / "d.sothon", [*items, (odd, b"x")])) == "bundle_unlisted_file", odd
    no_records = forge(plain, tmp_path / "e.sothon", files=lambda p: p.pop("data/records.json"))
    assert code_of(no_records) == "bundle_missing_file"


@pytest.mark.parametrize("name", ["../evil.pdf", "documents/../../evil.pdf", "/etc/passwd", "documents//a.pdf",
                                  "documents\\a.pdf", "C:/windows/a.pdf", "./manifest.json", "documents/a\x01.pdf"])
def test_paths_that_could_escape_a_folder(tmp_path, plain, name):
    assert code_of(build(tmp_path / "x.sothon", [*entries(plain), (name, b"x")])) == "bundle_unsafe_path"


def test_links_and_special_files(tmp_path, plain):
    link = {"documents/link.pdf": {"external_attr": (stat.S_IFLNK | 0o777) << 16}}
    assert code_of(build(tmp_path / "a.sothon", [*entries(plain), ("documents/link.pdf", b"/etc/passwd")],
                         infos=link)) == "bundle_unsafe_path"
    fifo = {"documents/f.pdf": {"external_attr": (stat.S_IFIFO | 0o644) << 16}}
    assert code_of(build(tmp_path / "b.sothon", [*entries(plain), ("documents/f.pdf", b"")], infos=fifo)) == \
        "bundle_unsafe_path"


def test_duplicate_names(tmp_path, plain):
    items = entries(plain)
    with pytest.warns(UserWarning):
        dup = build(tmp_path / "a.sothon", [*items, ("data/records.json", b"{}")])
    assert code_of(dup) == "bundle_duplicate_entry"


def test_a_zip_bomb_and_size_limits(tmp_path, plain):
    bomb = build(tmp_path / "a.sothon", [*entries(plain), ("documents/bomb.pdf", bytes(20 * 1024 * 1024))])
    assert code_of(bomb) == "bundle_compression_ratio"
    assert code_of(plain, limits=Limits(max_entries=3)) == "bundle_too_many_entries"
    assert code_of(plain, limits=Limits(max_total_size=1000)) == "bundle_too_large"
    assert code_of(plain, limits=Limits(max_entry_size=1000)) == "bundle_too_large"
    assert code_of(plain, limits=Limits(max_file_size=1000)) == "bundle_too_large"
    assert code_of(plain, limits=Limits(max_manifest_size=100)) == "bundle_too_large"


def test_a_zip_that_lies_about_an_entrys_size_is_read_no_further_than_it_says(tmp_path, plain):
    raw = bytearray(plain.read_bytes())
    with zipfile.ZipFile(plain) as zf:
        info = zf.getinfo("data/records.json")
        cd = zf.start_dir
    # Patch the uncompressed size in the central directory entry of data/records.json to 10 bytes.
    at = raw.index(b"PK\x01\x02" + raw[cd + 4:cd + 8], cd)
    while raw[at + 46:at + 46 + len(info.filename)] != info.filename.encode():
        at = raw.index(b"PK\x01\x02", at + 4)
    raw[at + 24:at + 28] = (10).to_bytes(4, "little")
    (tmp_path / "x.sothon").write_bytes(bytes(raw))
    assert code_of(tmp_path / "x.sothon") == "bundle_hash_mismatch"


def test_truncated_non_zip_empty_and_absent_files(tmp_path, plain):
    raw = plain.read_bytes()
    for cut in (len(raw) // 2, len(raw) - 1, 100, 10):
        (tmp_path / "t.sothon").write_bytes(raw[:cut])
        assert code_of(tmp_path / "t.sothon") == "bundle_truncated", cut
    (tmp_path / "n.sothon").write_text("Biên bản họp thôn, không phải tệp zip\n" * 50)
    assert code_of(tmp_path / "n.sothon") == "bundle_not_zip"
    (tmp_path / "e.sothon").write_bytes(b"")
    assert code_of(tmp_path / "e.sothon") == "bundle_not_zip"
    assert code_of(tmp_path / "absent.sothon") == "file_not_found"
    assert code_of(tmp_path) == "bundle_not_zip"  # a folder
    (tmp_path / "p.sothon").write_bytes(b"junk" + raw)
    assert code_of(tmp_path / "p.sothon") == "bundle_corrupt"
    (tmp_path / "q.sothon").write_bytes(raw + b"junk")
    assert code_of(tmp_path / "q.sothon") == "bundle_corrupt"


def test_unsupported_zip_features(tmp_path, plain):
    items = entries(plain)
    bz = build(tmp_path / "a.sothon", [*items, ("documents/x.pdf", b"x" * 100)],
               infos={"documents/x.pdf": {"compress_type": zipfile.ZIP_BZIP2}})
    assert code_of(bz) == "bundle_entry_unsupported"


def test_a_future_format_version(tmp_path, plain):
    future = forge(plain, tmp_path / "a.sothon", manifest=lambda m: m.update(version=2, new_field={"x": 1}))
    assert code_of(future) == "bundle_version_unsupported"
    assert verify_bundle_file(future)["params"]["version"] == 2


def test_manifests_that_break_the_schema_or_the_rules(tmp_path, plain):
    cases = {
        "extra key": lambda m: m.update(extra=1),
        "no sender": lambda m: m.pop("sender"),
        "bad sha": lambda m: m.update(signer_fingerprint="XYZ"),
        "sequence 2 without previous": lambda m: m.update(sequence=2),
        "period order": lambda m: m.update(period={"from": "2026-07-01", "to": "2026-01-01"}),
        "no offset": lambda m: m.update(created_at="2026-07-01T09:30:00"),
        "bad date": lambda m: m.update(period={"from": "2026-02-30", "to": "2026-03-01"}),
        "party to commune": lambda m: m.update(kind="party"),
        "other format": lambda m: m.update(format="zip"),
    }
    for what, edit in cases.items():
        assert code_of(forge(plain, tmp_path / "a.sothon", manifest=edit)) == "bundle_schema_invalid", what

    # Not canonical: the same content pretty-printed, correctly signed.
    items = dict(entries(plain))
    pretty = json.dumps(json.loads(items["manifest.json"]), indent=2, ensure_ascii=False).encode()
    items.update({"manifest.json": pretty, "manifest.sig": crypto.sign(bf.hamlet().signing_key, pretty)})
    assert code_of(build(tmp_path / "b.sothon", list(items.items()))) == "bundle_schema_invalid"
    dup = items["manifest.json"].replace(b"{", b'{"format":"sothon-bundle",', 1)
    items.update({"manifest.json": dup, "manifest.sig": crypto.sign(bf.hamlet().signing_key, dup)})
    assert code_of(build(tmp_path / "c.sothon", list(items.items()))) == "bundle_schema_invalid"


def test_payloads_that_break_their_schema_or_disagree_with_the_manifest(tmp_path, plain):
    def first_resident(d):
        return next(r for r in d["upserts"] if r["type"] == "resident")

    leaky = edit_records(lambda d: first_resident(d).update(pseudonymised=True))  # a named resident marked pseudonymised
    assert code_of(forge(plain, tmp_path / "a.sothon", files=leaky)) == "bundle_schema_invalid"
    not_json = forge(plain, tmp_path / "b.sothon", files=lambda p: p.update({"data/records.json": b"{\"upserts\":"}))
    assert code_of(not_json) == "bundle_schema_invalid"
    deep = forge(plain, tmp_path / "c.sothon", files=lambda p: p.update({"data/records.json": b"[" * 100000}))
    assert code_of(deep) == "bundle_schema_invalid"
    nan = forge(plain, tmp_path / "d.sothon", files=lambda p: p.update(
        {"data/report.json": p["data/report.json"].replace(b"0.75", b"NaN")}))
    assert code_of(nan) == "bundle_schema_invalid"
    assert code_of(forge(plain, tmp_path / "e.sothon", manifest=lambda m: m["counts"].update(resident=2))) == \
        "bundle_counts_mismatch"
    party = {"id": bf.uid(9), "type": "party_member", "version": 1, "updated_at": "2026-03-01T08:00:00+07:00",
             "unit_code": "17380-thon-dong", "fields": {}}
    smuggled = forge(plain, tmp_path / "f.sothon", files=edit_records(lambda d: d["upserts"].append(party)),
                     manifest=lambda m: m["counts"].update(party_member=1))
    assert code_of(smuggled) == "bundle_party_in_government"


def test_every_pdf_is_described_by_exactly_one_document_record(tmp_path, plain):
    def docs(d):
        return [r for r in d["upserts"] if r["type"] == "document"]

    def drop_pdf(p):
        del p["documents/bao-cao-6-thang.pdf"]

    assert code_of(forge(plain, tmp_path / "a.sothon", files=drop_pdf)) == "bundle_document_missing"

    def extra_pdf(p):
        p["documents/them.pdf"] = b"%PDF-1.7\nextra"

    assert code_of(forge(plain, tmp_path / "b.sothon", files=extra_pdf)) == "bundle_document_unreferenced"

    def swap_pdf(p):
        p["documents/bao-cao-6-thang.pdf"] = b"%PDF-1.7\nanother report"

    assert code_of(forge(plain, tmp_path / "c.sothon", files=swap_pdf)) == "bundle_document_mismatch"
    twice = edit_records(lambda d: docs(d)[1]["fields"].update(file=docs(d)[0]["fields"]["file"]))
    assert code_of(forge(plain, tmp_path / "d.sothon", files=twice)) == "bundle_document_mismatch"
    impossible = edit_records(lambda d: docs(d)[0]["fields"].update(issued_on="2026-02-30"))
    assert code_of(forge(plain, tmp_path / "h.sothon", files=impossible)) == "bundle_schema_invalid"
    wrong_size = edit_records(lambda d: docs(d)[0]["fields"].update(size=1))
    assert code_of(forge(plain, tmp_path / "e.sothon", files=wrong_size)) == "bundle_document_mismatch"

    def party_type(d):
        for r in docs(d):
            r["type"] = "party_document"

    smuggled = forge(plain, tmp_path / "f.sothon", files=edit_records(party_type), manifest=lambda m: m.update(
        counts={**{k: v for k, v in m["counts"].items() if k != "document"}, "party_document": 2}))
    assert code_of(smuggled) == "bundle_party_in_government"
    in_party = forge(plain, tmp_path / "g.sothon", manifest=lambda m: m.update(
        kind="party", recipient={"code": "17380", "name": "Đảng ủy xã", "kind": "party_committee"}))
    assert code_of(in_party) == "bundle_document_mismatch"  # a party bundle's documents are party_document
    # The writer refuses the same mistakes.
    with pytest.raises(SothonError) as err:
        bf.write(tmp_path / "w", describe_documents=False)
    assert err.value.code == "bundle_invalid_input" and "bundle_document_unreferenced" in err.value.params["detail"]


def test_encrypted_pdfs_are_checked_against_their_records_once_decrypted(tmp_path):
    pdf, other = b"%PDF-1.7\nminutes", b"%PDF-1.7\nsomething else"
    good = bf.write(tmp_path, documents=[("bien-ban.pdf", pdf)], encrypted=True)
    assert open_bundle(good.path, decryption_key=bf.commune().enc_key).documents == {"documents/bien-ban.pdf": pdf}
    # A writer that skips the check puts in other bytes than its record describes: the listing (of the
    # ciphertext) cannot show it, decryption does.
    records = bf.with_document_records([], [("bien-ban.pdf", pdf)])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fmt, "document_reference_error", lambda *_a, **_k: None)
        bad = bf.write(tmp_path / "bad", documents=[("bien-ban.pdf", other)], records=records, encrypted=True)
    assert open_bundle(bad.path).encrypted  # without the key nothing can be compared yet
    assert code_of(bad.path, decryption_key=bf.commune().enc_key) == "bundle_document_mismatch"
    # Also when the caller does not want the PDFs back: with a key they are decrypted and checked.
    assert code_of(bad.path, decryption_key=bf.commune().enc_key, keep_documents=False) == "bundle_document_mismatch"


def test_an_encrypted_listing_must_be_all_encrypted(tmp_path, sealed):
    def add_plain(p):
        p["documents/plain.pdf"] = b"%PDF"

    assert code_of(forge(sealed, tmp_path / "a.sothon", files=add_plain)) == "bundle_schema_invalid"


# --- standard tools and the documentation ---------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_the_signature_with_the_documented_command(tmp_path, plain):
    with zipfile.ZipFile(plain) as zf:
        zf.extractall(tmp_path, members=["manifest.json", "manifest.sig", "signer.pem"])
    command = ("openssl dgst -sha256 -verify <(openssl x509 -in signer.pem -pubkey -noout) "
               "-signature manifest.sig manifest.json")
    assert command in DOCS.read_text(encoding="utf-8")
    ok = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True)
    assert ok.returncode == 0 and "Verified OK" in ok.stdout
    (tmp_path / "manifest.json").write_bytes((tmp_path / "manifest.json").read_bytes().replace(b'"sequence":1',
                                                                                               b'"sequence":2'))
    bad = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True)
    assert bad.returncode != 0


# The worked example of docs/bundle-format.md, recomputed here with HKDF written out from RFC 5869.
VECTOR = {
    "recipient_private": "4f94d7aecceb5a17c0a7f8647e35d082e934f79331603e301c9d7e134ddcc1dd",
    "recipient_public": "048038b0dc0380f2e7dfc0d8502e63aa5cb45c852e7f6a2841d1fcd036323a1a81d4be6bc976c9643a599bf84e2df"
                        "bb2c3d63e4f56af4b3c2a8b617c5ff81df212",
    "ephemeral_private": "9a7a2e81e486c76ebd85de03f45e46a8bfccfb9f0504c33fcc0286f323bff5ef",
    "ephemeral_public": "046b5bc92b211895a08c13c7254833e5c0c7461e47015d291d14fd647545256e376e92ab36d849c0f22dd3705747"
                        "ea27dcc259d394493e757c57abd4c5f5d13809",
    "shared": "de79578cb32874be6b7ae67a80e86075c81c8c607678829abebab6b2eb831e7f",
    "key": "c23f853893115205b4db23ae18617ede08ee38cfbca2e24beedf9bf9c8fdb7e1",
    "nonce": "29373e358c842d2831cfd608",
    "ciphertext": "505f7f4ae9586b0a68cea9344b131f9347d40652578a50277ac10a162d1bce5ccdcbf9e2b9e966d54a46af004f17",
    "sha256": "3a098dc781d082e0325df4910e1a93f3d3fffefd17918704c43497470aa4ed69",
}


def _hkdf(ikm: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, i = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([i]), hashlib.sha256).digest()
        okm += block
        i += 1
    return okm[:length]


def test_the_documented_encryption_example(tmp_path):
    v = {k: bytes.fromhex(x) for k, x in VECTOR.items()}
    recipient = ec.derive_private_key(int.from_bytes(v["recipient_private"], "big"), ec.SECP256R1())
    ephemeral = ec.derive_private_key(int.from_bytes(v["ephemeral_private"], "big"), ec.SECP256R1())
    assert crypto.point(recipient.public_key()) == v["recipient_public"]
    assert crypto.point(ephemeral.public_key()) == v["ephemeral_public"]
    shared = ephemeral.exchange(ec.ECDH(), recipient.public_key())
    assert shared == v["shared"] == recipient.exchange(ec.ECDH(), ephemeral.public_key())
    name = "data/records.json.enc"
    okm = _hkdf(shared, v["ephemeral_public"], b"sothon-bundle/1 " + name.encode(), 44)
    assert (okm[:32], okm[32:]) == (v["key"], v["nonce"]) == crypto.file_key(shared, v["ephemeral_public"], name)
    ciphertext = AESGCM(v["key"]).encrypt(v["nonce"], b'{"tombstones":[],"upserts":[]}', name.encode())
    assert ciphertext == v["ciphertext"] and hashlib.sha256(ciphertext).digest() == v["sha256"]
    assert crypto.open_sealed(recipient, v["ephemeral_public"], name, ciphertext) == b'{"tombstones":[],"upserts":[]}'
    doc = DOCS.read_text(encoding="utf-8").replace("\n", "").replace(" ", "")
    for value in VECTOR.values():
        assert value in doc
    # The writer produces exactly this file with this ephemeral key and an empty bundle.
    written = bf.write(tmp_path, records=[], documents=[], report=None, _ephemeral_key=ephemeral,
                       recipient_encryption_cert=bf.commune().enc_cert, encrypted=False)
    assert written.manifest["encryption"]["ephemeral_public_key"] == VECTOR["ephemeral_public"]
    opened = open_bundle(written.path, decryption_key=bf.commune().enc_key)
    assert opened.records == {"upserts": [], "tombstones": []}


def test_the_schemas_are_valid_draft_2020_12_and_the_docs_name_every_error_code():
    from jsonschema import Draft202012Validator

    # Every schema the program ships (the reader does not meta-check them at run time).
    names = sorted(p.name for p in schema.SCHEMAS.glob("*.schema.json"))
    assert {schema.MANIFEST_SCHEMA, schema.RECORDS_SCHEMA, schema.REPORT_SCHEMA} <= set(names)
    for name in names:
        Draft202012Validator.check_schema(json.loads((schema.SCHEMAS / name).read_text(encoding="utf-8")))
    import ast

    import desktop_app.bundles as pkg

    codes = set()
    for path in Path(pkg.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "SothonError" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                codes.add(node.args[0].value)
    text = DOCS.read_text(encoding="utf-8")
    assert {c for c in codes if f"`{c}`" not in text} == set()


def test_private_keys_never_enter_a_bundle(plain):
    raw = plain.read_bytes()
    der = bf.hamlet().signing_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                serialization.NoEncryption())
    assert der[-32:] not in raw


def test_a_signer_certificate_with_an_unknown_key_algorithm(tmp_path, plain):
    # Found by the mutation test: the certificate parses, its key does not.
    der = bf.hamlet().signing_cert.public_bytes(serialization.Encoding.DER)
    ec_public_key_oid = bytes.fromhex("2a8648ce3d0201")
    assert ec_public_key_oid in der
    odd = der.replace(ec_public_key_oid, bytes.fromhex("2a8648ce3d0209"), 1)
    import base64

    pem = b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(odd) + b"-----END CERTIFICATE-----\n"
    items = dict(entries(plain))
    items["signer.pem"] = pem
    assert code_of(build(tmp_path / "x.sothon", list(items.items()))) == "bundle_signer_invalid"


def test_the_fast_records_check_agrees_with_jsonschema_record_by_record():
    base = bf.sample_records()
    key = pseudonym.pseudonym_key(b"k" * 32, recipient_code="17380", kind="government")
    variants = [base, pseudonym.pseudonymise(base, key)]
    for i, rec in enumerate(base + pseudonym.pseudonymise(base, key)):
        for edit in (lambda r: r.update(pseudonymised=True), lambda r: r.update(pseudonymised=False),
                     lambda r: r.update(pseudonymised=1), lambda r: r.update(type="other_thing"),
                     lambda r: r.pop("type"), lambda r: r.update(version=0), lambda r: r.update(extra=1),
                     lambda r: r.get("fields", {}).update(full_name="X"), lambda r: r.get("fields", {}).pop("sex", 0),
                     lambda r: r.update(type="resident"), lambda r: r.update(type="household"),
                     lambda r: r.update(id="not-a-uuid")):
            changed = json.loads(json.dumps(rec))
            edit(changed)
            variants.append([changed])
    checked = 0
    for records in variants:
        payload = {"upserts": [r for r in records if "deleted_at" not in r],
                   "tombstones": [r for r in records if "deleted_at" in r]}
        full = next(schema.validator(schema.RECORDS_SCHEMA).iter_errors(payload), None) is None
        assert schema._known_valid(schema.RECORDS_SCHEMA, payload) == full, records
        assert (schema.records_error(payload) is None) == full
        checked += not full
    assert checked > 20
    for odd in ([], {"upserts": [1], "tombstones": []}, {"upserts": [], "tombstones": [], "x": []}):
        assert schema.records_error(odd) == schema.first_error(schema.RECORDS_SCHEMA, odd) is not None


def test_a_signer_certificate_with_a_duplicated_extension_is_refused_cleanly(tmp_path):
    """cryptography raises x509.DuplicateExtension (not a ValueError) for such a certificate."""
    import datetime as dt
    import io
    import json
    import zipfile

    from asn1crypto import x509 as ax
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from desktop_app.bundles import crypto
    from desktop_app.bundles import format as fmt
    from desktop_app.bundles.reader import verify_bundle_file

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "x")])
    plain = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
             .serial_number(1).not_valid_before(dt.datetime(2020, 1, 1)).not_valid_after(dt.datetime(2040, 1, 1))
             .sign(key, hashes.SHA256()))
    parsed = ax.Certificate.load(plain.public_bytes(serialization.Encoding.DER))
    tbs = parsed["tbs_certificate"]
    usage = ax.Extension({"extn_id": "key_usage", "critical": True, "extn_value": ax.KeyUsage({"digital_signature"})})
    tbs["extensions"] = ax.Extensions([usage, usage])
    tbs_der = tbs.dump(force=True)
    cert = x509.load_der_x509_certificate(ax.Certificate({
        "tbs_certificate": ax.TbsCertificate.load(tbs_der), "signature_algorithm": parsed["signature_algorithm"],
        "signature_value": key.sign(tbs_der, ec.ECDSA(hashes.SHA256()))}).dump())

    original = bf.write(tmp_path).path.read_bytes()
    entries = [(i, zipfile.ZipFile(io.BytesIO(original)).read(i)) for i in zipfile.ZipFile(io.BytesIO(original)).infolist()]
    manifest = json.loads(dict((i.filename, d) for i, d in entries)["manifest.json"])
    manifest["signer_fingerprint"] = crypto.fingerprint(cert)
    manifest_bytes = fmt.canonical_json(manifest)
    replaced = {"manifest.json": manifest_bytes, "manifest.sig": crypto.sign(key, manifest_bytes),
                "signer.pem": cert.public_bytes(serialization.Encoding.PEM)}
    forged = tmp_path / "forged.sothon"
    with zipfile.ZipFile(forged, "w") as zf:
        for info, data in entries:
            zf.writestr(info, replaced.get(info.filename, data))
    result = verify_bundle_file(forged)
    assert result["valid"] is False and result["error"] == "bundle_signer_invalid"


def test_a_data_file_with_too_many_json_objects_is_refused_before_it_is_parsed(tmp_path):
    from desktop_app.bundles.format import Limits
    from desktop_app.bundles.reader import open_bundle

    written = bf.write(tmp_path)
    with pytest.raises(SothonError) as exc:
        open_bundle(written.path, limits=Limits(max_json_containers=5))
    assert exc.value.code == "bundle_too_large"


def _mutations(value, depth=0):
    """``value`` with one change each: a key removed, a value replaced by a wrong type, too long, odd, an extra
    key — at every level of nesting."""
    import copy

    if isinstance(value, dict):
        yield {**value, "unexpected": 1}
        for k in value:
            yield {x: v for x, v in value.items() if x != k}
            for odd in (None, 0, -1, 10**12, "", "x" * 5000, "não-hợp-lệ", [], {}, True, 1.5):
                yield {**value, k: odd}
            for inner in _mutations(value[k], depth + 1):
                yield {**copy.deepcopy(value), k: inner}
    elif isinstance(value, list) and value:
        yield value + [value[0]]
        yield value[1:]
        for i, item in enumerate(value[:3]):
            for inner in _mutations(item, depth + 1):
                yield value[:i] + [inner] + value[i + 1:]


def _agree(name, instance) -> bool:
    fast = schema._known_valid(name, instance)
    full = next(schema.validator(name).iter_errors(instance), None) is None
    return fast == full


def test_the_compiled_whole_schemas_agree_with_jsonschema_on_valid_and_broken_documents(tmp_path):
    """``first_error`` trusts the compiled check (jsonschema_rs) for a valid document: it must accept exactly
    what jsonschema accepts, for the manifest, the report, the receipt and the records."""
    import zipfile

    from desktop_app.bundles.receipt import RECEIPT_SCHEMA

    sealed = bf.write(tmp_path / "s", encrypted=True, documents=[("a.pdf", b"%PDF-1.7 a")])
    with zipfile.ZipFile(bf.write(tmp_path / "p").path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    with zipfile.ZipFile(sealed.path) as zf:
        sealed_manifest = json.loads(zf.read("manifest.json"))
    receipt = {"format": "sothon-receipt", "version": 1, "issuer": {"code": "17380", "name": "Xã Yên Xuân"},
               "signer_fingerprint": "a" * 64, "bundle": {"sender": "17380-thon-dong", "recipient": "17380",
                                                          "kind": "government", "sequence": 2, "sha256": "b" * 64},
               "status": "accepted", "reason": None, "created_at": "2026-07-01T09:30:00+07:00",
               "counts": {"resident": {"added": 1, "changed": 0, "removed": 0, "unchanged": 0}},
               "missing_sequences": [1]}
    records = {"upserts": [r for r in bf.sample_records() if "deleted_at" not in r],
               "tombstones": [r for r in bf.sample_records() if "deleted_at" in r]}
    checked = 0
    for name, doc in ((schema.MANIFEST_SCHEMA, manifest), (schema.MANIFEST_SCHEMA, sealed_manifest),
                      (schema.REPORT_SCHEMA, bf.sample_report()), (RECEIPT_SCHEMA, receipt),
                      (schema.RECORDS_SCHEMA, records)):
        assert next(schema.validator(name).iter_errors(doc), None) is None, name  # the valid one
        for changed in [doc, *_mutations(doc)]:
            assert _agree(name, changed), (name, changed)
            checked += 1
    assert checked > 1000


def test_a_value_only_pythons_patterns_accept_is_refused(tmp_path):
    """Python's ``re`` lets ``$`` match before a final line break; JSON Schema's patterns (ECMA-262) do not, and
    neither does the check: a birth date "1970-05-04\\n" or a personal id with a line break after it is refused."""

    def payload(records):
        return {"upserts": [r for r in records if "deleted_at" not in r],
                "tombstones": [r for r in records if "deleted_at" in r]}

    assert schema.records_error(payload(bf.sample_records())) is None
    for field, odd in (("birth_date", "1970-05-04\n"), ("personal_id", "040070000123\n")):
        records = bf.sample_records()
        records[1]["fields"][field] = odd
        problem = schema.records_error(payload(records))
        assert problem is not None and problem.startswith("records"), (field, problem)
    records = bf.sample_records()
    records[1]["fields"]["birth_date"] = "1970-05-04\n"
    with pytest.raises(SothonError) as err:  # nor would Sổ Thôn write it (the reader checks the same way)
        bf.write(tmp_path, records=records)
    assert err.value.code == "bundle_invalid_input"
