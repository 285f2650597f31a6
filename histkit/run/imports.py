"""papermill imported without the one grammar of its dependencies that a run never uses.

papermill reads and writes notebooks with nbformat, which validates them with
jsonschema. When the optional package rfc3987-syntax is installed (JupyterLab
brings it, through jupyter-events), importing jsonschema compiles some forty
Lark grammars for its "iri" string format: over a second of CPU, more than all
of papermill besides, on the path of every `histkit run` before any kernel
starts. No notebook schema asks for that format, so the runner imports
jsonschema with rfc3987-syntax out of sight; a process that had already
imported either keeps it as it is, and the package can be imported normally
afterwards (jsonschema then just does not check "iri" strings).
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType

#: Optional packages jsonschema imports for string formats no notebook schema uses.
UNUSED = ("rfc3987_syntax",)


def import_papermill() -> ModuleType:
    """papermill, imported (the first time) without the packages of UNUSED.

        >>> import_papermill().__name__
        'papermill'
    """
    if "jsonschema" not in sys.modules:
        hidden = [name for name in UNUSED if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # `import name` raises ImportError: jsonschema goes without that format
        try:
            import_module("jsonschema")
        finally:
            for name in hidden:
                if sys.modules.get(name, ModuleType(name)) is None:
                    del sys.modules[name]
    return import_module("papermill")
