"""The splitter cuts long notes without nested calls, and what a span knows leaves its cuts as they were."""

import csv
from pathlib import Path

import pytest

from histkit.citations import split_citations, splitter
from histkit.citations.archives import default_matcher
from histkit.citations.leads import in_before
from histkit.citations.notetext import at_top_level, first_comma_part, paren_depth, split_commas

FIXTURES = Path(__file__).parent / "fixtures" / "citations"


def _fixture_notes() -> list[str]:
    notes = []
    for path in sorted(FIXTURES.glob("notes*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            notes += [row["text"] for row in csv.DictReader(handle)]
    return notes


def test_a_note_of_twelve_hundred_sentences_each_a_citation_gives_twelve_hundred_citations():
    note = "TNA, FO 371/1, Minute, 1 May 1950. " * 1200  # more cuts than Python allows nested calls
    pieces = split_citations(note)
    assert len(pieces) == 1200 and {p.role for p in pieces} == {"citation"}


def test_a_note_of_two_thousand_lead_ins_is_cut_into_two_thousand_lead_ins_and_the_citation_after_them():
    pieces = split_citations("See: " * 2000 + "TNA, FO 371/1.")  # more cuts than Python allows nested calls
    assert [p.role for p in pieces] == ["lead-in"] * 2000 + ["citation"]


def test_the_rests_of_a_span_cut_as_they_would_if_they_knew_nothing_of_the_span(monkeypatch):
    notes = _fixture_notes() + [
        "See: TNA, FO 371/1. See also (the minutes: AJ, 507, 3. 5. 1950). Vgl.: Ibid., 4.",
        "Ibid. He said: this. Ibid. He said in: TNA, FO 371/1. Ibid. Minute: AJ, 507. Ibid., 4.",
        "NARA, RG 84/2310/5, report of 3 Jan. 1943, and RG 84/2310/7 / NARA, RG 59, letter of 4 May 1950, and RG 84/1",
        "The file. Državni arhiv u Splitu (DAST), fond 3. Later: DAST, fond 4. On this, see DAST, fond 5, 3. 5. 1950.",
        "Report, 3 May 1950. TNA, FO 371/1. РГАНИ. Ф. 5. Оп. 30. Д. 1. Л. 22. ГАРФ. Ф. Р-5446. and TNA, FO 371/2.",
    ]
    knowing = [split_citations(note, default_matcher().copy()) for note in notes]
    forget = splitter._Cutter.rest

    def rest_knowing_nothing(self, piece, a, start, known, after_lead):
        return forget(self, piece, a, start, frozenset(), after_lead)

    monkeypatch.setattr(splitter._Cutter, "rest", rest_knowing_nothing)
    assert [split_citations(note, default_matcher().copy()) for note in notes] == knowing


def test_matches_at_the_top_level_are_those_where_paren_depth_is_zero():
    import re

    text = "a: (b: [c: d]) e: f) g: (h:"
    found = [m.start() for m in at_top_level(re.finditer(":", text), text)]
    assert found == [m.start() for m in re.finditer(":", text) if paren_depth(text, m.start()) == 0]


@pytest.mark.parametrize("text", ["x, (kut. 5, 6), 7", " , , 8", "„a, b“, c", "", "no comma", "a(b, c", ",,"])
def test_the_first_comma_part_is_the_first_of_split_commas(text):
    parts = split_commas(text)
    assert first_comma_part(text) == (parts[0] if parts else "")


@pytest.mark.parametrize("text", ["Printed in", "in", "u", "DANS", "see Dans\n", "within", "Main", "xx in\n", "x\tu"])
def test_in_before_says_what_a_search_of_the_whole_text_before_the_colon_says(text):
    import re

    expected = re.search(r"(?:^|\s)(?:in|u|в|dans)$", text, re.IGNORECASE) is not None
    assert in_before(text + ": FRUS", len(text)) == expected


def _tokens_by_scan(text: str, start: int) -> list[tuple[int, int]]:
    # `Tokens.of` as it read every character through `scan`
    from histkit.citations import notetext
    from histkit.dates import find_date_groups

    inside = set()
    for d in find_date_groups(text[start:]):
        inside.update(range(start + d.start, start + d.end))
    spans, a, dotted = [], start, False
    for i, ch, depth, quote in notetext.scan(text, start):
        if ch == "," and depth == 0 and not quote and not notetext._comma_in_number(text, i) and i not in inside:
            spans.append((a, i))
            a = i + 1
        elif ch == "." and depth == 0 and i > start + 1 and (text[i - 1].isdigit() or (text[i - 1].isalpha() and text[i - 2].isdigit())) \
                and (notetext._KEY_AFTER_DOT.match(text, i + 1) or (dotted and notetext._KEYED_PART.fullmatch(text, a, i)
                                                                    and notetext._SENTENCE_AFTER_DOT.match(text, i + 1))):
            spans.append((a, i))
            a, dotted = i + 1, True
    spans.append((a, len(text)))
    spans = [notetext._strip(text, s, e) for s, e in spans]
    return [s for s in spans if s[0] < s[1]]


def test_tokens_cut_a_citation_where_reading_every_character_cut_it():
    import random

    from histkit.citations.notetext import Tokens

    rng = random.Random(3)
    parts = ["AJ", "507", "(fond 3, IX)", "„Tito, Kardelj“", "May 15, 1952", "Ф. 17. Оп. 128. Д. 1163. Л. 52", "1,5",
             "«a, b»", "f. 3", "Письмо от 12 мая 1937 г.", "box 4.", "d. 12. l. 3", "]", ")", "“x, y”"]
    texts = [", ".join(rng.choice(parts) for _ in range(rng.randint(1, 6))) for _ in range(800)]
    for text in texts:
        for start in (0, 3):
            assert Tokens.of(text, start).spans == _tokens_by_scan(text, start), (text, start)
