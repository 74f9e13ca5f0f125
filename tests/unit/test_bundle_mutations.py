"""Property: a mutated bundle is either refused cleanly (a ``bundle_*`` code) or, when the mutation left
nothing that matters changed, accepted with exactly the original content — never anything else."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.bundles.reader import decrypt, open_bundle
from desktop_app.domain.errors import SothonError
from tests.unit import bundle_support as bf

_WORK = Path(tempfile.mkdtemp(prefix="sothon-mutations-"))
atexit.register(shutil.rmtree, _WORK, ignore_errors=True)
_PLAIN = bf.write(_WORK / "plain").path
_SEALED = bf.write(_WORK / "sealed", encrypted=True).path
ORIGINALS = {
    "plain": (_PLAIN.read_bytes(), open_bundle(_PLAIN)),
    "sealed": (_SEALED.read_bytes(), open_bundle(_SEALED, decryption_key=bf.commune().enc_key)),
}


@st.composite
def mutations(draw, size: int):
    ops = []
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate"]))
        ops.append((op, draw(st.integers(0, size - 1)), draw(st.integers(1, 255)), draw(st.integers(1, 64))))
    return ops


def mutate(data: bytes, ops) -> bytes:
    out = bytearray(data)
    for op, pos, value, length in ops:
        pos = min(pos, max(len(out) - 1, 0))
        if op == "flip" and out:
            out[pos] ^= 1 << (value % 8)
        elif op == "set" and out:
            out[pos] = value
        elif op == "insert":
            out[pos:pos] = bytes([value]) * length
        elif op == "delete":
            del out[pos:pos + length]
        elif op == "truncate":
            del out[pos:]
    return bytes(out)


@pytest.mark.parametrize("which", ["plain", "sealed"])
@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_a_mutated_bundle_is_refused_or_is_the_untouched_original(which, data):
    raw, original = ORIGINALS[which]
    ops = data.draw(mutations(len(raw)))
    mutated = mutate(raw, ops)
    path = _WORK / f"mutated-{which}.sothon"
    path.write_bytes(mutated)
    key = bf.commune().enc_key if which == "sealed" else None
    try:
        opened = open_bundle(path, decryption_key=key, trust=bf.hamlet().signing_cert)
    except SothonError as exc:
        assert exc.code.startswith("bundle_"), (ops, exc)
        return
    assert opened.manifest_bytes == original.manifest_bytes, ops
    assert opened.manifest == original.manifest
    assert opened.records == original.records and opened.report == original.report
    assert opened.documents == original.documents


def _verdict(opening):  # noqa: ANN001, ANN202
    try:
        opened = opening()
    except SothonError as exc:
        return exc.code
    return opened.manifest_bytes, opened.records, opened.report, opened.documents, opened.sha256


@pytest.mark.parametrize("which", ["plain", "sealed"])
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_opening_in_two_steps_gives_the_verdict_of_opening_once(which, data):
    """The commune import reads a file once: ``open_bundle(keep_sealed=True)`` before it knows the sender, then
    ``decrypt`` with the enrolled certificate and its key — the same refusal code, or the same content, as
    ``open_bundle(trust=..., decryption_key=...)`` on the same bytes."""
    raw, _original = ORIGINALS[which]
    path = _WORK / f"two-steps-{which}.sothon"
    path.write_bytes(mutate(raw, data.draw(mutations(len(raw)))))
    key = bf.commune().enc_key if which == "sealed" else None
    trust = bf.hamlet().signing_cert
    once = _verdict(lambda: open_bundle(path, decryption_key=key, trust=trust))
    twice = _verdict(lambda: decrypt(open_bundle(path, keep_sealed=True), key, trust=trust))
    assert once == twice


def _receipt() -> tuple[bytes, dict]:
    from desktop_app.bundles.receipt import read_receipt, write_receipt

    c = bf.commune()
    path = write_receipt(out_dir=_WORK / "receipt", issuer={"code": "17380", "name": "Xã Yên Xuân"},
                         bundle={"sender": "17380-thon-dong", "recipient": "17380", "kind": "government",
                                 "sequence": 3, "sha256": "ab" * 32},
                         status="rejected", reason="Thiếu biên bản họp tháng 10", signing_key=c.signing_key,
                         signer_cert=c.signing_cert)
    return path.read_bytes(), read_receipt(path, trust=[c.signing_cert]).payload


RECEIPT = _receipt()


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=st.data())
def test_a_mutated_receipt_is_refused_or_says_exactly_what_was_signed(data):
    from desktop_app.bundles.receipt import read_receipt

    raw, payload = RECEIPT
    ops = data.draw(mutations(len(raw)))
    path = _WORK / "mutated.sothon-receipt"
    path.write_bytes(mutate(raw, ops))
    try:
        receipt = read_receipt(path, trust=[bf.commune().signing_cert])
    except SothonError as exc:
        assert exc.code.startswith("receipt_"), (ops, exc)
        return
    assert receipt.payload == payload, ops
