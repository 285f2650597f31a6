"""The Finnish, Danish, Lithuanian and Catalan words for ibid., op. cit. and the same author are data
(``ibid.csv``, ``reference_words.csv``): `Emt., 11.` and `Smst., s. 22.` repeat the work cited before, `Lindroos, mt.,
230` the author's, `Ta pati, …` and `Íd., …` are by the author before."""

from histkit import build_tables, read_document


def _references(tmp_path, notes: list[str]):
    article = tmp_path / "a.txt"
    calls = " ".join(f"Text.[{n}]" for n in range(1, len(notes) + 1))
    article.write_text(calls + "\n\n" + "\n".join(f"[{n}] {note}" for n, note in enumerate(notes, 1)) + "\n",
                       encoding="utf-8")
    return build_tables([read_document(article)])["references"]


def test_a_bare_word_for_the_same_work_repeats_the_last_reference(tmp_path):
    refs = _references(tmp_path, ["Eino Ahonen, Kunnat ja köyhät (Helsinki: SKS, 1971), 45.", "Emt., 11.",
                                  "Ole Riis, Byens huse (København: Gad, 1980), s. 3.", "Smst., s. 22."])
    assert refs.ref_of.fillna("").tolist() == ["", "1:1", "", "3:1"]


def test_the_same_authors_word_gives_the_author_before(tmp_path):
    refs = _references(tmp_path, ["J. Rimkus, Ūkis (Vilnius: Mintis, 1992), p. 3.",
                                  "Ta pati, Kaimas (Vilnius: Mintis, 1995), p. 9."])
    assert refs.authors.tolist()[1] == "J. Rimkus"
