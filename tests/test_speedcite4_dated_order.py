"""An article cited by author, title, outlet and day (`dated.dated_article`) has its outlet and title looked at before
its day is read: the readings are those of reading the day first."""

import random

from histkit.citations import dated
from histkit.citations.names import is_name
from histkit.citations.notetext import split_commas


def _day_first(piece):
    # the reading as it was: the day read first, then the outlet and the title
    parts, page = split_commas(piece.strip().rstrip(" .")), ""
    while len(parts) > 4 and (dated._LINK.match(parts[-1]) or not page and dated._PAGE.match(parts[-1])):
        page = page or (parts[-1] if dated._PAGE.match(parts[-1]) else "")
        parts.pop()
    if len(parts) < 4 or not parts[0][:1].isupper() or not is_name(parts[0]):
        return None
    day, outlet_at = dated._day(parts[-1]), -2
    if day is None and len(parts) >= 5:
        day, outlet_at = dated._day(f"{parts[-2]}, {parts[-1]}"), -3
    outlet, title = parts[outlet_at].strip(), ", ".join(parts[1:outlet_at])
    if day is None or not dated._OUTLET.match(outlet) or not outlet.lstrip("\"„“«")[:1].isupper() or len(outlet) > 40 \
            or len(title.split()) < 2 or dated._NUMBER.search(dated._YEAR.sub("", title)):
        return None
    return parts[0], title.strip("\"„“”«»‘’ "), outlet.strip("\"„“”«» "), day, page


def test_an_article_of_a_paper_with_a_comma_in_its_day_is_read():
    assert dated.dated_article("John Smith, The crisis in the Balkans, The Times, May 12, 1936") == (
        "John Smith", "The crisis in the Balkans", "The Times", "1936-05-12", "")


def test_a_file_whose_number_stands_where_a_title_would_is_no_article():
    assert dated.dated_article("TNA, FO 371/107832, Minute, 12 March 1953") is None


def test_a_day_after_an_outlet_that_cannot_be_one_is_no_article():
    assert dated.dated_article("John Smith, The crisis in the Balkans, 1936 edition, 12 May 1936") is None


def test_the_readings_are_those_of_reading_the_day_first():
    rng = random.Random(3)
    authors = ["John Smith", "Somek", "TNA", "lettre personnelle", "Belgrade"]
    titles = ["The crisis in the Balkans", "Grundrecht kraft Mitlaufens", "FO 371/107832", "Minute", "Report of 1953",
              "„Politika“", "Die Presse"]
    outlets = ["Die Presse", "The Times", "EJIL:Talk!", "lettre personnelle", "1936 edition", "Minute", "Belgrade",
               "The New York Times Sunday Magazine Edition Extra Weekly"]
    days = ["May 12, 1936", "12 May 1936", "15.04.2024", "3 June 1955", "1936", "12 March 1953", "Zagreb 1990"]
    after = ["p. 5", "S. 3", "5", "https://www.ejiltalk.org/a/", "vol. 2", "abrufbar unter: www.x.at/y"]

    def piece():
        shaped = [rng.choice(authors), *rng.sample(titles, rng.randint(0, 2)), rng.choice(outlets), rng.choice(days)]
        return ", ".join(shaped + rng.sample(after, rng.randint(0, 2)))
    pieces = [piece() for _ in range(1500)]
    found = [dated.dated_article(p) for p in pieces]
    assert found == [_day_first(p) for p in pieces]
    assert sum(f is not None for f in found) > 100  # (and many are articles)
