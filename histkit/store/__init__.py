"""Store: a corpus to every table at once, the tables to files, and the corpus store kept up to date."""

from .build import NothingRead, StoreResult, open_tables, read_store, update_store
from .duck import connect
from .lock import store_lock
from .tables import COLUMNS, Tables, build_tables, flag_call_numbers, write_tables

__all__ = ["COLUMNS", "NothingRead", "StoreResult", "Tables", "build_tables", "connect", "flag_call_numbers", "open_tables", "read_store",
           "store_lock", "update_store", "write_tables"]
