"""collation_key must order text exactly like Qt's ICU collator for Vietnamese (QCollator(QLocale("vi")))."""

from __future__ import annotations

import random
import unicodedata

import pytest

QtCore = pytest.importorskip("PySide6.QtCore")

from desktop_app.domain.vietnamese import _PUNCTUATION_ORDER, collation_key, name_sort_key  # noqa: E402

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Tạ", "Cao", "Âu", "Ưng",
          "Ông"]  # fmt: skip
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Đức", "Hữu", "Quốc", "Gia", "Bảo", "Thu", "Thùy", "Thuỳ",
          "Xuân", "Kim", "Anh", "Hoài", "Diệu"]  # fmt: skip
GIVEN = ["An", "Ân", "Ấn", "Ánh", "Ảnh", "Anh", "Bình", "Cường", "Dũng", "Dung", "Đào", "Hà", "Hạ", "Hải",
         "Hương", "Hường", "Khoa", "Lan", "Long", "Mai", "Nam", "Nấm", "Phúc", "Quân", "Sơn", "Trâm", "Tuấn",
         "Tuân", "Yến", "Ý", "Uyên", "Ước", "Ơn", "Ửng"]  # fmt: skip
VOWELS = "aăâeêioôơuưy"
CONSONANTS = "bcdđghklmnpqrstvx"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
SEED = 20240531


def _random_case(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.1:
        return text.upper()
    if roll < 0.2:
        return text.lower()
    if roll < 0.3:
        return "".join(c.upper() if rng.random() < 0.5 else c for c in text)
    return text


def _name(rng: random.Random) -> str:
    middle = [rng.choice(MIDDLE) for _ in range(rng.randint(0, 2))]
    parts = [rng.choice(FAMILY), *middle, rng.choice(GIVEN)]
    separator = rng.choice([" ", " ", " ", "  ", "-"])
    return _random_case(rng, separator.join(parts))


def _letters(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(0, 7)):
        roll = rng.random()
        if roll < 0.45:
            ch = unicodedata.normalize("NFC", rng.choice(VOWELS) + rng.choice(TONES))
        elif roll < 0.85:
            ch = rng.choice(CONSONANTS)
        else:
            ch = rng.choice("fjwz0123456789 -.,'()/")
        out.append(ch.upper() if rng.random() < 0.25 else ch)
    return "".join(out)


def _corpus(size: int) -> list[str]:
    rng = random.Random(SEED)
    items = []
    for _ in range(size):
        text = _name(rng) if rng.random() < 0.5 else _letters(rng)
        if rng.random() < 0.15:  # decomposed input must collate like composed input
            text = unicodedata.normalize("NFD", text)
        items.append(text)
    return items


@pytest.fixture(scope="module")
def collator() -> object:
    return QtCore.QCollator(QtCore.QLocale("vi"))


def test_collation_key_sorts_names_and_letter_soup_exactly_like_qt(collator: object) -> None:
    items = _corpus(4000)
    ours = sorted(items, key=collation_key)
    qts = sorted(items, key=collator.sortKey)
    mismatches = [(a, b) for a, b in zip(ours, qts, strict=True) if a != b]
    assert not mismatches, mismatches[:10]


def test_collation_key_agrees_with_qt_on_every_adjacent_pair_including_ties(collator: object) -> None:
    # Sorted order alone hides ties; compare the three-way result of neighbours, where disagreements live.
    items = sorted(_corpus(3000), key=collation_key)
    for a, b in zip(items, items[1:]):
        ours = (collation_key(a) > collation_key(b)) - (collation_key(a) < collation_key(b))
        theirs = collator.sortKey(a).compare(collator.sortKey(b))
        assert ours == (theirs > 0) - (theirs < 0), (a, b)


def test_name_sort_key_matches_qt_on_the_reordered_name(collator: object) -> None:
    rng = random.Random(SEED + 1)
    names = [_name(rng).replace("-", " ") for _ in range(1500)]

    def reordered(name: str) -> str:
        parts = name.split()
        return " ".join([parts[-1], *parts[1:-1], parts[0]]) if len(parts) > 1 else name

    ours = sorted(names, key=name_sort_key)
    qts = sorted(names, key=lambda n: collator.sortKey(reordered(n)))
    assert ours == qts


def test_punctuation_symbols_and_their_typographic_variants_sort_like_qt(collator: object) -> None:
    singles = list(_PUNCTUATION_ORDER) + list("0123456789aăâđzAĂZ") + list("‘’‚‛“”„‟\xa0\u3000\u2011…")
    items = singles + [f"a{c}b" for c in singles] + [f"{c}{d}" for c in "' \"-" for d in "‘’“”\xa0… -'"]
    ours = sorted(items, key=collation_key)
    assert ours == sorted(items, key=collator.sortKey)
    # ICU reports e.g. ' and ‘ different only at the secondary level: keys must not collide.
    assert len({collation_key(i) for i in items}) == len(set(items))
