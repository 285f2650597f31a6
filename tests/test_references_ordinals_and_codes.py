"""Two shapes the corpus's law articles print in notes: a German ordinal inside a title (`Festschrift zum 70.
Geburtstag`, `im 100. Semester`) goes on with the same reference, where a number and a full stop before a capital
otherwise end one; and a code cited by its name in capitals before its section (`MICH. COMP. LAWS § 380.1166`,
`N.Y. EDUC. LAW § 3204`, `ABGB § 1295`) is legislation, not literature."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _tables(note: str):
    return extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [note]}))


@pytest.mark.parametrize(("note", "year"), [
    ("Blecher, Geschichte und Eigensinn, in: Joerges/Zumbansen (Hg.), Politische Rechtstheorie. Rudolf Wiethölter "
    "zum 100. Semester, ZERP-Diskussionspapier 1 (2013), 31–43.", "2013"),
    ("Karl Weber, Das Stadtrecht, in: Festschrift für Hans Meier zum 70. Geburtstag, Berlin 2010, 45–67.", "2010"),
    ("Anna Roth, Die Zünfte im 18. Jahrhundert, in: Gewerbe und Stadt, Wien 1998, 12–30.", "1998"),
])
def test_an_ordinal_inside_a_title_keeps_one_reference(note, year):
    refs = _tables(note).references
    assert refs.year.tolist() == [year]


def test_pages_and_a_full_stop_before_a_sentence_still_end_the_reference():
    refs = _tables("Luhmann, Das Recht der Gesellschaft, Frankfurt 1993, 45. Weitere Fälle nennt Teubner, "
                   "Recht als autopoietisches System, Frankfurt 1989, 12.").references
    assert refs.authors.tolist() == ["Luhmann", "Teubner"]


@pytest.mark.parametrize("note", [
    "MICH. COMP. LAWS § 380.1166 (2021). https://perma.cc/M4LQ-ALAG",
    "N.Y. EDUC. LAW § 3204 (2022).",
    "CAL. EDUC. CODE § 51210 (West 2020).",
    "ABGB § 1295 Abs 2.",
])
def test_a_code_named_in_capitals_before_its_section_is_legislation_and_no_reference(note):
    tables = _tables(note)
    assert tables.citations.kind.tolist() == ["legislation"] and tables.references.empty


def test_a_commentary_naming_its_author_before_the_section_stays_literature():
    refs = _tables("MüKo/Wagner, BGB, 8. Aufl. 2020, § 823 Rn. 5.").references
    assert len(refs) == 1


def test_a_span_of_years_ending_a_containers_title_keeps_one_reference():
    refs = _tables("Jan Kowal, Handel zbożem, [w:] Miasta i wsie 1918–1939. Szkice z dziejów, red. B. Nowak, "
                   "Kraków 1995, s. 10–20.").references
    assert refs[["container", "year"]].values.tolist() == [["Miasta i wsie 1918–1939. Szkice z dziejów", "1995"]]
