"""Court decisions and legislation cited in notes are their own kinds of citation, not literature references."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _tables(*texts: str):
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes)


@pytest.mark.parametrize("text", [
    "BVerfG, Beschluss v. 12.12.2012 - 2 BvR 1750/12, MDR 2013, 294.",
    "BVerfG, Order of 12.12.2012 - 2 BvR 1750/12, MDR 2013, 294.",
    "VfGH 12.3.2004, G 12/03.",
    "Brown v. Board of Education, 347 U.S. 483, 495 (1954).",
    "Roe, 410 U.S. at 120.",
    "BVerfGE 7, 198 (205).",
    "Cass. soc., 12 mai 2004, n° 02-12.345.",
])
def test_a_court_decision_is_a_case_citation_and_no_reference(text):
    tables = _tables(text)
    assert tables.citations.kind.tolist() == ["case"]
    assert tables.references.empty


@pytest.mark.parametrize("text", [
    "Thüringer Bibliotheksgesetz (ThürBibG) vom 16. Juli 2008, GVBl. 2008, S. 242.",
    "Judiciary Act of 1789, ch. 20, 1 Stat. 73.",
    "Directive 2019/1158/EU.",
    "U.S. CONST. art. I, § 8, cl. 3.",
    "Loi n° 2004-228 du 15 mars 2004.",
    "Zakon o arhivskom gradivu, Narodne novine 105/97.",
])
def test_a_statute_or_directive_is_a_legislation_citation_and_no_reference(text):
    tables = _tables(text)
    assert tables.citations.kind.tolist() == ["legislation"]
    assert tables.references.empty


def test_a_reference_after_a_decision_in_the_same_note_is_still_found():
    tables = _tables("BVerfG, Beschluss v. 12.12.2012 - 2 BvR 1750/12; Mosler, Menschenbild und soziales Ideal, "
                     "in GedS Rebhahn (2019), 349 ff.")
    assert tables.citations.kind.tolist() == ["case", "literature"]
    assert tables.references.authors.tolist() == ["Mosler"]


def test_a_commentary_whose_title_names_a_law_is_neither_case_nor_legislation():
    tables = _tables("Dreier/Schulze, Urheberrechtsgesetz, 6. Aufl. 2018, § 27 UrhG Rn. 15.")
    assert not set(tables.citations.kind) & {"case", "legislation"}


def test_an_archival_citation_stays_archival_whatever_court_it_names():
    tables = _tables("TNA, FO 371/107832, Judgment of the Supreme Court, 12 March 1953.")
    assert tables.citations.kind.tolist() == ["archival"]


def test_a_reference_in_the_sentence_after_a_directive_is_still_found():
    tables = _tables("RL 2002/14/EG. Vgl Mosler, Die Zukunft der Arbeitnehmerbeteiligung in Europa, EuZA 2015, 192.")
    assert tables.citations.kind.tolist() == ["legislation", "literature"]
    assert tables.references.authors.tolist() == ["Mosler"]
