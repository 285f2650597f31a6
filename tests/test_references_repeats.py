"""Repeats in the references table: op. cit., short titles and note references point to the reference they repeat
(ref_of) and carry its year and imprint, keeping the short title they print; and the styles the rule parser reads."""

from unittest import mock

import pandas as pd
import pytest

import histkit.citations.extract as extract
from histkit.citations import parse_reference
from histkit.literature import PENDING


def references(*texts: str) -> pd.DataFrame:
    """The rule parser's references of one document whose notes are ``texts`` (numbered from 1)."""
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).references


def test_an_ibid_gives_no_reference_row_its_citation_says_what_it_repeats():
    refs = references("John Smith, Anthracite Housing (New York: Harper, 1950), 45.", "Ibid., 47.")
    assert refs.note_no.tolist() == ["1"]


def test_an_op_cit_takes_the_title_and_year_of_the_reference_it_repeats():
    refs = references("Juan García, Los pósitos de Valladolid (Madrid: CSIC, 1980), p. 45.", "García, op. cit., p. 50.")
    assert refs[["authors", "title", "year", "pages", "ref_of"]].values.tolist()[1] == \
        ["García", "Los pósitos de Valladolid", "1980", "p. 50", "1:1"]


def citations(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).citations


def test_a_note_reference_points_to_the_authors_reference_in_that_note_not_to_the_last_one():
    cited = citations("Karl Schmidt, Die Haftung, Berlin 1900, S. 3.", "Karl Schmidt, Der Markt, Leipzig 1910, S. 4.",
                      "Schmidt (Fn. 1), S. 5.")
    assert cited[["kind", "ref_of"]].values.tolist()[2] == ["literature", "1:1"]


def test_a_bare_note_reference_is_a_literature_citation_pointing_to_that_note_and_a_repeat_row():
    texts = ("John Smith, Anthracite Housing (New York: Harper, 1950), 45.", "Smith, supra note 1, at 52.")
    assert citations(*texts)[["kind", "ref_of"]].values.tolist() == [["literature", ""], ["literature", "1:1"]]
    assert references(*texts)[["note_no", "ref_of"]].values.tolist() == [["1", ""], ["2", "1:1"]]


@pytest.mark.parametrize("full, repeat", [
    ("Jan Kowalski, Cukrownie na Kujawach, Warszawa 1960, s. 45.", "Kowalski, dz. cyt., s. 50."),
    ("Иванов И. И. Земские школы Вятки. М.: Наука, 1980. С. 45.", "Иванов И. И. Указ. соч. С. 50."),
    ("Marko Marković, Štampa i aneksija, Beograd 1970, 12.", "Marković, n. dj., 13."),
    ("Marko Marković, Štampa i aneksija, Beograd 1970, 12.", "Marković, nav. delo, 13."),
    ("Jan Novák, Spolky v Plzni, Praha 1970, s. 45.", "Novák, c. d., s. 50."),
    ("Hans Müller, Die Armenpflege in Baden, Karlsruhe 1910, S. 45.", "Müller, a. a. O., S. 50."),
    ("Kovács János: A filoxéra Hegyalján. Budapest, 1960. 45.", "Kovács: i. m. 50."),
    ("Иван Петров, Земеделски каси, София 1960, с. 45.", "Петров, Цит. съч., с. 50."),
])
def test_op_cit_words_of_each_language_repeat_the_authors_reference(full, repeat):
    refs = references(full, repeat)
    assert refs.ref_of.tolist() == ["", "1:1"] and refs.year.tolist()[0] == refs.year.tolist()[1] != ""


def test_a_serbian_cyrillic_name_with_je_is_read_as_the_author():
    refs = references("Петар Јовић, Задруге у Шумадији, Београд 1965, 45.")
    assert refs[["authors", "title", "year"]].values.tolist() == [["Петар Јовић", "Задруге у Шумадији", "1965"]]


def test_a_repeat_whose_reference_was_never_read_gives_no_reference_row():
    # the rules leave it pending (the model may have read its work: `opcitphrase.pending_linked`); the merge leaves
    # it out when it names no work read before
    assert references("Dupont, op. cit., p. 50.").ref_of.tolist() == [PENDING]
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": ["Dupont, op. cit., p. 50."]})
    assert extract.extract_citations(notes).references.empty


def test_a_repeat_of_a_work_only_the_model_read_is_linked_to_it_with_its_fields():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "Birgitta Ekdahl, Arbetsgivarens ansvar för anställdas vållande, SvJT 1967 s. 321, på s. 330.",
        "Ekdahl a.a. s. 335."]})
    refs = extract.extract_citations(notes).references
    assert refs[["note_no", "year"]].values.tolist() == [["1", "1967"], ["2", "1967"]]
    assert refs.ref_of.tolist()[1] == f"1:{refs.seq.tolist()[0]}"


@pytest.mark.parametrize("text, expected", [
    ("Jean Dupont, Histoire des écoles, Paris, Hachette, 1932, p. 45.", ["Jean Dupont", "Paris", "Hachette", "1932"]),
    ("Marko Marković, Štampa i aneksija, Beograd, 1970, 12.", ["Marko Marković", "Beograd", "", "1970"]),
])
def test_an_imprint_in_commas_gives_place_publisher_and_year(text, expected):
    assert references(text)[["authors", "place", "publisher", "year"]].values.tolist() == [expected]


def test_a_year_among_the_numbers_at_the_end_is_the_year_not_a_page():
    refs = references("Petar Petrović, „Zadruge u Srbiji“, Istorijski časopis, 12, 1965, 45–60.")
    assert refs[["container", "volume", "year", "pages"]].values.tolist() == [["Istorijski časopis", "12", "1965", "45–60"]]


def test_an_italian_article_in_a_journal_after_in_is_read_and_its_cit_short_form_repeats_it():
    refs = references("Giovanni Bianchi, La crisi agraria, in «Studi storici», a. 12, n. 3, 1971, pp. 45-67.",
                      "G. Bianchi, La crisi agraria, cit., p. 50.")
    assert refs[["container", "year", "ref_of"]].values.tolist() == [["Studi storici", "1971", ""],
                                                                      ["Studi storici", "1971", "1:1"]]


def test_a_german_short_title_without_its_article_and_with_ff_repeats_the_full_reference():
    refs = references("Hans Müller, Die Armenpflege, Karlsruhe 1910, S. 45 f.", "Müller, Armenpflege, S. 50 ff.")
    assert refs.ref_of.tolist() == ["", "1:1"]


@pytest.mark.parametrize("text, author", [
    ("Vgl Schmidt, Die Haftung, Berlin 1900, S. 3.", "Schmidt"),
    ("Dazu ausführlich Müller, Die Armenpflege, Karlsruhe 1910, S. 3.", "Müller"),
    ("zu der Entscheidung kritisch: Steinhauer, GRUR-Prax. 2016, 561, 561.", "Steinhauer"),
])
def test_a_lead_in_before_the_author_is_not_part_of_the_authors(text, author):
    assert parse_reference(text)["authors"] == author


def test_a_legal_short_citation_gives_author_journal_year_and_pages():
    refs = references("Hofmann, ZGE 2016, 482, 498.")
    assert refs[["authors", "title", "container", "year", "pages"]].values.tolist() == \
        [["Hofmann", "", "ZGE", "2016", "482, 498"]]


def test_a_spanish_surname_in_capitals_before_a_colon_is_the_author():
    refs = references("GARCÍA, Juan: Los pósitos de Valladolid, Madrid, CSIC, 1980, p. 45.")
    assert refs[["authors", "title", "year"]].values.tolist() == [["GARCÍA, Juan", "Los pósitos de Valladolid", "1980"]]


def citation_kinds(*texts: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).citations.kind.tolist()


@pytest.mark.parametrize("text", [
    "Gantert, Bibliothekarisches Grundwissen, 9. Aufl. 2016, S. 3.",
    "Steinhauer, Datenschutz in Kultureinrichtungen, Bibliotheken und Archiven, in: Specht/Mantz, Handbuch, 2019.",
    "Braun/Brinkhus, Die Onlinestellung digitalen Archivguts, 2019, abrufbar unter: https://example.org/a.pdf.",
])
def test_a_book_whose_title_names_a_library_or_archive_is_literature_not_an_archive(text):
    assert citation_kinds(text) == ["literature"]


def test_an_archive_named_with_its_holding_stays_archival():
    assert citation_kinds("Fürstlich Wiedisches Archiv (Neuwied), 60–8-6 bis 60–8-9.") == ["archival"]


def test_a_croatian_year_with_its_full_stop_is_the_year_and_nav_dj_repeats_the_book():
    refs = references("Ivo Horvat, Prehrana Zagreba, Zagreb, 1980., 45.", "Horvat, nav. dj., 51.")
    assert refs[["authors", "title", "place", "year", "ref_of"]].values.tolist() == [
        ["Ivo Horvat", "Prehrana Zagreba", "Zagreb", "1980", ""], ["Horvat", "Prehrana Zagreba", "Zagreb", "1980", "1:1"]]


def test_a_slovene_title_in_reversed_guillemets_is_read_and_n_d_repeats_it():
    refs = references("Janez Novak, »Kmečke zadruge«, Zgodovinski časopis 14 (1960), str. 45–60.", "Novak, n. d., str. 50.")
    assert refs[["title", "year", "ref_of"]].values.tolist() == [["Kmečke zadruge", "1960", ""],
                                                                  ["Kmečke zadruge", "1960", "1:1"]]


def test_an_ibid_after_a_see_also_reference_repeats_the_notes_main_citation():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "ARS, AS 1970, t. e. 45, Poročilo o obisku, 12. 6. 1950; gl. tudi Božo Repe, »Slovenci v osemdesetih letih«, "
        "Prispevki za novejšo zgodovino 35, št. 1 (1995): 41–56.", "Prav tam, 3."]})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        cited = extract.extract_citations(notes).citations
    assert cited[["kind", "archive", "ibid_of"]].values.tolist()[-1] == ["ibid", "ARS", "1:1"]


def test_a_chicago_short_form_with_the_comma_inside_the_quotes_repeats_the_article():
    refs = references('Mary Jones, "Poor Relief in Norfolk," Journal of Social History 12, no. 3 (1979): 301–20.',
                      'Jones, "Poor Relief," 305.')
    assert refs[["title", "year", "pages", "ref_of"]].values.tolist()[1] == ["Poor Relief", "1979", "305", "1:1"]


def test_a_german_place_and_publisher_before_the_year_without_a_comma_give_the_imprint():
    refs = references("Karl Weber, Armenpflege in Baden, Stuttgart: Kohlhammer 1905, S. 12.")
    assert refs[["place", "publisher", "year"]].values.tolist() == [["Stuttgart", "Kohlhammer", "1905"]]


def test_the_page_cited_after_hier_is_a_page_and_the_journals_year_is_read():
    refs = references("Fritz Schulze, Die Unternehmerhaftung, in: Zeitschrift für Handelsrecht 45 (1899), S. 100–130, "
                      "hier S. 105.")
    assert refs[["container", "year", "pages"]].values.tolist() == [["Zeitschrift für Handelsrecht", "1899", "S. 100–130, 105"]]


def test_a_short_title_repeat_keeps_the_title_it_prints():
    refs = references("Hans Müller, Die Armenpflege in Baden, Karlsruhe 1910, S. 45.", "Müller, Armenpflege (wie Anm. 1), S. 9.")
    assert refs[["title", "year", "ref_of"]].values.tolist()[1] == ["Armenpflege", "1910", "1:1"]


def test_a_note_reference_links_to_the_authors_reference_read_after_a_lead_in():
    texts = ("See, for instance, Lorraine M. Lees, Keeping Tito Afloat (University Park: Penn State UP, 1997), 211.",
             "Lees, supra note 1, 240.")
    assert references(*texts).authors.tolist() == ["Lorraine M. Lees", "Lees"]
    assert citations(*texts).ref_of.tolist()[-1] == "1:1"


def test_a_note_reference_whose_name_the_fields_missed_links_to_that_authors_reference_in_the_note():
    texts = ("Michael Lobban, The Common Law and English Jurisprudence (Oxford: Clarendon, 1991), 12; Harold J. "
             "Berman & Charles J. Reid, The Transformation of English Legal Science, 45 EMORY L.J. 437, 450 (1996).",
             "This is not disputed, and the same is found in Berman & Reid, supra note 1, at 492.")
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": list(texts)})
    assert extract.extract_citations(notes).references.ref_of.tolist()[-1] == "1:2"


def test_a_german_book_with_its_year_after_the_title_gives_author_title_and_year():
    refs = references("Dernburg, Bürgerliches Recht II, 1899, S. 100.")
    assert refs[["authors", "title", "year", "pages"]].values.tolist() == [["Dernburg", "Bürgerliches Recht II", "1899", "S. 100"]]


def _last_ibid(*texts: str) -> list:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(notes).citations[["kind", "archive", "ibid_of"]].values.tolist()[-1]


def test_an_ibid_whose_page_lies_outside_the_article_added_in_passing_repeats_the_main_citation():
    assert _last_ibid("TNA, FO 371/1234, Report, 12 June 1950; see also John Smith, \"The Crisis,\" Journal of Cold "
                      "War Studies 3, no. 2 (2001): 41–56.", "Ibid., 3.") == ["ibid", "TNA", "1:1"]


def test_an_ibid_whose_page_lies_inside_the_article_added_in_passing_repeats_the_article():
    assert _last_ibid("TNA, FO 371/1234, Report, 12 June 1950; see also John Smith, \"The Crisis,\" Journal of Cold "
                      "War Studies 3, no. 2 (2001): 41–56.", "Ibid., 45.") == ["ibid", "", "1:2"]


def test_an_ibid_after_a_book_added_in_passing_repeats_the_book_whatever_its_page():
    assert _last_ibid("TNA, FO 371/1234, Report, 12 June 1950; see also John Smith, The Crisis (London: Cape, 1990), "
                      "145.", "Ibid., 310.") == ["ibid", "", "1:2"]
