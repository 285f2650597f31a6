"""Legislation as notes cite it: statutes, provisions, directives, gazettes, codes and treaties (`is_legislation`).

A law is cited by a provision and its code (`§ 5 BGB`, `C. civ., art. 767`), by an instrument's number (`RL
2002/14/EG`, `Commission Directive 2009/90/EC`), by its gazette (`BGBl. I S. 123`, `1 Stat. 73`), by its name and
year (`Judiciary Act of 1789`, `Companies Act 2006`), by a code's name and the provision cited at the end (`Pakistan
Code of Criminal Procedure (1898, as amended …), Art. 512`, `Federal Rules of Criminal Procedure (2017), rule
43(c)`; a French province's custom as redacted in the sixteenth century is its code, `Coutume de Paris (1580), art. 129
et 130`, where a jurist's customal cited by its paragraph is a book: `Beaumanoir, Coutumes de Beauvaisis, n° 682`), or, a treaty, by the day it was adopted or the treaty series that prints it (`Paris Agreement (adopted 12
December 2015, entered into force 4 November 2016) 55 ILM 740`, `…, 10 April 1972, 1015 U.N.T.S. 163`). None is
literature: the citations table gives them the kind ``legislation`` and the references table leaves them out. The
words are data: ``courts.csv`` (provisions, instruments, codes, gazettes, treaty series) and ``reference_words.csv``
(kinds ``statute``, ``code_name`` and ``treaty``).
"""

from __future__ import annotations

import functools
import re

from .words import YEAR, alternation, forms, statute_word
from ..patterns import compiled

#: after a word of a list: no letter or digit goes on (`Stat.` not `Statute`)
NOT_IN_WORD = r"(?![^\W_])"


def court_forms(kind: str) -> str:
    """The forms of one kind of ``courts.csv`` (courts, reporters, gazettes, provisions, …) as one alternation."""
    return alternation("courts.csv", kind)


def opening_law(text: str) -> re.Match | None:
    """A provision, an instrument, a bill or a code's article opening ``text`` (`§ 5 BGB`, `RL 2002/14/EG`).

    >>> bool(opening_law("RL 2002/14/EG. Vgl Mosler")), bool(opening_law("Mosler, Die Zukunft"))
    (True, False)
    """
    return _legislation().match(text)


def is_legislation(text: str) -> bool:
    """Whether ``text`` (a citation, its lead words cut) cites a law, a provision of one, a gazette or a treaty.

    >>> is_legislation("RL 2002/14/EG"), is_legislation("Judiciary Act of 1789, ch. 20, 1 Stat. 73")
    (True, True)
    >>> is_legislation("Pakistan Code of Criminal Procedure (1898, as amended by Act 2 of 1997), Art. 512.")
    True
    >>> is_legislation("Paris Agreement (adopted 12 December 2015, entered into force 4 November 2016) 55 ILM 740")
    True
    >>> is_legislation("H. Kelsen, The Law of the United Nations (London 1950), 45"), is_legislation("Hofmann, ZGE 2016, 482")
    (False, False)
    """
    if _legislation().match(text) or _named_law().match(text) or _code_provision().match(text) or _treaty().match(text):
        return True
    gazette = _gazette().search(text)
    # (or the body that made it: `Council Resolution of 8 June 1998 on … (OJ 1998 C198, p. 1)`)
    return bool(gazette and (gazette.start() == 0 or statute_word().search(text, 0, gazette.start())
                             or _institution().match(text)))


@functools.cache
def _institution() -> re.Pattern:
    return compiled(rf"(?:{court_forms('institution')}){NOT_IN_WORD}")


@functools.cache
def _legislation() -> re.Pattern:
    return compiled(
        # `§ 5 BGB`, `Art 4 Abs 2 RL (EU) 2022/2041`, `Article 6 of the Convention`, `Rule 61(a), ICTY Rules …`
        rf"(?:{court_forms('provision')})\s*\d+[a-z]?(?![\d/])"
        # `RL 2002/14/EG`, `Directive 2019/1158/EU`, `VO (EG) Nr. 1/2003`, `Regulation (EU) 2016/679`; the body that
        # made it before the word (`Commission Directive 2009/90/EC`, `Council Regulation (EC) 1/2003`)
        rf"|(?:(?:{court_forms('institution')})\s+)?(?:{court_forms('instrument')}){NOT_IN_WORD}\s*"
        r"(?:\((?:EU|EG|EWG|EC|EEC|EGKS|Euratom|UE|CE|CEE)\)\s*)?(?:(?:Nr|No|n)\.?\s*)?\d{1,4}/\d{1,4}"
        # `S.B. 72, 32d Leg.`, a bill; `U.S. CONST. art. I, § 8`, a constitution
        rf"|(?:{court_forms('bill')})\s*\d|(?:[A-Z][\w.]*\s+)?(?:{court_forms('constitution')})\s+(?:art|amend|pmbl|preamble)"
        # `C. civ., art. 767`, `c.c., art. 1382`: a code's abbreviation before the article cited
        rf"|(?:{court_forms('code')}){NOT_IN_WORD}\s*,?\s*(?:[Aa]rt(?:icle)?s?\.?|[Aa]rtt\.)\s*\d"
        # `Novísima Recopilación, X, 17, 12`, `Partidas 3, 18, 2`: an old compilation of laws by its book, title and law
        rf"|(?:{court_forms('compilation')}){NOT_IN_WORD}\s*,?\s*(?:[IVXL]+|\d+)(?:\s*[,.]\s*(?:[IVXL]+|\d+)){{1,3}}(?![\d/])"
        # `MICH. COMP. LAWS § 380.1166`, `N.Y. EDUC. LAW § 3204`, `ABGB § 1295`: a code's name in capitals before its
        # provision (a commentary names a person in small letters: `MüKo/Wagner § 823`), or its chapter and section
        # (`MASS. GEN. LAWS ch. 71, § 2`, `Mass. Gen. Laws ch. 71, § 2`)
        r"|(?:[A-Z][A-Z.&']*\s+){1,6}(?:§§?|Sec\.|Art\.)\s*\d"
        r"|(?:[A-Z][\w.&']*\s+){1,6}ch\.\s*\d+[A-Za-z]?,?\s*§§?\s*\d")


@functools.cache
def _gazette() -> re.Pattern:
    # `BGBl. I S. 123`, `BGBl. I, 3198`, `GVBl. 2010, S. 434`, `GBl. (Baden-Württemberg) 1980, S. 249`, `1 Stat. 73`, `32d Leg.`,
    # `Journal of Laws of 2018, item 2073`
    gazette = rf"(?<![^\W_])(?:{court_forms('gazette')}){NOT_IN_WORD}"
    # a digit or a gazette's first letter opens each form: that class, asked first, passes over the rest of a text at
    # once (the look-behind was tried at every character); none where a form opens with an apostrophe (read as any
    # look-alike) or a space
    firsts = {form[:1] for form in forms("courts.csv", "gazette")}
    guard = rf"(?=[\d{''.join(map(re.escape, sorted(firsts)))}])" if all(f.isalnum() for f in firsts) else ""
    return compiled(rf"{guard}(?:\d{{1,4}}(?:st|nd|rd|d|th)?\s+{gazette}"
                      rf"|{gazette}[\s,]*(?:\([^()]{{1,40}}\)\s*)?(?:(?:I{{1,3}}|L|C),?\s+|(?:Nr|No)\.?\s*|of\s+)?(?:S\.\s*)?\d)")


@functools.cache
def _named_law() -> re.Pattern:
    # `Judiciary Act of 1789`, `Thüringer Bibliotheksgesetz (ThürBibG) vom 16. Juli 2008`, `Loi n° 2004-228 du 15 mars
    # 2004`, then the end or a comma
    # or the name, a comma and the law's year, or its number and year (`Trade Disputes Act, 1929 (Act VII of 1929),
    # s. 16`, `Cocoa Ordinance, No. 12 of 1938, …`): a book's title is not followed by its year alone and a section
    # (or the name and its year with nothing between, as British and Commonwealth statutes are cited: `Companies Act
    # 2006`, `Human Rights Act 1998, s 4`; a statutory instrument's number in brackets after it: `… Regulations 2022 (SI
    # 2022/46)`)
    return compiled(rf"(?:[^\W\d_][^,;:]{{0,80}}?)?(?:{statute_word().pattern})(?:\s*\([^()]{{1,20}}\))?"
                      rf"(?:(?:\s+(?:n[°o]\.?|Nr\.?|No\.?)\s*[\d/-]+)?\s+(?:of|vom|von|du|del)"
                      rf"\s+(?:\d{{1,2}}\.?\s+[^\W\d_]+\.?\s+)?{YEAR}|\s+{YEAR}(?:\s*\([^()]{{1,60}}\))?"
                      rf"|\s*,\s*(?:(?:n[°o]\.?|Nr\.?|No\.?|№)\s*\d+\s+[^\W\d_]{{1,4}}\s+)?{YEAR}(?:\s*\([^()]{{1,60}}\))?)"
                      rf"\s*(?:[,;]|\.?\s*$)", re.IGNORECASE)


@functools.cache
def _code_provision() -> re.Pattern:
    # `Pakistan Code of Criminal Procedure (1898, as amended by Act 2 of 1997), Art. 512`, `The German Code of Criminal
    # Procedure (as amended 23 April 2014), section 231(2)`, `Federal Rules of Criminal Procedure, United States of
    # America (2017), rule 43(c)`: capitalised words naming a code (no comma before its word, so not `Name, The Law of
    # …`), anything but a semicolon, and the provision cited ending the citation
    # (small words between the capitalised ones: `Nigeria Administration of Criminal Justice Act (2015), Section 266`)
    name = rf"(?:(?:[A-Z][\w'’.-]*|of|for|and|on|the)\s+){{0,8}}?(?:{alternation('reference_words.csv', 'code_name')}|(?i:{statute_word().pattern}))"
    # (`s 30` without its stop, as OSCOLA, the AGLC and the McGill Guide print it: `Canada Evidence Act, RSC 1985, c C-5, s 30`)
    provision = r"(?:[Aa]rt(?:icle)?s?\.?|[Ss]ections?|ss?\.|ss?(?=\s+\d)|[Rr]ules?|§§?|[Pp]aras?\.|[Pp]aragraphs?)"
    # (two provisions joined by the note's word for "and": `Coutume de Paris (1580), art. 129 et 130`)
    joiner = rf"(?:,|[-–]|\s(?:{alternation('and_words.csv')})\s)"
    return compiled(rf"(?:The\s+)?{name}(?![^\W_])[^;]{{0,160}}?,\s*{provision}\s*\d+[a-z]?(?:\(\w{{1,4}}\))*"
                    rf"(?:\s*{joiner}\s*\d+[a-z]?(?:\(\w{{1,4}}\))*)*\s*\.?\s*$")


@functools.cache
def _treaty() -> re.Pattern:
    # a treaty's name, then the day it was adopted or signed (`(adopted 12 December 2015, entered into force …)`, `done
    # at Kyoto on 11 December 1997`, `opened for signature 10 April 1972`) or the treaty series that prints it
    # (`1015 U.N.T.S. 163`, `55 ILM 740`; or the series first and its volume, as French and Spanish notes print it:
    # `RTNU, vol. 1946, p. 3`, `UNTS, vol. 1155, p. 331`)
    word = alternation("reference_words.csv", "treaty")
    series = (rf"\d{{1,5}}\s+(?:{court_forms('treaty_series')}){NOT_IN_WORD}\s+\d"
              rf"|(?:{court_forms('treaty_series')}){NOT_IN_WORD},?\s+(?:vol\.|t\.|Bd\.)\s*\d")
    made = r"(?:adopted|signed|opened\s+for\s+signature|done\s+at|concluded)\b"
    return compiled(rf"(?:The\s+)?[^;,]{{0,160}}?(?<![^\W_])(?:{word}){NOT_IN_WORD}[^;]{{0,200}}?"
                    rf"(?:\(\s*{made}|,\s*{made}|{series})")
