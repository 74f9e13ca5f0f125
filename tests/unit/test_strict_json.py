"""The bundles' strict JSON parser (bundles.format.strict_loads): the fast path for canonical bytes gives the
same value as the strict parser, and never lets through what the strict parser refuses."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bundles import format as fmt


def _strict_only(data: bytes):
    """The strict parser alone, as strict_loads was before it had a fast path."""
    return json.loads(data.decode("utf-8"), object_pairs_hook=fmt._pairs_no_duplicates,
                      parse_constant=fmt._no_constant, parse_float=fmt._finite)


scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=25)


def _same(a, b) -> bool:
    """Equal, with the type of every number too (1 and 1.0 are not the same value here) and -0.0 kept."""
    if isinstance(a, float) or isinstance(b, float):
        return type(a) is type(b) and a == b and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, dict):
        return type(b) is dict and list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return type(b) is list and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@settings(max_examples=300, deadline=None)
@given(values)
def test_canonical_bytes_give_the_value_that_was_written(value):
    data = fmt.payload_json(value)
    assert _same(fmt.strict_loads(data), _strict_only(data))
    assert _same(fmt.strict_loads(data), json.loads(data))


@settings(max_examples=200, deadline=None)
@given(values, st.sampled_from([{"indent": 1}, {"sort_keys": False}, {"ensure_ascii": True}]))
def test_any_other_spelling_gives_the_same_value_as_the_strict_parser(value, options):
    data = json.dumps(value, **options).encode("utf-8")
    assert _same(fmt.strict_loads(data), _strict_only(data))


@pytest.mark.parametrize("data", [
    b'{"a":1,"a":2}',  # canonical-looking, a duplicate at the top
    b'{"a":{"b":1,"b":1}}',  # the same value twice, nested
    b'[{"x":"1"},{"y":2,"y":3}]',
    b'{"records":{"upserts":[{"id":"1","id":"1"}]}}',
])
def test_a_duplicate_key_is_refused_whatever_its_place(data):
    with pytest.raises(fmt.DuplicateKey):
        fmt.strict_loads(data)


@pytest.mark.parametrize("data", [b"[NaN]", b'{"a":Infinity}', b"[-Infinity]", b"\xef\xbb\xbf{}", b"{", b"",
                                  b'{"a":1}x', b"\xff\xfe", b"[1e400]", b'{"details":{"x":-1e999}}',
                                  b"[1.7976931348623159e308]"])
def test_what_is_not_strict_json_is_refused(data):
    with pytest.raises(ValueError):
        fmt.strict_loads(data)


@pytest.mark.parametrize("data, expected", [
    (b"[18446744073709551616]", [18446744073709551616]),  # beyond 64 bits: an int, as the strict parser reads it
    (b'["\\ud800"]', ["\ud800"]),  # a lone surrogate, which the fast parser refuses
    (b"[1e-05]", [1e-05]),
    (b'{ "b" : 1, "a" : 2 }', {"b": 1, "a": 2}),  # keys in the document's order
])
def test_what_the_fast_parser_reads_differently_falls_to_the_strict_one(data, expected):
    assert _same(fmt.strict_loads(data), expected)
