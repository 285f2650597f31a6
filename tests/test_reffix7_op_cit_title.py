"""A repeat that prints a short title before its op. cit. word (`Malinowska, Wieś kielecka, dz. cyt.`) repeats the
author's work of that title, not her latest; and `J.w.` is a Polish Ibid., with its small w only (`J. W.` before a
surname is a person's initials)."""

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract


def extracted(*texts: str):
    """The rule parser's tables of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes)


def test_an_op_cit_with_a_short_title_repeats_the_work_of_that_title():
    refs = extracted("J. Malinowska, Wieś kielecka w latach 1944–1956, t. 2, Kraków 1985, s. 12.",
                     "Taż, Opór chłopski, „Kwartalnik Historyczny” 1990, R. 97, nr 2, s. 112–130.",
                     "Malinowska, Wieś kielecka, dz. cyt., t. 2, s. 30.").references
    assert refs[["title", "year", "ref_of"]].values.tolist()[2] == ["Wieś kielecka", "1985", "1:1"]


def test_jw_repeats_the_citation_before():
    cited = extracted("Robert W. Hensley, Chłopi i władza, Warszawa 1998, s. 140.", "J.w., s. 150.").citations
    assert cited[["kind", "ibid_of"]].values.tolist()[1] == ["ibid", "1:1"]


def test_initials_in_capitals_are_not_read_as_the_polish_ibid():
    refs = extracted("P. Smit, Titel, Leiden 1990, 5.", "Zie ook J. W. Bosman, De armenzorg, Amsterdam 1985, 45.").references
    assert refs.authors.tolist() == ["P. Smit", "J. W. Bosman"]


def test_the_polish_ibid_is_read_with_a_capital_or_small_first_letter():
    cited = extracted("Robert W. Hensley, Chłopi i władza, Warszawa 1998, s. 140.", "J.w., s. 150.",
                      "j. w., s. 151.").citations
    assert cited.kind.tolist() == ["literature", "ibid", "ibid"]
