"""The archive words' anchors refuse only texts in which the stems' pattern finds nothing (`stemanchors`)."""

import random

import pytest

from histkit.citations import gost, theses
from histkit.citations.stemanchors import form_runs, holds_archive_word
from histkit.citations.words import archive_word, forms, spellings_of


def _found(text):
    return archive_word().search(text) is not None


def test_a_run_stops_at_a_space_and_at_a_letter_printed_in_other_spellings():
    assert form_runs("record office") == ["record", "office"]
    assert form_runs("αρχεί") == ["χ"]  # (α, ρ, ε, ί each have accented forms)


def test_a_run_ends_after_a_russian_consonant_where_a_hard_sign_may_follow():
    assert form_runs("музей") == ["м", "уз", "й"]  # (and `е` may be printed `ѣ`)


@pytest.mark.parametrize("text", ["Staatsarchiv Basel, PA 12", "ARHIV JUGOSLAVIJE, 507", "Αὐτόθι, Ἀρχεῖον Κράτους",
                                  "Государственный архивъ", "Biblioteka Narodowa", "Tom Segev, 1949, 12", "", "a",
                                  "records\n office", "Ibid., p. 4", "İstanbul Kütüphanesi", "ſtaatsarchiv"])
def test_it_answers_as_the_stems_pattern_on_examples(text):
    assert holds_archive_word(text) == _found(text)


def _spelled(stem, rng):
    # the stem as a note may print it: in another case, under another accent, with white space of any kind
    out = []
    for ch in stem:
        ch = rng.choice(spellings_of(ch)) if rng.random() < 0.5 else ch
        ch = ch.upper() if rng.random() < 0.3 else ch
        out.append(rng.choice([" ", "  ", "\n", "\t"]) if ch == " " else ch)
        out.append("ъ" if rng.random() < 0.1 else "")
    return "".join(out)


def test_it_answers_as_the_stems_pattern_on_texts_made_of_the_stems():
    rng, stems = random.Random(3), forms("archive_words.csv")
    noise = "".join(stems) + "AÁΑἈЪѣі ’'.,-İſΣς\u00a0"
    texts = [" ".join(_spelled(rng.choice(stems), rng) if rng.random() < 0.5 else
                      "".join(rng.choice(noise) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 4)))
             for _ in range(4000)]
    assert [holds_archive_word(t) for t in texts] == [_found(t) for t in texts]
    assert 0 < sum(map(holds_archive_word, texts)) < len(texts)  # (both answers met)


def test_op_cit_is_found_where_its_pattern_finds_it_and_nowhere_else():
    rng, said = random.Random(8), [form.rstrip(".") for form in forms("reference_words.csv", "op_cit")]
    texts = [", ".join(_spelled(rng.choice(said), rng) if rng.random() < 0.5 else rng.choice(["Name", "12", "s. 4", "cit"])
                       for _ in range(rng.randint(1, 3))) for _ in range(3000)] + ["Иванов И. И. Указ. соч. С. 10", "MT 34/45"]
    search = gost._patterns()["op cit"].search
    assert [m and m.span() for m in map(gost.op_cit, texts)] == [m and m.span() for m in map(search, texts)]


def _thesis_as_it_was(text):
    found = theses._thesis().match(theses.without_lead_in(text.strip().rstrip(".").strip()))
    return found if found is not None and theses.is_name(found["authors"].strip()) else None


def test_a_thesis_is_read_where_its_patterns_read_one_and_nowhere_else():
    rng, said = random.Random(9), forms("reference_words.csv", "thesis_clause")
    texts = [f"{rng.choice(['J. Smith', 'Ana Šumi', 'Vgl. M. Alt', 'x'])}, {rng.choice(['The Title', 'Die Wohnung'])}"
             f"{rng.choice([', ', '. ', ' (', ', unpublished '])}{_spelled(rng.choice(said), rng)}"
             f"{rng.choice([', University of London, 1998', ' Bonn 1972', ', 1998), 4', ', p. 4', ''])}" for _ in range(3000)]
    texts += ["J. Smith, The Title, PhD thesis, University of London, 1998, p. 4", "K. Alt, Die Dissertation als Gattung, 4"]
    assert [m and m.span() for m in map(theses.thesis_reference, texts)] == [m and m.span() for m in map(_thesis_as_it_was, texts)]
    assert [theses.without_thesis_clause(t) for t in texts] == [
        t if (m := theses._clause().search(t)) is None else f"{t[:m.start()]}{'' if t[m.end():].startswith(',') else ', '}{t[m.end():]}"
        for t in texts]
