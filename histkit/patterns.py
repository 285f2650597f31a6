"""Regular expressions compiled once per machine: their programs read back from the user cache.

Python's `re` parses and compiles a pattern in Python code, every process
anew. The date forms (`dates.pattern`: the month names of thirty languages
stand in it 23 times) took 0.3-1.1 s to compile; the patterns the citation
readers make at import, some 500 of them, another 0.3 s; together with
those made on a first document, a quarter of what a command paid before its
first document. Their programs (the lists of integers `re` hands to
`_sre.compile`, as base64 of the engine's words) read back from one JSON file
in some 40 ms, 15 of them to read the file.

The programs of one histkit (`version.source_hash`) and one Python are kept
together, in one cache entry, the bank: a process reads it once, at its
first `compiled`, and at its exit writes it again with the programs it had
to make (merged with what another process wrote meanwhile). A program is
looked up by a sha256 of the pattern's source, its flags and all that makes
its program (the Python version, the `_sre` engine's MAGIC, code size and
repeat limit, the Unicode tables). The program read back is handed to
`_sre.compile`, as `re` does with the one it makes, and the engine checks a
program before it runs one; a program it refuses is compiled again. No
cache folder (`cache.cache_folder`, ``HISTKIT_NO_CACHE=1``): `re.compile`
as usual.

Only for patterns set by histkit's code and data (an authority table's
names too), never by a document's text: every pattern compiled is kept.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import re
import sys
import unicodedata
from array import array
from pathlib import Path

from .cache import cache_folder, entry, keep
from .version import source_hash

try:  # the engine and the two halves of `re.compile` (Python 3.11 onward; before, `sre_parse`, `sre_compile`)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compiled as usual
    _sre = None

#: The layout of an entry; bump it when the way a program is written changes.
FORMAT = 2
_KIND = "patterns"

#: Per cache folder: the bank read back ({pattern key: program}) and the programs made since (written at exit).
_BANKS: dict[Path, dict] = {}
_MADE: dict[Path, dict] = {}


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, its program kept in the user cache for the next process.

    >>> compiled(r"(?P<year>1\\d{3})", re.IGNORECASE).search("in 1954").group("year")
    '1954'
    """
    flags = int(flags)
    folder = cache_folder()
    if _sre is None or folder is None:
        return re.compile(source, flags)
    try:
        key = _key(source, flags)
        program = _bank(folder).get(key)
        if program is not None:
            try:
                return _pattern(source, program)
            except (TypeError, ValueError):  # not a program the engine runs: made again below
                pass
        program = _program(source, flags)
        pattern = _pattern(source, program)
    except (AttributeError, TypeError, ValueError):  # `re`'s private halves changed in another Python: as usual
        return re.compile(source, flags)
    _MADE.setdefault(folder, {})[key] = program
    return pattern


def write_made() -> None:
    """Write the programs made since the bank was read into it (done at exit; a caller may do it sooner).

    Each folder's bank is read again first, so that what another process
    wrote since is kept too.
    """
    for folder, made in list(_MADE.items()):
        stored = entry(_KIND, _bank_key(), folder)
        bank = stored if isinstance(stored, dict) else {}
        bank.update(made)
        keep(_KIND, _bank_key(), bank, folder)
        _BANKS.setdefault(folder, {}).update(made)
    _MADE.clear()


atexit.register(write_made)


def _bank(folder: Path) -> dict:
    if folder not in _BANKS:
        stored = entry(_KIND, _bank_key(), folder)
        _BANKS[folder] = stored if isinstance(stored, dict) else {}
    return _BANKS[folder]


def _made_by() -> list:
    return [FORMAT, sys.version, sys.byteorder, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT,
            unicodedata.unidata_version]


def _bank_key() -> str:
    return hashlib.sha256(json.dumps([_made_by(), source_hash()]).encode("utf-8")).hexdigest()


def _key(source: str, flags: int) -> str:
    return hashlib.sha256(json.dumps([_made_by(), flags, source], ensure_ascii=False).encode("utf-8")).hexdigest()


def _program(source: str, flags: int) -> list:
    """What `re._compiler.compile` hands to `_sre.compile` for ``source``: flags, program, groups and their names."""
    parsed = _parser.parse(source, flags)
    names = parsed.state.groupdict
    index = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    # the program's integers as the engine's words, in base64: read back ten times faster than a JSON list
    if array("I").itemsize != _sre.CODESIZE:
        raise ValueError("the engine's words are not unsigned ints")
    code = base64.b64encode(array("I", _compiler._code(parsed, flags)).tobytes()).decode("ascii")
    return [flags | parsed.state.flags, code, parsed.state.groups - 1, names, index]


def _pattern(source: str, program: list) -> re.Pattern:
    flags, code, groups, names, index = program
    if not (isinstance(code, str) and isinstance(names, dict) and isinstance(index, list)):
        raise ValueError("not a program")
    code = array("I", base64.b64decode(code, validate=True)).tolist()  # binascii.Error is a ValueError
    try:
        return _sre.compile(source, flags, code, groups, names, tuple(index))
    except (RuntimeError, OverflowError) as exc:  # the engine refuses a program it cannot run
        raise ValueError(str(exc)) from exc


def spaced_alternation(forms) -> str:
    """One alternative per form, in the order given, its words parted by any white space (a line's break between
    them too); where there is no form, a pattern that never matches.

    >>> spaced_alternation(["the following", "next"]), spaced_alternation([])
    ('the\\\\s+following|next', '(?!)')
    """
    return "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms) or r"(?!)"


def trie_alternation(words) -> str:
    """One regular expression for many words, as a trie: Python's re tries alternatives one by one.

    >>> trie_alternation(["jul", "jula", "jun"])
    'ju(?:l(?:a)?|n)'
    >>> bool(re.fullmatch(trie_alternation(["martın"]), "Martin", re.IGNORECASE))
    False
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    # (Python's re.IGNORECASE folds the dotless `ı` with `i` and `I`: a Turkic word matched an English one, the
    # Azerbaijani genitive `martın` read `Paul Martin, 1917` as March 1917; the dotless letter matches itself and `I`)
    escaped: dict[str, str] = {"ı": "(?-i:[ıI])"}

    def esc(ch: str) -> str:
        out = escaped.get(ch)
        if out is None:
            out = escaped[ch] = re.escape(ch)
        return out

    def build(node: dict) -> str:
        # a run of letters with one way on and no word ending is written out in one go, not one call per letter
        run = []
        while len(node) == 1 and "" not in node:
            (ch, node), = node.items()
            run.append(esc(ch))
        ends = "" in node
        branches = [esc(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return "".join(run)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "".join(run) + (f"(?:{body})?" if ends else body)

    return build(trie)
