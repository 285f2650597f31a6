"""A name as a text layer delivers a typeset page (mention round 26): ligatures, soft hyphens left inside a word,
no-break and thin spaces between initials, the long s, the small e above and the double hyphen of a Fraktur print and
its OCR misreadings, letter-spaced Sperrsatz, a name cut by a page turn, the small elided particle of an Italian
name, the umlaut of older print for a name spelt with oe, and a Polish adjectival name on -y declined; small texts
written for each behaviour."""

from conftest import authority, found_mentions

from histkit import Document
from histkit import actors as act
from histkit.actors.typeset import as_written
from histkit.layout import analyse_layout


def test_a_name_set_with_a_ligature_is_the_name_and_keeps_its_offsets():
    text = "Leitartikel Theodor Wolﬀs, 5. Oktober 1925."
    assert found_mentions(text, ("w", "Theodor Wolff", "person", "")) == [("w", "Theodor Wolﬀs")]


def test_a_soft_hyphen_left_inside_a_name_is_no_part_of_it():
    text = "Orlando asked for Fiume, Wil\u00adson for the League."
    assert found_mentions(text, ("w", "Woodrow Wilson", "person", "")) == [("w", "Wil\u00adson")]


def test_initials_parted_by_a_no_break_or_a_thin_space_are_the_name():
    text = "J.\u00a0M. Keynes and J. M.\u202fKeynes."
    found = found_mentions(text, ("k", "John Maynard Keynes", "person", "J. M. Keynes"))
    assert found == [("k", "J.\u00a0M. Keynes"), ("k", "J. M.\u202fKeynes")]


def test_the_long_s_of_an_old_print_is_an_s():
    text = "Den letzten Anſtoß gab die Unterredung mit Windthorſt."
    assert found_mentions(text, ("w", "Ludwig Windthorst", "person", "")) == [("w", "Windthorſt")]


def test_a_fraktur_umlaut_printed_as_a_small_e_above_is_the_umlaut():
    text = "Der Staatsſekretär Boͤtticher widersprach."
    assert found_mentions(text, ("b", "Karl Heinrich von Bötticher", "person", "")) == [("b", "Boͤtticher")]


def test_a_name_in_sperrsatz_is_the_name():
    text = "Wir fordern Herrn S t r e s e m a n n auf, den Vertrag vorzulegen."
    assert found_mentions(text, ("s", "Gustav Stresemann", "person", "")) == [("s", "S t r e s e m a n n")]


def test_sperrsatz_starts_a_new_word_at_a_capital_after_a_small_letter():
    assert as_written("L u d w i g W i n d t h o r ſ t aber")[0] == "Ludwig Windthorst aber"


def test_single_letters_in_a_row_that_are_no_word_are_left_apart():
    assert as_written("the options a b c d e and A B C D E")[0] == "the options a b c d e and A B C D E"


def test_an_italian_name_with_a_capital_elided_particle_is_found_with_the_small_one():
    text = "Il 12 settembre Gabriele d’Annunzio entrò a Fiume; lettere a d'Annunzio."
    found = found_mentions(text, ("d", "Gabriele D'Annunzio", "person", ""))
    assert [surface for _, surface in found] == ["d’Annunzio", "d'Annunzio"]


def test_a_small_elided_particle_before_another_capitalised_word_is_a_preposition_and_a_given_name():
    text = "D’Alessio veniva dalla bottega d’Alessio Ferri, suo zio."
    assert found_mentions(text, ("d", "Carlo D'Alessio", "person", "")) == [("d", "D’Alessio")]


def test_a_name_cut_by_a_page_turn_in_mid_sentence_is_read_whole():
    text = ("Locarno\n\nAbstract: On Locarno.\n\nI. The treaty\n\n Briand spoke first.\n\f87 LOCARNO\n\n"
            " The answer, when it came at last in the afternoon, came not from the Chancellor\nbut from Gustav\n"
            "\f88 LENA HARTWIG\n\nStresemann himself.\n")
    layout = analyse_layout(Document.from_text(text, doc_id="d"))
    table = act.find_mentions(layout, act.build_matcher(authority(("s", "Gustav Stresemann", "person", "")), cache=False))
    assert list(table.surface) == ["Gustav\n\f88 LENA HARTWIG\n\nStresemann"]


def test_a_fraktur_double_hyphen_at_a_line_end_is_the_typesetters():
    text = "Der Nachfolger war Leo von Ca⸗\nprivi; Bis=\nmarck ging."
    found = found_mentions(text, ("c", "Leo von Caprivi", "person", ""), ("b", "Otto von Bismarck", "person", ""))
    assert found == [("c", "Leo von Ca⸗\nprivi"), ("b", "Bis=\nmarck")]


def test_an_old_prints_ocr_misreadings_of_l_and_o_are_read_back_where_a_long_s_shows_the_print():
    text = "Der Kaiſer, WiIhelm II., ließ es zu; 0tto von Bismarck ſchwieg."
    found = found_mentions(text, ("w", "Wilhelm II.", "person", ""), ("b", "Otto von Bismarck", "person", ""))
    assert found == [("w", "WiIhelm II."), ("b", "0tto von Bismarck")]


def test_a_capital_i_inside_a_word_of_a_modern_text_is_left_as_printed():
    assert as_written("Papers of Ian McIntyre, 0tto")[0] == "Papers of Ian McIntyre, 0tto"


def test_a_name_spelt_with_oe_in_the_file_is_found_with_the_umlaut_of_older_print():
    text = "Der Staatssekretär Bötticher widersprach."
    assert found_mentions(text, ("b", "Karl Heinrich von Boetticher", "person", "")) == [("b", "Bötticher")]


def test_a_polish_mans_adjectival_name_on_y_declines_as_the_adjective():
    text = "Plebiscyt przygotowywał komisarz; Korfantego popierał rząd, ale Piłsudski nie ufał Korfantemu."
    found = found_mentions(text, ("k", "Wojciech Korfanty", "person", ""))
    assert found == [("k", "Korfantego"), ("k", "Korfantemu")]
