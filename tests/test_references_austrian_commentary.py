"""An Austrian commentary cited by its author in the editors' work (`Felten in Rummel/Lukas, ABGB4 § 1155 Rz 49
(Stand 1.8.2022, rdb.at)`) is literature: the author, the commentary as the work cited, the provision as the pages,
the year of the online version."""

import pandas as pd

from histkit.citations import extract_citations


def test_an_author_in_the_editors_commentary_is_a_reference_to_the_commentary():
    tables = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Vgl Huber in Mayer/Novak, ABGB3 § 879 Rz 12 (Stand 1.3.2021, rdb.at)."]}))
    assert tables.citations.kind.tolist() == ["literature"]
    refs = tables.references[["authors", "title", "year", "pages"]].values.tolist()
    assert refs == [["Huber", "ABGB3", "2021", "§ 879 Rz 12"]]


def test_editors_named_as_editors_are_no_part_of_the_authors():
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1"], "text": [
        "Huber/Berger in Mayer (Hrsg), KommGewO § 7 Rz 3."]})).references
    assert refs.authors.tolist() == ["Huber/Berger"]
