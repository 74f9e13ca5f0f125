"""Repair Vietnamese text typed in legacy 8-bit font encodings, and decode CSV bytes of unknown encoding.

Pure Python (stdlib only): no Qt, no database.

Old hamlet spreadsheets were typed with font-based encodings. Once such a file is opened as Windows-1252
(or Latin-1), every byte has become one character, e.g. "Nguyễn" reads as ``NguyÔn`` (TCVN3) or
``Nguyeãn`` (VNI). This module maps that text back to Unicode NFC.

* TCVN3 / ABC (TCVN 5712:1993, code table VN3; fonts .VnTime, .VnArial …): one byte per letter. It has
  codes for all lower-case letters with tones but upper-case codes only for Ă Â Ê Ô Ơ Ư Đ. Capitals with
  tones were typed with the companion "H" fonts (.VnTimeH), which draw the *same* codes as capitals, so the
  bytes cannot tell them apart: :func:`tcvn3_to_unicode` restores them from context (see there).
* VNI-Windows (fonts VNI-Times …): a base letter followed by one or two modifier bytes, e.g. ``eã`` = ễ,
  ``aê`` = ă, ``AÁ`` = Ấ; ơ ư đ ĩ ỉ ị ỵ have single codes (ô ö ñ ó æ ò î).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from itertools import islice
from types import MappingProxyType

__all__ = [
    "TCVN3_TO_UNICODE",
    "VNI_TO_UNICODE",
    "decode_bytes",
    "detect_legacy",
    "repair_text",
    "tcvn3_to_unicode",
    "vni_to_unicode",
]

# ---------------------------------------------------------------------------------------------------------
# TCVN3 (VN3)
# ---------------------------------------------------------------------------------------------------------

# Byte (as its Windows-1252 / Latin-1 character) → letter, one row per base vowel in the order
# no tone, huyền, hỏi, ngã, sắc, nặng. Codes 0xA1–0xAE are the seven letters with upper-case codes.
TCVN3_TO_UNICODE: Mapping[str, str] = MappingProxyType(
    {
        # a: — à ả ã á ạ
        "\xb5": "à", "\xb6": "ả", "\xb7": "ã", "\xb8": "á", "\xb9": "ạ",
        # ă ằ ẳ ẵ ắ ặ
        "\xa8": "ă", "\xbb": "ằ", "\xbc": "ẳ", "\xbd": "ẵ", "\xbe": "ắ", "\xc6": "ặ",
        # â ầ ẩ ẫ ấ ậ
        "\xa9": "â", "\xc7": "ầ", "\xc8": "ẩ", "\xc9": "ẫ", "\xca": "ấ", "\xcb": "ậ",
        # e: — è ẻ ẽ é ẹ
        "\xcc": "è", "\xce": "ẻ", "\xcf": "ẽ", "\xd0": "é", "\xd1": "ẹ",
        # ê ề ể ễ ế ệ
        "\xaa": "ê", "\xd2": "ề", "\xd3": "ể", "\xd4": "ễ", "\xd5": "ế", "\xd6": "ệ",
        # i: — ì ỉ ĩ í ị
        "\xd7": "ì", "\xd8": "ỉ", "\xdc": "ĩ", "\xdd": "í", "\xde": "ị",
        # o: — ò ỏ õ ó ọ
        "\xdf": "ò", "\xe1": "ỏ", "\xe2": "õ", "\xe3": "ó", "\xe4": "ọ",
        # ô ồ ổ ỗ ố ộ
        "\xab": "ô", "\xe5": "ồ", "\xe6": "ổ", "\xe7": "ỗ", "\xe8": "ố", "\xe9": "ộ",
        # ơ ờ ở ỡ ớ ợ
        "\xac": "ơ", "\xea": "ờ", "\xeb": "ở", "\xec": "ỡ", "\xed": "ớ", "\xee": "ợ",
        # u: — ù ủ ũ ú ụ
        "\xef": "ù", "\xf1": "ủ", "\xf2": "ũ", "\xf3": "ú", "\xf4": "ụ",
        # ư ừ ử ữ ứ ự   (ư is 0xAD, the soft hyphen in Windows-1252)
        "\xad": "ư", "\xf5": "ừ", "\xf6": "ử", "\xf7": "ữ", "\xf8": "ứ", "\xf9": "ự",
        # y: — ỳ ỷ ỹ ý ỵ
        "\xfa": "ỳ", "\xfb": "ỷ", "\xfc": "ỹ", "\xfd": "ý", "\xfe": "ỵ",
        "\xae": "đ",
        # upper-case codes
        "\xa1": "Ă", "\xa2": "Â", "\xa3": "Ê", "\xa4": "Ô", "\xa5": "Ơ", "\xa6": "Ư", "\xa7": "Đ",
    }
)  # fmt: skip

_TCVN3_TABLE = {ord(k): v for k, v in TCVN3_TO_UNICODE.items()}
# Letters that TCVN3 can only write in lower case: a capital was typed with an "H" font on the same code.
_TCVN3_LOWER_ONLY = frozenset(v for v in TCVN3_TO_UNICODE.values() if v.islower() and v not in "ăâêôơưđ")
# Fields in CSV/TSV text: the "H" font applies per cell, so case context is judged per field.
_FIELD_RE = re.compile(r"[^,;\t\r\n|\"]+")


def _restore_tcvn3_case(original: str, converted: str) -> str:
    """Restore capitals in one field that TCVN3 could not encode.

    * A field whose ASCII letters are all capitals (at least two) was typed in an "H" font: upper-case it.
    * In a title-cased field ("NguyÔn V¨n Ên"), a word that starts with a toned vowel is capitalised too.
    """
    ascii_letters = [c for c in original if c.isascii() and c.isalpha()]
    if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
        return converted.upper()
    words = converted.split(" ")
    starts = [w[0] for w in words if w and w[0].isalpha()]
    if len(starts) < 2:
        return converted
    candidates = [i for i, w in enumerate(words) if w and w[0] in _TCVN3_LOWER_ONLY]
    others_title = all(
        w[0].isupper() for i, w in enumerate(words) if w and w[0].isalpha() and i not in candidates
    )
    if not candidates or not others_title or len(candidates) == len(starts):
        return converted
    for i in candidates:
        words[i] = words[i][0].upper() + words[i][1:]
    return " ".join(words)


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 (ABC) text read as Windows-1252/Latin-1 to Unicode NFC.

    Contract: every character of the TCVN3 table is replaced; other characters are kept. Capitals that
    TCVN3 cannot encode are restored per field (text between , ; tab | " and line breaks): an all-capitals
    field (.VnTimeH) is upper-cased, and in a title-cased field a word starting with a toned vowel is
    capitalised ("NguyÔn V¨n Ên" → "Nguyễn Văn Ấn"). A lone word keeps the case the bytes give.
    """

    def field(match: re.Match[str]) -> str:
        original = match.group()
        converted = original.translate(_TCVN3_TABLE)
        if converted == original:
            return original
        return _restore_tcvn3_case(original, converted)

    return unicodedata.normalize("NFC", _FIELD_RE.sub(field, text))


# ---------------------------------------------------------------------------------------------------------
# VNI-Windows
# ---------------------------------------------------------------------------------------------------------

# Tones: huyền, hỏi, ngã, sắc, nặng (Unicode combining marks) and their VNI modifier bytes.
_TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_VNI_TONE = ("ø", "û", "õ", "ù", "ï")  # after a e o u y ơ ư
_VNI_CIRCUMFLEX = ("â", "à", "å", "ã", "á", "ä")  # â ê ô: no tone, then the five tones
_VNI_BREVE = ("ê", "è", "ú", "ü", "é", "ë")  # ă: no tone, then the five tones
_VNI_I = ("i", "ì", "æ", "ó", "í", "ò")  # i carries its tone in a single code


def _build_vni() -> dict[str, str]:
    """VNI sequence (lower- and upper-case) → Unicode letter, canonical spellings only."""
    lower: dict[str, str] = {}

    def add(sequence: str, base: str, tone: str) -> None:
        lower[sequence] = unicodedata.normalize("NFC", base + tone)

    for vowel in "aeouy":
        for mark, tone in zip(_VNI_TONE, _TONES, strict=True):
            add(vowel + mark, vowel, tone)
    for vowel, shaped in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for mark, tone in zip(_VNI_CIRCUMFLEX, ("", *_TONES), strict=True):
            add(vowel + mark, shaped, tone)
    for mark, tone in zip(_VNI_BREVE, ("", *_TONES), strict=True):
        add("a" + mark, "ă", tone)
    for code, shaped in (("ô", "ơ"), ("ö", "ư")):
        add(code, shaped, "")
        for mark, tone in zip(_VNI_TONE, _TONES, strict=True):
            add(code + mark, shaped, tone)
    for code, tone in zip(_VNI_I[1:], _TONES, strict=True):
        add(code, "i", tone)
    lower["î"] = "ỵ"  # y with dot below has its own code, like the i row
    lower["ñ"] = "đ"
    table = dict(lower)
    for sequence, letter in lower.items():
        table[sequence.upper()] = letter.upper()
    return table


VNI_TO_UNICODE: Mapping[str, str] = MappingProxyType(_build_vni())
"""VNI sequence as read in Windows-1252 → Unicode letter (e.g. ``"eã"`` → ``"ễ"``, ``"AÁ"`` → ``"Ấ"``)."""

# Decoding also accepts a modifier in the other case than its base letter (mixed fonts, Shift slips);
# the base letter decides the case of the result.
_VNI_DECODE = dict(VNI_TO_UNICODE)
for _seq, _letter in VNI_TO_UNICODE.items():
    if len(_seq) == 2:
        for _variant in (_seq[0] + _seq[1].swapcase(),):
            _VNI_DECODE.setdefault(_variant, _letter)
_VNI_DECODE.setdefault("yï", "ỵ")
_VNI_DECODE.setdefault("YÏ", "Ỵ")
_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True)))


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text read as Windows-1252/Latin-1 to Unicode NFC ("Nguyeãn Vaên AÁn" →
    "Nguyễn Văn Ấn"). Contract: every VNI sequence is replaced, longest first; other characters are kept."""
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_DECODE[m.group()], text))


# ---------------------------------------------------------------------------------------------------------
# Detection
# ---------------------------------------------------------------------------------------------------------

_INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", *"bcdđghklmnprstvx", "")
_NUCLEI = frozenset(
    (
        "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy "
        "ưa ưi ươ ưu yê iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu"
    ).split()
)
_NUCLEUS_LETTERS = frozenset("".join(_NUCLEI))
_FINALS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})
# Vowel clusters that never take a final consonant, and ones that always need one.
_OPEN_ONLY = frozenset(
    (
        "y ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưa ưi ưu ua uơ "
        "iêu oai oao oay oeo uây uôi uya uyu ươi ươu yêu"
    ).split()
)
_CLOSED_ONLY = frozenset("ă â iê yê uô ươ oă uâ oo uyê".split())
_STOP_FINALS = frozenset({"c", "ch", "p", "t"})  # a syllable ending in a stop takes only sắc or nặng
_STOP_TONES = frozenset({"\u0301", "\u0323"})
_TONE_SET = frozenset(_TONES)


def _tone_positions(nucleus: str, has_final: bool) -> tuple[int, ...]:
    """Where a tone may stand in a vowel cluster, accepting both the old (hòa) and new (hoà) placement."""
    if "ơ" in nucleus:
        return (nucleus.index("ơ"),)
    marked = [i for i, c in enumerate(nucleus) if c in "ăâêôư"]
    if marked:
        return (marked[-1],)
    if len(nucleus) == 1:
        return (0,)
    if has_final:
        return (len(nucleus) - 1,)
    if len(nucleus) == 3:
        return (1,)
    if nucleus in ("oa", "oe", "uy"):
        return (0, 1)
    return (0,)


def _is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable: initial consonant, a known vowel cluster,
    a final consonant, and at most one tone, standing on the vowel that carries it."""
    word = unicodedata.normalize("NFC", word)
    if word not in (word.lower(), word.upper(), word[:1].upper() + word[1:].lower()):
        return False  # "TuÊn", "AÙnh": legacy codes, not a Vietnamese word in any normal case
    bare = []
    tone_at, tone = -1, ""
    for i, ch in enumerate(word.lower()):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = [c for c in decomposed if c in _TONE_SET]
        if tones:
            if tone_at >= 0 or len(tones) > 1:
                return False
            tone_at, tone = i, tones[0]
            ch = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_SET))
        bare.append(ch)
    text = "".join(bare)
    for initial in _INITIALS:
        if not text.startswith(initial):
            continue
        end = start = len(initial)
        while end < len(text) and text[end] in _NUCLEUS_LETTERS:
            end += 1
        nucleus, final = text[start:end], text[end:]
        if nucleus not in _NUCLEI or final not in _FINALS or not _spelling_fits(initial, nucleus, final):
            continue
        if final in _STOP_FINALS and tone not in _STOP_TONES:
            continue
        if tone_at < 0 or tone_at - start in _tone_positions(nucleus, bool(final)):
            return True
    return False


def _spelling_fits(initial: str, nucleus: str, final: str) -> bool:
    """Vietnamese spelling rules between the parts of a syllable (k/gh/ngh before i e ê, qu, ch/nh …)."""
    first = nucleus[0]
    if initial in ("k", "gh", "ngh") and first not in "ieêy":
        return False
    if (initial in ("c", "ng") and first in "ieêy") or (initial == "g" and first in "eê"):
        return False
    if (initial == "qu" and first in "uưo") or (initial == "gi" and first == "i"):
        return False
    if final and nucleus in _OPEN_ONLY or not final and nucleus in _CLOSED_ONLY:
        return False
    return not (final in ("ch", "nh") and nucleus[-1] not in "aêiy")


# Characters that legacy text read as Windows-1252 can never contain but Unicode Vietnamese usually does.
_UNICODE_EVIDENCE_RE = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
# VNI sequences that are also French or Spanish spelling (où, goût, aún): one such word alone is no evidence.
_VNI_LOOKALIKE_RE = re.compile("où|oû|aú", re.IGNORECASE)
_EDGE_PUNCTUATION = "".join(chr(c) for c in range(0x21, 0x80) if not chr(c).isalpha())
_SAMPLE_WORDS = 5000  # enough to decide; keeps detection on a large CSV fast


def _candidate_words(text: str) -> list[str]:
    """Non-ASCII words from lines that show no sign of being proper Unicode Vietnamese already."""
    words: list[str] = []
    for line in text.splitlines():
        if line.isascii() or _UNICODE_EVIDENCE_RE.search(line):
            continue
        for token in line.split():
            word = token.strip(_EDGE_PUNCTUATION)
            if word and not word.isascii():
                words.append(word)
                if len(words) >= _SAMPLE_WORDS:
                    return words
    return words


def _vietnamese_score(words: Iterable[str]) -> int:
    return sum(_is_vietnamese_syllable(w) for w in words)


def detect_legacy(text: str) -> str:
    """Return ``"unicode"``, ``"tcvn3"`` or ``"vni"``: the encoding ``text`` (read as Windows-1252) is in.

    Contract: conservative. Each non-ASCII word is checked for being a correctly spelled Vietnamese
    syllable (spelling rules, tone on the right vowel, normal letter case) as it stands and after each
    conversion. A legacy encoding wins only if its conversion gives more valid syllables than the text as
    it stands and than the other encoding, for at least half of those words; when that rests on a single
    word, the word must be invalid as it stands and not also French/Spanish spelling (où, goût, aún).
    Plain ASCII, proper Unicode Vietnamese (lines containing ă đ ơ ư ĩ ũ or toned letters outside Latin-1
    are never candidates) and Western accented words give ``"unicode"``. A single legacy word that is also
    a valid Vietnamese word as it stands (TCVN3 "Dòng" for "Dũng") is left alone: it cannot be told apart.
    """
    if text.isascii():
        return "unicode"
    words = _candidate_words(text)
    if not words:
        return "unicode"
    as_is = _vietnamese_score(words)
    valid: dict[str, list[str]] = {"tcvn3": [], "vni": []}
    for word in words:
        for encoding, convert in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
            if _is_vietnamese_syllable(convert(word)):
                valid[encoding].append(word)
    if len(valid["tcvn3"]) == len(valid["vni"]):
        return "unicode"
    encoding = max(valid, key=lambda e: len(valid[e]))
    score = len(valid[encoding])
    if score <= as_is or 2 * score < len(words):
        return "unicode"
    if score == 1 and encoding == "vni" and _VNI_LOOKALIKE_RE.search(valid["vni"][0]):
        return "unicode"
    return encoding


def repair_text(text: str) -> str:
    """Detect the encoding of ``text`` and return it as Unicode NFC.

    Contract: legacy text is converted line by line, skipping lines that already contain proper Unicode
    Vietnamese (files merged from several sources); text detected as Unicode is only NFC-normalised.
    """
    encoding = detect_legacy(text)
    if encoding == "unicode":
        return unicodedata.normalize("NFC", text)
    convert = tcvn3_to_unicode if encoding == "tcvn3" else vni_to_unicode
    lines = text.splitlines(keepends=True)
    return unicodedata.normalize(
        "NFC", "".join(line if _UNICODE_EVIDENCE_RE.search(line) else convert(line) for line in lines)
    )


# ---------------------------------------------------------------------------------------------------------
# Bytes
# ---------------------------------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII characters (digits, separators, most letters) leave a NUL in every
    other byte, on the high side of each code unit."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : 2 * pairs : 2].count(0)
    odd_nuls = sample[1 : 2 * pairs : 2].count(0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.05 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.3 * pairs and odd_nuls <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_western(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # bytes undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D)
        return data.decode("latin-1")


def _decode_8bit(data: bytes) -> str:
    """Decode 8-bit bytes and repair them: Windows-1258 (Vietnamese) or Windows-1252 (which also carries
    TCVN3/VNI text), whichever reading yields more valid Vietnamese words (see :func:`decode_bytes`)."""
    western = repair_text(_decode_western(data))
    try:
        # Windows-1258 writes tones as combining marks after the letter: compose them.
        vietnamese = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return western
    if vietnamese == western:
        return western

    def score(text: str) -> int:
        words = (t.strip(_EDGE_PUNCTUATION) for t in text.split())
        return _vietnamese_score(islice((w for w in words if w and not w.isascii()), _SAMPLE_WORDS))

    # A tie goes to Windows-1258: Windows-1252 cannot hold real Vietnamese, so Vietnamese-looking words
    # in that reading ("Vãn" for "Văn") are accidents; with no Vietnamese at all, keep Windows-1252.
    vietnamese_score = score(vietnamese)
    return repair_text(vietnamese) if vietnamese_score and vietnamese_score >= score(western) else western


def decode_bytes(data: bytes) -> str:
    """Decode a CSV/text file's bytes to Unicode NFC text, repairing TCVN3/VNI content.

    Contract, in order: a BOM decides (UTF-8, UTF-32, UTF-16 LE/BE; the BOM is dropped); UTF-16 without a
    BOM is recognised by its NUL pattern; then strict UTF-8; otherwise the bytes are 8-bit and decoded as
    Windows-1258 when that yields some valid Vietnamese words and at least as many as Windows-1252 read
    through :func:`repair_text` (which converts TCVN3/VNI), else as Windows-1252, falling back to Latin-1
    for bytes Windows-1252 leaves undefined. The result always goes through :func:`repair_text`.
    Never raises for any byte string.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return repair_text(data[len(bom) :].decode(encoding, errors="replace"))
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        try:
            return repair_text(data.decode(utf16))
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_8bit(data)
    return repair_text(text)
