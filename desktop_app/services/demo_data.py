"""Realistic, deterministic demo data: households and residents of a Vietnamese hamlet.

Pure Python (stdlib + ``desktop_app.domain`` + ``desktop_app.paths``). The same ``seed`` and ``today`` always
give the same households, so screenshots, manual tests and benchmarks are reproducible.

What "realistic" means here (shared/DOMAIN.md, "Households and residents"):

- family names follow the commonly cited population shares kept in
  ``resources/names/vietnamese_names.json`` (with its source named there);
- children take the father's family name, wives keep their own;
- people born before about 1975 mostly carry "Văn"/"Thị" as middle name, younger people draw from modern ones;
- household sizes 1–8, parents at least 18 years older than their children;
- every personal ID has the legal structure (birth-registration province code, century/sex digit, two year
  digits, six serial digits) consistent with the person's sex and birth year, and IDs are unique;
- residence types, temporary-residence periods, phones and notes in plausible proportions.

Every generated ``ResidentInput`` passes ``validate_resident(r, today=today)`` unchanged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import random
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from desktop_app.domain.people import (
    BirthDate,
    Relation,
    ResidenceType,
    ResidentInput,
    Sex,
    personal_id_prefix,
)
from desktop_app.paths import RESOURCES

__all__ = [
    "DEFAULT_PROVINCE_BIRTH_CODES",
    "HOUSEHOLD_SIZE_WEIGHTS",
    "NAMES_FILE",
    "OLD_PROVINCE_BIRTH_CODES",
    "DemoCase",
    "DemoHousehold",
    "NameTable",
    "generate_households",
    "generate_mediation_cases",
    "hamlet_names",
    "load_name_table",
]

NAMES_FILE = RESOURCES / "names" / "vietnamese_names.json"

# Birth-registration province codes used in the first 3 digits of a personal ID. They are the codes of the
# 63 provinces that existed before the 2025 merger; IDs already issued were not remapped (DOMAIN.md).
OLD_PROVINCE_BIRTH_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
    "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
    "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang",
    "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định", "037": "Ninh Bình",
    "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
    "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định",
    "054": "Phú Yên", "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước",
    "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai", "077": "Bà Rịa - Vũng Tàu",
    "079": "TP Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh",
    "086": "Vĩnh Long", "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}  # fmt: skip

# The first code is the hamlet's own province; the others are where in-laws and movers were registered.
DEFAULT_PROVINCE_BIRTH_CODES: tuple[str, ...] = ("001", "034", "036", "038", "040", "031", "079")

# Share of households by number of members (percent).
HOUSEHOLD_SIZE_WEIGHTS: dict[int, int] = {1: 8, 2: 15, 3: 20, 4: 25, 5: 15, 6: 9, 7: 5, 8: 3}

# Vietnamese mobile prefixes (Viettel, MobiFone, VinaPhone, Vietnamobile, Gmobile); 10 digits in all.
_MOBILE_PREFIXES = (
    "032", "033", "034", "035", "036", "037", "038", "039", "052", "056", "058", "059",
    "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089",
    "090", "091", "092", "093", "094", "096", "097", "098", "099",
)  # fmt: skip

_MIN_HEAD_AGE, _MAX_HEAD_AGE = 25, 85
_MAX_AGE = 100
_SIBLING_GAP_DAYS = 450  # no twins in the demo: siblings are at least ~15 months apart
_MISSING_ID_SHARE = 0.03
_PHONE_SHARE_OF_ADULTS = 0.60
# ~5% of all residents have a year-only birth date; only the elderly (60+, about 1 in 6 residents) do,
# as on old hand-written lists.
_YEAR_ONLY_SHARE_OF_ELDERLY = 0.29
_TRADITIONAL_MIDDLE_BEFORE = 1975  # born before: "Văn"/"Thị" era
_TRANSITION_UNTIL = 1985  # born 1975–1984: half and half
_SIBLINGS_SHARE_MIDDLE = 0.35  # brothers (or sisters) often share one middle name

_T = TypeVar("_T")


class _Weighted(Generic[_T]):
    """Items with weights, picked with one ``random()`` and a bisect on precomputed cumulative weights."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs: Iterable[tuple[_T, float]]) -> None:
        items: list[_T] = []
        cum: list[float] = []
        acc = 0.0
        for item, weight in pairs:
            if weight <= 0:
                continue
            acc += weight
            items.append(item)
            cum.append(acc)
        if not items:
            raise ValueError("a weighted table needs at least one positive weight")
        self.items = tuple(items)
        self.cum = tuple(cum)
        self.total = acc

    def pick(self, rng: random.Random) -> _T:
        # random() < 1, so the product is < total = cum[-1] and the index stays in range.
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


_HOUSEHOLD_SIZES = _Weighted(HOUSEHOLD_SIZE_WEIGHTS.items())

# Head-of-household age bands by household size: couples of two are young or empty-nesters; large households
# are usually headed by someone older who lives with a married child.
_AgeBand = tuple[int, int]
_HEAD_AGE_BANDS: tuple[_AgeBand, ...] = ((25, 34), (35, 44), (45, 54), (55, 64), (65, 74), (75, 85))
_HEAD_AGE_SMALL = _Weighted(zip(_HEAD_AGE_BANDS, (15, 12, 13, 20, 22, 18)))  # 2 members
_HEAD_AGE_MEDIUM = _Weighted(zip(_HEAD_AGE_BANDS, (22, 30, 25, 13, 6, 4)))  # 3–4 members
_HEAD_AGE_LARGE = _Weighted(zip(_HEAD_AGE_BANDS, (8, 18, 24, 24, 16, 10)))  # 5–8 members

# Residence of each resident (Law on Residence 68/2020): ~90% permanent, ~7% temporary of which ~1% of all
# residents expire within 30 days (so reminders have something to show), ~2% temporarily absent,
# ~1% short stay.
# Heads (about a quarter of residents) are never short-stay guests, so the short-stay weight is scaled up.
_PERMANENT, _TEMP_EXPIRING, _TEMP, _ABSENT, _SHORT = range(5)
_RESIDENCE = _Weighted([(_PERMANENT, 89.65), (_TEMP_EXPIRING, 1), (_TEMP, 6), (_ABSENT, 2), (_SHORT, 1.35)])

_ABSENT_NOTES_ADULT = ("Đi làm ăn xa", "Đi xuất khẩu lao động", "Làm việc tại khu công nghiệp")
_ABSENT_NOTE_STUDENT = "Đi học xa nhà"
_ABSENT_NOTE_CHILD = "Ở với ông bà"
_SHORT_STAY_NOTE = "Thăm người thân"
_TEMP_NOTE_STUDENT = "Sinh viên thuê trọ"
_TEMP_NOTE_WORKER = "Thuê trọ, đi làm"


_date = dt.date.fromordinal  # ordinals are used for the arithmetic; dates only when a resident is built


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- the name table -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameTable:
    """The frequency table of ``resources/names/vietnamese_names.json``, ready for weighted picks.

    ``family_shares`` maps each family name to its population share (they sum to 1). ``middle`` is keyed
    ``male_traditional``, ``female_traditional``, ``male_modern``, ``female_modern``.
    """

    source: str
    family_shares: dict[str, float]
    family: _Weighted[str]
    middle: dict[str, _Weighted[str]]
    given: dict[Sex, _Weighted[str]]


@lru_cache(maxsize=4)
def load_name_table(path: Path = NAMES_FILE) -> NameTable:
    """Read the name frequency table (cached per path). All names are returned NFC.

    Raises ``ValueError`` when a section is missing or a list has no positive weight.
    """
    raw = json.loads(path.read_text(encoding="utf-8"))
    try:
        family_shares = {_nfc(e["name"]): float(e["share"]) for e in raw["family_names"]}
        middle = {
            key: _Weighted((_nfc(e["name"]), float(e["weight"])) for e in raw["middle_names"][key])
            for key in ("male_traditional", "female_traditional", "male_modern", "female_modern")
        }
        given = {
            sex: _Weighted((_nfc(e["name"]), float(e["weight"])) for e in raw["given_names"][sex.value])
            for sex in (Sex.MALE, Sex.FEMALE)
        }
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed name table {path}: {exc!r}") from exc
    return NameTable(
        source=_nfc(raw.get("source", "")),
        family_shares=family_shares,
        family=_Weighted(family_shares.items()),
        middle=middle,
        given=given,
    )


# --- public API ---------------------------------------------------------------------------------------------


@dataclass
class DemoHousehold:
    """One generated household. ``members[0]`` is the head (relation ``HEAD``)."""

    number: str
    address: str
    members: list[ResidentInput]


def generate_households(
    *,
    count: int,
    seed: int,
    today: dt.date,
    street_names: list[str] | None = None,
    province_birth_codes: list[str] | None = None,
    hamlet_name: str | None = None,
    reserved_ids: set[str] | None = None,
) -> list[DemoHousehold]:
    """Generate ``count`` realistic households, numbered "1", "2", … in order.

    Contract:
    - deterministic: the same arguments give equal output (``random.Random(seed)``, no global state);
    - every member passes ``validate_resident(member, today=today)`` unchanged;
    - household sizes 1–8 (about 1:8%, 2:15%, 3:20%, 4:25%, 5:15%, 6:9%, 7:5%, 8:3%); heads aged 25–85;
      children (and grandchildren) born at least 18 years after each of their parents living in the household;
    - about 97% of residents have a personal ID, unique within the result and not in ``reserved_ids``;
    - addresses are "Số 12, ngõ 5, đường Lê Lợi" / "Số 12, đường Lê Lợi" when ``street_names`` is given,
      otherwise "Xóm 3, Thôn Đông" for a "Thôn …" hamlet and "Số 12, Tổ dân phố 3" for any other name
      (``hamlet_name`` defaults to a "Thôn …" name from ``hamlet_names(…, seed)``).

    ``province_birth_codes``: old 63-province codes (``OLD_PROVINCE_BIRTH_CODES``); the first is the hamlet's
    own province and is the household's code for about 70% of households, the rest share the remaining 30%;
    within a household most members share its code. ``reserved_ids`` lets callers keep IDs unique across
    several calls (e.g. all hamlets of one commune): it is read, and updated in place with the new IDs.
    ``hamlet_name`` and ``reserved_ids`` are optional additions to the basic signature.

    Raises ``ValueError`` for a negative count or a code that is not an old province code.
    """
    if count < 0:
        raise ValueError("count must be >= 0")
    codes = tuple(province_birth_codes) if province_birth_codes else DEFAULT_PROVINCE_BIRTH_CODES
    for code in codes:
        if code not in OLD_PROVINCE_BIRTH_CODES:
            raise ValueError(f"not an old (63-province) birth-registration code: {code!r}")
    streets = [s for s in (_nfc(x).strip() for x in street_names or ()) if s]
    if hamlet_name:
        hamlet = _nfc(hamlet_name).strip()
    else:
        hamlet = next((n for n in hamlet_names(12, seed) if n.startswith("Thôn ")), "Thôn Đông")
    # A "Thôn" is split into xóm; a residential group or a "Xóm" is small enough for house numbers alone.
    rural = hamlet.startswith("Thôn ")
    gen = _Generator(
        rng=random.Random(seed),
        today=today,
        names=load_name_table(),
        codes=codes,
        used_ids=reserved_ids if reserved_ids is not None else set(),
    )
    hamlet_groups = min(15, max(3, math.ceil(count / 60)))  # a xóm holds some tens of households
    used_addresses: set[str] = set()
    households: list[DemoHousehold] = []
    for index in range(count):
        members = gen.household(_HOUSEHOLD_SIZES.pick(gen.rng))
        if streets:
            address = gen.street_address(streets, used_addresses)
        elif rural:
            address = f"Xóm {gen.rng.randint(1, hamlet_groups)}, {hamlet}"
        else:
            address = f"Số {index + 1}, {hamlet}"
        households.append(DemoHousehold(number=str(index + 1), address=address, members=members))
    return households


_HAMLET_CLASSIC = (
    "Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Đoài", "Thôn Thượng", "Thôn Hạ",
    "Thôn Đình", "Thôn Chùa", "Thôn Giữa", "Thôn Ngoài", "Thôn Trong", "Thôn Chợ", "Thôn Đồng", "Thôn Bến",
    "Xóm Mới", "Xóm Chợ", "Xóm Bến", "Xóm Đồng", "Xóm Trại", "Xóm Giếng", "Xóm Đình", "Xóm Cầu",
)  # fmt: skip
_HAMLET_FIRST = ("An", "Bình", "Phú", "Tân", "Yên", "Hòa", "Mỹ", "Phúc", "Thịnh", "Vĩnh", "Hưng", "Thanh",
                 "Xuân", "Đại", "Kim", "Ngọc", "Đông", "Quảng", "Lạc", "Hợp")  # fmt: skip
_HAMLET_SECOND = ("Lạc", "Mỹ", "Lập", "Bình", "Hòa", "Thịnh", "Phú", "An", "Lộc", "Thọ", "Hưng", "Xuân",
                  "Khê", "Sơn", "Lâm", "Đông", "Trung", "Thành", "Phong", "Long")  # fmt: skip
_HAMLET_SLOGANS = ("Thôn Thống Nhất", "Thôn Đoàn Kết", "Thôn Quyết Tiến", "Thôn Quyết Thắng",
                   "Thôn Tiền Phong", "Thôn Độc Lập", "Thôn Tân Tiến", "Thôn Hợp Tiến", "Thôn Đồng Tâm",
                   "Thôn Hòa Bình")  # fmt: skip


def hamlet_names(count: int, seed: int) -> list[str]:
    """``count`` distinct, plausible hamlet / residential-group names for one commune, deterministic per seed.

    Mixes direction names ("Thôn Đông", "Thôn Đoài"), compound names ("Thôn An Lạc"), slogan names
    ("Thôn Đoàn Kết") and numbered residential groups ("Tổ dân phố 3"); numbered groups make any count
    possible.
    Raises ``ValueError`` for a negative count.
    """
    if count < 0:
        raise ValueError("count must be >= 0")
    rng = random.Random(f"hamlets:{seed}")  # independent of the household stream of the same seed
    classic = list(_HAMLET_CLASSIC)
    # dict.fromkeys: "Thôn Hòa Bình" is both a compound and a slogan name; keep one, in a stable order.
    generated = [f"Thôn {a} {b}" for a in _HAMLET_FIRST for b in _HAMLET_SECOND if a != b]
    compound = list(dict.fromkeys([*generated, *_HAMLET_SLOGANS]))
    rng.shuffle(classic)
    rng.shuffle(compound)
    names: list[str] = []
    numbered = 0
    while len(names) < count:
        roll = rng.random()
        if roll < 0.45 and classic:
            names.append(classic.pop())
        elif roll < 0.85 and compound:
            names.append(compound.pop())
        elif roll >= 0.85 or not (classic or compound):
            numbered += 1
            names.append(f"Tổ dân phố {numbered}")
    return names


# --- generation ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Person:
    family: str
    sex: Sex
    born: int  # proleptic Gregorian ordinal of the birth date
    relation: Relation
    married_in: bool = False  # spouse / child-in-law: often registered at birth in another province
    middle_key: str | None = None  # siblings sharing a middle name: "child:male", "grandchild:female", …


class _Generator:
    """Mutable state of one ``generate_households`` call: the RNG, today, the IDs and phones already used."""

    def __init__(
        self,
        *,
        rng: random.Random,
        today: dt.date,
        names: NameTable,
        codes: Sequence[str],
        used_ids: set[str],
    ) -> None:
        self.rng = rng
        self.today = today
        self.today_ord = today.toordinal()
        self.names = names
        self.home_code = codes[0]
        self.codes = tuple(codes)
        self.other_codes = tuple(codes[1:]) or self.codes
        self.used_ids = used_ids
        self.used_phones: set[str] = set()
        self._years_before_cache: dict[int, int] = {}

    # -- dates --

    def years_before(self, years: int) -> int:
        """Ordinal of the day exactly ``years`` years before today (29 Feb → 28 Feb)."""
        cached = self._years_before_cache.get(years)
        if cached is None:
            cached = _shift_years(self.today_ord, -years)
            self._years_before_cache[years] = cached
        return cached

    def born_range(self, min_age: int, max_age: int) -> tuple[int, int]:
        """Inclusive ordinal range of birth dates of people aged ``min_age``..``max_age`` today."""
        return self.years_before(max_age + 1) + 1, self.years_before(min_age)

    def born_aged(self, min_age: int, max_age: int) -> int:
        lo, hi = self.born_range(min_age, max_age)
        return self.rng.randint(lo, hi)

    def spaced(self, lo: int, hi: int, k: int) -> list[int] | None:
        """``k`` birth ordinals in [lo, hi], oldest first, >= ``_SIBLING_GAP_DAYS`` apart; None if no room."""
        if k <= 0:
            return []
        slack = hi - lo - (k - 1) * _SIBLING_GAP_DAYS
        if slack < 0:
            return None
        points = sorted(self.rng.randint(0, slack) for _ in range(k))
        return [lo + p + i * _SIBLING_GAP_DAYS for i, p in enumerate(points)]

    def children_range(self, parents: Sequence[_Person]) -> tuple[int, int]:
        """Birth ordinals possible for a child of ``parents``: mother aged 19–44, father 20–60, by today.

        At least 19 years (not 18) keeps the gap >= 18 even when a birth date is later cut to its year alone.
        """
        lo = max(_shift_years(p.born, 19 if p.sex is Sex.FEMALE else 20) for p in parents)
        his = [_shift_years(p.born, 44 if p.sex is Sex.FEMALE else 60) for p in parents]
        hi = min([*his, self.today_ord])
        return lo, hi

    # -- household structure --

    def household(self, size: int) -> list[ResidentInput]:
        """One household of exactly ``size`` members, head first."""
        people: list[_Person] | None = None
        for attempt in range(40):
            # After many misses use the always-feasible shape (a middle-aged couple with children).
            people = self._family(size, simple=attempt >= 30)
            if people is not None:
                break
        if people is None or len(people) != size:  # the simple shape always fits; this guards future edits
            raise RuntimeError(f"could not build a household of {size}")
        return self._residents(people)

    def _family(self, size: int, *, simple: bool) -> list[_Person] | None:
        rng = self.rng
        names = self.names
        if size == 1:
            # People living alone are mostly elderly widows, or young adults working away from home.
            if rng.random() < 0.55:
                sex = Sex.FEMALE if rng.random() < 0.7 else Sex.MALE
                born = self.born_aged(60, _MAX_HEAD_AGE)
            else:
                sex = Sex.MALE if rng.random() < 0.55 else Sex.FEMALE
                born = self.born_aged(_MIN_HEAD_AGE, 59)
            return [_Person(names.family.pick(rng), sex, born, Relation.HEAD)]

        if simple:
            band: _AgeBand = (45, 55)
        else:
            table = _HEAD_AGE_SMALL if size == 2 else _HEAD_AGE_MEDIUM if size <= 4 else _HEAD_AGE_LARGE
            band = table.pick(rng)
        head_born = self.born_aged(*band)
        has_spouse = simple or rng.random() < (0.92 if band[1] < 65 else 0.7)
        if has_spouse:
            head_sex = Sex.MALE if simple or rng.random() < 0.85 else Sex.FEMALE
        else:
            head_sex = Sex.FEMALE if rng.random() < 0.6 else Sex.MALE
        head = _Person(names.family.pick(rng), head_sex, head_born, Relation.HEAD)
        members = [head]
        couple = [head]
        if has_spouse:
            spouse = self._spouse_of(head, Relation.SPOUSE, not_before=None)
            members.append(spouse)
            couple.append(spouse)
        # Children take the father's family name; a single mother's children carry the absent father's.
        father = next((p for p in couple if p.sex is Sex.MALE), None)
        children_family = father.family if father else names.family.pick(rng)
        slots = size - len(members)

        # Parents of the head (a three-generation household with grandparents).
        if not simple and slots >= 1 and head_born >= self.years_before(62) and rng.random() < 0.25:
            wanted = 2 if slots >= 2 and rng.random() < 0.45 else 1
            parents = self._parents_of(head, wanted)
            members.extend(parents)
            slots -= len(parents)

        lo, hi = self.children_range(couple)
        # A married child living with the parents, with spouse and children (grandchildren of the head).
        married_child: _Person | None = None
        tail: list[_Person] = []
        if not simple and slots >= 2 and rng.random() < (0.65 if slots >= 3 else 0.3):
            m_lo, m_hi = max(lo, self.born_range(20, 50)[0]), min(hi, self.years_before(20))
            if m_lo <= m_hi:
                m_sex = Sex.MALE if rng.random() < 0.8 else Sex.FEMALE
                married_child = _Person(children_family, m_sex, rng.randint(m_lo, m_hi), Relation.CHILD,
                                        middle_key=f"child:{m_sex.value}")
                youngest_parent = max(p.born for p in couple)
                in_law = self._spouse_of(married_child, Relation.CHILD_IN_LAW,
                                         not_before=_shift_years(youngest_parent, 18))
                rest = slots - 2
                n_grand = rest - (rng.randint(0, min(2, rest)) if rest and rng.random() < 0.4 else 0)
                g_lo, g_hi = self.children_range([married_child, in_law])
                grand_births = self.spaced(g_lo, g_hi, n_grand)
                while grand_births is None:  # not enough room for that many: fewer grandchildren
                    n_grand -= 1
                    grand_births = self.spaced(g_lo, g_hi, n_grand)
                grand_family = married_child.family if m_sex is Sex.MALE else in_law.family
                grandchildren = [self._child(grand_family, b, Relation.GRANDCHILD) for b in grand_births]
                tail = [in_law, *grandchildren]
                slots -= 2 + n_grand
                lo = married_child.born + _SIBLING_GAP_DAYS  # unmarried siblings are younger

        # Unmarried children of the head; prefer ages under 36 (older ones have usually married and left).
        births: list[int] | None = []
        if slots:
            preferred_lo = max(lo, self.born_range(0, 35)[0])
            births = self.spaced(preferred_lo, hi, slots) or self.spaced(lo, hi, slots)
            if births is None:
                return None
        children = [self._child(children_family, born, Relation.CHILD) for born in births]
        if married_child is not None:
            members.append(married_child)
            members.extend(tail[:1])
            members.extend(children)
            members.extend(tail[1:])
        else:
            members.extend(children)
        return members

    def _child(self, family: str, born: int, relation: Relation) -> _Person:
        sex = Sex.MALE if self.rng.random() < 0.515 else Sex.FEMALE
        prefix = "child" if relation is Relation.CHILD else "grandchild"
        return _Person(family, sex, born, relation, middle_key=f"{prefix}:{sex.value}")

    def _spouse_of(self, person: _Person, relation: Relation, *, not_before: int | None) -> _Person:
        """Opposite-sex spouse a few years apart (husband usually older), aged 18–100, own family name."""
        rng = self.rng
        gap_days = int(rng.triangular(-3, 10, 2) * 365.25)  # husband older by gap
        born = person.born + gap_days if person.sex is Sex.MALE else person.born - gap_days
        lo, hi = self.born_range(18, _MAX_AGE)
        if not_before is not None:
            lo = max(lo, not_before)
        born = min(max(born, lo), hi)
        sex = Sex.FEMALE if person.sex is Sex.MALE else Sex.MALE
        return _Person(self.names.family.pick(rng), sex, born, relation, married_in=True)

    def _parents_of(self, head: _Person, wanted: int) -> list[_Person]:
        """Up to ``wanted`` living parents of the head (father keeps the head's family name), aged ≤ 100."""
        rng = self.rng
        oldest_allowed = self.born_range(0, _MAX_AGE)[0]
        # 20+ calendar years older, so the gap stays >= 18 even if the head's date is cut to a year alone.
        father_born = _shift_years(head.born, -rng.randint(21, 38)) - rng.randint(0, 364)
        mother_born = _shift_years(head.born, -rng.randint(20, 35)) - rng.randint(0, 364)
        father = _Person(head.family, Sex.MALE, father_born, Relation.PARENT)
        mother_family = self.names.family.pick(rng)
        mother = _Person(mother_family, Sex.FEMALE, mother_born, Relation.PARENT, married_in=True)
        alive = [p for p in (father, mother) if p.born >= oldest_allowed]
        if wanted == 1 and len(alive) == 2:
            alive = [mother] if rng.random() < 0.7 else [father]  # widowed mothers are the common case
        return alive[:wanted]

    # -- people to residents --

    def _residents(self, people: list[_Person]) -> list[ResidentInput]:
        rng = self.rng
        household_code = self.home_code if rng.random() < 0.7 else rng.choice(self.other_codes)
        shared_middles: dict[str, str | None] = {}
        full_names: set[str] = set()
        adult_born_by = self.years_before(18)
        elderly_born_by = self.years_before(60)
        result: list[ResidentInput] = []
        for person in people:
            d = dt.date.fromordinal(person.born)
            name = self._full_name(person, d.year, shared_middles, full_names)
            full_names.add(name)
            # A year alone counts as 1 January in age arithmetic, which can add a year: keep heads <= 85 and
            # everyone <= 100. Parents are >= 19 years older by calendar year, so parent gaps stay >= 18.
            max_age = _MAX_HEAD_AGE if person.relation is Relation.HEAD else _MAX_AGE
            if (
                person.born <= elderly_born_by
                and self.today.year - d.year <= max_age
                and rng.random() < _YEAR_ONLY_SHARE_OF_ELDERLY
            ):
                birth = BirthDate(d.year)
            else:
                birth = BirthDate(d.year, d.month, d.day)
            pid = None
            if rng.random() >= _MISSING_ID_SHARE:
                local_share = 0.6 if person.married_in else 0.9
                code = household_code if rng.random() < local_share else rng.choice(self.codes)
                pid = self._personal_id(code, person.sex, d.year)
            adult = person.born <= adult_born_by
            phone = self._phone() if adult and rng.random() < _PHONE_SHARE_OF_ADULTS else None
            kind = _RESIDENCE.pick(rng)
            if kind == _SHORT and person.relation is Relation.HEAD:
                kind = _PERMANENT  # a short-stay guest is never the head of the household they visit
            res_type, res_from, res_to, note = self._residence(kind, person, adult)
            result.append(
                ResidentInput(
                    full_name=name,
                    birth_date=birth,
                    sex=person.sex,
                    personal_id=pid,
                    relation=person.relation,
                    residence_type=res_type,
                    residence_from=res_from,
                    residence_to=res_to,
                    phone=phone,
                    note=note,
                )
            )
        return result

    def _full_name(self, person: _Person, year: int, shared: dict[str, str | None], taken: set[str]) -> str:
        rng = self.rng
        names = self.names
        sex_key = "male" if person.sex is Sex.MALE else "female"
        if year < _TRADITIONAL_MIDDLE_BEFORE or (year < _TRANSITION_UNTIL and rng.random() < 0.5):
            era = "traditional"
        else:
            era = "modern"
        table = names.middle[f"{sex_key}_{era}"]
        middle: str | None = None
        if person.middle_key is not None:
            if person.middle_key not in shared:
                shared[person.middle_key] = table.pick(rng) if rng.random() < _SIBLINGS_SHARE_MIDDLE else None
            middle = shared[person.middle_key]
        if middle is None:
            middle = table.pick(rng)
        if middle == "Thị" and era == "modern" and rng.random() < 0.15:
            # "Nguyễn Thị Thu Hằng": a second middle name after "Thị" is common among younger women.
            second = names.middle["female_modern"].pick(rng)
            if second != "Thị":
                middle = f"Thị {second}"
        given_table = names.given[person.sex]
        name = ""
        # A given name equal to the middle name, or a namesake already in the household, is redrawn.
        for _ in range(12):
            given = given_table.pick(rng)
            if given in middle.split():
                continue
            name = f"{person.family} {middle} {given}"
            if name not in taken:
                break
        return name or f"{person.family} {middle} {given_table.pick(rng)}"

    def _personal_id(self, code: str, sex: Sex, year: int) -> str:
        """Province code + century/sex digit + 2 year digits (domain rule) + 6 serial digits, unique."""
        head = code + personal_id_prefix(sex=sex, birth_year=year)
        while True:
            pid = f"{head}{self.rng.randrange(1_000_000):06d}"
            if pid not in self.used_ids:
                self.used_ids.add(pid)
                return pid

    def _phone(self) -> str:
        while True:
            phone = f"{self.rng.choice(_MOBILE_PREFIXES)}{self.rng.randrange(10_000_000):07d}"
            if phone not in self.used_phones:
                self.used_phones.add(phone)
                return phone

    def _residence(
        self, kind: int, person: _Person, adult: bool
    ) -> tuple[ResidenceType, dt.date | None, dt.date | None, str | None]:
        """Residence type with its period; periods never start before the person was born."""
        if kind == _PERMANENT:
            return ResidenceType.PERMANENT, None, None, None
        rng = self.rng
        t = self.today_ord
        student = adult and person.born > self.years_before(25)
        if kind == _TEMP_EXPIRING or kind == _TEMP:
            # Registered within the last 2 years for at most 2 years (Law on Residence Art. 27); 730 days
            # never exceed 2 calendar years, so validate_resident's limit holds.
            if kind == _TEMP_EXPIRING:
                start = max(rng.randint(t - 699, t - 30), person.born)
                end = t + rng.randint(0, 30)  # expires within 30 days: the reminder list shows it
            else:
                start = max(rng.randint(t - 699, t), person.born)
                end = rng.randint(max(t + 31, start + 30), start + 730)
            note = None
            if adult and rng.random() < 0.3:
                note = _TEMP_NOTE_STUDENT if student else _TEMP_NOTE_WORKER
            return ResidenceType.TEMPORARY, _date(start), _date(end), note
        if kind == _ABSENT:
            start = max(t - rng.randint(7, 365), person.born)
            end = t + rng.randint(15, 365)
            if not adult:
                note = _ABSENT_NOTE_CHILD
            elif student:
                note = _ABSENT_NOTE_STUDENT
            else:
                note = rng.choice(_ABSENT_NOTES_ADULT)
            return ResidenceType.TEMPORARILY_ABSENT, _date(start), _date(end), note
        # Short stay (lưu trú): under 30 days, still running today.
        start = max(t - rng.randint(0, 20), person.born)
        end = start + rng.randint(max(1, t - start), 29)
        return ResidenceType.SHORT_STAY, _date(start), _date(end), _SHORT_STAY_NOTE

    def street_address(self, streets: Sequence[str], used: set[str]) -> str:
        """A town address on one of ``streets``; distinct from earlier ones while there is room."""
        rng = self.rng
        address = ""
        for _ in range(20):
            street = rng.choice(streets)
            if rng.random() < 0.5:
                address = f"Số {rng.randint(1, 60)}, ngõ {rng.randint(1, 120)}, đường {street}"
            else:
                address = f"Số {rng.randint(1, 250)}, đường {street}"
            if address not in used:
                break
        used.add(address)
        return address


def _shift_years(ordinal: int, years: int) -> int:
    """The ordinal ``years`` calendar years later (negative: earlier).

    29 February maps to 1 March when moving forward and to 28 February when moving back, so that a shifted
    birth date is never less than ``years`` full years away from the original.
    """
    d = dt.date.fromordinal(ordinal)
    try:
        return d.replace(year=d.year + years).toordinal()
    except ValueError:
        if years >= 0:
            return dt.date(d.year + years, 3, 1).toordinal()
        return dt.date(d.year + years, 2, 28).toordinal()


# --- mediation cases ----------------------------------------------------------------------------------

# What a hamlet's mediation team really hears about, by case sub-type (resources/rules/mediation.json).
_CASE_SUMMARIES: dict[str, tuple[str, ...]] = {
    "shared_path": ("Tranh chấp lối đi chung giữa hai hộ liền kề", "Xây tường rào lấn sang lối đi chung của xóm"),
    "water_electricity": ("Mâu thuẫn về việc dẫn nước tưới qua ruộng nhà bên cạnh",
                          "Câu nhờ điện không trả tiền điện theo thỏa thuận"),
    "noise": ("Mở loa hát karaoke quá khuya gây ồn ào", "Tiếng ồn từ xưởng mộc gia đình vào buổi trưa"),
    "hygiene": ("Nước thải chuồng lợn chảy sang vườn nhà bên", "Đổ rác ra bờ mương chung"),
    "lifestyle": ("Lời qua tiếng lại giữa hai gia đình vì chuyện con trẻ đánh nhau",
                  "Chó thả rông cắn gà nhà hàng xóm"),
    "land_use": ("Tranh chấp ranh giới thửa đất vườn", "Tranh chấp quyền sử dụng phần đất bờ ao"),
    "contract": ("Vay tiền mua phân bón không trả đúng hẹn", "Tranh chấp tiền công xây nhà"),
    "inheritance": ("Anh em tranh chấp chia đất thừa kế của cha mẹ",),
    "family": ("Mâu thuẫn mẹ chồng nàng dâu", "Mâu thuẫn vợ chồng, chồng uống rượu gây gổ"),
    "maintenance": ("Con cái không thống nhất việc chăm sóc, phụng dưỡng mẹ già",),
    "property": ("Tranh chấp quyền sở hữu chiếc máy cày mua chung",),
    "minor_violation": ("Thả trâu bò phá hoa màu của hộ khác", "Con nhà hàng xóm ném vỡ kính cửa sổ"),
}
# Sub-types by how often a team meets them (shares in percent).
_CASE_TYPE_WEIGHTS = {"shared_path": 14, "land_use": 14, "family": 12, "noise": 9, "hygiene": 9, "lifestyle": 9,
                      "water_electricity": 7, "contract": 8, "inheritance": 5, "maintenance": 4, "property": 3,
                      "minor_violation": 6}
# How cases end up (shares in percent); "late" is assigned but not started within 3 days (Art. 20).
_CASE_PATHS = {"performed": 36, "not_yet": 14, "unsuccessful": 12, "terminated": 5, "in_progress": 11,
               "late": 8, "received": 6, "referred": 3}
_AGREEMENTS = {
    "shared_path": ("Hai hộ thống nhất trả lại hiện trạng lối đi chung rộng 2 m", "Dỡ bỏ phần tường rào lấn lối đi"),
    "land_use": ("Hai bên thống nhất cắm lại mốc ranh giới theo bản đồ địa chính", "Cùng cán bộ địa chính cắm mốc"),
    "contract": ("Bên vay trả dần số tiền còn nợ", "Trả đủ số tiền còn nợ"),
    "family": ("Hai bên hứa tôn trọng, không to tiếng, xúc phạm nhau", "Không uống rượu gây gổ trong gia đình"),
}
_DEFAULT_AGREEMENT = ("Các bên xin lỗi nhau và cam kết không tái diễn", "Khắc phục thiệt hại đã gây ra")


@dataclass(frozen=True)
class DemoCase:
    """One generated mediation case: what was received and how far it went (``path``), with its dates.
    ``parties`` index the caller's list of residents; ``outsider`` is a party from outside the hamlet."""

    received_on: dt.date
    case_type: str
    start_ground: str
    summary: str
    parties: tuple[int, ...]
    outsider: str | None
    path: str
    urgent: bool
    confidential: bool
    assigned_on: dt.date | None
    sessions: tuple[dt.date, ...]
    closed_on: dt.date | None
    agreement: tuple[str, str] | None
    deadline: dt.date | None
    checked_on: dt.date | None


def generate_mediation_cases(*, seed: int, today: dt.date, residents: int) -> list[DemoCase]:
    """20–40 cases received in the year before ``today`` (numbered in their own calendar years), mixed types and
    outcomes, some overdue, exactly one confidential and one out of scope (referred to the commune police).
    Deterministic per seed and ``today``."""
    rng = random.Random(seed * 7919 + today.toordinal())
    start = today - dt.timedelta(days=365)
    span = 364
    count = rng.randint(20, 40)
    days = sorted(start + dt.timedelta(days=rng.randrange(span)) for _ in range(count))
    types = _Weighted(_CASE_TYPE_WEIGHTS.items())
    paths = _Weighted(_CASE_PATHS.items())
    out_of_scope = rng.randrange(count // 2)
    confidential = next(i for i in range(count) if i != out_of_scope and i >= count // 3)
    cases = []
    for i, received in enumerate(days):
        subtype = "minor_violation" if i == out_of_scope else types.pick(rng)
        path = "referred" if i == out_of_scope else paths.pick(rng)
        if i == confidential:
            subtype, path = "family", "performed"
        if path == "referred" and i != out_of_scope:
            path = "unsuccessful"  # only the one out-of-scope case is referred
        age = (today - received).days
        if age < 12 and path not in ("referred", "received", "late"):
            path = "in_progress" if age > 3 else "received"  # too recent to have ended
        if path == "late" and age < 8:
            path = "received"
        if path == "received" and age > 20:
            path = "in_progress"  # nothing waits that long for a mediator
        a, b = rng.sample(range(residents), 2)
        outsider = None
        if rng.random() < 0.15:
            outsider = rng.choice(("Nguyễn Văn Hải", "Trần Thị Mai", "Lê Văn Sơn", "Đỗ Thị Hằng"))
        assigned = sessions = closed = deadline = checked = agreement = None
        urgent = rng.random() < 0.08
        if path not in ("received", "referred"):
            assigned = received + dt.timedelta(days=rng.randint(0, 2))
            if path == "late":
                sessions = ()
            else:
                first = assigned + dt.timedelta(days=0 if urgent else rng.choice((1, 2, 2, 3, 3, 5)))
                more = [first + dt.timedelta(days=7 * k) for k in range(1, rng.choice((1, 1, 2, 3)))]
                sessions = tuple(d for d in [first, *more] if d < today)
        if path in ("performed", "not_yet", "unsuccessful", "terminated"):
            closed = sessions[-1]
        if path in ("performed", "not_yet"):
            agreement = _AGREEMENTS.get(subtype, _DEFAULT_AGREEMENT)
            deadline = closed + dt.timedelta(days=rng.choice((7, 15, 30, 60)))
            if path == "performed":
                checked = min(deadline + dt.timedelta(days=rng.randint(0, 5)), today - dt.timedelta(days=1))
                checked = max(checked, closed)
        ground = "mediator_witnessed" if urgent else rng.choice(
            ("party_request", "party_request", "party_request", "leader_assigned", "proposed", "mediator_witnessed"))
        cases.append(DemoCase(
            received_on=received, case_type=subtype, start_ground=ground,
            summary=rng.choice(_CASE_SUMMARIES[subtype]) if i != out_of_scope
            else "Đánh nhau gây thương tích khi tranh cãi về ranh giới đất", parties=(a, b), outsider=outsider,
            path=path, urgent=urgent, confidential=i == confidential, assigned_on=assigned,
            sessions=sessions or (), closed_on=closed, agreement=agreement, deadline=deadline, checked_on=checked))
    return cases
