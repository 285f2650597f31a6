"""In a script without capitals, a lead word no list holds before a colon and a name (`ראו: יוסף כהן, …`) is a lead:
the reference is the name's, not a title that opens with the lead."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.legal import without_lead_in


def test_an_unknown_hebrew_lead_and_its_colon_before_a_name_are_cut():
    # (`קורלו`: a made-up lead word)
    assert without_lead_in("קורלו: יוסף כהן, המושב, ירושלים 1985") == "יוסף כהן, המושב, ירושלים 1985"


def test_a_georgian_lead_of_an_abbreviation_and_a_word_before_a_name_is_cut():
    # (`ქრლ. ვემკა`: made-up words)
    assert without_lead_in("ქრლ. ვემკა: ა. კობახიძე, კრედიტი, თბილისი, 2008") == "ა. კობახიძე, კრედიტი, თბილისი, 2008"


def test_a_caseless_title_with_a_colon_and_no_name_after_it_keeps_its_words():
    text = "המושב והמשבר: התיישבות העובדים בשנות השלושים, ירושלים 1985"
    assert without_lead_in(text) == text


def test_a_note_opening_with_an_unknown_caseless_lead_gives_the_reference_of_the_name():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1"],
                          "text": ["קורלו: יוסף כהן, המושב והמשבר, ירושלים תשמ\"ה (1985), עמ' 45."]})
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "year"]].values.tolist() == [["יוסף כהן", "המושב והמשבר", "1985"]]


def test_parse_reference_reads_the_name_after_an_unknown_caseless_lead():
    assert parse_reference("קורלו: יוסף כהן, המושב והמשבר, ירושלים 1985")["authors"] == "יוסף כהן"
