"""A regular expression whose compiling is dear, compiled once per machine: its program read back from the user cache.

Python's `re` parses and compiles a pattern in Python code, every process
anew. The date forms (`dates.pattern`: the month names of thirty languages
stand in it 23 times) took 0.3-1.1 s to compile, a sixth to a third of what
a command pays before its first document; their program (the list of
integers `re` hands to `_sre.compile`) reads back from JSON in some 25 ms.

An entry is keyed by a sha256 of the pattern's source, its flags and all
that makes its program (the Python version, the `_sre` engine's MAGIC,
code size and repeat limit, the Unicode tables): another Python or another
pattern makes and writes its own. The program read back is handed to
`_sre.compile`, as `re` does with the one it makes, and the engine checks a
program before it runs one; an entry it refuses (or any the cache refuses,
`cache.remembered`) is compiled again. No cache folder (`cache.cache_folder`,
``HISTKIT_NO_CACHE=1``): `re.compile` as usual.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata

from .cache import cache_folder, remembered

try:  # the engine and the two halves of `re.compile` (Python 3.11 onward; before, `sre_parse`, `sre_compile`)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compiled as usual
    _sre = None

#: The layout of an entry; bump it when the way a program is written changes.
FORMAT = 1


def compiled(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, its program kept in the user cache for the next process.

    >>> compiled(r"(?P<year>1\\d{3})", re.IGNORECASE).search("in 1954").group("year")
    '1954'
    """
    flags = int(flags)
    folder = cache_folder()
    if _sre is None or folder is None:
        return re.compile(source, flags)
    def make() -> tuple[list, re.Pattern]:
        program = _program(source, flags)
        return program, _pattern(source, program)

    # (the program is what is written; read back, it is checked by making the pattern of it)
    try:
        return remembered("patterns", _key(source, flags), make, folder, encode=lambda made: made[0],
                          decode=lambda program: (program, _pattern(source, program)))[1]
    except (AttributeError, TypeError, ValueError):  # `re`'s private halves changed in another Python: as usual
        return re.compile(source, flags)


def _key(source: str, flags: int) -> str:
    made_by = [FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, unicodedata.unidata_version, flags]
    return hashlib.sha256(json.dumps([made_by, source], ensure_ascii=False).encode("utf-8")).hexdigest()


def _program(source: str, flags: int) -> list:
    """What `re._compiler.compile` hands to `_sre.compile` for ``source``: flags, program, groups and their names."""
    parsed = _parser.parse(source, flags)
    names = parsed.state.groupdict
    index = [None] * parsed.state.groups
    for name, number in names.items():
        index[number] = name
    return [flags | parsed.state.flags, _compiler._code(parsed, flags), parsed.state.groups - 1, names, index]


def _pattern(source: str, program: list) -> re.Pattern:
    flags, code, groups, names, index = program
    if not (isinstance(code, list) and isinstance(names, dict) and isinstance(index, list)):
        raise ValueError("not a program")
    try:
        return _sre.compile(source, flags, code, groups, names, tuple(index))
    except (RuntimeError, OverflowError) as exc:  # the engine refuses a program it cannot run
        raise ValueError(str(exc)) from exc
