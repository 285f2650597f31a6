"""A repeat read from its shape: after the author, an abbreviation no word list holds, then only the pages."""

import pandas as pd

from histkit.citations import extract_citations


def _references(*notes: str) -> pd.DataFrame:
    frame = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)], "text": list(notes)})
    return extract_citations(frame).references


def test_an_unknown_dotted_abbreviation_after_the_author_repeats_that_authors_work():
    # (`q.v.z.`, `zr. dvk.`: a made-up language's op. cit.)
    for word in ("q.v.z.", "zr. dvk.", "q. z."):
        refs = _references("P. Ruyter, Het veen, Leiden: Brill, 1977, 12.", "Het Volk, 3 mei 1930.",
                           f"Ruyter, {word}, 40.")
        assert refs.ref_of.tolist()[-1] == "1:1", word
        assert refs.title.tolist()[-1] == "Het veen", word


def test_an_unknown_abbreviation_after_the_authors_colon_repeats_that_authors_work():
    # (the Hungarian order, `Név: i. m. 48`, with a made-up language's op. cit.)
    refs = _references("Kovács István: A szőlő. Budapest, 1990. 12.", "Kovács I.: q. z. 48.")
    assert refs.ref_of.tolist() == ["", "1:1"]
    assert refs.title.tolist()[-1] == "A szőlő"
