"""Citations: the notes of a corpus to archival citations and literature references.

`extract_citations` (extract.py) takes each document's notes through four steps:
split (splitter.py), classify, parse (holdings.py, locate.py, references.py) and
resolve Ibid. and short titles (ibid.py); archives.py reads the authority file and
notetext.py holds the text scanning they share.
"""

from .archives import Archive, ArchiveMatcher, archives_authority, load_archives
from .extract import CITATION_COLUMNS, CitationTables, extract_citations
from .printed import not_literature, source_kind
from .references import REFERENCE_COLUMNS, parse_reference
from .splitter import Segment, split_citations

__all__ = [
    "Archive",
    "ArchiveMatcher",
    "CITATION_COLUMNS",
    "CitationTables",
    "REFERENCE_COLUMNS",
    "Segment",
    "extract_citations",
    "archives_authority",
    "load_archives",
    "parse_reference",
    "not_literature",
    "source_kind",
    "split_citations",
]
