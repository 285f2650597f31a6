"""Which of two readings of one reference the merge keeps, the rules' or the model's (histkit.literature.choose)."""

from histkit.literature.choose import choose

_EMPTY = {field: "" for field in ("authors", "title", "container", "volume", "issue", "place", "publisher", "year",
                                  "pages")}


def _reading(raw: str, **fields) -> dict:
    return dict(_EMPTY, doc_id="d", note_no="1", seq=1, raw=raw, ref_of="", **fields)


def test_a_chapter_whose_book_the_model_took_for_the_title_keeps_the_rules_title_and_takes_the_models_year():
    raw = "Anna Puig i Serra, «Les cases de socors», dins: Joan Mas (ed.), La ciutat obrera, Vic, Eumo, 2001, p. 5-20"
    rule = _reading(raw, authors="Anna Puig i Serra", title="Les cases de socors",
                    container="dins: Joan Mas (ed.), La ciutat obrera, Vic, Eumo, 2001, p. 5-20")
    model = _reading(raw, authors="Anna Puig i Serra", title="La ciutat obrera, Vic, Eumo", year="2001", source="model")
    chosen = choose(rule, model)
    assert (chosen["title"], chosen["year"], chosen["source"]) == ("Les cases de socors", "2001", "rules")


def test_a_second_name_the_model_took_for_the_title_keeps_the_rules_reading():
    raw = "Marko Petrović, Dragan Ilić, „Seoske zadruge u Srbiji“, Istorijski glasnik, br. 3, 2005, 11–29"
    rule = _reading(raw, authors="Marko Petrović, Dragan Ilić", title="Seoske zadruge u Srbiji",
                    container="Istorijski glasnik, br. 3, 2005")
    model = _reading(raw, authors="Marko Petrović", title="Dragan Ilić", container="Istorijski glasnik", year="2005",
                     source="model")
    chosen = choose(rule, model)
    assert (chosen["authors"], chosen["title"], chosen["year"]) == ("Marko Petrović, Dragan Ilić",
                                                                     "Seoske zadruge u Srbiji", "2005")


def test_a_title_the_rules_kept_among_the_authors_gives_way_to_the_models_reading():
    raw = "Ivana Kos, Imena krajev na Primorskem, „Zgodovinski časopis“, 61, 2007, 121-140"
    rule = _reading(raw, authors="Ivana Kos, Imena krajev na Primorskem", title="Zgodovinski časopis")
    model = _reading(raw, authors="Ivana Kos", title="Imena krajev na Primorskem", container="Zgodovinski časopis",
                     year="2007", source="model")
    chosen = choose(rule, model)
    assert (chosen["authors"], chosen["title"], chosen["source"]) == ("Ivana Kos", "Imena krajev na Primorskem", "model")


def test_a_given_name_after_the_surname_and_before_a_full_stop_is_the_authors_not_the_titles():
    raw = "SOUZA, Maria. A cidade operária. Recife: Massangana, 2010"
    rule = _reading(raw, authors="SOUZA, Maria", title="A cidade operária", place="Recife", year="2010")
    model = _reading(raw, authors="SOUZA", title="Maria. A cidade operária. Recife: Massangana", source="model")
    chosen = choose(rule, model)
    assert (chosen["authors"], chosen["title"], chosen["source"]) == ("SOUZA, Maria", "A cidade operária", "rules")


def test_a_complete_rules_reading_stays_over_a_model_reading_that_kept_the_imprint_in_its_title():
    raw = "Th. Berg, Arbejdernes boliger i Odense, Odense 1890 (genoptrykt 1975), s. 14"
    rule = _reading(raw, authors="Th. Berg", title="Arbejdernes boliger i Odense", place="Odense", year="1890")
    model = _reading(raw, authors="Th. Berg", title="Arbejdernes boliger i Odense, Odense 1890 (genoptrykt 1975)",
                     pages="s. 14", source="model")
    chosen = choose(rule, model)
    assert (chosen["title"], chosen["year"], chosen["source"]) == ("Arbejdernes boliger i Odense", "1890", "rules")


def test_a_complete_rules_reading_stays_over_a_model_reading_that_took_the_author_into_the_title():
    raw = "Paul Hartwig: Mietshäuser und Reformbauten 1900–1939, Frankfurt a. M. 1995, S. 33"
    rule = _reading(raw, authors="Paul Hartwig", title="Mietshäuser und Reformbauten 1900–1939",
                    place="Frankfurt a. M.", year="1995")
    model = _reading(raw, title="Paul Hartwig: Mietshäuser und Reformbauten 1900–1939", place="Frankfurt a. M.",
                     year="1995", source="model")
    chosen = choose(rule, model)
    assert (chosen["authors"], chosen["source"]) == ("Paul Hartwig", "rules")
