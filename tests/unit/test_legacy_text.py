"""Legacy Vietnamese encodings (TCVN3, VNI) and CSV byte decoding (desktop_app.domain.legacy_text)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from desktop_app.domain.legacy_text import (
    TCVN3_TO_UNICODE,
    VNI_TO_UNICODE,
    decode_bytes,
    detect_legacy,
    repair_text,
    tcvn3_to_unicode,
    vni_to_unicode,
)

NAMES = [
    "Nguyễn Văn Ấn",
    "Trần Thị Hương",
    "Đặng Quốc Bảo",
    "Lê Thị Ngọc Trâm",
    "Phạm Ưng Hữu Đức",
    "HOÀNG THỊ THỦY",
    "Bùi Thị Ỷ Lan",
    "Vũ Đình Ước",
    "Ngô Thị Ẩn",
]
LOWER_LETTERS = "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ"

_TCVN3_ENCODE = {letter: code for code, letter in TCVN3_TO_UNICODE.items()}
_VNI_ENCODE = {letter: code for code, letter in VNI_TO_UNICODE.items() if len(letter) == 1}


def to_tcvn3(text: str) -> str:
    """Encode as a TCVN3 typist would (capitals without a code typed in the .VnTimeH font: same code)."""
    return "".join(_TCVN3_ENCODE.get(ch) or _TCVN3_ENCODE.get(ch.lower()) or ch for ch in text)


def to_vni(text: str) -> str:
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in text)


def to_cp1258(text: str) -> bytes:
    """Encode like Windows-1258: precomposed where the code page has the letter, tones as combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


# --- tables -----------------------------------------------------------------------------------------------


def test_the_tcvn3_table_covers_every_lower_case_letter_and_the_seven_capitals() -> None:
    assert set(TCVN3_TO_UNICODE.values()) == set(LOWER_LETTERS) | set("ĂÂÊÔƠƯĐ")
    assert all(len(code) == 1 and 0xA1 <= ord(code) <= 0xFE for code in TCVN3_TO_UNICODE)


def test_the_vni_table_covers_every_letter_in_both_cases() -> None:
    assert set(VNI_TO_UNICODE.values()) >= set(LOWER_LETTERS) | set(LOWER_LETTERS.upper())


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("NguyÔn", "Nguyễn"),
        ("ViÖt Nam", "Việt Nam"),
        ("Hµ Néi", "Hà Nội"),
        ("§µ N½ng", "Đà Nẵng"),
        ("§¾k L¾k", "Đắk Lắk"),
        ("TrÇn ThÞ H\xad¬ng", "Trần Thị Hương"),
        ("Cã mét ng\xadêi ®· ®Õn th«n", "Có một người đã đến thôn"),
        ("kü thuËt", "kỹ thuật"),
    ],
)
def test_well_known_tcvn3_strings_convert_to_unicode(garbled: str, expected: str) -> None:
    assert tcvn3_to_unicode(garbled) == expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("Nguyeãn", "Nguyễn"),
        ("Vaên", "Văn"),
        ("AÁn", "Ấn"),
        ("Vieät Nam", "Việt Nam"),
        ("Haø Noäi", "Hà Nội"),
        ("Ñaø Naüng", "Đà Nẵng"),
        ("Ngöôøi", "Người"),
        ("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"),
        ("chæ só thò", "chỉ sĩ thị"),
    ],
)
def test_well_known_vni_strings_convert_to_unicode(garbled: str, expected: str) -> None:
    assert vni_to_unicode(garbled) == expected


# --- round trips ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_names_typed_in_tcvn3_come_back_unchanged(name: str) -> None:
    assert tcvn3_to_unicode(to_tcvn3(name)) == name
    assert repair_text(to_tcvn3(name)) == name


@pytest.mark.parametrize("name", NAMES)
def test_names_typed_in_vni_come_back_unchanged(name: str) -> None:
    assert vni_to_unicode(to_vni(name)) == name
    assert repair_text(to_vni(name)) == name


def test_every_toned_letter_survives_a_tcvn3_round_trip() -> None:
    for letter in LOWER_LETTERS:
        assert tcvn3_to_unicode("x" + to_tcvn3(letter)) == "x" + letter


def test_every_toned_letter_in_both_cases_survives_a_vni_round_trip() -> None:
    for letter in LOWER_LETTERS + LOWER_LETTERS.upper():
        assert vni_to_unicode(to_vni(letter)) == letter


def test_an_all_capitals_tcvn3_field_is_restored_in_capitals_within_a_csv_line() -> None:
    line = to_tcvn3("1,HOÀNG THỊ THỦY,Nữ,Thôn Đông")
    assert tcvn3_to_unicode(line) == "1,HOÀNG THỊ THỦY,Nữ,Thôn Đông"


# --- detection --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Nguyen Van An, 1980, Nam",
        "Nguyễn Văn Ấn",
        "Lê Hà",
        "Tô Vân",
        "Trần Thị Hương\nĐặng Quốc Bảo",
        "café où naïve",
        "São João",
        "Crème brûlée à Noël",
        "Müller Peña niño",
    ],
)
def test_ascii_proper_vietnamese_and_western_words_are_detected_as_unicode(text: str) -> None:
    assert detect_legacy(text) == "unicode"
    assert detect_legacy(unicodedata.normalize("NFD", text)) == "unicode"
    assert repair_text(text) == unicodedata.normalize("NFC", text)


def test_tcvn3_and_vni_text_are_detected() -> None:
    text = "\n".join(NAMES)
    assert detect_legacy(to_tcvn3(text)) == "tcvn3"
    assert detect_legacy(to_vni(text)) == "vni"


def test_a_single_legacy_word_is_detected_by_its_characteristic_characters() -> None:
    assert detect_legacy("Lª") == "tcvn3"
    assert detect_legacy("Vaên") == "vni"


def test_a_single_legacy_word_that_is_also_valid_vietnamese_is_left_alone() -> None:
    # TCVN3 "Dòng" is "Dũng", but "Dòng" is a correct word too: nothing tells them apart.
    assert detect_legacy(to_tcvn3("Dũng")) == "unicode"


def test_a_misplaced_tone_or_broken_spelling_is_not_taken_for_vietnamese() -> None:
    # TCVN3 bytes of a VNI word would give "Taù" (tone on the wrong vowel): VNI "Tạ" must win.
    assert detect_legacy(to_vni("Tạ Minh Bình")) == "vni"
    assert detect_legacy("Quèc") == "tcvn3"  # grave tone with final c is impossible: it is TCVN3 "Quốc"


def test_repair_leaves_lines_that_are_already_unicode_alone() -> None:
    mixed = to_tcvn3("Trần Thị Hương") + "\nNguyễn Văn Ấn\n" + to_tcvn3("Đặng Quốc Bảo")
    assert repair_text(mixed) == "Trần Thị Hương\nNguyễn Văn Ấn\nĐặng Quốc Bảo"


# --- decode_bytes -----------------------------------------------------------------------------------------

CSV = "stt,họ tên,năm sinh\n1,Nguyễn Văn Ấn,1980\n2,Phạm Ưng Hữu Đức,1975\n3,Lê Thị Ngọc Trâm,2001\n"


def test_utf8_with_and_without_bom_decodes() -> None:
    assert decode_bytes(CSV.encode("utf-8")) == CSV
    assert decode_bytes(b"\xef\xbb\xbf" + CSV.encode("utf-8")) == CSV


def test_utf16_le_with_bom_decodes() -> None:
    assert decode_bytes(b"\xff\xfe" + CSV.encode("utf-16-le")) == CSV
    assert decode_bytes(b"\xfe\xff" + CSV.encode("utf-16-be")) == CSV


def test_utf16_without_bom_is_recognised_by_its_nul_bytes() -> None:
    assert decode_bytes(CSV.encode("utf-16-le")) == CSV
    assert decode_bytes(CSV.encode("utf-16-be")) == CSV


def test_windows_1258_with_combining_tones_decodes_to_nfc() -> None:
    data = to_cp1258(CSV)
    assert b"\xde" in data  # ễ was written as ê + combining tilde
    decoded = decode_bytes(data)
    assert decoded == CSV
    assert unicodedata.is_normalized("NFC", decoded)


def test_decomposed_utf8_is_returned_as_nfc() -> None:
    assert decode_bytes(unicodedata.normalize("NFD", CSV).encode("utf-8")) == CSV


def test_tcvn3_and_vni_bytes_are_repaired() -> None:
    body = CSV.replace("họ tên", "ho ten").replace("năm sinh", "nam sinh")
    assert decode_bytes(to_tcvn3(body).encode("cp1252")) == body
    assert decode_bytes(to_vni(body).encode("cp1252")) == body


def test_tcvn3_text_exported_as_utf8_is_repaired() -> None:
    assert decode_bytes(to_tcvn3("Lê Thị Ngọc Trâm,1980").encode("utf-8")) == "Lê Thị Ngọc Trâm,1980"


def test_western_windows_1252_text_is_left_as_it_is() -> None:
    text = "name,city\nJosé Müller,São Paulo\nFrançoise,Köln\n"
    assert decode_bytes(text.encode("cp1252")) == text


def test_decode_bytes_never_raises() -> None:
    rng = random.Random(3)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
        assert isinstance(decode_bytes(data), str)
