"""A chapter's container opened by `In` after the full stop that ends its title, and the chapter's pages before its
book's bracketed year: `R. Cassidy, Partial convergence. In Qualitative Research on Gambling, 74–91 (2013)`."""

from histkit.citations.references import parse_reference


def test_in_after_the_titles_full_stop_opens_the_container():
    ref = parse_reference("R. Cassidy, Partial convergence. In Qualitative Research on Gambling, ed. J. Smith "
                          "(London: Routledge, 2013), 74–91.")
    assert (ref["title"], ref["container"], ref["publisher"]) == (
        "Partial convergence", "Qualitative Research on Gambling", "Routledge")


def test_in_after_a_full_stop_inside_the_title_keeps_the_title_whole():
    ref = parse_reference("R. Cassidy, Partial convergence. Social gaming and real-money gambling. In Qualitative "
                          "Research on Gambling, 74–91 (2013).")
    assert (ref["title"], ref["container"]) == ("Partial convergence. Social gaming and real-money gambling",
                                                "Qualitative Research on Gambling")


def test_a_page_range_before_the_books_bracketed_year_is_the_chapters_pages():
    ref = parse_reference("R. Cassidy, Partial convergence, in QUALITATIVE RESEARCH ON GAMBLING 74–91 (2013).")
    assert (ref["container"], ref["pages"], ref["volume"], ref["year"]) == (
        "QUALITATIVE RESEARCH ON GAMBLING", "74–91", "", "2013")


def test_years_ending_a_books_title_are_no_pages():
    ref = parse_reference("A. Smith, Title, in B. Jones (ed.), Der Erste Weltkrieg 1914–1918 (2010).")
    assert (ref["container"], ref["pages"], ref["year"]) == ("Der Erste Weltkrieg 1914–1918", "", "2010")


def test_in_within_prose_before_any_comma_opens_nothing():
    ref = parse_reference("Partial convergence. In Qualitative Research on Gambling (London: Routledge, 2013).")
    assert ref["container"] == ""


def test_abnt_in_colon_keeps_its_own_reading():
    ref = parse_reference("ASSMAR, G.; PINHO, D. Mediação privada – um mercado em formação no Brasil. In: ZANETI JR., "
                          "H.; CABRAL, T. N. X. Justiça multiportas: mediação. Salvador: Juspodivm, 2016. p. 589 a 606.")
    assert (ref["container"], ref["editors"]) == ("Justiça multiportas: mediação", "ZANETI JR., H.; CABRAL, T. N. X.")


def test_pages_before_the_bracketed_year_again_are_the_chapters():
    ref = parse_reference("M.D. Griffiths, D. King and P. Delfabbro (2014), The technological convergence of gambling "
                          "and gaming practices. In THE WILEY-BLACKWELL HANDBOOK OF DISORDERED GAMBLING, 327–346 (2014).")
    assert (ref["container"], ref["pages"], ref["year"]) == (
        "THE WILEY-BLACKWELL HANDBOOK OF DISORDERED GAMBLING", "327–346", "2014")


def test_an_author_date_reference_with_its_month_keeps_its_own_reading():
    ref = parse_reference("Hessel, J., & Schofield, A. (2021, August). How effective is BERT without word ordering? "
                          "implications for language understanding. In Proceedings of the 59th Annual Meeting, 204–211.")
    assert "In Proceedings" not in ref["container"] and ref["year"] == "2021"
