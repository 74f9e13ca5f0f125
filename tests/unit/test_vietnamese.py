"""Search folding, Telex input and Vietnamese collation keys (desktop_app.domain.vietnamese)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from desktop_app.domain.vietnamese import (
    collation_key,
    fold,
    name_sort_key,
    query_variants,
    telex_to_vietnamese,
)


def shuffled(items: list[str], seed: int = 0) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


def icu_sorted(items: list[str]) -> list[str]:
    return sorted(items, key=collation_key)


# --- fold -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Ấn", "nguyen van an"),
        ("ĐẶNG Thị Hoà", "dang thi hoa"),
        ("đường", "duong"),
        ("Phạm Ưng Hữu Đức", "pham ung huu duc"),
        ("  Lê \t Thị\n  Ngọc  ", "le thi ngoc"),
        ("HOÀNG THỊ THỦY", "hoang thi thuy"),
        ("plain ascii", "plain ascii"),
        ("", ""),
    ],
)
def test_fold_removes_tones_vowel_marks_and_case_and_collapses_spaces(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_gives_the_same_result_for_decomposed_input() -> None:
    name = "Nguyễn Thị Ánh Hồng Đặng"
    assert fold(unicodedata.normalize("NFD", name)) == fold(name) == "nguyen thi anh hong dang"


def test_fold_maps_every_vietnamese_letter_to_an_ascii_letter() -> None:
    letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    for letter in letters + letters.upper():
        assert fold(letter) in set("aeiouyd"), letter


def test_fold_treats_the_eth_lookalike_of_d_stroke_as_d() -> None:
    assert fold("Ðặng") == "dang"


# --- Telex ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nguyeenx", "nguyễn"),
        ("vawn", "văn"),
        ("aans", "ấn"),
        ("dduwcs", "đức"),
        ("traanf", "trần"),
        ("thij", "thị"),
        ("phamj", "phạm"),
        ("huwowng", "hương"),
        ("truowng", "trương"),
        ("uow", "ươ"),
        ("ddawngj", "đặng"),
        ("quoocs", "quốc"),
        ("baor", "bảo"),
        ("ngocj", "ngọc"),
        ("traam", "trâm"),
        ("huwux", "hữu"),
        ("giaf", "già"),
        ("gif", "gì"),
        ("nguwowif", "người"),
        ("tieengs", "tiếng"),
        ("khuyeens", "khuyến"),
        ("ngoaif", "ngoài"),
        ("hoawcj", "hoặc"),
        ("muwa", "mưa"),
        ("quys", "quý"),
    ],
)
def test_telex_words_become_vietnamese_with_the_tone_on_the_right_vowel(typed: str, expected: str) -> None:
    assert telex_to_vietnamese(typed) == expected


@pytest.mark.parametrize("typed", ["hoaf", "hofa"])
def test_telex_hoa_with_grave_may_use_old_or_new_tone_placement(typed: str) -> None:
    assert telex_to_vietnamese(typed) in ("hoà", "hòa")


def test_telex_tone_key_may_come_right_after_the_vowel_or_at_the_end() -> None:
    assert telex_to_vietnamese("nguyeexn") == telex_to_vietnamese("nguyeenx") == "nguyễn"
    assert telex_to_vietnamese("hoafng") == telex_to_vietnamese("hoangf") == "hoàng"


def test_telex_w_may_come_after_the_final_consonant() -> None:
    assert telex_to_vietnamese("vanw") == "văn"
    assert telex_to_vietnamese("thuwong") == "thương"


def test_telex_z_removes_the_tone() -> None:
    assert telex_to_vietnamese("asz") == "a"
    assert telex_to_vietnamese("nguyeenxz") == "nguyên"


def test_telex_keeps_a_capital_first_letter_and_all_capitals() -> None:
    assert telex_to_vietnamese("Nguyeenx") == "Nguyễn"
    assert telex_to_vietnamese("NGUYEENX") == "NGUYỄN"
    assert telex_to_vietnamese("Dduwcs") == "Đức"


@pytest.mark.parametrize("word", ["an", "Anh", "Nguyen", "Binh", "Hoa", ""])
def test_telex_leaves_words_without_telex_keys_unchanged(word: str) -> None:
    assert telex_to_vietnamese(word) == word


@pytest.mark.parametrize("word", ["abc1", "nguy-eenx", "Nguyễn", "o'neil"])
def test_telex_leaves_words_with_non_letters_or_vietnamese_letters_unchanged(word: str) -> None:
    assert telex_to_vietnamese(word) == word


# --- query_variants ---------------------------------------------------------------------------------------


def test_query_variants_offer_the_plain_and_the_telex_reading() -> None:
    assert query_variants("nguyeenx") == ("nguyeenx", "nguyen")
    assert query_variants("Dduwcs") == ("dduwcs", "duc")


def test_query_variants_have_one_form_when_telex_changes_nothing() -> None:
    assert query_variants("an") == ("an",)
    assert query_variants("Nguyễn") == ("nguyen",)


# --- collation_key ----------------------------------------------------------------------------------------


def test_tones_sort_after_the_bare_letter_in_icu_order() -> None:
    expected = ["a", "à", "ả", "ã", "á", "ạ", "ă", "â", "b", "d", "đ"]
    assert icu_sorted(shuffled(expected)) == expected


def test_a_breve_and_a_circumflex_are_letters_of_their_own() -> None:
    expected = ["an", "anh", "ăn", "ăng", "âm", "ân"]
    assert icu_sorted(shuffled(expected)) == expected


def test_d_stroke_sorts_after_every_word_with_d() -> None:
    expected = ["d", "Dung", "Duy", "Dương", "đ", "Đào", "Đức", "E"]
    assert icu_sorted(shuffled(expected)) == expected


def test_vowels_with_marks_follow_their_base_vowel() -> None:
    expected = ["e", "ê", "g", "o", "ô", "ơ", "p", "u", "ư", "v"]
    assert icu_sorted(shuffled(expected)) == expected


def test_lower_case_sorts_before_upper_case_only_as_a_last_resort() -> None:
    expected = ["an", "aN", "An", "AN", "ăn"]
    assert icu_sorted(shuffled(expected)) == expected


def test_a_tone_decides_only_between_otherwise_equal_letters() -> None:
    assert icu_sorted(shuffled(["An", "Ản", "Án", "Anh"])) == ["An", "Ản", "Án", "Anh"]
    assert icu_sorted(shuffled(["Ung", "Uy", "Ưng", "Ứng"])) == ["Ung", "Uy", "Ưng", "Ứng"]


def test_the_first_tone_difference_from_the_left_decides() -> None:
    assert icu_sorted(shuffled(["Hà Nam", "Ha Nám", "Ha Nam"])) == ["Ha Nam", "Ha Nám", "Hà Nam"]


def test_space_sorts_before_hyphen_digits_and_letters() -> None:
    expected = ["An", "An Bình", "An-Bình", "An1", "Ana", "Anh"]
    assert icu_sorted(shuffled(expected)) == expected


def test_decomposed_and_composed_spellings_have_the_same_key() -> None:
    for text in ["Nguyễn Văn Ấn", "Đặng Thị Ặng", "Phạm Ưng Hữu Đức", "ỆỢỰ"]:
        assert collation_key(unicodedata.normalize("NFD", text)) == collation_key(text)


def test_ignorable_characters_do_not_change_the_key() -> None:
    assert collation_key("An\u200bh\xad") == collation_key("Anh")


def test_keys_contain_no_nul_and_no_surrogates_for_any_input() -> None:
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 6)))
        key = collation_key(text)
        assert "\x00" not in key
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in key)


def test_unknown_characters_sort_after_every_vietnamese_letter() -> None:
    assert collation_key("ỵ") < collation_key("z") < collation_key("α") < collation_key("中")


# --- name_sort_key ----------------------------------------------------------------------------------------


def test_names_sort_by_given_name_first() -> None:
    expected = ["Nguyễn Văn An", "Trần Thị Ánh", "Lê Bình"]
    assert sorted(shuffled(expected), key=name_sort_key) == expected


def test_names_with_the_same_given_name_sort_by_middle_then_family_name() -> None:
    expected = ["Trần Anh Minh", "Nguyễn Văn Minh", "Trần Văn Minh"]
    assert sorted(shuffled(expected), key=name_sort_key) == expected


def test_name_sort_key_accepts_one_word_and_empty_names() -> None:
    assert name_sort_key("Minh") == collation_key("Minh")
    assert name_sort_key("  ") == collation_key("")
    assert name_sort_key("Lê  Bình") == collation_key("Bình Lê")
