"""A citation read as literature, naming no archive, is one document whatever days it names: its days are not read
(`daylists.days_apart` asks the kept literature question first). Issue 11: the notes stage's speed, same tables."""

import pytest

from histkit.citations import daylists
from histkit.citations.daylists import days_apart


def test_a_book_with_days_is_not_read_for_its_days(monkeypatch):
    def never(text):
        raise AssertionError(f"days read of {text!r}")
    monkeypatch.setattr(daylists, "_single_days", never)
    book = "Geoff Eley, Forging Democracy (New York: Oxford University Press, 2002), 3 May 1921 and 12 June 1921, 12"
    assert days_apart(book) == [book]


@pytest.mark.parametrize("text, count", [
    ("Letters of 3 May, 12 June and 1 July 1921, TNA, FO 371/1", 3),
    ("A to B, 2 May 1958, and B to A, 19 May 1958, DLA, A:Brenner", 2),
    ("Minutes, 3 and 17 April 1957, TNA, FO 371/1", 1),
    ("Письма Г. Стоянова от 2 февраля, 9 марта и 14 апреля 1937 г. // РГАСПИ. Ф. 495", 3),
])
def test_documents_told_apart_by_their_days_are_still_split(text, count):
    assert len(days_apart(text)) == count
