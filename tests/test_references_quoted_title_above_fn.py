"""A short reference that prints the names and the quoted title with no comma between them, then the note the work
was cited in (`M. Eliantonio and T. Palonnitty ‘Title’ above fn 1, 48`), repeats that note's reference: it had given
no citation at all."""

from histkit import Document, build_tables


def test_the_names_and_quoted_title_without_a_comma_repeat_the_note():
    notes = ["M. Eliantonio and T. Palonnitty, ‘The EU requirements’ (2018) 11 Review of European Administrative Law 45.",
             "M. Eliantonio and T. Palonnitty ‘The EU requirements’ above fn 1, 48."]
    text = "Body.1 More.2\n\n" + "\n".join(f"{i} {n}" for i, n in enumerate(notes, 1)) + "\n"
    refs = build_tables([Document.from_text(text, doc_id="d")])["references"]
    second = refs[refs.note_no == "2"].iloc[0]
    assert (second.authors, second.title, second.ref_of, second.pages) == (
        "M. Eliantonio and T. Palonnitty", "The EU requirements", "1:1", "48")
