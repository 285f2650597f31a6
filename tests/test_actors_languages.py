"""Mentions in articles from other journals and languages: the hand-counted fixture articles under
tests/fixtures/actors/, and the matching rules they needed."""

import csv
from collections import Counter, defaultdict

import pytest
from conftest import FIXTURES, authority, found_mentions, layout_of

from histkit import Document
from histkit import actors as act
from histkit.layout import Block, Layout

ACTORS = FIXTURES / "actors"


def expected_counts():
    table = defaultdict(Counter)
    with open(ACTORS / "expected.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            table[row["fixture"]][row["actor_id"]] = int(row["count"])
    return table


def fixture_mentions(name):
    text = (ACTORS / f"{name}.txt").read_text(encoding="utf-8")
    return act.find_mentions(layout_of(text, doc_id=name), act.load_actors(ACTORS / f"{name}.csv"))


def one_block(text):
    """A layout of one block over the whole text, as note 1."""
    doc = Document.from_text(text, doc_id="doc")
    return Layout(doc, [Block("b1", "note", 0, len(text), text, text, note_no="1")], [])


@pytest.mark.parametrize("name", ["british", "german", "russian", "slovene", "serbian", "french", "american"])
def test_fixture_article_gives_the_hand_counted_mentions_per_actor(name):
    assert Counter(fixture_mentions(name).actor_id) == expected_counts()[name]


def test_every_fixture_mention_surface_is_the_text_at_its_offsets():
    for name in ["british", "russian"]:
        text = (ACTORS / f"{name}.txt").read_text(encoding="utf-8")
        table = fixture_mentions(name)
        assert all(text[r.start:r.end] == r.surface for r in table.itertuples())


def test_yo_and_ye_spellings_match_each_other():
    table = act.find_mentions(one_block("Хрущев и Хрущёва"), authority(("k", "Никита Хрущёв", "person", "")))
    assert table.surface.tolist() == ["Хрущев", "Хрущёва"]
    table = act.find_mentions(one_block("речь Хрущёва"), authority(("k", "Никита Хрущев", "person", "")))
    assert table.surface.tolist() == ["Хрущёва"]


def test_initials_are_part_of_the_mention_and_not_surname_only():
    table = act.find_mentions(one_block("Записка Н. С. Хрущёва и E. Bevin"),
                              authority(("k", "Никита Сергеевич Хрущёв", "person", ""), ("b", "Ernest Bevin", "person", "")))
    assert table.surface.tolist() == ["Н. С. Хрущёва", "E. Bevin"] and not table.surname_only.any()


def test_publisher_named_in_an_imprint_is_not_a_mention():
    table = act.find_mentions(one_block("Harold Macmillan, Tides of Fortune (London: Macmillan, 1969), 312."),
                              authority(("m", "Harold Macmillan", "person", "")))
    assert table.surface.tolist() == ["Harold Macmillan"]


def test_title_before_a_name_leaves_the_mention_counted():
    table = act.find_mentions(one_block("Mr Bevin, drug Tito, druga Tita, President Tito"),
                              authority(("b", "Ernest Bevin", "person", ""), ("t", "Josip Broz Tito", "person", "Tito")))
    assert table.actor_id.tolist() == ["b", "t", "t", "t"]


def test_hyphenated_double_surname_split_at_a_line_end_is_one_mention():
    table = act.find_mentions(one_block("Sir Alec Douglas-\nHome and Douglas-Home's memoirs"),
                              authority(("h", "Alec Douglas-Home", "person", "")))
    assert table.surface.tolist() == ["Alec Douglas-\nHome", "Douglas-Home's"]


def test_alias_that_ends_the_name_is_a_double_family_name():
    actors = authority(("mf", "Pierre Mendès France", "person", "Mendès France"), ("fr", "France", "state", ""))
    table = act.find_mentions(one_block("Mendès France wrote to the ambassador of France."), actors)
    assert table[["actor_id", "surface"]].values.tolist() == [["mf", "Mendès France"], ["fr", "France"]]
    assert table.surname_only.tolist() == [True, False]


@pytest.mark.parametrize("text", ["Truman Library, PSF", "the Marshall Plan", "Konrad-Adenauer-Stiftung"])
def test_name_of_a_thing_called_after_a_person_is_not_a_mention(text):
    actors = authority(("t", "Harry S. Truman", "person", ""), ("m", "George C. Marshall", "person", ""),
                       ("a", "Konrad Adenauer", "person", ""))
    assert act.find_mentions(one_block(text), actors).empty


def test_shared_surname_goes_to_the_actor_named_in_full_last_before_it():
    actors = authority(("jfd", "John Foster Dulles", "person", ""), ("ad", "Allen Dulles", "person", ""))
    table = act.find_mentions(one_block("John Foster Dulles met A. Dulles. Later Dulles's speech"), actors)
    assert table.actor_id.tolist() == ["jfd", "ad", "ad"]
    assert not table.ambiguous.any() and table.candidates.tolist()[-1] == "ad|jfd"


# --- discover ---------------------------------------------------------------------------------------

STATES = authority(("yugoslavia", "Yugoslavia", "state", ""), ("kardelj", "Edvard Kardelj", "person", ""))


def body(text):
    """A layout of one body block over the whole text."""
    doc = Document.from_text(text, doc_id="doc")
    return Layout(doc, [Block("b1", "body", 0, len(text), text, text)], [])


def candidates(text, actors=STATES):
    return act.discover([body(text)], actors).candidate.tolist()


def test_discover_leaves_out_adjectives_of_nationality():
    found = candidates("Then the Belgian and the Yugoslav socialists met, and Larsen spoke for the Chinese guests.")
    assert found == ["Larsen"]


def test_discover_leaves_out_a_word_seen_only_at_the_start_of_sentences():
    text = "Introduction\n\nLarsen came. Meanwhile, he left. Meanwhile, Larsen spoke."
    doc = Document.from_text(text, doc_id="doc")
    layout = Layout(doc, [Block("b1", "heading", 0, 12, text[:12], text[:12]),
                          Block("b2", "body", 14, len(text), text[14:], text[14:])], [])
    assert act.discover([layout], STATES).candidate.tolist() == ["Larsen"]


def test_discover_strips_a_title_before_a_name():
    assert candidates("He met Mr Larsen and then Sir Hugh Gaitskell.") == ["Hugh Gaitskell", "Larsen"]


def test_discover_leaves_out_month_names():
    assert candidates("He came on 3 July 1950, and Larsen again in July.") == ["Larsen"]


def test_discover_leaves_out_the_place_and_publisher_of_an_imprint():
    found = candidates("as in Alan Bullock, Ernest (London: Heinemann, 1983), and Hans Schwarz, Adenauer, Stuttgart 1991.")
    assert "Heinemann" not in found and "London" not in found and "Stuttgart" not in found
    assert "Alan Bullock" in found


def test_discover_leaves_out_a_word_that_mostly_follows_an_article():
    assert candidates("Er sah die Debatte, und in der Debatte sprach Larsen.") == ["Larsen"]


def test_discover_counts_possessive_adjectives_of_known_actors_as_known():
    assert candidates("Nova je Kardeljeva knjiga, rekao je Larsen.") == ["Larsen"]


def test_a_full_name_two_namesakes_share_leaves_their_later_bare_surname_with_both():
    # two actors the authority lists under one name: nothing tells them apart, so the bare surname after the
    # shared full name stays with both rather than failing
    father, other = ("companys", "Lluís Companys", "person", ""), ("companys_2", "Lluís Companys", "person", "")
    text = "El president Lluís Companys va parlar amb el govern i els seus consellers. Després Companys va callar."
    assert sorted(found_mentions(text, father, other)) == [
        ("companys", "Companys"), ("companys", "Lluís Companys"), ("companys_2", "Companys"),
        ("companys_2", "Lluís Companys")]


def test_a_full_name_listed_for_one_namesake_and_shortened_from_the_other_is_the_listed_ones():
    # in Catalan `Lluís Companys` is the father's whole name and the son's short one (`Lluís Companys i Micó`):
    # the authority's row tells them apart, and the bare surname after it follows the father named in full
    father, son = ("companys", "Lluís Companys", "person", ""), ("companys_f", "Lluís Companys i Micó", "person", "")
    text = "El president Lluís Companys va parlar amb el govern i els seus consellers. Després Companys va callar."
    assert sorted(found_mentions(text, father, son)) == [("companys", "Companys"), ("companys", "Lluís Companys")]
