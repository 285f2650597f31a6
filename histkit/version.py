"""The version of histkit and the fingerprint of its code, in one place.

The package, the CLI and run manifests read `__version__`; the corpus store
and the user cache read `source_hash`, to know when what they hold was made
by other code.
"""

import hashlib
import sys
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

__version__ = "0.1.0"

_PACKAGE = Path(__file__).resolve().parent
#: The files of a package that make what it does: its code and the data it reads.
_SOURCE_SUFFIXES = (".py", ".csv", ".txt", ".json", ".yaml", ".yml", ".tsv")
#: Packages outside histkit whose code shapes its tables: cyrtranslit spells Serbian actors' names in both scripts.
_SHAPING = ("cyrtranslit",)


@lru_cache(maxsize=1)
def source_hash() -> str:
    """A sha256 of histkit's code and data and of what else shapes its results (Python's Unicode tables, cyrtranslit).

    >>> len(source_hash())
    64

    When it changes, a store parses every document again and the cache
    makes its entries again. Read once per process.
    """
    digest = hashlib.sha256()
    digest.update(f"python {sys.version_info[:2]} unicode {unicodedata.unidata_version}\0".encode())
    roots = [("histkit", _PACKAGE)]
    for name in _SHAPING:  # located without being imported: `import histkit` stays light
        spec = find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            roots.append((name, Path(list(spec.submodule_search_locations)[0]).resolve()))
    for name, root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in _SOURCE_SUFFIXES:
                digest.update(f"{name}/{path.relative_to(root).as_posix()}\0".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
