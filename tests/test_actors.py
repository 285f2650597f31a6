"""Actors: the authority file, mention finding with original offsets, ambiguity, discovery, the CLI."""

import csv

import pytest
from conftest import authority

from histkit import AuthorityError, Document
from histkit import actors as act
from histkit.cli import main
from histkit.data import authority_file
from histkit.layout import Block, Layout

HEADER = "actor_id,name,kind,aliases,birth,death,wikidata,note\n"


def layout(text, zone="body", doc_id="doc", **extra):
    """A one-block layout over the whole text (the layout recovery is tested elsewhere)."""
    doc = Document.from_text(text, doc_id=doc_id)
    return Layout(doc, [Block("b1", zone, 0, len(text), text, text, **extra)], [])


def blocks_layout(text, spans):
    doc = Document.from_text(text, doc_id="doc")
    blocks = [Block(f"b{i}", zone, s, e, text[s:e], text[s:e], note_no=no)
              for i, (zone, s, e, no) in enumerate(spans, 1)]
    return Layout(doc, blocks, [])


RANKOVIC = authority(("rankovic", "Aleksandar Ranković", "person", ""))


# --- the authority file ------------------------------------------------------------------------

def test_shipped_authority_loads_every_row_with_every_column_and_known_kinds():
    table = act.load_actors()
    assert list(table.columns[:8]) == act.COLUMNS
    assert set(table.kind) <= set(act.KINDS) and table.actor_id.is_unique
    with open(authority_file("actors.csv"), encoding="utf-8", newline="") as handle:
        assert table.actor_id.tolist() == [row["actor_id"] for row in csv.DictReader(handle)]


@pytest.mark.parametrize("body, line, words", [
    ("actor_id,name,kind\nx,X,person\n", 1, "missing column(s) aliases"),
    (HEADER + "a,Ana Pauker,person,,,,,\na,Anna Pauker,person,,,,,\n", 3, "duplicate actor_id 'a' (first on line 2)"),
    (HEADER + "a,Ana Pauker,person,,,,,\nb,,person,,,,,\n", 3, "empty name"),
    (HEADER + "a,Ana Pauker,person,,,,,\nb,KPD,club,,,,,\n", 3, "unknown kind 'club'"),
    (HEADER + ",Ana Pauker,person,,,,,\n", 2, "empty actor_id"),
])
def test_malformed_authority_file_names_the_line(tmp_path, body, line, words):
    path = tmp_path / "actors.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(AuthorityError) as err:
        act.load_actors(path)
    assert f"{path}, line {line}:" in str(err.value) and words in str(err.value)


def test_a_family_is_an_actor_of_its_own_kind(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(HEADER + "fugger,Fugger,family,die Fugger,,,,\njakob,Jakob Fugger,person,,1459,1525,,\n", encoding="utf-8")
    assert act.load_actors(path).kind.tolist() == ["family", "person"]


def test_missing_authority_file_is_a_clear_error(tmp_path):
    with pytest.raises(AuthorityError, match="no such actors file"):
        act.load_actors(tmp_path / "nope.csv")


def test_actors_table_has_the_public_columns_sorted_by_id():
    table = act.actors_table(authority(("b", "B", "party", ""), ("a", "A", "party", "")))
    assert list(table.columns) == ["actor_id", "name", "kind", "aliases"] and table.actor_id.tolist() == ["a", "b"]


# --- mentions ------------------------------------------------------------------------------------------

def test_mentions_table_starts_with_the_contract_columns():
    found = act.find_mentions(layout("Aleksandar Ranković spoke."), RANKOVIC)
    assert list(found.columns[:10]) == ["doc_id", "actor_id", "surface", "zone", "section", "note_no",
                                         "block_id", "start", "end", "ambiguous"]


def test_name_split_by_a_line_end_hyphen_maps_back_to_the_original_offsets():
    text = "In 1950 the minister met Aleksan-\ndar Rankovića brat.\n"
    row = act.find_mentions(layout(text), RANKOVIC).iloc[0]
    assert row.surface == text[row.start:row.end] == "Aleksan-\ndar Rankovića"


def test_declined_name_in_serbian_latin_text_is_found():
    found = act.find_mentions(layout("Razgovor sa Aleksandrom Rankovićem, 1951."), RANKOVIC)
    assert found.surface.tolist() == ["Aleksandrom Rankovićem"] and found.rule.tolist() == ["case"]


def test_latin_authority_name_is_found_in_cyrillic_text():
    found = act.find_mentions(layout("Писмо Александра Ранковића, 1951."), RANKOVIC)
    assert found.surface.tolist() == ["Александра Ранковића"]


def test_german_name_with_hyphenated_ending_and_glued_footnote_number():
    actors = authority(("schumacher", "Kurt Schumacher", "person", ""))
    found = act.find_mentions(layout("Pismo Kurt Schumacher-u; later Kurt Schumacher12 replied."), actors)
    assert found.surface.tolist() == ["Kurt Schumacher-u", "Kurt Schumacher"]


def test_cyrillic_lookalike_letters_inside_a_latin_name_are_folded():
    actors = authority(("bevin", "Ernest Bevin", "person", ""))
    text = "Ernest Bеvin’s speech"  # the е is Cyrillic
    row = act.find_mentions(layout(text), actors).iloc[0]
    assert row.surface == "Ernest Bеvin’s" and row.rule == "possessive"


def test_inverted_order_from_a_yugoslav_record_is_found():
    actors = authority(("bevin", "Ernest Bevin", "person", ""))
    assert act.find_mentions(layout("Razgovor sa Bevin Ernestom."), actors).surface.tolist() == ["Bevin Ernestom"]


def test_longest_match_wins_over_the_surname_inside_it():
    found = act.find_mentions(layout("Kurt Schumacher and Schumacher"), authority(("s", "Kurt Schumacher", "person", "")))
    assert found.surface.tolist() == ["Kurt Schumacher", "Schumacher"]
    assert found.surname_only.tolist() == [False, True]


def test_name_inside_a_longer_word_is_not_a_mention():
    actors = authority(("kidric", "Boris Kidrič", "person", ""))
    assert act.find_mentions(layout("Kidričevo and Kidričgrad and Kidričev trg"), actors).empty


def test_possessive_adjectives_are_found_when_asked_for():
    actors = authority(("kidric", "Boris Kidrič", "person", ""))
    matcher = act.build_matcher(actors, possessive_adjectives=True)
    assert act.find_mentions(layout("Kidričeva politika"), matcher).surface.tolist() == ["Kidričeva"]


def test_surface_shared_by_two_actors_is_reported_for_both_and_flagged():
    actors = authority(("horvat_i", "Ivan Horvat", "person", ""), ("horvat_j", "Josip Horvat", "person", ""))
    found = act.find_mentions(layout("Horvat wrote to Ivan Horvat."), actors)
    first = found[found.start == 0]
    assert first.actor_id.tolist() == ["horvat_i", "horvat_j"] and first.ambiguous.all()
    assert set(first.candidates) == {"horvat_i|horvat_j"}
    full = found[found.start > 0]
    assert full.actor_id.tolist() == ["horvat_i"] and not full.ambiguous.any()


def test_person_inside_an_institutions_name_counts_for_the_institution_only():
    actors = authority(("ebert", "Friedrich Ebert", "person", ""),
                       ("fes", "Friedrich Ebert Foundation", "institution", "Friedrich-Ebert-Stiftung"))
    found = act.find_mentions(layout("the Friedrich Ebert Foundation and the Friedrich-Ebert-Stiftung; Friedrich Ebert"), actors)
    assert found.actor_id.tolist() == ["fes", "fes", "ebert"]


def test_surname_before_any_full_name_is_counted_and_flagged():
    found = act.find_mentions(layout("Ranković arrived. Later Aleksandar Ranković and Ranković left."), RANKOVIC)
    assert found.before_full_name.tolist() == [True, False, False]


def test_running_heads_are_not_searched_and_headings_count_as_body():
    text = "Aleksandar Ranković\nRANKOVIĆ AND THE POLICE 1950\nRanković"
    head, note = text.index("RANKOVIĆ"), text.rindex("Ranković")
    lay = blocks_layout(text, [("heading", 0, head, None), ("running_head", head, note, None), ("note", note, len(text), "12")])
    found = act.find_mentions(lay, RANKOVIC)
    assert found.zone.tolist() == ["body", "note"] and found.note_no.tolist() == ["", "12"]


def test_abbreviation_with_case_ending_typed_in_the_other_script_is_found():
    actors = authority(("skoj", "SKOJ", "organisation", ""))
    assert act.find_mentions(layout("делегација СКОЈ-a"), actors).surface.tolist() == ["СКОЈ-a"]


def test_document_without_any_actor_gives_an_empty_table_with_the_columns():
    found = act.find_mentions(layout("Nothing here."), RANKOVIC)
    assert found.empty and list(found.columns) == act.MENTION_COLUMNS


# --- discovery and the command -----------------------------------------------------------------------

def test_discover_lists_unknown_names_with_counts_and_contexts():
    text = ("The envoy met Ana Pauker in Bucharest. In 1950 Ana Pauker and Aleksandar Ranković spoke. "
            "However, nothing followed.")
    found = act.discover([layout(text)], RANKOVIC)
    top = found.iloc[0]
    assert (top.candidate, top["count"], top.n_docs) == ("Ana Pauker", 2, 1)
    assert "[Ana Pauker]" in top.examples
    assert "Aleksandar Ranković" not in set(found.candidate)


def test_discover_drops_sentence_initial_common_words():
    text = "However, the envoy left. Thus Pauker stayed. however it ended; thus Pauker."
    found = act.discover([layout(text)], RANKOVIC)
    assert "However" not in set(found.candidate) and "Pauker" in set(found.candidate)


def test_actors_discover_command_prints_candidates(tmp_path, monkeypatch, capsys):
    import histkit.layout

    (tmp_path / "a.txt").write_text("The envoy met Ana Pauker and Ana Pauker again.\n", encoding="utf-8")
    monkeypatch.setattr(histkit.layout, "analyse_layout", lambda doc: layout(doc.text, doc_id=doc.doc_id))
    assert main(["actors", "discover", str(tmp_path)]) == 0
    assert "Ana Pauker" in capsys.readouterr().out


def test_actors_discover_with_a_bad_authority_file_exits_2_naming_the_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    bad = tmp_path / "actors.csv"
    bad.write_text(HEADER + "a,,person,,,,,\n", encoding="utf-8")
    assert main(["actors", "discover", str(tmp_path / "a.txt"), "--actors", str(bad)]) == 2
    assert "line 2: actor 'a' has an empty name" in capsys.readouterr().err


def test_name_across_two_touching_blocks_of_one_note_is_found_in_the_second_block_id():
    text = "12 Letter of the director of the Instituta\nVandervelde, 1955.\n"
    cut = text.index("Vandervelde")
    lay = blocks_layout(text, [("note", 0, cut, "12"), ("note", cut, len(text), "12")])
    actors = authority(("inst", "Vandervelde Institute", "institution", "Instituta Vandervelde"))
    row = act.find_mentions(lay, actors).iloc[0]
    assert (row.surface, row.block_id, row.note_no) == ("Instituta\nVandervelde", "b1", "12")


def test_paragraphs_of_the_body_are_not_joined():
    text = "The minister Aleksandar\n\nRanković spoke.\n"
    cut = text.index("Ranković")
    lay = blocks_layout(text, [("body", 0, cut, None), ("body", cut, len(text), None)])
    assert act.find_mentions(lay, RANKOVIC).surname_only.tolist() == [True]


def test_discover_sees_a_sentence_start_after_a_footnote_number():
    text = "The aid came in the military sphere.3 However the envoy left; however, Pauker stayed."
    assert "However" not in set(act.discover([layout(text)], RANKOVIC).candidate)
