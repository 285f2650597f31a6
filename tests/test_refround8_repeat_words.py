"""Repeat words of Dutch, Romanian, Greek, Turkish and Swedish notes (data): op. cit. after the author, Ibid. alone."""

import pandas as pd

from histkit.citations import extract_citations


def _tables(*notes: str):
    frame = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(notes) + 1)], "text": list(notes)})
    return extract_citations(frame)


def test_an_op_cit_word_after_the_author_repeats_that_authors_work():
    for word in ("a.w.", "t.a.p.", "lucr. cit.", "ό.π.", "a.g.e.", "a.g.m.", "aynı eser", "a.a."):
        refs = _tables("P. Ruyter, Het veen, Leiden: Brill, 1977, 12.", "Het Volk, 3 mei 1930.",
                       f"Ruyter, {word}, 40.").references
        assert refs.ref_of.tolist()[-1] == "1:1", word


def test_an_ibid_word_alone_repeats_the_last_work():
    for word in ("Στο ίδιο", "Aynı yer", "Agy", "A.st."):
        citations = _tables("P. Ruyter, Het veen, Leiden: Brill, 1977, 12.", f"{word}, 40.").citations
        assert citations.kind.tolist() == ["literature", "ibid"], word
