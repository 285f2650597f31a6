"""What an authority table or a document's citations give is read once, with the answers they gave before. Issue 11:
the text tables' speed, without changing any output."""

import pandas as pd

from histkit.actors import build_matcher
from histkit.actors.givennames import name_words
from histkit.actors.titlegenders import actor_genders
from histkit.citations.modelkinds import read_by_the_model, unparsed_warning

_ACTORS = pd.DataFrame([{"actor_id": "s", "name": "Samuel Brown", "kind": "person", "aliases": "Sam Brown"},
                        {"actor_id": "a", "name": "Anna Brown", "kind": "person", "aliases": ""}])


def test_a_matcher_gives_its_actors_genders_as_the_authority_table_does():
    matcher = build_matcher(_ACTORS)
    assert matcher.genders == actor_genders(_ACTORS)


def test_a_matcher_reads_its_actors_genders_and_name_words_once():
    matcher = build_matcher(_ACTORS)
    assert matcher.genders is matcher.genders and matcher.own_words is matcher.own_words
    assert matcher.own_words == name_words(_ACTORS)


def _unparsed(raws):
    return pd.DataFrame({"doc_id": ["d"] * len(raws), "note_no": [str(k) for k in range(1, len(raws) + 1)],
                         "kind": ["unparsed"] * len(raws), "title": [""] * len(raws), "raw": raws})


def test_each_unparsed_citation_the_reader_read_is_made_literature_and_the_others_stay():
    raws = ["A. Cassese, International Criminal Law (OUP, Oxford, 2003), p. 402.",
            "Papiers Pichon, Ms 4398, Barrère à Pichon, 9 février 1909",
            "Something the reader did not read"]
    readings = pd.DataFrame({"doc_id": ["d", "d"], "note_no": ["1", "2"], "source": ["model", "model"],
                             "title": ["International Criminal Law", "Barrère à Pichon"], "raw": raws[:2]})
    out, warned = read_by_the_model(_unparsed(raws), readings, [unparsed_warning("d", ["1", "2", "3"])])
    # (the second is a document dated to the day: the reader, knowing works only, is not followed)
    assert out[["kind", "title"]].values.tolist() == [["literature", "International Criminal Law"],
                                                       ["unparsed", ""], ["unparsed", ""]]
    assert [w.message for w in warned] == [unparsed_warning("d", ["2", "3"]).message]


def test_the_citations_given_are_left_as_they_were():
    citations = _unparsed(["A. Cassese, International Criminal Law (OUP, Oxford, 2003), p. 402."])
    readings = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "source": ["model"],
                             "title": ["International Criminal Law"], "raw": citations.raw.tolist()})
    read_by_the_model(citations, readings, [])
    assert citations.kind.tolist() == ["unparsed"]
