"""Store: a corpus to every table at once, the tables to files, and the corpus store kept up to date.

The public names below are imported on first use, as in `histkit`: a
notebook that reads a store up to date (`read_store`, `update_store`,
`store_lock`) does not load the parsers that `build_tables` runs.
"""

from importlib import import_module

#: Where each public name lives: the module it is imported from on first use.
_LAZY = {
    **dict.fromkeys(["NothingRead", "StoreResult", "open_tables", "read_store", "update_store"], ".build"),
    "connect": ".duck",
    "store_lock": ".lock",
    **dict.fromkeys(["COLUMNS", "Tables"], ".frames"),
    **dict.fromkeys(["build_tables", "flag_call_numbers", "write_tables"], ".tables"),
}

__all__ = ["COLUMNS", "NothingRead", "StoreResult", "Tables", "build_tables", "connect", "flag_call_numbers", "open_tables", "read_store",
           "store_lock", "update_store", "write_tables"]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'histkit.store' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name], __name__), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
