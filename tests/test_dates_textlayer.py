"""A date a PDF's text layer or an OCR layer broke is read as the historian typed it, its surface as delivered."""

from histkit import Document, analyse_layout, dates_table


def dates(text: str) -> list[tuple[str, str, str, str]]:
    table = dates_table(analyse_layout(Document.from_text(text + "\n", doc_id="t")))
    return [tuple(row) for row in table[["surface", "date_start", "date_end", "precision"]].values.tolist()]


def test_a_month_broken_at_a_lines_end_is_one_month_and_its_surface_keeps_the_hyphen():
    assert dates("The treaty was signed on 14 Sep- tember 1921 in Riga.") == [
        ("14 Sep- tember 1921", "1921-09-14", "1921-09-14", "day")]


def test_a_hyphen_inside_a_months_name_is_a_line_ends_but_two_months_joined_stay_a_span():
    assert dates("Im Okto-ber 1927 tagte der Rat.") == [("Okto-ber 1927", "1927-10-01", "1927-10-31", "month")]
    assert dates("Les grèves de mai-juin 1926 furent longues.")[0][1:3] == ("1926-05-01", "1926-06-30")


def test_a_line_break_inside_a_date_stays_in_its_surface():
    assert dates("The board met on 3 Octo-\nber 1927 and again later.") == [
        ("3 Octo-\nber 1927", "1927-10-03", "1927-10-03", "day")]


def test_a_space_a_lines_end_left_inside_a_months_name_after_its_day_goes_but_two_words_stay():
    assert dates("It met on 2 Octo ber 1925 in Locarno.") == [("2 Octo ber 1925", "1925-10-02", "1925-10-02", "day")]
    assert dates("Du 5 mai au 8 juin 1925.")[0][:3] == ("5 mai au 8 juin 1925", "1925-05-05", "1925-06-08")


def test_a_space_set_before_a_days_point_is_the_days_point():
    assert dates("Der Vertrag vom 16 . April 1922 blieb geheim.") == [
        ("16 . April 1922", "1922-04-16", "1922-04-16", "day")]


def test_a_day_its_month_and_its_year_glued_together_are_one_day():
    assert dates("The mission left on 12July1926 for Kabul.") == [("12July1926", "1926-07-12", "1926-07-12", "day")]
    assert dates("De staking begon op 15mei 1926.")[0][:2] == ("15mei 1926", "1926-05-15")


def test_typographic_hyphens_figure_dashes_and_minus_signs_between_years_are_a_span():
    for dash in "\u2010\u2011\u2012\u2212":
        assert dates(f"The crisis of 1929{dash}1933 ruined the farmers.") == [
            (f"1929{dash}1933", "1929-01-01", "1933-12-31", "year")]


def test_a_flattened_ordinal_is_the_days_ordinal_but_a_year_before_a_word_is_no_ordinal():
    assert dates("It opened on the 1 st of May 1926.") == [("1 st of May 1926", "1926-05-01", "1926-05-01", "day")]
    assert dates("Il rentra le 1 er juin 1926.")[0][:2] == ("1 er juin 1926", "1926-06-01")
    assert dates("Ekki fyrr en 1975 er lögin breyttust.")[0][0] == "1975"


def test_an_old_style_figure_read_as_a_letter_is_its_digit_in_a_date_only():
    assert dates("Prices fell in l927 and again on June l6, 1931.") == [
        ("l927", "1927-01-01", "1927-12-31", "year"), ("June l6, 1931", "1931-06-16", "1931-06-16", "day")]
    assert dates("Founded in April 192S, it closed in 1931.")[0][:2] == ("April 192S", "1925-04-01")


def test_a_letter_spaced_date_is_the_date_spaced_as_delivered():
    assert dates("Am 9. N o v e m b e r 1 9 2 3 scheiterte der Putsch.") == [
        ("9. N o v e m b e r 1 9 2 3", "1923-11-09", "1923-11-09", "day")]

