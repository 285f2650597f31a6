"""A day without its year is read in the year before it only where the text writes some of it."""

from histkit import Document, analyse_layout, dates_table


def test_a_month_with_a_two_digit_year_after_a_dated_day_gives_no_row_without_a_surface():
    # (the day's year put after `Juin 36` was read alone: a year of no characters)
    note = "1 Voir Le Populaire, 5 juin 1936, p. 1 ; J. Danos, Juin 36, Paris, 1952, p. 1936."
    table = dates_table(analyse_layout(Document.from_text("Texte.1\n\n" + note + "\n", doc_id="t")))
    assert table.surface.tolist() == ["5 juin 1936"]
