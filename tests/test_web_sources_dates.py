"""Web sources' dates and heads (issue 15, round 33): APA 7 in notes names a video's channel in square brackets after
its person and dates a post or a paper to the day; a second reference after "; and" opens as the first does; the day a
page was seen is no year of the work, and a web page's no-date mark and the words before its link end no title."""

from conftest import cite

from histkit.literature.accessyear import year_not_seen
from histkit.literature.onlinetitle import title_without_online_end


def _rows(*notes: str, names=("authors", "title", "year")) -> list[tuple]:
    return [tuple(row[name] for name in names) for _, row in cite(*notes).references.iterrows()]


def test_a_channel_in_square_brackets_after_the_person_is_no_part_of_the_title():
    assert _rows("Roe, B. [Roe Village TV]. (2019, May 2). Our village in 1945 [Video]. YouTube. "
                 "https://www.youtube.com/watch?v=abc123") == [("Roe, B.", "Our village in 1945", "2019")]


def test_a_second_author_date_reference_after_and_opens_as_the_first():
    rows = _rows("See Doe, A. (2018). A history of the docks. Harbour Press; and Roe, B. (2019, May 2). Dockers and "
                 "clerks [Paper presentation]. Annual Meeting of the Port History Society, Hull.")
    assert [row[0] for row in rows] == ["Doe, A.", "Roe, B."]


def test_the_year_printed_only_when_the_page_was_seen_gives_way_to_the_works():
    raw = "Lena Roux, « Les quais », Voix du port, 3 mars 2017 [en ligne], URL : https://a.fr/2016/x, consulté le 4 avril 2019"
    assert year_not_seen("2019", raw) == "2017"


def test_a_page_with_no_date_of_its_own_has_no_year():
    assert year_not_seen("2020", "Archivo X, Fondos, s. f., disponible en: https://a.es [fecha de consulta: 1 de mayo de 2020]") == ""



def test_a_titles_no_date_mark_and_the_words_before_its_link_end_no_title():
    assert title_without_online_end("Bestände: Hofakten, o. J., abrufbar unter") == "Bestände: Hofakten"
