"""A chapter's container is the book's title: its editors and the note it was cited in are fields or nothing."""

from histkit import build_tables
from histkit.citations import parse_reference
from histkit.read import Document


def test_the_editors_before_a_chapters_book_are_its_editors_not_its_title():
    ref = parse_reference("Pittard/Butterworth, The rich panoply of sources of labour law, in Finkin/Mundlak (Hrsg), "
                          "Comparative Labour Law (2015), 125-140")
    assert (ref["container"], ref["editors"]) == ("Comparative Labour Law", "Finkin/Mundlak")


def test_editors_with_their_word_in_brackets_and_no_comma_before_the_book_are_its_editors():
    ref = parse_reference("Kay, Procedural Rights, in: Gerards / Brems (editors) Procedural Review in European "
                          "Fundamental Rights Cases, Cambridge 2017, 12")
    assert (ref["container"], ref["editors"]) == ("Procedural Review in European Fundamental Rights Cases",
                                                  "Gerards / Brems")


def test_a_book_named_by_the_note_it_was_cited_in_keeps_its_title_alone():
    ref = parse_reference("Francis Bacon, Parasceve ad historiam naturalem, in: Works (Fn. 11), Bd. 11, 414")
    assert ref["container"] == "Works"


def test_a_journal_opening_the_container_keeps_its_name_and_no_editors():
    ref = parse_reference("Müller, Die Reform, in: Zeitschrift für Rechtssoziologie 12 (1991), 45-67")
    assert (ref["container"], ref["editors"]) == ("Zeitschrift für Rechtssoziologie", "")



def test_the_references_table_keeps_the_editors_the_rules_read():
    text = ("Der Text.[1]\n\n---\n[1] Pittard/Butterworth, The rich panoply of sources of labour law, in "
            "Finkin/Mundlak (Hrsg), Comparative Labour Law (2015), 125-140.\n")
    references = build_tables([Document.from_text(text, doc_id="a")])["references"]
    assert references[["container", "editors"]].values.tolist() == [["Comparative Labour Law", "Finkin/Mundlak"]]


def test_a_journals_name_the_title_ran_on_into_is_the_container():
    ref = parse_reference("Hollaus, Das Urteil des EGMR im Fall KlimaSeniorinnen, Juristische Blätter (2024) 485 f")
    assert (ref["title"], ref["container"]) == ("Das Urteil des EGMR im Fall KlimaSeniorinnen", "Juristische Blätter")


def test_a_journals_volume_and_issue_after_its_name_are_its_volume_and_issue():
    ref = parse_reference("Bähr/Brunner, KlimaSeniorinnen: lessons from the case, Journal of Human Rights and the "
                          "Environment, 9:2 (2018) 194 ff")
    assert (ref["container"], ref["volume"], ref["issue"]) == ("Journal of Human Rights and the Environment", "9", "2")


def test_a_books_subtitle_after_a_comma_is_no_journal():
    ref = parse_reference("Schmidt, Perspektiven der Klimaklagen, Österreich und die Schweiz (2023) 45")
    assert ref["container"] == ""
