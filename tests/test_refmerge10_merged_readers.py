"""Two readers that each read well alone and met in the merge of REFGEN2 and REFROUND10: a full stop after the
authors read as a comma (`namestop`) hands the short-title reader (`read_shaped_short_title`) notes it never saw
before, and a volume read from its shape must not take a periodical's number and year for a volume and pages."""

from histkit.citations import parse_reference
from histkit.citations.references import looks_like_literature
from histkit.citations.shortrefs import short_title


def test_a_title_of_abbreviations_keeps_its_last_one():
    ref = parse_reference("И. И. Петров. Собр. соч., т. 2, с. 40.")
    assert (ref["authors"], ref["title"], ref["volume"]) == ("И. И. Петров", "Собр. соч.", "2")


def test_a_repeat_word_after_whole_words_is_still_cut_from_the_short_title():
    ref = parse_reference("Rossi, Storia della città cit., vol. II, 45")
    assert (ref["title"], ref["volume"], ref["pages"]) == ("Storia della città", "II", "45")


def test_a_number_then_a_year_alone_is_no_short_title_with_a_volume():
    assert short_title("Dekret mbi tokat, Gazeta Zyrtare, nr. 12, 1925") is None


def test_a_periodicals_number_and_year_after_a_title_is_not_read_as_literature():
    assert not looks_like_literature("Dekret mbi tokat, Gazeta Zyrtare, nr. 12, 1925.")


def test_a_volume_then_pages_is_still_a_short_title():
    assert short_title("Novak, Zgodovina, zv. 2, 145").group("volume") == "zv. 2"
