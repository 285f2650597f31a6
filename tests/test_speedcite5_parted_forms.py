"""Word forms parted by their first letters (`partedforms.parted`) match what their one plain alternation matched, and
the lead-in a legal reading cuts off and the words before a name are the same with their lead words so parted; a
decision's match at a text's start is kept."""

import random
import re

from histkit.citations import heads, legal
from histkit.citations.partedforms import list_forms_parted, parted
from histkit.citations.words import alternation, forms, word_rows


def _plain(pairs) -> str:
    return "(?:" + "|".join(expression for _, expression in pairs) + ")"


def _same(quick: re.Pattern, slow: re.Pattern, texts) -> int:
    found = 0
    for text in texts:
        a, b = quick.search(text), slow.search(text)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
        found += a is not None
    return found


def test_the_forms_of_one_letter_are_tried_in_the_order_given():
    pairs = [("vgl", "vgl"), ("see", r"see(?=\.)"), ("Vgl.", r"Vgl\.\s*"), ("ſe", "ſe")]
    quick = re.compile(rf"(?P<w>{parted(pairs)})(?P<rest>.*)", re.IGNORECASE)
    slow = re.compile(rf"(?P<w>{_plain(pairs)})(?P<rest>.*)", re.IGNORECASE)
    assert quick.match("vgl. Smith").group("w") == slow.match("vgl. Smith").group("w") == "vgl"
    assert quick.match("SEE. x").group("w") == "SEE" and quick.match("ſee x").group("w") == "ſe"


def test_the_parted_forms_match_what_their_plain_alternation_matched_in_any_case():
    pairs = [(w, re.escape(w)) for w in ["sehe", "see", "se", "ſe", "Siehe", "vgl.", "Vide", "vi", "Kk", "K", "σα", "Σε", "ς",
                                         "İbid", "ibid", "Ид.", "ид", "x"]]
    quick = re.compile(rf"{parted(pairs)}(?=\s|$)", re.IGNORECASE)
    slow = re.compile(rf"{_plain(pairs)}(?=\s|$)", re.IGNORECASE)
    rng = random.Random(8)
    pool = "seSEſhiSvVgl.dkKK\u212aσςΣİıiIbdИиД "
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    assert _same(quick, slow, texts) > 2000


def test_forms_with_one_of_no_letters_stay_one_alternation():
    assert parted([("", "x?"), ("see", "see")]) == "(?:x?|see)"


def test_the_lead_in_is_cut_where_it_was_with_the_lead_words_in_one_list():
    words = sorted(set(forms("reference_words.csv", "lead")) | set(forms("see_also.csv")), key=lambda f: (-len(f), f))
    exact = {row["form"] for name in ("reference_words.csv", "see_also.csv") for row in word_rows(name) if row.get("case") == "exact"}
    pairs = [(f, re.escape(f).replace(r"\.\ ", r"\.\s*").replace(r"\ ", r"(?:\s*,\s*|\s+)")) for f in words]
    pairs = [(f, f"(?-i:{p})" if f in exact else p) for f, p in pairs]  # (a form kept in its capitals: `a. A.`)
    quick = legal._lead_in()
    assert parted(pairs) in quick.pattern
    slow = re.compile(quick.pattern.replace(parted(pairs), _plain(pairs)), quick.flags)
    rng = random.Random(9)
    parts = ["Vgl.", "vgl", "See", "see also", "Siehe", "Ders.", "dazu", "z.B.", "Smith", "Bauer,", "ſee", "SEE", "Види:",
             "Cf.", ":", ",", "kritisch", "die", "von", "Weizsäcker", "Srov.", "Lásd", "Ikus, halaber,", "gl.", "Ana", "Hrsg.:",
             "Sal.:", "Šmits.", "ראו:", "„Titel“", "Ibid.", "İbid", "Zob.", "też", "Repertorium, 20", "1984"]
    texts = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 7))) for _ in range(6000)]
    assert _same(quick, slow, texts) > 400


def test_a_decisions_match_at_the_start_of_a_text_is_kept_for_the_next_ask():
    text = "Marbury v. Madison, 5 U.S. 137 (1803)"
    assert legal._case_at_start(text) is legal._case_at_start(text) is not None


_LEAD_LISTS = (("see_also.csv",), ("reference_words.csv", "lead"), ("reference_words.csv", "lead_after_words"))


def test_a_lists_forms_are_parted_as_alternation_writes_them():
    plain = "(?:" + "|".join(found for found in (alternation(*source) for source in _LEAD_LISTS) if found != "(?!)") + ")"
    parted_lists = list_forms_parted(*_LEAD_LISTS)
    assert parted_lists.startswith("(?:(?=")
    quick, slow = re.compile(rf"^{parted_lists}(?=\s|$)", re.IGNORECASE), re.compile(rf"^{plain}(?=\s|$)", re.IGNORECASE)
    words = [f for source in _LEAD_LISTS for f in forms(*source)]
    assert _same(quick, slow, words + [w.upper() for w in words] + [w.lower() for w in words]) >= len(words)


def test_a_form_opening_with_a_class_of_look_alikes_leaves_the_list_one_alternation():
    pairs = [("βλ.", r"[βϐ]λ\."), ("see", "see")]
    assert parted(pairs) == r"(?:[βϐ]λ\.|see)"
    assert parted([("s", "s?x"), ("t", "t")]) == "(?:s?x|t)"


def test_the_words_before_a_name_are_cut_where_they_were_with_the_lead_words_in_one_list():
    parted_lists = list_forms_parted(*_LEAD_LISTS)
    plain = "|".join(alternation(*source) for source in _LEAD_LISTS)
    rng = random.Random(6)
    parts = ["Vgl.", "See,", "for the old state of the law,", "Za", "Zagreb", "gl.", "v.", "Vesna", "Kovačić,", "O", "beogradskim",
             "liberalima", "Latinka", "Детальніше", "про", "це", "див.:", "Ikus,", "halaber,", "Mikel", "Sur", "l'héritage",
             "en", "Afrique,", "A.", "Cissé-Dramé,", "ſee", "SEE", "Βλ.", "Cf.", "usp.", "J. w.", "Zob.", "also", ":", "Lásd"]
    texts = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    found = 0
    for quick in heads._leads_before_name():
        slow = re.compile(quick.pattern.replace(parted_lists, plain), quick.flags)
        found += _same(quick, slow, texts)
    assert found > 400
