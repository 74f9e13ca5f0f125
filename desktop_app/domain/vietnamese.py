"""Vietnamese text helpers: search folding, Telex input, and an ICU-compatible collation key.

Pure Python (stdlib only): no Qt, no database.

Collation follows the CLDR ``vi`` tailoring of the Unicode Collation Algorithm as ICU applies it
(checked against ICU 73 through ``QCollator(QLocale("vi"))``)::

    [normalization on]
    &\\u0300 << \\u0309 << \\u0303 << \\u0301 << \\u0323      (tones: huyền < hỏi < ngã < sắc < nặng)
    &a < ă <<< Ă < â <<< Â   &d < đ <<< Đ   &e < ê <<< Ê
    &o < ô <<< Ô < ơ <<< Ơ   &u < ư <<< Ư

on top of the CLDR root order with ICU defaults (strength tertiary, alternate non-ignorable, caseFirst off):
whitespace < punctuation < symbols < digits < letters at the primary level; accents (here: tones) at the
secondary level, compared left to right; case at the tertiary level, lower before upper.

:func:`collation_key` reproduces ICU's three-level sort key with characters whose code-point order equals
weight order, so keys compare correctly with Python ``<`` and with SQLite's BINARY collation (UTF-8 byte
order is code-point order).
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "collation_key",
    "fold",
    "name_sort_key",
    "query_variants",
    "telex_to_vietnamese",
]

# ---------------------------------------------------------------------------------------------------------
# Search folding
# ---------------------------------------------------------------------------------------------------------


def _build_fold_table() -> dict[int, str]:
    """Map every precomposed Latin letter (and A–Z) to its lower-case ASCII base letter."""
    table: dict[int, str] = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    ranges = (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))
    for block in ranges:
        for cp in block:
            decomposed = unicodedata.normalize("NFD", chr(cp))
            base = decomposed[0]
            if (
                len(decomposed) > 1
                and base.isascii()
                and base.isalpha()
                and all(unicodedata.combining(c) for c in decomposed[1:])
            ):
                table[cp] = base.lower()
    # đ/Đ have no decomposition. Ð/ð (Icelandic eth) look identical to Đ/đ and are a common typing
    # substitute on Western keyboards, so search treats them as d as well.
    for ch in "đĐðÐ":
        table[ord(ch)] = "d"
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Return the search form of ``text``.

    Contract: diacritics (tones and vowel marks) removed, đ/Đ → d, lower-cased, runs of whitespace
    collapsed to one space, stripped. Accepts NFC or decomposed (NFD) input and gives the same result.
    ``fold("ĐẶNG Thị Hoà") == "dang thi hoa"``.
    """
    if text.isascii():  # fast path: most names in search queries and many stored fields
        return " ".join(text.lower().split())
    folded = unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)
    if not folded.isascii():
        # Combining marks that did not compose, or letters outside the table: strip marks the slow way.
        stripped = "".join(c for c in unicodedata.normalize("NFD", folded) if unicodedata.category(c) != "Mn")
        folded = stripped.translate(_FOLD_TABLE).lower()
    return " ".join(folded.split())


# ---------------------------------------------------------------------------------------------------------
# Telex
# ---------------------------------------------------------------------------------------------------------

_TONE_KEYS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_VOWELS = frozenset("aăâeêioôơuưy")
_MARKED_VOWELS = frozenset("ăâêôơư")
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_FINALS = frozenset({"c", "ch", "m", "n", "ng", "nh", "p", "t"})
# Open two-vowel syllables that take the tone on the second vowel in the modern (2018 Ministry of
# Education) placement: hoà, hoè, thuỷ. Older texts write hòa, hòe, thủy; search folds both alike.
_SECOND_VOWEL_TONE = {("o", "a"), ("o", "e"), ("u", "y")}


def _nucleus_span(buf: list[str]) -> tuple[int, int]:
    """Return [start, end) of the vowel cluster; start == end == len(buf) when there is no vowel.

    The u of "qu" and the i of "gi" belong to the initial consonant when another vowel follows.
    """
    n = len(buf)
    start = 0
    while start < n and buf[start] not in _VOWELS:
        start += 1
    if start + 1 < n and buf[start + 1] in _VOWELS:
        if start >= 1 and buf[start - 1] == "q" and buf[start] == "u":
            start += 1
        elif start == 1 and buf[0] == "g" and buf[start] == "i":
            start += 1
    end = start
    while end < n and buf[end] in _VOWELS:
        end += 1
    return start, end


def _apply_w(buf: list[str]) -> bool:
    """Apply a Telex ``w`` to the vowel cluster (ươ, oă, ư, ơ, ă in that priority). Return success."""
    start, end = _nucleus_span(buf)
    if start == end:
        if not any(c in _VOWELS for c in buf):
            buf.append("ư")  # Unikey: a bare w types ư ("nhw" → "như")
            return True
        return False
    nuc = buf[start:end]
    for j in range(len(nuc) - 1):
        if nuc[j] in "uư" and nuc[j + 1] in "oơ" and (nuc[j], nuc[j + 1]) != ("ư", "ơ"):
            buf[start + j], buf[start + j + 1] = "ư", "ơ"
            return True
    for j in range(1, len(nuc)):
        if nuc[j - 1] == "o" and nuc[j] == "a":
            buf[start + j] = "ă"
            return True
    for target, result in (("u", "ư"), ("o", "ơ"), ("a", "ă")):
        if target in nuc:
            buf[start + nuc.index(target)] = result
            return True
    return False


def _apply_circumflex(buf: list[str], key: str) -> bool:
    """Apply a doubled a/e/o. Adjacent ("aa") or, once a valid final consonant is typed, to the cluster."""
    if buf and buf[-1] == key:
        buf[-1] = _CIRCUMFLEX[key]
        return True
    start, end = _nucleus_span(buf)
    if start < end < len(buf) and "".join(buf[end:]) in _FINALS:
        for j in range(start, end):
            if buf[j] == key:
                buf[j] = _CIRCUMFLEX[key]
                return True
    return False


def _tone_index(nuc: list[str], has_final: bool) -> int:
    """Index within the vowel cluster that carries the tone mark (modern placement rules)."""
    if "ơ" in nuc:  # ươ, ươi, ươu, uơ: always on ơ
        return len(nuc) - 1 - nuc[::-1].index("ơ")
    marked = [i for i, c in enumerate(nuc) if c in _MARKED_VOWELS]
    if marked:
        return marked[-1]
    if len(nuc) == 1:
        return 0
    if has_final:
        return len(nuc) - 1  # hoàn, toán, huýt
    if len(nuc) >= 3:
        return 1  # ngoài, khuỷu
    if (nuc[0], nuc[1]) in _SECOND_VOWEL_TONE:
        return 1
    return 0  # mía, mùa, tài


def telex_to_vietnamese(word: str) -> str:
    """Convert one Telex-typed word ("nguyeenx") to Vietnamese ("nguyễn").

    Contract: handles aa/aw/ee/oo/ow/uw/dd, a ``w`` after u/o (uow → ươ), tone keys s f r x j typed right
    after the vowel or at the end of the word, and z (removes the tone). The tone is placed by modern rules
    (ươ → ơ; a vowel with a mark; the last vowel before a final consonant; hoà/thuỷ style). The case of the
    first letter is kept; an all-caps word stays all-caps. A word that is not pure ASCII letters, or in which
    no Telex key had an effect, is returned unchanged.
    """
    if not word or not word.isascii() or not word.isalpha():
        return word
    buf: list[str] = []
    tone = ""
    changed = False
    for key in word.lower():
        has_vowel = _nucleus_span(buf)[0] < len(buf)
        if key == "d" and buf == ["d"]:
            buf[0] = "đ"
            changed = True
        elif key in _CIRCUMFLEX and _apply_circumflex(buf, key):
            changed = True
        elif key == "w" and _apply_w(buf):
            changed = True
        elif key in _TONE_KEYS and has_vowel:
            if tone == key:  # typing the same tone key twice cancels it and keeps the letter (Unikey)
                tone = ""
                buf.append(key)
            else:
                tone = key
            changed = True
        elif key == "z" and has_vowel and tone:
            tone = ""
            changed = True
        else:
            buf.append(key)
    if not changed:
        return word
    start, end = _nucleus_span(buf)
    # "thuwong" / "thuơng": Vietnamese has ươ, never ưo or uơ before a final, so complete the pair.
    for j in range(start, end - 1):
        pair = (buf[j], buf[j + 1])
        if pair == ("ư", "o") or (pair == ("u", "ơ") and end < len(buf)):
            buf[j], buf[j + 1] = "ư", "ơ"
    if tone and start < end:
        pos = start + _tone_index(buf[start:end], has_final=end < len(buf))
        buf[pos] = unicodedata.normalize("NFC", buf[pos] + _TONE_KEYS[tone])
    result = "".join(buf)
    if len(word) > 1 and word.isupper():
        return result.upper()
    if word[0].isupper():
        return result[:1].upper() + result[1:]
    return result


def query_variants(word: str) -> tuple[str, ...]:
    """Distinct folded forms a search word may stand for: ``fold(word)`` first, then its Telex reading.

    ``query_variants("nguyeenx") == ("nguyeenx", "nguyen")``; ``query_variants("an") == ("an",)``.
    """
    plain = fold(word)
    telex = fold(telex_to_vietnamese(word))
    return (plain,) if telex == plain else (plain, telex)


# ---------------------------------------------------------------------------------------------------------
# Collation
# ---------------------------------------------------------------------------------------------------------

# Level separator: below every weight, like ICU's 01 byte, so a shorter level sorts first.
_SEP = "\x01"
_WEIGHT_BASE = 0x100
# Prefix for weights of characters outside the tables: above every table weight, followed by the code point
# in two fixed-width characters (10 bits each, all below the surrogate range).
_UNKNOWN = chr(0x3000)

# Primary order of whitespace, punctuation and symbols in the CLDR root collation (read from ICU 73). Each
# character has its own primary weight.
_PUNCTUATION_ORDER = (
    "\t\n\x0b\x0c\r\x85 _\u2017-\u2010\u2012\u2013\u2014\u2015,;:!¡?¿.·'\u2039\u203a\"«»()[]{}"
    "\u2016§¶@*/\\&#%"
    "\u2030\u2020\u2021\u2022\u2023\u2027`´^¯¨¸°©®+±÷×<=>¬|¦~¤¢$£¥\u20ab\u20ac"
)
_DIGITS = "0123456789"
_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"  # CLDR vi: ă â after a, đ after d, ê, ô ơ, ư

_PRIMARY: dict[str, str] = {
    ch: chr(_WEIGHT_BASE + rank) for rank, ch in enumerate(_PUNCTUATION_ORDER + _DIGITS + _LETTERS)
}

# Secondary weights. Common (no accent) is lowest; ICU gives the typographic quote variants small
# secondary weights and combining marks larger ones.
_S_COMMON = chr(_WEIGHT_BASE)
_QUOTE_VARIANTS = {  # variant → (base, ICU secondary rank)
    "\u2018": ("'", 1),  # ‘ (ICU secondary 0x70)
    "\u201c": ('"', 1),  # “ (0x70)
    "\u201d": ('"', 2),  # ” (0x72)
    "\u2019": ("'", 3),  # ’ (0x73)
    "\u201e": ('"', 4),  # „ (0x74)
    "\u201a": ("'", 5),  # ‚ (0x76)
    "\u201f": ('"', 5),  # ‟ (0x76)
    "\u201b": ("'", 6),  # ‛ (0x79)
}
# Combining marks in ICU secondary order; the vi tailoring puts the five tones first, right after
# "no accent": huyền (grave) < hỏi (hook) < ngã (tilde) < sắc (acute) < nặng (dot below).
_MARK_ORDER = (
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323,  # tones
    0x0306, 0x0302, 0x030C, 0x030A, 0x0308, 0x030B, 0x0307, 0x0338, 0x0327, 0x0328, 0x0304,
    0x0335, 0x030F, 0x0311, 0x031B, 0x0324, 0x0325, 0x0326, 0x032D, 0x0330, 0x0331,
)  # fmt: skip
_MARK_SECONDARY = {chr(cp): chr(_WEIGHT_BASE + 16 + rank) for rank, cp in enumerate(_MARK_ORDER)}

# Tertiary weights: only ever compared between elements with the same primary, so a small rank suffices.
_T_COMMON = chr(_WEIGHT_BASE)
_T_UPPER = chr(_WEIGHT_BASE + 8)
_TERTIARY_VARIANTS = {  # variant → (base sequence, tertiary), ICU tertiaries 0x10 < 0x18 < 0x20 < 0x28
    "\u3000": (" ", chr(_WEIGHT_BASE + 1)),  # ideographic space
    "\u2026": ("...", chr(_WEIGHT_BASE + 2)),  # … expands to three dots
    "\u2011": ("\u2010", chr(_WEIGHT_BASE + 3)),  # non-breaking hyphen
    "\xa0": (" ", chr(_WEIGHT_BASE + 4)),  # no-break space: Excel exports are full of them
}

# CLDR vi contractions: a base letter plus a vowel mark is one primary letter.
_CONTRACTIONS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_Element = tuple[str, str, str]  # (primary, secondary, tertiary) fragments of one character
_IGNORABLE: _Element = ("", "", "")


def _code_point_weight(cp: int) -> str:
    return _UNKNOWN + chr(_WEIGHT_BASE + (cp >> 10)) + chr(_WEIGHT_BASE + (cp & 0x3FF))


def _with_marks(base: _Element, marks: str) -> _Element:
    """Append the secondary-only collation elements of combining marks to a base element."""
    primary, secondary, tertiary = base
    for mark in marks:
        secondary += _MARK_SECONDARY.get(mark) or _code_point_weight(ord(mark))
        tertiary += _T_COMMON
    return primary, secondary, tertiary


def _sequence_element(base: str, marks: str) -> _Element:
    """Collation elements of a base character followed by (canonically ordered) combining marks."""
    lower = base.lower()
    for i, mark in enumerate(marks):
        letter = _CONTRACTIONS.get((lower, mark))
        if letter is None:
            continue
        # UCA discontiguous contraction: a mark may be skipped over only if it is not blocked
        # (e.g. ặ = a + dot below + breve still contracts a + breve into ă).
        ccc = unicodedata.combining(mark)
        if all(0 < unicodedata.combining(m) < ccc for m in marks[:i]):
            element = _PRIMARY[letter], _S_COMMON, _T_UPPER if base != lower else _T_COMMON
            return _with_marks(element, marks[:i] + marks[i + 1 :])
        break
    return _with_marks(_compute_element(base), marks)


def _compute_element(ch: str) -> _Element:
    """Collation element fragments of one NFC character (may be several elements, or none)."""
    if ch in _PRIMARY:
        return _PRIMARY[ch], _S_COMMON, _T_COMMON
    if ch in _QUOTE_VARIANTS:
        base, rank = _QUOTE_VARIANTS[ch]
        return _PRIMARY[base], chr(_WEIGHT_BASE + rank), _T_COMMON
    if ch in _TERTIARY_VARIANTS:
        bases, tertiary = _TERTIARY_VARIANTS[ch]
        return "".join(_PRIMARY[b] for b in bases), _S_COMMON * len(bases), tertiary * len(bases)
    category = unicodedata.category(ch)
    if category in ("Mn", "Me"):
        return _with_marks(_IGNORABLE, ch)
    if category in ("Cc", "Cf"):
        return _IGNORABLE  # ICU: controls (other than whitespace) and format characters are ignorable
    decomposed = unicodedata.normalize("NFD", ch)
    if decomposed != ch:
        return _sequence_element(decomposed[0], decomposed[1:])
    if ch == "ø" or ch == "Ø":  # ICU: o + overlay mark (secondary difference), not a separate letter
        return _with_marks(_compute_element("o" if ch == "ø" else "O"), "\u0338")
    lower = ch.lower()
    if lower != ch and len(lower) == 1:
        primary, secondary, tertiary = _compute_element(lower)
        if primary:
            return primary, secondary, _T_UPPER + tertiary[1:]
    # Outside the tables (other scripts, unusual letters): after all known letters, by code point.
    return _code_point_weight(ord(lower) if len(lower) == 1 else ord(ch)), _S_COMMON, (
        _T_UPPER if lower != ch else _T_COMMON
    )


_CACHE_LIMIT = 100_000  # bound the memo for adversarial input; realistic text uses a few hundred chars


class _LevelTable(dict[int, str]):
    """``str.translate`` table for one collation level that fills itself on first use of a character."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, cp: int) -> str:
        element = _compute_element(chr(cp))
        if len(self) < _CACHE_LIMIT:
            for table, fragment in zip(_LEVEL_TABLES, element, strict=True):
                table[cp] = fragment
        return element[self.level]


_LEVEL_TABLES = (_LevelTable(0), _LevelTable(1), _LevelTable(2))


def _prefill() -> None:
    for cp in [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x1EA0, 0x1F00)]:
        _LEVEL_TABLES[0][cp]  # noqa: B018 - populates all three tables via __missing__


_prefill()


def _contracting_key(text: str) -> str:
    """Slow path: a vowel mark NFC could not compose may still contract with its base letter in ICU
    (e.g. "Ę" + circumflex is ê + ogonek), so collate whole combining sequences instead of characters."""
    levels: tuple[list[str], list[str], list[str]] = ([], [], [])
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        if j - i == 1:
            element = tuple(table[ord(text[i])] for table in _LEVEL_TABLES)
        else:
            decomposed = unicodedata.normalize("NFD", text[i:j])
            element = _sequence_element(decomposed[0], decomposed[1:])
        for level, fragment in zip(levels, element, strict=True):
            level.append(fragment)
        i = j
    return _SEP.join("".join(level) for level in levels)


def collation_key(text: str) -> str:
    """Return a key whose code-point order equals ICU's Vietnamese (CLDR ``vi``) collation of ``text``.

    Contract: for realistic text (Vietnamese and Latin letters in any case and tone, digits, spaces, common
    punctuation), ``collation_key(a) < collation_key(b)`` exactly when ``QCollator(QLocale("vi"))`` orders
    a before b, and the keys are equal exactly when ICU reports the strings equal at tertiary strength
    (NFC and NFD spellings are equal). The key contains no NUL and no surrogates, so it can be stored as
    SQLite TEXT and sorted with the BINARY collation. Any input is accepted; characters outside the tables
    sort after all letters by code point (ICU orders those by script, so such strings may differ from ICU).
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if "\u0302" in text or "\u0306" in text or "\u031b" in text:
            return _contracting_key(text)
    primary, secondary, tertiary = _LEVEL_TABLES
    return text.translate(primary) + _SEP + text.translate(secondary) + _SEP + text.translate(tertiary)


def name_sort_key(full_name: str) -> str:
    """Sort key for a Vietnamese full name: given name (last word), then middle names, then family name.

    Contract: ``collation_key(given + " " + middle + " " + family)`` with empty parts skipped, so
    "Nguyễn Văn An" < "Trần Thị Ánh" < "Lê Bình".
    """
    parts = full_name.split()
    if len(parts) < 2:
        return collation_key(" ".join(parts))
    return collation_key(" ".join([parts[-1], *parts[1:-1], parts[0]]))
