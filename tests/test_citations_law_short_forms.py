"""Law notes' short forms of what they cited in full: a work by the note it was cited in with a word for "above"
after the number (`…, note 8 above`), and a decision by its short name and a paragraph (`CJEU, Infopaq, para 39`)."""

from conftest import cite

MAJONE = "G. Majone, Rethinking the Union of Europe Post-crisis (Cambridge 2014), 12."
INFOPAQ = "CJEU, judgement of 16 July 2009, Infopaq, Case C-5/08, ECLI:EU:C:2009:465."


def test_a_note_number_before_a_word_for_above_names_the_note_the_work_was_cited_in():
    refs = cite(MAJONE, "G. MAJONE, Rethinking the Union of Europe Post-crisis, note 1 above, 179-207.").references
    assert refs[refs.note_no == "2"].ref_of.tolist() == ["1:1"]


def test_a_note_number_in_prose_before_above_is_no_short_form():
    assert cite(MAJONE, "See the discussion in note 1 above.").references.note_no.tolist() == ["1"]


def test_a_decisions_short_name_and_paragraph_after_its_full_citation_is_a_case():
    cited = cite(INFOPAQ, "CJEU, Infopaq, para 64.").citations
    assert cited.kind.tolist() == ["case", "case"]


def test_a_short_name_and_paragraph_no_decision_cited_before_bears_is_no_case():
    assert cite(INFOPAQ, "Smith, para. 3.").citations.kind.tolist()[1] != "case"


def test_a_decisions_word_then_the_case_by_its_number_in_one_sentence_is_a_case():
    opinion = ("Opinion of Advocate General Kokott, delivered on 20 November 2014 in Case C-534/13 Fipa Group and "
               "Others, para. 14.")
    cited = cite(opinion, "See Fipa Group and Others, para. 28.").citations
    assert cited.kind.tolist() == ["case", "case"]
