"""A sentence that names a regulation in its gazette (`…, in OJ L1, 4 January 2003, pp. 1-25 establishes no criteria
…`) and ends in a work in brackets is prose around the work: the bracketed reference is read, not swallowed by a
legislation row. A law cited in its gazette stays a citation of its own (`test_citations_gazette_before_a_file`)."""

from histkit import Document, build_tables


def test_the_work_in_brackets_after_a_sentence_naming_a_gazette_is_read():
    note = ("The Regulation of 16 December 2002, in OJ L1, 4 January 2003, pp. 1-25 establishes no criteria for the "
            "competent authority (A.M. ROMITO, Ruolo e funzioni dell’European Competition Network, Bari, 2020, pp. 38-49).")
    refs = build_tables([Document.from_text(f"Body.1\n\n1 {note}\n", doc_id="d")])["references"]
    assert refs[["authors", "year"]].values.tolist() == [["A.M. ROMITO", "2020"]]
