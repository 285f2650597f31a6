"""The quick paths of archive matching and lead-word scanning answer as the slow ones they stand in for."""

import random
import re
import unicodedata

import pytest

from histkit.citations import archives, daylists, leads, locate, nametrie, twounits
from histkit.citations.archives import MAY_COMPOSE_OUTSIDE, default_matcher, normalise
from histkit.citations.bothin import after_both_in
from histkit.citations.departments import joining_dashes
from histkit.citations.holdings import ABBR_DEFINITION
from histkit.citations.notenumber import marker_length
from histkit.citations.notetext import paren_depth
from histkit.citations.words import alternation, archive_word, statute_word
from histkit.text import fold_homoglyphs, strip_diacritics

SAMPLES = ["Hrvatski državni arhiv, fond 1220", "Arhiv Jugoslavije (AJ), 507", "CК SКJ, kut. 4", "Léo Ćosić – „Zapisnik“",
           "Архив Југославије, ф. 507", "e\u0301tat, décomposé", "Ǆ dž ǅ", "한국 국가기록원", "ଓଡ଼ିଆ ୋ", "ſ Kelvin K", "İstanbul"]


def _slow_plain(text: str) -> str:
    folded = joining_dashes(fold_homoglyphs(text))  # (an en dash joining letters is a hyphen: `SAPMO–BArch`)
    return folded if folded.isascii() else strip_diacritics(folded)


def test_no_two_letters_compose_in_nfc_inside_the_blocks_the_quick_stripping_trusts():
    trusted = re.compile(f"[{MAY_COMPOSE_OUTSIDE}]")
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) != 2 or parts[0].startswith("<"):
            continue
        first, second = (chr(int(p, 16)) for p in parts)
        if unicodedata.combining(second) == 0 and unicodedata.normalize("NFC", first + second) != first + second:
            assert not trusted.match(first) and not trusted.match(second), hex(code)


def test_plain_strips_as_strip_diacritics_does_the_whole_text():
    rng = random.Random(4)
    pool = "".join(SAMPLES) + "\u0301\u0308\u0327\u1100\u1161\u11a8\u0b47\u0b3e–„“’"
    texts = SAMPLES + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    assert [archives._plain(t) for t in texts] == [_slow_plain(t) for t in texts]


@pytest.mark.parametrize("head", ["TNA, FO 371/1", "12 March 1953", "Arhiv Jugoslavije, 507", "AJ, 507", "ЦК СКЈ, 4",
                                  "CК SКJ, 4", "Xyz, 4", "  AJ", "a", "", "ÖStA, AdR", "Public Record Office", "qz, box"])
def test_the_quick_refusal_of_a_head_refuses_only_what_matching_finds_nothing_in(head):
    matcher = default_matcher().copy()
    assert matcher.opens_nothing(head) is False or matcher._match(head) is None


def test_a_code_the_matcher_learns_is_not_refused_by_the_quick_refusal():
    matcher = default_matcher().copy()
    matcher.add_code("QZX", archives.Archive("QZX", "Archive of QZ"))
    assert matcher.match("QZX, box 4")[0].code == "QZX"


def _quoted(before):
    # a quotation is open when the last quotation mark before the token opens one: „ « “ always, a straight mark
    # when it is an odd one (straight marks open and close by turns)
    marks = re.findall(r"[„«“\"”»]", before)
    return bool(marks) and (marks[-1] in "„«“" or (marks[-1] == '"' and before.count('"') % 2 == 1))


def _slow_archive_inside(piece, matcher):
    # the search as it was: the bracket depth and the open quotation counted again for each token start
    if locate.cites_publication(piece):
        return None
    for m in locate._TOKEN_START.finditer(piece):
        start = m.end()
        if start >= len(piece) or paren_depth(piece, start) or _quoted(piece[:start]):
            continue
        start += len(locate._IN_WORD.match(piece, start).group(0))
        hit = matcher.match(piece[start:])
        if hit and locate._AFTER_NAME.match(piece, start + hit[1]):
            return hit[0], start, start + hit[1]
    return None


def test_archive_inside_finds_what_the_search_from_each_token_start_finds():
    rng = random.Random(7)
    parts = ["Bericht vom 14.6.1956", "PA AA", "B 42", "(Zagreb: Naklada", "1990)", "„Title", "of it“", "in TNA", "FO 371/1",
             "\"quoted", "title,\"", "NARA", "RG 59", "box 4", "// РГАНИ. Ф. 5", "«Le", "titre»", "AJ", "507"]
    pieces = [", ".join(rng.choice(parts) for _ in range(rng.randint(1, 7))) for _ in range(1500)]
    matcher = default_matcher().copy()
    assert [locate._archive_inside(p, matcher) for p in pieces] == [_slow_archive_inside(p, matcher) for p in pieces]


def test_every_lead_word_opens_with_letters_the_quick_look_ahead_lets_through():
    start = re.compile(leads._LEAD_START, re.IGNORECASE)
    branches = re.compile(f"(?:{leads.LEAD_WORDS})", re.IGNORECASE)
    for form in re.sub(r"\\s\+", " ", leads.LEAD_WORDS.replace("\\", "")).split("|"):
        # each alternative as plain text, optional parts dropped: it is a lead word, and the look-ahead passes it
        word = re.sub(r"\(\?:.*?\)\??|\?", "", form).strip()
        if word and branches.match(word):
            assert start.match(word), word


def test_the_lead_word_scans_find_what_they_found_without_the_look_ahead():
    text = ("See: TNA. Vgl. dazu AJ; cf. Smith. For more, see also the file: see FRUS. Siehe auch BArch. Smotri: "
            "смотри РГАНИ. Usp. HDA; also see NARA, and vidi još AJ: voir aussi AN. Zob. też AAN.")
    for name in ("LEAD_COLON", "LEAD_INSIDE", "LEAD_AFTER_SENTENCE"):
        quick = getattr(leads, name)
        slow = re.compile(quick.pattern.replace(leads._LEAD_START, ""), quick.flags)
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in slow.finditer(text)], name


def test_the_archive_word_trie_finds_a_stem_where_the_word_list_does():
    slow = re.compile(alternation("archive_words.csv"), re.IGNORECASE)
    texts = SAMPLES + ["Bundesarchiv", "Library of Congress", "records  office", "Staatsbibliothek", "Tom Segev", "ARCHIWUM",
                       "Государственный архив", "Národní archiv", "Musée", "documentación", "historical\nsociety"]
    assert [bool(archive_word().search(t)) for t in texts] == [bool(slow.search(t)) for t in texts]


@pytest.mark.parametrize("text", ["12 AJ", " 12. AJ", "12.AJ", "12) x", "123 x", "\n 12\tAJ", "12", "", "a) b", "12.  x"])
def test_the_notes_own_number_is_skipped_as_a_pattern_of_the_number_would_skip_it(text):
    for note_no in ("12", "1", "a", ""):
        m = re.match(rf"\s*{re.escape(note_no)}(?:\s+|\.\s+|\)\s*)", text) if note_no else None
        assert marker_length(text, note_no) == (m.end() if m else 0)


def test_normalise_still_folds_strips_and_lowers():
    assert normalise("Hrvatski  Državni ARHIV") == "hrvatski drzavni arhiv"


def test_sentence_leads_and_gaps_are_what_the_patterns_find_everywhere():
    rng = random.Random(5)
    words = ["TNA", "Minute", "3 May 1950.", "See also", "cf.", "Vgl.", "AJ.", "12.", "ibid.", "?", "!", ".", "  ", "\n",
             "Siehe", "смотри", "Л.", "ГАРФ.", "Ф.", "see", "1950.\tSee", "p. 4. Cf."]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    for text in texts:
        assert [m.span() for m in leads.sentence_leads(text)] == [m.span() for m in leads.LEAD_AFTER_SENTENCE.finditer(text)]
        assert [m.span() for m in leads.sentence_gaps(text)] == [m.span() for m in leads.SENTENCE_GAP.finditer(text)]


def _name_texts(names):
    endings = ["", " ", "  x", "_", "1", "a", ",", "\t\n", " archive", "\xa0", "\x1c", "-x", "²"]
    return [lead + head + end for name in names
            for head in (name, name.replace(" ", " \t\u2003"), name[:len(name) // 2])
            for lead in ("", "in the ", "x_", "é") for end in endings]


def _found(m):
    return (m.group(1), m.end(1)) if m else None


def test_names_opening_a_text_are_found_as_the_compiled_name_pattern_finds_them():
    names = tuple(sorted(default_matcher().names))
    pattern, trie = archives._compile(names, r"({})(?![^\W_])"), nametrie.NameTrie(names)
    texts = _name_texts(names)
    assert [_found(trie.match(t)) for t in texts] == [_found(pattern.match(t)) for t in texts]


def test_two_units_joined_by_and_are_sought_only_where_a_word_for_and_stands_before_a_number():
    rng = random.Random(11)
    words = ["dossiers", "nos.", "files", "liv.", "kart.", "inv.nr.", "Д.", "спр.", "boxes", "AN, F7 13245,", "4513", "12",
             "4514/b", "and", "And", "et", "und", "en", "i", "и", "a", "e", "y", ",", ", ", "  ", "\t", "(", ")", "3 mai 1920"]
    texts = ["AN, F7 13245, dossiers 4513 et 4514, 3 mai 1920", "inv.nr. 1234 en 1235", "д. 71, 73 и 78", "files 3 And 4",
             "TNA, FO 371/1, pp. 3 and 4", "boxes 3 and\n4"]
    texts += ["".join(rng.choice(words) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    for text in texts:  # (the unit patterns, unchanged, are the specification: the gate may only leave out what they miss)
        if twounits._pair().search(text) or twounits._singular_pair().search(text):
            assert twounits._and_number().search(text), text


def test_a_citation_with_no_year_is_not_asked_whether_it_reads_as_literature(monkeypatch):
    # (one with a year is asked first, its answer kept for the classifier: speedlit3; its days are read after)
    def never(text):
        raise AssertionError(text)
    monkeypatch.setattr(daylists, "is_literature", never)
    assert daylists.days_apart("TNA, FO 371/1, minute") == ["TNA, FO 371/1, minute"]
    assert daylists.days_apart("Eley, Forging Democracy (Oxford), 12") == ["Eley, Forging Democracy (Oxford), 12"]


def _slow_definition(text):
    # `locate._definition` as it was before its head's archive word was asked first: the specification
    m = ABBR_DEFINITION.match(text)
    if m is None and "(" in text:
        after = locate._dated_stop(text[:text.find("(")]) or after_both_in(text[:text.find("(")])
        m = ABBR_DEFINITION.match(text, after) if after else None
        return m if m and locate._has_archive_word(m.group("name")) and not statute_word().search(m.group("name")) else None
    return m if m and locate._has_archive_word(m.group("name")) and m.start() == 0 \
        and not statute_word().search(m.group("name")) else None


def test_a_definition_after_a_dated_sentence_is_read_as_without_asking_the_head_for_an_archive_s_word_first():
    rng = random.Random(13)
    parts = ["Bréf, 12. mars 1874.", " Landsbókasafn Íslands", " (Lbs.)", " (hereafter TNA)", "A to B, 2 May 1929, ",
             "both in ", "Weizmann Archives", " (WA)", ", ", ". ", "3 May 1929", "1870. ", "Héraðsskjalasafn", " (HérÁrn)",
             "Tom Segev", " (X)", "(", "Bundesarchiv", " Library", "Thüringer Bibliotheksgesetz (ThürBibG)"]
    texts = ["Bréf, 12. mars 1874. Landsbókasafn Íslands (Lbs.), 4", "Minute, 3 May 1950. Tom Segev (TS), 4"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for text in texts:
        slow, quick = _slow_definition(text), locate._definition(text)
        assert (slow and (slow.span(), slow.groupdict())) == (quick and (quick.span(), quick.groupdict())), text


def test_a_citation_naming_one_unit_is_not_asked_whether_it_is_a_law_or_a_court_s(monkeypatch):
    asked = []
    monkeypatch.setattr(twounits, "legal_kind", lambda text: asked.append(text) or "")
    assert twounits._per_unit("AN, F7 13245, dossier 4513, 3 mai 1920") == ["AN, F7 13245, dossier 4513, 3 mai 1920"]
    assert asked == []
    assert len(twounits._per_unit("AN, F7 13245, dossiers 4513 et 4514, 3 mai 1920")) == 2 and len(asked) == 1


def test_a_court_s_joined_cases_stay_one_citation_though_they_name_units():
    text = "Joint cases C-165/09, C-166/09 and C-167/09"
    assert len(twounits.units_apart(text)) == 3 and twounits._per_unit(text) == [text]
