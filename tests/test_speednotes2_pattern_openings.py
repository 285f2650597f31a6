"""Patterns rewritten to open with what re can skip to, or asked in a cheaper order: the same answers as before.

Each test keeps the former formulation as the specification and compares every match (span and groups) on texts of
the shapes the pattern reads and of those it must refuse.
"""

import itertools
import re

from histkit.citations import japanese, recordings, signals
from histkit.citations.words import alternation, forms
from histkit.citations.workrepeat import _LOCATOR, _locator_words, _title_again, _words


def _same(old: re.Pattern, new: re.Pattern, texts) -> None:
    for text in texts:
        assert [(m.span(), m.groups()) for m in old.finditer(text)] == \
               [(m.span(), m.groups()) for m in new.finditer(text)], text


def _texts(parts, length=3):
    return ["".join(p) for n in range(1, length + 1) for p in itertools.product(parts, repeat=n)]


def test_and_next_author_opens_with_the_space():
    joiners = "|".join(re.escape(form) for form in forms("and_words.csv") if form.islower() and len(form) <= 4)
    old = re.compile(rf"(?:(?<=\d\d)|(?<=\bff\.)|(?<=\bf\.)|(?<=\bseq\.)|(?<=\bsq\.)|(?<=\bsqq\.))\s+"
                     rf"(?=(?:{joiners})\s+{signals._INITIALS_SURNAME})")
    texts = _texts(["12", "p. 160 et seq.", " ff.", "f.", " sqq.", " ", "  ", "and ", "e ", "P. Kasznica, Polskie", "x"])
    texts += ["Langrod, Kontrola, Kraków 1929, p. 160 et seq. and P. Kasznica, Polskie prawo, Poznań 1946.",
              "G. Rossi, Studi, 7/2012, pp. 329-357 e V. FIORILLO, Strasburgo, in Q. cost. 2014"]
    _same(old, signals._and_next_author(), texts)


def test_recording_words_guarded_by_their_first_letters():
    old = re.compile(rf"(?<![^\W\d_])(?:{alternation('recording_words.csv', 'recording')})(?![^\W\d_])", re.IGNORECASE)
    words = forms("recording_words.csv")[:12]
    texts = _texts([*words, *(w.upper() for w in words), "a", " ", "1", ",", "İ", "ı"], 2)
    texts += ["VHA, interview 23456 with Pavel S., 2 June 1997, tape 2, 12:30–14:05."]
    _same(old, recordings._recording(), texts)


def test_japanese_stops_open_with_their_mark():
    kana = japanese._KANA_HAN
    old = re.compile(rf"(?:。(?=\s*\S)|(?<=[{kana}])\.(?=[{kana}『「]))(?!\s*(?:および|及び))"
                     r"|(?<=のほか)[、,]|[、,](?=および|及び)")
    texts = _texts(["。", ".", "、", ",", "のほか", "および", "及び", "山", "『", " ", "a"], 3)
    texts += ["前掲の山本書のほか、中島健「…」", "…、60頁。山本一郎「…」", "…、昭和13年3月1日。および防研所蔵…"]
    _same(old, japanese._STOP, texts)


def test_title_again_asks_the_earlier_titles_before_the_locator():
    def former(text, references):
        head, _, rest = text.partition(",")
        title = head.strip(" '‘’\"“”")
        if len(_words(title)) < 2 or not title[:1].isupper() or not _LOCATOR.fullmatch(_locator_words().sub(" ", rest)):
            return None
        return _title_again(text, references)

    earlier = [("5:1", {"authors": "T. W. Halsey", "title": "Chronicon monasterii de Bruerne"}),
               ("7:2", {"authors": "", "title": "Annales Stadenses"})]
    for text in ("Chronicon de Bruerne, ii. 140.", "Chronicon de Bruerne, a rival house.", "Annales Stadenses, p. 343",
                 "Annales Stadenses, cit., p. 60", "Annales of a rival house, p. 3", "Chronicon Parmense, p. 60",
                 "Chronicon de Bruerne", "chronicon de Bruerne, ii. 140."):
        assert _title_again(text, earlier) == former(text, earlier), text
