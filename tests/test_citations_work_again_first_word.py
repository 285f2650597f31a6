"""`work_again` asks whether the first word can be an earlier author's before it reads the rest, and answers as before."""

import random

from histkit.citations import workrepeat
from histkit.citations.workrepeat import work_again


def _work_again_as_it_was(text, references):
    # every word folded and tested for a locator first, then each earlier reference
    if "," not in text:
        return None
    mine = [(m, workrepeat._fold(m.group())) for m in workrepeat._WORD.finditer(text)]
    mine = [(m, w) for m, w in mine if not workrepeat._is_locator_word(text, m)]
    if len(mine) < 3:
        return None
    for label, ref in reversed(references):
        found = workrepeat._printed_again(text, mine, ref)
        if found is not None:
            return dict(found, ref_of=ref.get("ref_of") or label)
    return None


EARLIER = [("1:1", {"authors": "R. Millington", "title": "State, Society and Memories of the Uprising",
                    "raw": "R. Millington, State, Society and Memories of the Uprising (Basingstoke, 2014), 1."}),
           ("2:1", {"authors": "Eisenfeld, Kowalczuk and Neubert", "title": "Die verdrängte Revolution",
                    "raw": "Eisenfeld, Kowalczuk and Neubert, Die verdrängte Revolution (Bremen, 2004), 7."}),
           ("3:1", {"authors": "", "title": "Ústava", "raw": "Ústava, Praha 1948", "ref_of": "1:1"})]


def test_a_text_whose_first_word_names_no_earlier_author_is_no_work_again():
    assert work_again("The minutes, however, say more, pp. 4-5.", EARLIER) is None


def test_a_work_cited_again_by_its_author_and_first_title_words_is_still_read():
    found = work_again("Millington, State, Society and Memories, p. 124.", EARLIER)
    assert (found["authors"], found["title"], found["ref_of"]) == ("Millington", "State, Society and Memories", "1:1")


def test_it_answers_as_before_on_texts_of_names_title_words_and_locators():
    rng = random.Random(6)
    words = ["Millington", "MILLINGTON", "Millingtón", "State", "Society", "and", "Memories", "of", "the", "Uprising",
             "Eisenfeld", "Kowalczuk", "Neubert", "Die", "verdrängte", "Revolution", "p.", "pp.", "vol.", "cit.", "12",
             "124–130", "however", "Ústava", "R.", ",", ", ", ".", "op. cit.", "ibid"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    # (and works cited again as they are: an earlier author, the first words of the title, perhaps a locator)
    for _ in range(2000):
        ref = rng.choice(EARLIER)[1]
        head = rng.choice([ref["authors"], (ref["authors"].split() or [""])[-1], rng.choice(words)])
        title = ref["raw"].split(", ", 1)[-1].split()
        texts.append(f"{head}, {' '.join(title[:rng.randint(1, 5)])}{rng.choice(['', ', p. 4.', ' 12–14', ', however'])}")
    for text in texts:
        for references in (EARLIER, EARLIER[:1], EARLIER[1:], []):
            assert work_again(text, references) == _work_again_as_it_was(text, references), text
