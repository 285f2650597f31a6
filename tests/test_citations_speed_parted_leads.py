"""The lead words at a piece's start and the remarks ending a reference, parted by first letters, match as before."""

import random
import re
from pathlib import Path

from histkit.citations import ends, leads
from histkit.citations.words import alternation

_FIXTURES = Path(__file__).parent / "fixtures"


def _old_plain() -> re.Pattern:
    # the specification: LEAD_PLAIN with the lead words as one alternation, as it was
    return re.compile(leads.LEAD_PLAIN.pattern.replace(leads._LEAD_WORDS_PARTED, f"(?:{leads.LEAD_WORDS})"), re.IGNORECASE)


def _old_remark() -> re.Pattern:
    words = f"{alternation('reference_words.csv', 'remark')}|{alternation('reference_words.csv', 'forthcoming')}"
    return re.compile(rf"(?:[,.;]\s*|\s*[(\[]|\s+)(?:{words})\s*[)\]]?\s*\.?\s*$", re.IGNORECASE)


def _found(m):
    return m and (m.span(), m.groups())


def _made(pool: str, count: int) -> list[str]:
    rng = random.Random(5)
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _fixture_lines() -> list[str]:
    return [line for p in sorted(_FIXTURES.rglob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]


def test_the_lead_words_split_at_the_top_level_make_the_whole_list_again():
    assert "|".join(leads.top_alternatives(leads.LEAD_WORDS)) == leads.LEAD_WORDS
    assert len(leads.top_alternatives(leads.LEAD_WORDS)) == len(leads.first_letters(leads.LEAD_WORDS))


def test_a_plain_lead_word_is_found_as_the_whole_alternation_found_it():
    old = _old_plain()
    rng = random.Random(8)
    words = [w for w in leads.top_alternatives(leads.LEAD_WORDS) if re.fullmatch(r"[^\W\d_]+", w)]
    texts = _made("seeSEEcfCFvVgGl. alsoand;,()[]ſİı dazu etwa Hervorhebung voir aussi 12", 6000)
    texts += [rng.choice([str.upper, str.title, str.lower])(rng.choice(words)) + rng.choice([" ", ", ", ". ", ":", " 12", ""])
              + rng.choice(["x", "e.g., DE SOTO", "WO 204/1", "2-ге"]) for _ in range(3000)]
    texts += [line[m.end():] for line in _fixture_lines() for m in re.finditer(r"(?:^|[\s;,.(]+)", line)]
    for text in texts:
        assert _found(leads.LEAD_PLAIN.match(text)) == _found(old.match(text)), text


def test_a_remark_ending_a_reference_is_found_as_the_whole_alternation_found_it():
    old, new = _old_remark(), ends._remark()
    texts = _made("emphasis added (grifo meu) Hervorhebung im Original en prensa forthcoming.,;[]) ", 6000)
    texts += [line[:m.start()] for line in _fixture_lines() for m in re.finditer(r"[\s;,.)\]]|$", line)]
    for text in texts:
        start = max(0, len(text) - 60)
        assert _found(new.search(text, start)) == _found(old.search(text, start)), text


def test_a_see_also_before_a_citation_is_found_as_the_whole_alternation_found_it():
    from histkit.citations import ibid

    words = f"(?:{alternation('see_also.csv')}|{alternation('reference_words.csv', 'see_also')})"
    old_opening, old_before = re.compile(rf"{words}\s", re.IGNORECASE), re.compile(rf"[;.]\s*{words}\s*:?\s*$", re.IGNORECASE)
    texts = _made("see also; SEE ALSO. gl. tudi vgl. auch Vgl.:ſİı cf. 12, x", 6000) + _fixture_lines()
    for text in texts:
        assert _found(ibid._SEE_ALSO.match(text)) == _found(old_opening.match(text)), text
        for end in (len(text), len(text) // 2):
            assert _found(ibid._SEE_ALSO_BEFORE.search(text, 0, end)) == _found(old_before.search(text, 0, end)), text
