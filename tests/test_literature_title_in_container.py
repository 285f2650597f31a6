"""A title read on into the book or journal it is in ends before `, in`; what follows is the container."""

from __future__ import annotations

from histkit.literature.titlein import title_in_container


def test_a_title_run_on_past_in_and_a_colon_ends_there():
    assert title_in_container("Die Ordnung der Stadt, in: Recht und Raum, hg. von A. Berg", "") == \
        ("Die Ordnung der Stadt", "Recht und Raum, hg. von A. Berg")


def test_a_title_run_on_into_a_book_in_small_capitals_ends_there():
    assert title_in_container("Preface to the Laws, in A COMPANION TO THE LAWS", "") == \
        ("Preface to the Laws", "A COMPANION TO THE LAWS")


def test_a_place_after_in_is_no_container():
    assert title_in_container("Poor relief, in London", "") == ("Poor relief, in London", "")


def test_the_readings_own_container_stays():
    assert title_in_container("Die Ordnung der Stadt, in: Recht und Raum", "Recht und Raum (1990)") == \
        ("Die Ordnung der Stadt", "Recht und Raum (1990)")
