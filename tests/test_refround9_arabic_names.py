"""Transliterated Arabic and Persian names are names: an ʿayn before the capital (`ʿAbd`), the article joined by a hyphen
in small letters (`al-Ḥamawī`) and the dotted capitals of transliteration (`Ḥasan`, `Ṭarrāḥ`)."""

from histkit.citations import parse_reference
from histkit.citations.names import is_name


def test_names_with_an_ayn_an_article_and_dotted_capitals_are_names():
    assert all(map(is_name, ("ʿUmar al-Ṣāliḥ", "al-Ḍabbī", "Ḥusayn Ibn Ẓāfir")))


def test_a_title_that_opens_with_the_article_is_no_name():
    assert not is_name("al-Kitāb al-kabīr")


def test_the_author_of_a_book_is_read_with_his_particles():
    ref = parse_reference("ʿUmar al-Ṣāliḥ, Tārīkh al-madīna (Beirut: Dār Ṣādir, 1970), 12.")
    assert (ref["authors"], ref["title"], ref["year"]) == ("ʿUmar al-Ṣāliḥ", "Tārīkh al-madīna", "1970")
