"""A short reference that names the note its work was cited in reads the same whether its author is printed as a
surname, with initials or with forenames, and whatever word for "above" follows the note."""

from __future__ import annotations

from histkit.citations import parse_reference


def test_a_full_name_before_a_short_title_and_a_note_reference_is_the_author():
    ref = parse_reference("George F. Kennan, Memoirs, supra note 1, 277")
    assert (ref["authors"], ref["title"], ref["pages"]) == ("George F. Kennan", "Memoirs", "277")


def test_a_quoted_short_title_and_supra_note_give_no_journal_or_volume():
    ref = parse_reference("C. Joerges, “Unity in Diversity”, supra note 12, at 23")
    assert (ref["authors"], ref["title"], ref["container"], ref["volume"], ref["pages"]) == \
        ("C. Joerges", "Unity in Diversity", "", "", "23")


def test_the_page_after_note_n_above_is_the_cited_page():
    ref = parse_reference("Kennan, “Memoirs”, note 1 above, 277")
    assert (ref["title"], ref["container"], ref["pages"]) == ("Memoirs", "", "277")


def test_a_full_stop_after_above_still_leaves_the_page_out_of_the_journal():
    ref = parse_reference("C. Joerges, “Unity in Diversity”, note 12 above. 23")
    assert (ref["container"], ref["pages"]) == ("", "23")


def test_capitalised_words_alone_before_a_note_reference_keep_the_paragraph_cited():
    assert parse_reference("Gbagbo Appeals Decision, supra note 4, para. 70.")["pages"] == "para. 70"


def test_a_place_whose_name_opens_with_a_lead_word_is_no_note_reference():
    ref = parse_reference("F. Gruber, Georg Steinmetz und die Melker Humanisten, Wien 1988, 45")
    assert (ref["title"], ref["place"], ref["year"], ref["pages"]) == \
        ("Georg Steinmetz und die Melker Humanisten", "Wien", "1988", "45")
