"""An archive's code defined in a language no word list holds: `Name, Town (WORDS CODE), call number, …`.

The notes below are written for the tests in an invented language (`zefter`, `nado kez` for "hereafter";
`Zarkova`, `Lomstav` have no archive word any list holds), so that only the shape can read them.
"""

from __future__ import annotations

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.archives import default_matcher
from histkit.citations.definedshape import call_number_follows, shaped_definitions
from histkit.citations.definitions import learn_definitions


def _archival(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    rows = rows[rows.kind == "archival"]
    return list(zip(rows.note_no, rows.archive, rows.archive_name, rows.date_start))


def test_a_bracket_of_small_words_and_a_code_before_a_call_number_defines_the_code():
    matcher = default_matcher().copy()
    learn_definitions("Zarkova Lomstav, Brno (zefter ZL), pk. 1127, zapis, 12.1.1938.", matcher)
    archive = matcher.match("ZL, pk. 12")[0]
    assert (archive.code, archive.name) == ("ZL", "Zarkova Lomstav")


def test_the_words_may_be_several_and_end_in_a_colon_or_dash():
    found = shaped_definitions("Zarkova Lomstav (nado kez: ZL), f. 12, op. 3.")
    assert [m.group("abbr") for m in found] == ["ZL"]
    found = shaped_definitions("Zarkova Lomstav (nado – Z LM), f. 12, op. 3.")
    assert [m.group("abbr") for m in found] == ["Z LM"]


def test_the_code_is_used_in_the_next_notes_of_the_document():
    rows = _archival("Zarkova Lomstav, Brno (zefter ZL), pk. 1127, zapis, 12.1.1938.",
                     "ZL, pk. 1131, 3.2.1939.")
    assert [(no, name, date) for no, _, name, date in rows] == [
        ("1", "Zarkova Lomstav", "1938-01-12"), ("2", "Zarkova Lomstav", "1939-02-03")]


def test_a_book_or_journal_abbreviated_so_defines_no_archive():
    assert not call_number_follows(", 112.")
    assert not call_number_follows(" 95 (1988), 3.")
    assert shaped_definitions("Novak, Zarkova Lomstav (zefter ZL), s. 45.") == []
    assert _archival("Novak, Zarkova Lomstav (zefter ZL), 112.", "ZL, 115.") == []


def test_in_a_script_without_capitals_a_space_does_not_tell_the_words_from_the_code():
    # Georgian: a name of five words in brackets is no code after four "hereafter" words
    assert shaped_definitions("ფონდი (საქართველოს შინაგან საქმეთა სამინისტროს არქივი), ფ. 6, საქ. 37127.") == []
    found = shaped_definitions("ფონდი არქივი (შემდგომში – სცსა), ფ. 6, საქ. 37127.")
    assert [m.group("abbr") for m in found] == ["სცსა"]


def test_a_code_the_authority_file_gives_the_named_archive_stays_that_archive():
    matcher = default_matcher().copy()
    learn_definitions("The National Archives, Kew (zefter TNA), FO 371/1, 3.1.1950.", matcher)
    assert matcher.match("TNA, FO 371/2")[0].code == "TNA"


def test_a_name_defined_with_hereafter_and_followed_by_a_call_number_is_an_archive_not_a_journal():
    rows = _archival("Zarkova Lomstav Kombet (hereafter ZLK), BDH, Klasor 1234, 3.5.1915.", "ZLK, BDH, Klasor 1240, 4.5.1915.")
    assert [(no, code, name) for no, code, name, _ in rows] == [("1", "ZLK", "Zarkova Lomstav Kombet")] * 1 + [
        ("2", "ZLK", "Zarkova Lomstav Kombet")]


def test_a_journal_defined_so_and_cited_by_volume_stays_a_journal():
    assert not call_number_follows(", vol. 95, 1988, pp. 3-45.")
    assert _archival("Novak, Zarkova Lomstav Kombet (hereafter ZLK), vol. 95, 1988, pp. 3-45.", "ZLK, vol. 96, p. 4.") == []


def test_a_bare_bracketed_code_of_the_name_s_initials_before_a_call_number_defines_it():
    rows = _archival("Zarkova Lomstav Kombet, Brno (ZLK), fond 3, pk. 12, 3.5.1915.", "ZLK, fond 3, pk. 14, 4.5.1915.")
    assert [(no, code, name) for no, code, name, _ in rows] == [("1", "ZLK", "Zarkova Lomstav Kombet"),
                                                                ("2", "ZLK", "Zarkova Lomstav Kombet")]


def test_a_bare_code_that_is_not_the_name_s_initials_defines_nothing_by_shape():
    matcher = default_matcher().copy()
    learn_definitions("Zarkova Lomstav Kombet, Brno (QX), fond 3, pk. 12, 3.5.1915.", matcher)
    assert matcher.match("QX, fond 3") is None
