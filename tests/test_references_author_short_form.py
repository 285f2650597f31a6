"""An author's name alone with pages (`Whitlock, p. 101`: the MHRA and Chicago short form for an author of one work)
repeats that author's work cited before, not the citation just before it as an Ibid. would."""

import pandas as pd

from histkit.citations import extract_citations


def test_an_author_named_alone_with_pages_repeats_that_author_s_work():
    notes = pd.DataFrame({"doc_id": ["d"] * 3, "note_no": ["1", "2", "3"], "text": [
        "Andrew Whitlock, 'The Magistrate's Closet', Historical Journal, 31 (1988), 88–109 (p. 95).",
        "The Notebook of Sir Roger Twysden's Steward, ed. by Eleanor Pask (Maidstone: Kent Archaeological Society, 1994).",
        "Whitlock, p. 101."]})
    refs = extract_citations(notes).references
    last = refs[refs.note_no == "3"].iloc[0]
    assert (last.authors, last.title, last.ref_of, last.pages) == ("Whitlock", "The Magistrate's Closet", "1:1", "p. 101")
