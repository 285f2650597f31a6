"""An alternation whose branches stand behind look-aheads for their first characters (`firstchars`) matches what the
alternation as written matches, where it matches it."""

import random
import re

from histkit.dates import baredays
from histkit.dates.firstchars import first_character_alternation


def _plain_bare_days() -> re.Pattern:
    """The bare days' pattern as it was written before its leads were grouped: the specification."""
    parts = []
    for i, (form, marks) in enumerate(sorted(baredays._leads().items(), key=lambda item: (-len(item[0]), item[0]))):
        if not form:
            lead = r"(?<![\w./-])"
        else:
            words = "|".join(r"\s+".join(map(re.escape, f.split())) for f in dict.fromkeys((form, form[:1].upper() + form[1:])))
            edge = r"(?<!\w)" if form[0].isalnum() else ""
            lead = rf"{edge}(?:{words})(?<=\W)\s*" if not form[-1].isalnum() else rf"{edge}(?:{words})\s+"
        parts.append(rf"(?P<l{i}>{lead}){baredays._NUMBER.replace('<d>', f'<d{i}>')}(?P<m{i}>{baredays._marks(marks)})")
    return re.compile(rf"(?:{'|'.join(parts)})(?![\w°º%/-]|[.,:]\d|\s*\d)")


def _texts() -> list[str]:
    """The leads' own words and marks, cased and spaced as a writer might, with numbers and near misses."""
    rng = random.Random(11)
    leads = [lead for lead in baredays._leads() if lead]
    marks = sorted({m for ms in baredays._leads().values() for m in ms})
    made = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            lead = rng.choice(leads)
            lead = lead.capitalize() if rng.random() < 0.3 else lead.upper() if rng.random() < 0.1 else lead
            parts += [rng.choice(["", " ", "x", "(", "."]), lead, rng.choice([" ", "  ", "", "\n"]),
                      rng.choice(["5", "16", "31", "32", "07", "1949"]), rng.choice(marks + [" ", "", "x", "-го", ".1"])]
        made.append("".join(parts))
    return made + ["On 14 July 1789 … on the 16th", "le 18 mars 1871 ; du 20 au 22, puis le 26", "с 28-го", "23-го"]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in pattern.finditer(text)]


def test_the_bare_days_leads_grouped_by_first_letter_match_as_written():
    plain, grouped = _plain_bare_days(), baredays._pattern()
    assert grouped.pattern != plain.pattern
    for text in _texts():
        assert _found(grouped, text) == _found(plain, text), text


def test_branches_beginning_alike_keep_their_order_within_their_group():
    source = first_character_alternation([("ab", "a"), ("x", "x"), ("a", "a")])
    assert re.match(source, "ab").group() == "ab" and re.match(source, "x").group() == "x"
    assert source == "(?=[ax])(?:(?=[a])(?:ab|a)|(?=[x])(?:x))"


def test_a_later_branch_is_tried_when_the_first_fails_after_the_alternation():
    source = first_character_alternation([("ab", "a"), ("x", "x"), ("a", "a")]) + "c"
    assert re.match(source, "ac").group() == "ac"


def test_sets_that_overlap_keep_the_branches_in_their_order():
    assert first_character_alternation([("a", "ab"), ("b", "b")]) == "(?=[ab])(?:a|b)"


def test_a_branch_that_declares_no_character_leaves_the_alternation_as_written():
    assert first_character_alternation([("a", "a"), ("", "")]) == "(?:a|)"
