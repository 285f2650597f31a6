"""Fields a reference reading gives that no reader of the note would: an issue lost to its double number, a web
address taken for a place of publication."""

from __future__ import annotations

import re

from histkit.citations import parse_reference
from histkit.citations.names import without_prose_before
from histkit.literature import references_of, tokenize
from histkit.literature.usable import usable_reading, without_web_place


def _labelled(*pairs: tuple[str, str]) -> tuple[str, list[str]]:
    text = re.sub(r"\s+(?=[,)\]])|(?<=[(\[])\s+", "", " ".join(piece for piece, _ in pairs))
    labels = [label for piece, label in pairs for _ in tokenize(piece)]
    assert len(labels) == len(tokenize(text))
    return text, labels


def test_an_oscola_article_in_a_double_issue_keeps_its_journal_volume_and_first_page():
    ref = parse_reference("L. Brown, ‘Cowan v Scargill and the fiduciary duty of investment’ (2020) 26(8-9) "
                          "Trust & Trustees 756.")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == ("Trust & Trustees", "26", "2020", "756")


def test_a_double_issue_after_the_journal_is_its_issue():
    ref = parse_reference("A Jones, ‘Another Title’ [2007] Modern Law Review, 70(3/4) 936–961.")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == ("Modern Law Review", "70", "2007",
                                                                            "936–961")


def test_a_web_address_the_model_labelled_a_place_is_no_place_once_the_reading_is_used():
    text, labels = _labelled(("HMIC", "B-author"), (",", "other"), ("Stop and Search", "title"), (",", "other"),
                             ("2013", "year"), (",", "other"), ("https://www.gov.uk/report.pdf", "place"))
    reading = dict(references_of(text, labels)[0], confidence=0.9)
    assert usable_reading(reading, 0.5) and without_web_place(reading)["place"] == ""


def test_towns_joined_by_a_slash_stay_the_place():
    text, labels = _labelled(("Eley", "B-author"), (",", "other"), ("Forging Democracy", "title"), (",", "other"),
                             ("Köln/Wien", "place"), (",", "other"), ("2002", "year"))
    assert without_web_place(references_of(text, labels)[0])["place"] == "Köln/Wien"


def test_a_sentence_of_prose_before_a_references_author_is_not_the_author():
    ref = parse_reference("Helmholz has remarked that Blackstone was perhaps one-fifth a civilian, R.H. Helmholz, "
                          "Natural Law and Human Rights in English Law, 3 AVE MARIA L. REV. 1, 5 (2005).")
    assert "Helmholz" in ref["authors"] and "remarked" not in ref["authors"]


def test_prose_ending_in_a_lead_word_before_a_title_leaves_no_author():
    ref = parse_reference("Knodel's publications are numerous . See, for example, \"Ortssippenbücher als Daten für "
                          "historische Demographie\", Geschichte und Gesellschaft 1 (1975), 288-324")
    assert (ref["authors"], ref["year"]) == ("", "1975")


def test_a_body_named_in_small_letters_stays_the_author():
    assert without_prose_before("Organisation de coopération et de développement économiques") == \
        "Organisation de coopération et de développement économiques"
