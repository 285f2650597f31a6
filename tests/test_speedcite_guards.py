"""Patterns that look first at what every match must hold (a word's first letter, the `v` between parties) find what
the full patterns find, and nothing else."""

import re

from histkit.citations.enclosures import without_covering_date
from histkit.citations.legal import _case, _case_at_start, legal_end, legal_kind
from histkit.citations.twounits import units_apart
from histkit.citations.words import opening_guard
from histkit.dates import find_dates
from histkit.dates.decadenames import find_decade_names
from histkit.dates.quarters import with_quarters


def test_case_between_parties_is_still_a_case():
    assert legal_kind("Donoghue v Stevenson [1932] AC 562 (HL)") == "case"


def test_case_opened_by_in_re_is_still_a_case():
    assert legal_kind("In re Gault, 387 U.S. 1 (1967)") == "case"


def test_case_by_its_court_names_no_parties_and_is_still_a_case():
    assert legal_kind("BVerfG, Beschluss v. 12.12.2012 - 2 BvR 1750/12") == "case"


def test_case_match_without_parties_word_is_the_full_patterns_match():
    for text in ("BGHZ 45, 123", "Eley, Forging Democracy, 12", "EuGH 1.12.2007, C-438/05. Vgl Mosler, EuZA 2015, 192"):
        full, quick = _case().match(text), _case_at_start(text)
        assert (full and full.span()) == (quick and quick.span())


def test_lead_sentence_after_a_case_between_parties_is_still_found():
    assert legal_end("Roe v. Wade, 410 U.S. 113. See Smith, Title, 12") == len("Roe v. Wade, 410 U.S. 113.")


def test_word_list_guard_is_a_look_ahead_of_first_letters():
    assert re.fullmatch(r"\(\?=\[[^\]]+\]\)", opening_guard("enclosure_words.csv"))


def test_enclosure_word_in_capitals_still_blanks_the_covering_date():
    text = "A to B, 4 March 1920, ENCLOSED IN C to D, 19 March 1920, TNA, FO 371/1"
    assert without_covering_date(text) == text.replace("19 March 1920", " " * len("19 March 1920"))


def test_unit_word_in_capitals_before_two_numbers_still_gives_two_units():
    assert units_apart("TNA, FO 371, BOX 12 and 13") == ["TNA, FO 371, BOX 12       ", "TNA, FO 371, BOX 13       "]


def test_decade_name_with_a_capital_is_still_read():
    text = "Negli Anni Trenta, dopo il 1932"
    assert [d.surface for d in find_decade_names(text, find_dates(text))] == ["Anni Trenta"]


def test_quarter_in_capitals_is_still_read():
    text = "I FØRSTE KVARTAL 1944"
    assert [d.date_end for d in with_quarters(text, find_dates(text))] == ["1944-03-31"]
