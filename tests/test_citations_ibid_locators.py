"""An Ibid. or Id. with the locators, remarks and sentences that law reviews and OSCOLA put after it (stop 62)."""

from histkit import Document, build_tables

FIRST = "John Smith, The Law of Language, 12 Harv. L. Rev. 900, 910 (1990)."


def repeats(*notes: str):
    """The citations and references of a document whose first note cites a work and the others repeat it."""
    notes = (FIRST, *notes)
    body = "Body." + "".join(f"{k} text." for k in range(1, len(notes) + 1))
    text = body + "\n\n" + "\n".join(f"{k} {note}" for k, note in enumerate(notes, start=1)) + "\n"
    return build_tables([Document.from_text(text, doc_id="d")])


def test_oscolas_ibid_takes_a_locator_word_after_a_space():
    # `ibid p. 299`, `ibid para 59`, `ibid art 13(3)`: no comma between ibid and its locator, the work's pinpoint
    tables = repeats("Ibid p. 299.", "ibid para 59.", "ibid art 13(3).")
    assert tables["citations"].kind.tolist() == ["literature", "ibid", "ibid", "ibid"]
    rows = tables["references"]
    assert (rows.ref_of.tolist(), rows.pages.tolist()) == (["", "1:1", "1:1", "1:1"],
                                                           ["910", "p. 299", "para 59", "art 13(3)"])


def test_an_id_without_its_full_stop_before_at_is_an_id():
    # `Id at 53-54` as some US law reviews print it
    rows = repeats("Id at 53-54.")["references"]
    assert rows.pages.tolist() == ["910", "53-54"] and rows.ref_of.tolist() == ["", "1:1"]


def test_an_id_with_a_paragraph_cited_is_an_id():
    rows = repeats("Id., para. 3.")["citations"]
    assert (rows.kind.tolist(), rows.ibid_of.tolist()[1]) == (["literature", "ibid"], "1:1")


def test_a_parenthetical_after_an_id_is_no_part_of_it():
    # `(emphasis added)`, `("quoted words")`, `(quoting …)`: the Id. still repeats the work, at its page
    tables = repeats("Id. at 5 (emphasis added).", 'Id. at 1483 ("Virtually all of them are.").')
    rows = tables["references"]
    assert rows.pages.tolist() == ["910", "5", "1483"] and rows.ref_of.tolist() == ["", "1:1", "1:1"]


def test_the_authors_sentence_after_an_id_and_its_page_is_no_part_of_it():
    rows = repeats("Id. at 922. Yet the employee who broke the rule was fired.")["citations"]
    assert rows[rows.note_no == "2"].raw.tolist() == ["Id. at 922."]
    assert rows[rows.note_no == "2"].ibid_of.tolist() == ["1:1"]
