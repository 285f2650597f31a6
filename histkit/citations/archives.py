"""The archives authority file, and recognising an archive at the head of a citation.

``data/authority/archives.csv`` lists one archive a row: code (the
abbreviation historians write in footnotes), name, variants (``|``-separated
other abbreviations, names in the archive's language, in English, in the
other script, and former names), country (ISO 3166 code), city, optionally
cues, and source (where the code and name can be checked: the archive's
website or a portal such as EHRI or Archives Portal Europe). Matching is on a
normalised form (look-alike letters folded, diacritics dropped), so ``CК``
typed with a Cyrillic К still matches; codes keep their case (``AN`` is an
archive, ``an`` a word).

To add an archive, add a row; keep each string to one row. A code two
archives really share (``NA``, ``APP``) is listed under each, the commoner
first, and each later one gets ``cues``; where no call-number words tell
them apart, give the second a longer code (``RA Stockholm``, ``KLA Klagenfurt``).
Names of eight letters or more are also found anywhere in a note, so avoid
bare generic names (``Staatsarchiv``, ``Military Archives``).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..data import authority_file
from ..dates import trie_alternation
from ..errors import AuthorityError
from ..patterns import compiled
from ..text import fold_homoglyphs, strip_diacritics
from .departments import department_of, joining_dashes
from .foldmap import fold_by_character
from .nametrie import NameTrie, plain_names
from .refcodes import looks_like_code, reference_code_forms
from .words import alternation, forms

ARCHIVE_COLUMNS = ["code", "name", "variants", "country", "city"]
_REQUIRED = ("code", "name")


def load_archives(path=None) -> pd.DataFrame:
    """The archives authority table (code, name, variants, country, city).

    >>> load_archives().set_index("code").loc["TNA", "name"]
    'The National Archives'

    ``path`` defaults to the shipped ``data/authority/archives.csv``. Raises
    `AuthorityError` naming the file and line when the file is missing, lacks
    the code or name column, has a row with an empty code or name, or repeats
    a code.
    """
    path = Path(path) if path is not None else authority_file("archives.csv")
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in _REQUIRED if c not in header]
            if missing:
                raise AuthorityError(f"{path}, line 1: the header lacks the column(s) {', '.join(missing)}; "
                                     f"the archives file needs at least: code,name (and optionally variants,country,city)")
            rows, seen = [], {}
            for row in reader:
                line = reader.line_num
                if None in row:
                    raise AuthorityError(f"{path}, line {line}: more fields than the header has; "
                                         f"quote a value that contains a comma")
                code, name = (row.get("code") or "").strip(), (row.get("name") or "").strip()
                if not code or not name:
                    raise AuthorityError(f"{path}, line {line}: the archive needs both a code and a name")
                if code in seen:
                    raise AuthorityError(f"{path}, line {line}: the code {code!r} is already used on line {seen[code]}; "
                                         f"give each archive one row and list other forms under variants")
                seen[code] = line
                rows.append({c: (row.get(c) or "").strip() for c in dict.fromkeys(ARCHIVE_COLUMNS + header) if c})
    except FileNotFoundError:
        raise AuthorityError(f"{path}: no such archives file; give the path of a CSV with the columns "
                             f"{','.join(ARCHIVE_COLUMNS)}") from None
    except UnicodeDecodeError as exc:
        raise AuthorityError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8") from None
    return pd.DataFrame(rows, columns=list(dict.fromkeys(ARCHIVE_COLUMNS + header)))


def archives_authority(path=None) -> pd.DataFrame:
    """The archives histkit matches: the shipped file, extended by the user's own file at ``path``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     own = Path(folder) / "archives.csv"
    ...     _ = own.write_text("code,name\\nDAZD,Državni arhiv u Zadru\\nTNA,The National Archives (Kew)\\n", encoding="utf-8")
    ...     table = archives_authority(own).set_index("code")
    >>> table.loc["DAZD", "name"], table.loc["TNA", "name"], "AJ" in table.index
    ('Državni arhiv u Zadru', 'The National Archives (Kew)', True)

    A user's file lists the archives their corpus cites that histkit lacks
    (`histkit init` drafts it); a code in both files takes the user's row.
    Raises what `load_archives` raises, naming the file at fault.
    """
    shipped = load_archives()
    if path is None:
        return shipped
    own = load_archives(path)
    kept = shipped[~shipped["code"].isin(set(own["code"]))]
    return pd.concat([kept, own], ignore_index=True).fillna("")


@functools.lru_cache(maxsize=32768)
def _plain(text: str) -> str:
    # Homoglyphs folded, diacritics stripped; kept, for a piece is matched at each token start; ASCII has no marks
    folded = joining_dashes(fold_homoglyphs(text))  # (`SAPMO–BArch` typeset with an en dash is `SAPMO-BArch`)
    if folded.isascii():
        return folded
    # `strip_diacritics` a character at a time, from a table: the same text, for the marks it drops are
    # dropped wherever they stand, and what is left composes again only within a character, unless two
    # letters compose (Hangul, a few Indic vowels): none does within Latin, Greek, Cyrillic and punctuation
    quick = folded.translate(_STRIPPED)
    return strip_diacritics(folded) if _MAY_COMPOSE.search(quick) else quick


class _Stripped(dict):
    """`strip_diacritics` of each character met, by code point (a table for `str.translate`)."""

    def __missing__(self, code: int) -> str:
        self[code] = strip_diacritics(chr(code))
        return self[code]


_STRIPPED = _Stripped()

# outside these blocks (Latin to Syriac, Thaana, NKo…; punctuation and symbols) two letters may compose in NFC
MAY_COMPOSE_OUTSIDE = "\x00-\u08ff\u2000-\u2bff"
_MAY_COMPOSE = compiled(f"[^{MAY_COMPOSE_OUTSIDE}]")


def normalise(text: str) -> str:
    """The form names are compared in: homoglyphs folded, no diacritics, lower case, single spaces.

    >>> normalise("Hrvatski  državni arhiv"), normalise("CК SКJ")
    ('hrvatski drzavni arhiv', 'ck skj')
    """
    return _SPACE_RUN.sub(" ", _plain(text)).strip().lower()


@dataclass(frozen=True)
class Archive:
    """An archive of the authority file: its code, name, town and the cues that tell it from others sharing its code."""

    code: str
    name: str
    city: str = ""
    cues: str = ""


@dataclass
class ArchiveMatcher:
    """Finds the archive a citation starts with; learns abbreviations a document defines.

    >>> m = ArchiveMatcher.from_table(load_archives())
    >>> m.match("TNA, FO 371/107832")[0].code
    'TNA'

    An abbreviation several archives use (``NA``: the US National Archives,
    the Czech Národní archiv, the Dutch Nationaal Archief) is listed under
    each of them; the first row keeps it unless the citation matches another
    row's ``cues``, a regular expression of the words its call numbers use
    (``inv.nr.``, ``sv.``/``a. j.``).
    """

    # normalised name or variant -> archive; codes are kept apart because they
    # are matched case-sensitively (`AN` is an archive, `an` is a word)
    names: dict[str, Archive] = field(default_factory=dict)
    codes: dict[str, Archive] = field(default_factory=dict)
    # a code several archives list: the later ones, tried by their cues
    shared: dict[str, list[Archive]] = field(default_factory=dict)

    @classmethod
    def from_table(cls, table: pd.DataFrame | None) -> "ArchiveMatcher":
        """A matcher of every archive of an authority table (`load_archives`), by code, name and variants."""
        matcher, derived = cls(), []
        if table is None:
            return matcher
        for row in table.fillna("").to_dict("records"):
            archive = Archive(str(row["code"]), str(row["name"]), str(row.get("city", "") or ""),
                              str(row.get("cues", "") or ""))
            matcher.add_code(archive.code, archive)
            derived += [(form, archive) for form in reference_code_forms(archive.code, str(row.get("country", "")))]
            matcher.names.setdefault(normalise(archive.name), archive)
            for variant in str(row.get("variants", "") or "").split("|"):
                variant = variant.strip()
                if not variant:
                    continue
                if looks_like_code(variant):
                    key = strip_diacritics(fold_homoglyphs(variant))
                    if key in matcher.codes and matcher.codes[key] != archive:
                        matcher.shared.setdefault(key, []).append(archive)
                    matcher.add_code(variant, archive)
                else:
                    matcher.names.setdefault(normalise(variant), archive)
        for form, archive in derived:  # (after every row: a code or variant written out wins over a form derived)
            matcher.add_code(form, archive)
        return matcher

    def copy(self) -> "ArchiveMatcher":
        """A matcher that can learn a document's abbreviations (`add_code`) without teaching them to this one."""
        twin = ArchiveMatcher(dict(self.names), dict(self.codes), self.shared)
        twin._base = self._base_patterns()  # the table's patterns are shared; what the copy learns is kept apart
        return twin

    def add_code(self, code: str, archive: Archive) -> None:
        """Match ``code`` as ``archive`` from now on, unless the code already stands for an archive."""
        self.codes.setdefault(strip_diacritics(fold_homoglyphs(code)), archive)

    def define(self, code: str, archive: Archive) -> None:
        """Match ``code`` as ``archive`` from now on, whatever it stood for: a document's own definition wins.

        The archive's name is matched too, so a citation that spells it out later is read as the same archive.
        """
        key = strip_diacritics(fold_homoglyphs(code))
        self.codes[key] = archive
        self._defined = getattr(self, "_defined", 0) + 1  # what a known code stands for may change: `match` forgets
        if key in self.shared:  # shared with the matcher copied from: replaced, not changed in place
            self.shared = {k: v for k, v in self.shared.items() if k != key}
        self.names.setdefault(normalise(archive.name), archive)

    def state(self) -> tuple[int, int, int]:
        """What the matcher knows, as a key that changes whenever it learns a code or a name (`add_code`, `define`).

        >>> matcher = default_matcher().copy()
        >>> before = matcher.state()
        >>> matcher.add_code("XYZA", Archive("XYZA", "Archive of XYZ"))
        >>> matcher.state() == before
        False
        """
        return len(self.names), len(self.codes), self.__dict__.get("_defined", 0)

    def _now(self) -> dict:
        # the answers kept for what the matcher knows now, and its patterns for that: renewed when it learns
        state = (len(self.names), len(self.codes), self.__dict__.get("_defined", 0))
        if self.__dict__.get("_memo_state") != state:
            self._memo, self._memo_state, self._heads, self._uses = {}, state, {}, self._compiled()
        return self._memo

    def remember(self, key, answer, teaches: bool = False):
        """``answer()``, kept under ``key`` until the matcher learns: for a question about a text whose answer
        depends on what the matcher knows, which the splitter and the classifier ask again and again.

        >>> matcher = default_matcher().copy()
        >>> matcher.remember(("opens", "TNA, FO 371/1"), lambda: matcher.match("TNA, FO 371/1")[0].code)
        'TNA'

        When the answer may teach the matcher (``teaches``), it is kept only if it taught nothing: the next
        question is asked of what the matcher knows then.
        """
        memo = self._now()
        if key in memo:
            return memo[key]
        value = answer()
        if not teaches or self._now() is memo:
            if len(memo) >= _KEPT_ANSWERS:  # (a matcher used for a whole corpus, as `default_matcher` is: bounded)
                memo.clear()
            memo[key] = value
        return value

    def match(self, text: str) -> tuple[Archive, int] | None:
        """The archive ``text`` begins with and the length of its name there, or None."""
        # the splitter asks again and again about the same piece: the answer is kept until the matcher learns
        head = text[:160]
        self._now()
        heads = self._heads
        if head not in heads:  # (`_match` teaches the matcher nothing)
            if len(heads) >= _KEPT_ANSWERS:
                heads.clear()
            heads[head] = None if self._opens_nothing(head) else department_of(self._match, head)
        return heads[head]

    def opens_nothing(self, text: str, at: int = 0) -> bool:
        """Whether surely no code or name the matcher knows opens ``text`` at ``at``: `match` finds none there.

        >>> matcher = default_matcher()
        >>> matcher.opens_nothing("Report, 507, IX"), matcher.opens_nothing("Report, TNA, FO 371/1", 8)
        (True, False)

        False also where it cannot tell quickly (there `match` tells).
        """
        return self.refusal()(text, at)

    def refusal(self):
        """`opens_nothing` for what the matcher knows now, as a function of (text, at): for many places of one text.

        >>> default_matcher().refusal()("Report, TNA, FO 371/1", 8)
        False
        """
        self._now()
        return functools.partial(_opens_nothing, self._uses["openings"])

    def _opens_nothing(self, head: str) -> bool:
        return _opens_nothing(self._uses["openings"], head, 0)

    def _match(self, head: str) -> tuple[Archive, int] | None:
        folded, where = _plain(head), None
        if len(folded) != len(head):  # marks folded away (Thai vowels, accents typed apart): offsets mapped back
            folded, where = fold_by_character(head, _plain)
        best: tuple[Archive, int] | None = None
        m = _longest(self._uses["code"], folded)
        if m:
            best = (self._choose(m.group(1), head), where[m.end(1)] if where else m.end(1))
        m = _longest(self._uses["name"], folded.lower())
        if m and (best is None or (where[m.end(1)] if where else m.end(1)) > best[1]):
            best = (self.names[_SPACE_RUN.sub(" ", m.group(1))], where[m.end(1)] if where else m.end(1))
        return best

    def _choose(self, code: str, text: str) -> Archive:
        """The archive a shared code stands for in ``text``: the first whose cues it matches, else the first listed."""
        first = self.codes.get(code) or self.codes[_SPACE_RUN.sub(" ", code)]  # (`ГА⏎РФ`: any space between)
        for archive in [first] + self.shared.get(code, []):
            if archive.cues and re.search(archive.cues, text[len(code):]):
                return archive
        return first

    def find_name(self, text: str) -> Archive | None:
        """An archive whose full name, or a code of four letters or more after a comma, occurs anywhere in ``text``.

        >>> ArchiveMatcher.from_table(load_archives()).find_name("kept in the Arhiv Jugoslavije reading room").code
        'AJ'
        """
        if len(text) > 2000:  # (asked by the splitter, then by the classifier: short texts' answers are kept)
            return self._find_name(text)
        return self.remember(("find name", text), lambda: self._find_name(text))

    def _find_name(self, text: str) -> Archive | None:
        m = _leftmost(_compiled_now(self._uses["name_anywhere"]), normalise(text))
        if m:
            return self.names[m.group(1)]
        m = _leftmost(_compiled_now(self._uses["code_anywhere"]), _plain(text))
        return (self.codes.get(m.group(1)) or self.codes[_SPACE_RUN.sub(" ", m.group(1))]) if m else None

    def _base_patterns(self) -> dict:
        # the patterns of every name and code the matcher had when first used: the authority table's, compiled
        # once per process for a given table (`_compile` keeps them) and shared with every copy
        if getattr(self, "_base", None) is None:
            self._base = _patterns_of(self.names, self.codes)
        return self._base

    def _patterns(self, use: str) -> list[re.Pattern]:
        # the table's pattern, then one of the few names and codes learned since (a document's abbreviations)
        self._now()
        return self._uses[use]

    def _compiled(self) -> dict:
        # learning a code compiles a small pattern of what was learned, not the table's again
        base = self._base_patterns()
        names = {n: a for n, a in self.names.items() if n not in base["names"]}
        codes = {c: a for c, a in self.codes.items() if c not in base["codes"]}
        learned = _patterns_of(names, codes) if names or codes else None
        kept = [p for p in (base, learned) if p is not None]
        uses = {use: [p[use] for p in kept if p[use] is not None] for use in _USES}
        uses["openings"] = (frozenset().union(*(p["code openings"] for p in kept)),
                            frozenset().union(*(p["name openings"] for p in kept)))
        return uses


_USES = ("name", "name_anywhere", "code", "code_anywhere")

_KEPT_ANSWERS = 50_000  # answers a matcher keeps at most (then forgets them all and starts again)


def _opens_nothing(openings: tuple[frozenset, frozenset], head: str, at: int) -> bool:
    # Most heads open with words no code or name opens with: told from their first three characters without
    # folding and stripping the head, where those are ASCII with no space (`\s+` in a name matches any run)
    # and no Cyrillic in their words (which might fold them); else the head goes to `_match`
    opening = head[at:at + 3]
    if not opening.isascii() or _SPACE.search(opening):
        return False
    word = _WORD_ON.match(head, at + 3) if len(head) > at + 3 else None
    if _CYRILLIC.search(head, at, at + 3 + (len(word.group()) if word else 0)):
        return False
    codes, names = openings
    low = opening.lower()
    return not (opening in codes or low in names or opening[:2] in codes or low[:2] in names
                or opening[:1] in codes or low[:1] in names)

_SPACE = compiled(r"\s")
_SPACE_RUN = compiled(r"\s+")
_WORD_ON = compiled(r"\w*")
_CYRILLIC = compiled("[\u0400-\u04ff]")


_HELD = "(?:" + alternation("held_words.csv").replace("{", "{{").replace("}", "}}") + ")"


def _patterns_of(names, codes) -> dict:
    # one trie-shaped pattern per use; `AN`, `NA` are too common as words to be trusted away from the start;
    # and the first three characters of each (all of a shorter one), which a head must open with
    return {"names": frozenset(names), "codes": frozenset(codes),
            "code openings": frozenset(c[:3] for c in codes), "name openings": frozenset(n[:3] for n in names),
            "name": _name_opening(tuple(sorted(names))),
            "name_anywhere": _Later(tuple(sorted(n for n in names if len(n) >= 8)), r"(?<!\w)({})(?!\w)"),
            # (a code ends where no letter follows, or a word saying the papers are held there: `二档馆藏`)
            "code": _compile(tuple(sorted(codes)), r"({})(?!(?!" + _HELD + r")[^\W_])"),
            "code_anywhere": _Later(tuple(sorted(c for c in codes if len(c) >= 4)), r"(?:^|,\s)({})(?=[\s,.])")}


class _Later:
    """A pattern compiled when first asked for (`pattern`): `find_name`'s, which a short text may never need (the
    names' pattern, a tenth of a second, was most of a one-line document's archive cost)."""

    def __init__(self, words: tuple[str, ...], template: str):
        self.words, self.template, self.compiled = words, template, False

    def pattern(self) -> re.Pattern | None:
        if self.compiled is False:
            self.compiled = _compile(self.words, self.template)
        return self.compiled


def _compiled_now(later: list[_Later]) -> list[re.Pattern]:
    return [p for p in (each.pattern() for each in later) if p is not None]


def _longest(patterns: list[re.Pattern], text: str) -> re.Match | None:
    # what one pattern of all the words would match at the start: the longest word there
    if len(patterns) == 1:
        return patterns[0].match(text)
    found = [m for m in (p.match(text) for p in patterns) if m]
    return max(found, key=lambda m: m.end(1)) if found else None


def _leftmost(patterns: list[re.Pattern], text: str) -> re.Match | None:
    # what one pattern of all the words would find: the first place, there the word the trie tries first
    found = [m for m in (p.search(text) for p in patterns) if m]
    return min(found, key=lambda m: (m.start(), m.start(1), -m.end(1))) if found else None


@functools.lru_cache(maxsize=64)
def _compile(words: tuple[str, ...], template: str) -> re.Pattern | None:
    # (a table's hundreds of names take 0.1 s to compile: kept for the next process; a document's few are new each time)
    source = template.format(trie_alternation(words).replace("\\ ", r"\s+")) if words else None
    return None if source is None else compiled(source) if len(words) >= 100 else re.compile(source)


@functools.lru_cache(maxsize=64)
def _name_opening(names: tuple[str, ...]):
    # the names a citation opens with, walked in a trie (`nametrie`: a tenth of the compile time) where plain, else
    # compiled; a name ends, as a code does, where a word saying the papers are held there follows: `国立公文書館所蔵`
    return NameTrie(names, tuple(forms("held_words.csv"))) if names and plain_names(names) \
        else _compile(names, r"({})(?!(?!" + _HELD + r")[^\W_])")


_BUILT: dict = {}  # the content of the last authority table a matcher was built of: {"as_built", "matcher"}


def table_matcher(table: pd.DataFrame) -> ArchiveMatcher:
    """`ArchiveMatcher.from_table`, built once per process for a table's content as long as it is unchanged.

    >>> table = load_archives()
    >>> table_matcher(table) is table_matcher(table), table_matcher(table) is table_matcher(load_archives())
    (True, True)

    The store parses a corpus one document at a time with one authority
    table; building its matcher and patterns for each document cost some
    40 ms a document. The same content read again (each `build_tables` call
    reads the shipped file anew) gives the same matcher, so a caller's
    repeated builds neither rebuild it nor free the last one. Callers take a
    `ArchiveMatcher.copy` to teach it a document's abbreviations. A table
    changed in place since is built again.
    """
    if "as_built" in _BUILT and _BUILT["as_built"].equals(table):
        return _BUILT["matcher"]
    matcher = ArchiveMatcher.from_table(table)
    _BUILT.update(as_built=table.copy(), matcher=matcher)
    return matcher


@functools.cache
def default_matcher() -> ArchiveMatcher:
    """The matcher of the shipped authority file, read and compiled once per process.

    >>> default_matcher().match("Public Record Office, FO 371/1")[0].code
    'TNA'

    Callers that teach it a document's abbreviations take a `ArchiveMatcher.copy`.
    Raises `AuthorityError` when the shipped file is broken.
    """
    return ArchiveMatcher.from_table(load_archives())



@functools.cache
def known_towns() -> frozenset[str]:
    """The towns of the shipped authority file, normalised: a word list of places an archive's name may be followed by.

    >>> "college park" in known_towns(), "box" in known_towns()
    (True, False)
    """
    cities = load_archives()["city"].fillna("").astype(str)
    return frozenset(normalise(re.sub(r"\s*\(.*\)$", "", c)) for c in cities if c.strip())
