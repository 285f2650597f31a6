"""A repeat whose note reference a reader took for its container (`JP Near and MP. Miceli, ‘Organisational Dissidence’
(n 1), 4`) takes the journal of the work it repeats: the note it names is no journal."""

from histkit import Document, build_tables


def test_the_note_reference_is_no_container():
    notes = ["JP Near and MP Miceli, Organisational Dissidence: The Case of Whistle-Blowing, Journal of Business Ethics 4, 1985, 2.",
             "JP Near and MP. Miceli, ‘Organisational Dissidence’ (n 1), 4."]
    text = "Body.1 More.2\n\n" + "\n".join(f"{i} {n}" for i, n in enumerate(notes, 1)) + "\n"
    refs = build_tables([Document.from_text(text, doc_id="d")])["references"]
    second = refs[refs.note_no == "2"].iloc[0]
    assert (second.container, second.ref_of, second.pages) == ("Journal of Business Ethics", "1:1", "4")
