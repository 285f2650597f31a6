"""The actor in the notes' apparatus (mention round 19): institutions that bear an actor's name and namesake
historians are not the actor; small texts written for each, not the round's articles."""

from conftest import authority, found_mentions

from histkit import Document
from histkit import actors as act
from histkit.layout import analyse_layout


def test_a_foundation_named_after_a_person_is_no_mention_of_the_person():
    text = "Lucia Bassi scrisse a Roma. Le carte sono alla Fondazione Lucia Bassi di Pavia, ma Bassi non le vide."
    found = found_mentions(text, ("b", "Lucia Bassi", "person", ""))
    assert found == [("b", "Lucia Bassi"), ("b", "Bassi")]


def test_an_institute_named_after_a_person_is_no_mention_in_any_case():
    text = "Adam Wrona pisał do żony. Listy przechowuje dziś Instytut Adama Wrony, a nie należy go mylić z Instytutem Adama Wrony."
    found = found_mentions(text, ("w", "Adam Wrona", "person", ""))
    assert found == [("w", "Adam Wrona")]


def test_a_villa_named_after_a_family_is_no_mention_of_its_member():
    text = "Carlo Ferri morì nel 1920; il suo archivio è conservato a Villa Ferri."
    found = found_mentions(text, ("f", "Carlo Ferri", "person", ""))
    assert found == [("f", "Carlo Ferri")]


def test_a_historian_with_the_actors_family_name_and_another_given_name_is_no_mention():
    text = "Jules Morel écrivit à Lyon. Voir Claire Morel, Le Nord ouvrier, Lille, 2011 ; Morel répondit en 1905."
    found = found_mentions(text, ("m", "Jules Morel", "person", ""))
    assert found == [("m", "Jules Morel"), ("m", "Morel")]


def test_another_persons_initials_after_the_family_name_in_a_citation_are_no_mention():
    layout_text = "Body.\n\n1 Kovalev A. V. Finansy. M., 2009. S. 5; Kovalev I. P. Iz proshlogo. Paris, 1934.\n"
    assert _note_surfaces(layout_text, ("k", "Ivan Kovalev", "person", "")) == ["Kovalev I."]


def test_one_initial_after_a_comma_may_be_a_judge_s_title_and_tells_nothing():
    layout_text = "Body.\n\n1 Smith v. Jones, 58 Phil. 302 (1933), decision of Abellan, J.\n"
    assert _note_surfaces(layout_text, ("a", "Marcelo Abellan", "person", "")) == ["Abellan"]


def _note_surfaces(text: str, *rows) -> list[str]:
    table = act.find_mentions(analyse_layout(Document.from_text(text, doc_id="t")),
                              act.build_matcher(authority(*rows), cache=False))
    return [s for s, z in zip(table.surface, table.zone) if z == "note"]


def test_a_namesake_historian_s_work_cited_again_by_note_year_or_title_is_his_not_the_actor_s():
    text = ("Body.\n\n1 Marta Ferri, Il porto di Genova, Milano 2008, p. 5.\n"
            "2 Carlo Ferri a Rossi, 3 maggio 1912.\n"
            "3 Ferri, Il porto, p. 9; Ferri (2008), p. 10; Ferri (nota 1), p. 11.\n"
            "4 Ferri, Lettere, p. 12; Ferri (1950), p. 13.\n")
    assert _note_surfaces(text, ("f", "Carlo Ferri", "person", "")) == ["Carlo Ferri", "Ferri", "Ferri"]


def test_the_words_of_the_namesake_s_own_citation_are_not_its_repeat():
    text = "Body.\n\n1 Vgl. Otto Lenz, Die Familie Lenz, Hamburg 1978.\n2 Lenz an Roon, 1867.\n"
    assert _note_surfaces(text, ("l", "Hans Lenz", "person", "")) == ["Lenz", "Lenz"]
