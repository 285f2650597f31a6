"""A segment's summary read from its tokens' `segment_marks` is the one read from their own features."""

from histkit.literature.tokens import own_features, segment_marks, segment_summaries, summaries_of_marks, tokenize


def test_summaries_of_marks_are_the_segment_summaries():
    text = "Vgl. Luhmann, Recht, in: H. Weber (Hg.), Staat, Berlin 1972, 12-14; Weber, Wirtschaft, 3."
    tokens = tokenize(text)
    own = [own_features(t.text, text[t.end:t.end + 1]) for t in tokens]
    assert summaries_of_marks(tokens, [segment_marks(f) for f in own]) == segment_summaries(tokens, own)
