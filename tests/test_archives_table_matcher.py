"""The matcher of an authority table is built once per process while the table's content stays as it was."""

import pandas as pd

from histkit.citations import extract_citations, load_archives
from histkit.citations.archives import table_matcher


def test_the_same_unchanged_table_gives_the_same_matcher():
    table = load_archives()
    assert table_matcher(table) is table_matcher(table)


def test_the_same_content_read_again_gives_the_same_matcher():
    assert table_matcher(load_archives()) is table_matcher(load_archives())


def test_a_table_changed_in_place_gets_a_matcher_that_knows_the_change():
    table = load_archives()
    assert table_matcher(table).match("XQZA, fond 3") is None
    table.loc[0, "code"] = "XQZA"
    assert table_matcher(table).match("XQZA, fond 3")[0].code == "XQZA"


def test_an_abbreviation_one_document_defines_is_not_known_in_the_next_read_with_the_same_table():
    table = load_archives()
    defining = pd.DataFrame({"doc_id": ["a"], "note_no": ["1"], "text": ["Arhiv Mesta Foo (hereafter: AMFX), fond 3."]})
    citing = pd.DataFrame({"doc_id": ["b"], "note_no": ["1"], "text": ["AMFX, fond 4."]})
    before = extract_citations(citing, table).citations
    assert extract_citations(defining, table).citations.archive.tolist() == ["AMFX"]
    assert extract_citations(citing, table).citations.equals(before)
