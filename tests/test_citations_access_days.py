"""The day a page or scan was seen online is the reader's, never the document's; a route after a semicolon is one."""

import pytest
from conftest import cite

import pandas as pd

from histkit.citations import extract_citations


@pytest.mark.parametrize("text, date", [
    ("Nationaal Archief, Den Haag (hierna NA), 1.01.46, inv.nr. 812, brief van 4 mei 1688, "
     "https://www.nationaalarchief.nl/onderzoeken/archief/1.01.46/invnr/812 (geraadpleegd 2 juni 2019).", "1688-05-04"),
    ("Riksarkivet (RA), Stockholm, Kommerskollegium, E III:4, skrivelse 9 maj 1701 (besökt 3 mars 2022).",
     "1701-05-09"),
    ("Rigsarkivet (herefter RA), Tyske Kancelli, pk. 3, brev af 14. juni 1699, online (læst 4. maj 2021).",
     "1699-06-14"),
    ("The National Archives, Kew (TNA), CO 55/12, despatch of 2 March 1832, accessed 5 May 2020.", "1832-03-02"),
])
def test_an_access_date_is_not_the_documents_date(text, date):
    row = cite(text).citations.iloc[0]
    assert (row.kind, row.date_start) == ("archival", date)


def test_a_scan_route_after_a_semicolon_adds_no_unit_nor_date():
    rows = cite("Sri Lanka National Archives, Colombo (hereafter SLNA), Lot 6/1120, diary of the dessave, 3.4.1751; "
                "digitised by the British Library, EAP 9/1/4, image 7 (accessed 12 May 2023).").citations
    assert list(rows.kind) == ["archival"]
    assert (rows.iloc[0].date_start, "EAP" in rows.iloc[0].unit) == ("1751-04-03", False)


def test_a_web_page_cited_with_its_access_day_and_no_other_date_stays_a_reference():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [
        "SCOTUS, Text of the Oaths of Office for Supreme Court Justices, "
        "https://www.supremecourt.gov/about/oath/textoftheoathsofoffice2009.aspx (Accessed 15 November 2018)."]})
    assert extract_citations(notes).citations.kind.tolist() == ["literature"]


def test_a_reference_ends_at_its_access_day_before_the_prose_after_it():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [
        "D.A. Green, “Whatever happened to the ‘Great’ Repeal Bill?” Financial Times (21 June 2017), "
        "https://www.ft.com/content/05253602 (Accessed 15 November 2018). Green notes in his article that the name "
        "was dropped."]})
    assert extract_citations(notes).citations.raw.iloc[0].endswith("(Accessed 15 November 2018).")
