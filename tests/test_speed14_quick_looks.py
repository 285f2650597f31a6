"""The readers' quick looks (a pattern's opening character first, a refusal before the dear patterns) answer as the
full patterns do."""

from histkit.citations.authordate import author_date_head, is_author_date
from histkit.citations.references import is_literature, looks_like_literature, parse_reference


def test_author_date_opening_after_a_comment_is_still_found():
    head = author_date_head("As argued there. Smith, J., & Doe, A. (2001). A title. Press.")
    assert head.group("authors") == "Smith, J., & Doe, A."


def test_author_date_with_a_bare_year_is_still_found():
    assert author_date_head("BOGDANIĆ, M. 1997. Naslov. Zagreb.").group("authors") == "BOGDANIĆ, M."


def test_text_with_no_full_stop_after_a_date_has_no_author_date_opening():
    assert author_date_head("Smith, J., & Doe, A. (2001), A title, Press") is None


def test_short_author_date_form_is_read_without_an_opening():
    assert is_author_date("(Lastname, 2001, p. 4)")


def test_word_for_here_before_the_cited_page_is_dropped_from_the_pages():
    assert parse_reference("Hans Mommsen, Beamtentum im Dritten Reich, Stuttgart 1966, 100–130, hier 105")["pages"] \
        == "100–130, 105"


def test_unlisted_word_before_the_cited_page_is_dropped_from_the_pages():
    assert parse_reference("Hans Mommsen, Beamtentum im Dritten Reich, Stuttgart 1966, 100–130, aldaar 105")["pages"] \
        == "100–130, 105"


def test_place_publisher_year_after_a_title_reads_as_literature():
    assert is_literature("Nimeke. Helsinki: SKS, 1985")


def test_place_publisher_year_opening_the_piece_is_read():
    assert parse_reference("Heikki Ylikangas, Nuijasota. Helsinki: Otava, 1977")["publisher"] == "Otava"


def test_archival_file_is_not_literature():
    assert not looks_like_literature("TNA, FO 371/107832, Minute, 12 March 1953")
