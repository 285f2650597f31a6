"""`histkit export`: a store's literature and archival sources as CSL-JSON, BibTeX or a Sources list."""

from __future__ import annotations

import argparse
import sys

FORMATS = ("csl-json", "bibtex", "sources")


def register(commands) -> None:
    """Add `histkit export` to the argparse sub-parsers.

        >>> parser = argparse.ArgumentParser(prog="histkit")
        >>> register(parser.add_subparsers())
        >>> args = parser.parse_args(["export", "tables/", "--format", "bibtex", "--out", "sources.bib"])
        >>> args.store, args.format, args.out
        ('tables/', 'bibtex', 'sources.bib')
    """
    parser = commands.add_parser(
        "export",
        help="write a store's references and archival citations as CSL-JSON, BibTeX or a Sources list",
        description="Write the literature references and archival documents of a store (built by histkit tables) "
                    "for the tools historians use: csl-json (Zotero, Pandoc, citation processors), bibtex "
                    "(UTF-8, for biber/biblatex), or sources: a Sources list for a paper's appendix, archival "
                    "documents by archive, fond and unit, then the literature in a CSL style (Markdown; HTML when "
                    "FILE ends in .html). The store is read as it is, never updated.",
        epilog="Example: histkit export tables/ --format csl-json --out sources.json\n"
               "Example: histkit export tables/ --format sources --out appendix.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("store", metavar="STORE", help="the store folder (histkit tables CORPUS --out STORE)")
    parser.add_argument("--format", required=True, choices=FORMATS, help="what to write")
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.set_defaults(func=_export)


def _export(args) -> int:
    from ..export import export_store  # here: the other commands do not pay for citeproc and bibtexparser

    done = export_store(args.store, args.format, args.out)
    for message in done.messages:
        print(f"histkit export: {message}", file=sys.stderr)
    print(f"wrote {done.path}: {done.literature} literature references, {done.archival} archival documents")
    return 0
