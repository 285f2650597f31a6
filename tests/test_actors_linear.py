"""Actor mentions read long words in linear time: folding words that mix scripts finds what `re.sub` found."""

from hypothesis import given
from hypothesis import strategies as st

from histkit.actors.reading import _MIXED_WORD, _fold_mixed_words, prepare
from histkit.text import fold_homoglyphs

# Latin and Cyrillic letters, the two signs of the Latin range that are no word characters (× ÷), a Cyrillic
# sign and a combining mark that are none either, a digit, an underscore, a space
_MIXED = st.text(alphabet="aCсб×÷҂\u0483_1 ", max_size=40)


@given(_MIXED)
def test_folding_mixed_words_gives_what_the_plain_substitution_gives(text):
    assert _fold_mixed_words(text) == _MIXED_WORD.sub(lambda m: fold_homoglyphs(m.group(0)), text)


def test_a_word_mixing_scripts_at_the_end_of_a_long_word_is_folded():
    word = "б" * 20_000 + "CК"
    assert prepare(f"{word} и") == prepare("б" * 20_000 + "СК и")
