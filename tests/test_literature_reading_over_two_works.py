"""A model reading that runs over two works the rules told apart, each with its author and title (`…, S. 49–77.
Weiterführend ferner Amelung, Appellationsprivilegien, in: ZRG GA 121 (2004), …`), replaces neither."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.literature.runon import over_two_works

RULES = [{"authors": "Lars Hövelmann", "title": "Der Reichshofrat als Gnadeninstanz"},
         {"authors": "Amelung", "title": "Appellationsprivilegien"}]
SPANS = [(0, 62), (87, 150)]


def test_a_reading_over_two_named_works_replaces_neither():
    assert over_two_works(RULES, SPANS, [{"start": 0, "end": 150}]) == {0}


def test_a_reading_within_one_work_is_the_models_to_use():
    assert over_two_works(RULES, SPANS, [{"start": 0, "end": 62}]) == set()


def test_a_reading_whose_first_row_names_no_author_stays_the_models():
    rules = [{"authors": "", "title": "and, for a different view, Renate Hollstein, Kunstkammer"}, *RULES[1:]]
    assert over_two_works(rules, SPANS, [{"start": 0, "end": 150}]) == set()


def test_a_sentence_led_by_weiterfuehrend_is_a_reference_of_its_own():
    text = ("Lars Hövelmann, Der Reichshofrat als Gnadeninstanz, S. 49–77. Weiterführend ferner Amelung, "
            "Appellationsprivilegien, in: ZRG GA 121 (2004), S. 240–268.")
    found = extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).references
    assert "Amelung" in found.authors.tolist()


def test_a_row_naming_no_year_takes_the_year_it_prints_from_a_reading_over_two_works():
    from histkit.literature.runon import year_printed
    rule = {"year": "", "raw": "Я. Купала, Збор твораў у 9 т., т. 9, кн. 1, Мінск 2003, с. 418"}
    assert year_printed(rule, [{"start": 0, "end": 200, "year": "2003"}], (0, 62))["year"] == "2003"
    assert year_printed(rule, [{"start": 0, "end": 200, "year": "2010"}], (0, 62))["year"] == ""
