"""Chinese names and the fields a 回执 carries: cleaning, checks, pinyin readings (docs/protocol.md#names, #pinyin).

Cleaning never changes the characters of a name beyond spacing and the middle dot;
checks return warnings (a :class:`~ceremony.messages.Message`, or None) and never block anything.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from functools import lru_cache

from ceremony.messages import Message


IDEOGRAPHIC_SPACE = "\u3000"
MIDDLE_DOT = "·"
# Dots people type inside minority names: middle dot, bullet, full-width full stop, hyphenation point,
# katakana middle dot, dot operator, full-width middle dot.
_DOTS = "·•．‧・⋅･"
_SPACES = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")

# Surname readings (docs/protocol.md#pinyin): every character whose reading as a surname is not pypinyin's first
# reading (pypinyin has no surname mode), reviewed against the 姓 senses of 《现代汉语词典》; compound surnames
# with their readings. The surname reading comes first, the character's other readings stay searchable.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",), "查": ("zha",),
    "朴": ("piao",), "覃": ("qin",), "翟": ("zhai",), "乐": ("yue",), "华": ("hua",), "盖": ("ge",),
    "缪": ("miao",), "那": ("na",), "种": ("chong",), "员": ("yun",), "黑": ("he",), "秘": ("bi",),
    "莘": ("shen",), "句": ("gou",), "阚": ("kan",), "都": ("du",), "召": ("shao",), "折": ("she",),
    "繁": ("po",), "能": ("nai",), "祭": ("zhai",), "乜": ("nie",), "隗": ("wei",), "宓": ("fu",),
    "洗": ("xian",), "蕃": ("pi",), "藏": ("zang",), "蔚": ("yu",), "铅": ("yan",), "角": ("jue",),
    "粘": ("nian",), "炅": ("gui",), "长": ("chang",), "重": ("chong",), "薄": ("bo",), "便": ("pian",),
    "佴": ("nai",), "颉": ("xie",), "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"), "令狐": ("ling", "hu"), "澹台": ("tan", "tai"),
}
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司徒", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "万俟", "单于", "长孙", "慕容", "令狐",
    "夏侯", "公孙", "轩辕", "宇文", "澹台", "南宫", "西门", "独孤", "端木", "呼延", "钟离", "闻人", "申屠",
})
MAX_READINGS = 8   # heteronyms multiply; cap the combinations indexed per name


# Terminal escape sequences (ESC [ ... letter, ESC ] ... BEL) and single escapes.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
# Characters that never belong in a name or a table cell: controls (C0, DEL, C1), bidi overrides,
# embeddings and isolates (they reorder what a person reads), other invisible format characters,
# lone surrogates and noncharacters. Tab/newline count as spaces and are handled by the spacing rules.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Cn", "Co"}
_KEEP = set("\t\n\r\u200d")          # whitespace the spacing rules handle; ZWJ joins emoji


def strip_unsafe(text: str) -> str:
    """``text`` without terminal escapes, control characters, bidi override marks and invisible format
    characters (what a hostile or broken file smuggles into names)."""
    if text.isprintable():
        return text
    text = _ANSI.sub("", text)
    return "".join(ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _UNSAFE_CATEGORIES)


def has_unsafe(text: str) -> bool:
    return bool(text) and strip_unsafe(text) != text


def clean_name(text: str) -> str:
    """A name as stored: no spaces inside (ASCII or U+3000), one kind of middle dot, no control,
    escape or bidi characters."""
    text = _SPACES.sub("", strip_unsafe(text or ""))
    return "".join(MIDDLE_DOT if ch in _DOTS else ch for ch in text)


def clean_text(text) -> str:
    """Any other text cell: trimmed, inner runs of spaces kept as one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", strip_unsafe(str(text))).strip()


def nfkc(text) -> str:
    """Full-width digits and letters to ASCII (phone, ID number, plate only; never names)."""
    return unicodedata.normalize("NFKC", clean_text(text))


def clean_phone(text) -> str:
    """NFKC, then drop spaces, dashes and a leading +86 / 0086."""
    value = re.sub(r"[\s\-()（）]", "", nfkc(text))
    return re.sub(r"^(\+86|0086)", "", value)


def clean_id_number(text) -> str:
    return re.sub(r"\s", "", nfkc(text)).upper()


def clean_plate(text) -> str:
    value = re.sub(r"[\s\-]", "", nfkc(text)).upper()
    return "".join(MIDDLE_DOT if ch in _DOTS + "." else ch for ch in value)


def pad_name(name: str) -> str:
    """Two-character names padded with U+3000 for printed lists only (王五 → 王　五)."""
    return name[0] + IDEOGRAPHIC_SPACE + name[1] if len(name) == 2 else name


def split_surname(name: str) -> tuple[str, str]:
    """(surname, given name): the surname is written first; compound surnames are recognised from a fixed
    list, also in traditional characters (歐陽, 諸葛); a two-character name is never all surname."""
    if len(name) > 2 and is_compound_surname(name[:2]):
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=4096)
def is_compound_surname(two: str) -> bool:
    """Whether two characters are a compound surname of the list (traditional forms too)."""
    from ceremony.roster.strokes import simplified_form
    return "".join(simplified_form(ch) for ch in two) in COMPOUND_SURNAMES


# --- checks (warnings) --------------------------------------------------------------------------
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PLATE = re.compile(r"^[\u4e00-\u9fff][A-Z]·?[A-Z0-9]{5,6}$")


def phone_warning(phone: str) -> Message | None:
    if phone and not re.fullmatch(r"1[3-9]\d{9}", phone):
        return Message("person.phone_format")
    return None


def id_number_warning(id_number: str) -> Message | None:
    if not id_number:
        return None
    if not re.fullmatch(r"\d{17}[\dX]", id_number):
        return Message("person.id_length")
    total = sum(int(d) * w for d, w in zip(id_number[:17], _ID_WEIGHTS))
    if _ID_CHECK[total % 11] != id_number[17]:
        return Message("person.id_checksum")
    return None


def plate_warning(plate: str) -> Message | None:
    if plate and not _PLATE.fullmatch(plate):
        return Message("person.plate_format")
    return None


def gender_from_id(id_number: str) -> str:
    """男/女 from a valid-looking 18-digit ID number's 17th digit, else ""."""
    if re.fullmatch(r"\d{17}[\dX]", id_number or ""):
        return "男" if int(id_number[16]) % 2 else "女"
    return ""


def gender_warning(gender: str, id_number: str) -> Message | None:
    from_id = gender_from_id(id_number)
    if gender and from_id and gender != from_id and not id_number_warning(id_number):
        return Message("person.gender_not_id.male" if from_id == "男" else "person.gender_not_id.female")
    return None


def normalize_gender(text) -> str:
    value = clean_text(text).upper()
    if value in ("男", "M", "MALE", "男性"):
        return "男"
    if value in ("女", "F", "FEMALE", "女性"):
        return "女"
    return ""


# --- pinyin ---------------------------------------------------------------------------------------
def _char_readings(text: str) -> list[list[str]]:
    """Readings per character (ü as v); characters without pinyin keep themselves, lower-cased."""
    out = []
    for ch in text:
        if "\u3400" <= ch <= "\u9fff":
            out.append(list(_readings_of_char(ch)))
        elif ch.isalnum():
            out.append([ch.lower()])
    return out


@lru_cache(maxsize=20_000)
def _readings_of_char(ch: str) -> tuple[str, ...]:
    # Imported here: pypinyin loads its dictionaries (~0.5 s) on import, and start-up need not wait.
    from pypinyin import Style, pinyin
    return tuple(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=50_000)
def name_readings(name: str) -> tuple[str, ...]:
    """Every full-pinyin reading of a name, surname reading first, capped at MAX_READINGS.

    Each reading is the syllables joined by spaces: ``("zeng guo fan", "ceng guo fan")``. Past the cap the
    readings furthest from each character's first one go: every character's second reading stays, and the
    surname's own reading is in every reading but those that vary the surname.
    """
    surname, given = split_surname(name)
    fixed = SURNAME_READINGS.get(surname)
    if fixed is None and len(surname) == 2 and surname[0] in SURNAME_READINGS:
        fixed = SURNAME_READINGS[surname[0]] + tuple(_char_readings(surname[1])[0][:1])
    if fixed is not None:
        per_char = [[r] for r in fixed]
        per_char[0] += [r for r in _char_readings(surname[0])[0] if r != fixed[0]]
        per_char += _char_readings(given)
    else:
        per_char = _char_readings(name)
    if not per_char:
        return ()
    return tuple(" ".join(per_char[i][k] for i, k in enumerate(c)) for c in _nearest_combinations(per_char))


def _nearest_combinations(per_char: list[list[str]]) -> list[tuple[int, ...]]:
    """Up to MAX_READINGS choices of one reading per character, fewest departures from the first readings
    first (a best-first walk, so a long name with many heteronyms costs no more than the cap)."""
    start = (0,) * len(per_char)
    heap, seen = [(0, start)], {start}
    out: list[tuple[int, ...]] = []
    while heap and len(out) < MAX_READINGS:
        cost, combo = heapq.heappop(heap)
        out.append(combo)
        for i, k in enumerate(combo):
            if k + 1 < len(per_char[i]):
                step = combo[:i] + (k + 1,) + combo[i + 1:]
                if step not in seen:
                    seen.add(step)
                    heapq.heappush(heap, (cost + 1, step))
    return out


def full_pinyin(reading: str) -> str:
    return reading.replace(" ", "")


def initials(reading: str) -> str:
    return "".join(s[0] for s in reading.split(" ") if s)


def sort_pinyin(name: str) -> str:
    """The first (surname-aware) reading, used to sort by pinyin."""
    readings = name_readings(name)
    return readings[0] if readings else name
