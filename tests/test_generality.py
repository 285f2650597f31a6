"""The blind generality fixtures: what the parsers get right on articles written by hand without seeing the code.

Each round of ``tests/fixtures/generality/`` was written, with its gold, before
the fixes it measured (the READMEs there say how). The figures below are the
scores the parsers reached; a change that loses a note, a marker or an
archival citation on them fails here. ``python scripts/measure_generality.py
--wrong`` lists every difference that remains.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script

measure = load_script("measure_generality")

#: round → the least each figure may be (the scores reached when the round's fixes landed)
LAYOUT_FLOOR = {
    "round1": {"notes_right": 151, "markers_right": 151, "notes_extra": 0},
    "round2": {"notes_right": 154, "markers_right": 154, "notes_extra": 0},
    "round3": {"notes_right": 147, "markers_right": 147, "notes_extra": 0},
    "round4": {"notes_right": 146, "markers_right": 146, "notes_extra": 0},
    "round5": {"notes_right": 101, "markers_right": 101, "notes_extra": 0},
    "round6": {"notes_right": 86, "markers_right": 86, "notes_extra": 0},
    "round7": {"notes_right": 54, "markers_right": 55, "notes_extra": 0},
    "round8": {"notes_right": 90, "markers_right": 90, "notes_extra": 0},
    "round9": {"notes_right": 73, "markers_right": 73, "notes_extra": 0},
    "round10": {"notes_right": 56, "markers_right": 56, "notes_extra": 0},
    "round11": {"notes_right": 55, "markers_right": 55, "notes_extra": 0},
    "round12": {"notes_right": 75, "markers_right": 75, "notes_extra": 0},
    "round13": {"notes_right": 57, "markers_right": 57, "notes_extra": 0},
    "round14": {"notes_right": 50, "markers_right": 50, "notes_extra": 0},
    "round15": {"notes_right": 54, "markers_right": 54, "notes_extra": 0},
    "round16": {"notes_right": 59, "markers_right": 60, "notes_extra": 0},  # blind, as written at c344893: 56 / 59 / 0
    "round17": {"notes_right": 56, "markers_right": 57, "notes_extra": 0},  # blind, as written at d85fbd5: 45 / 48 / 0 (57 notes with 5e4aba0, reverted: see its revert)
    "round18": {"notes_right": 54, "markers_right": 54, "notes_extra": 0},  # blind, as written at 23aba5d: 54 / 54 / 0
    "round19": {"notes_right": 54, "markers_right": 54, "notes_extra": 0},  # blind, as written at 96c3d3c: 50 / 50 / 0
    "round20": {"notes_right": 54, "markers_right": 54, "notes_extra": 0},  # blind, as written at c5a10fe: 48 / 53 / 0
    "round21": {"notes_right": 52, "markers_right": 52, "notes_extra": 0},  # blind, real engines, as written at c0d4497: 17 / 16 / 0
    "round23": {"notes_right": 72, "markers_right": 71, "notes_extra": 0},  # blind, LaTeX and LibreOffice, as written at 5f4854c: 41 / 48 / 0 (45 with the gold's apostrophes as TeX prints them: the gold correction after the fixture); roman-numbered notes read: 54 / 57; footmisc para 63 / 63; LaTeX two columns 72 / 71
    # scans with real Tesseract's OCR layer (notes and call words compared as OCR gives them), as written at b53d2c5: 19 / 0 / 0
    "round24": {"notes_right": 79, "markers_right": 77, "notes_extra": 0},
    "round25": {"notes_right": 31, "markers_right": 31, "notes_extra": 0},  # blind, LaTeX, as written at 5c0dae2: 25 / 27 / 0; 28 / 30 after the per-page series; 31 / 31 once a gutter found higher on the page parts the KOMA notes
    "round26": {"notes_right": 41, "markers_right": 41, "notes_extra": 0},  # blind, LaTeX, as written at 65b62451: 40 / 41 / 0 of 41; 41 / 41 once a one-page offprint's centred folio foot (`Lětopis 63 (2016) 2, 117`) is furniture
    "round27": {"notes_right": 43, "markers_right": 43, "notes_extra": 0},  # blind, LaTeX, small type that is not a note, as written at 898e5463: 41 / 43 / 0 of 43; 42 once a table's centred rule is no run-over note's; 43 / 43 with an editor's lettered notes under the numbered ones set apart
    "round28": {"notes_right": 51, "markers_right": 51, "notes_extra": 0},  # blind, LaTeX, the clutter around a downloaded article, as written at f437385b: 36 / 36 / 7 of 51; 46 / 46 / 0 once a margin column of line numbers counting the notes' lines too is no labels; 51 / 51 / 0 once a licence float over the notes ends at their rule
    "round29": {"notes_right": 118, "markers_right": 118, "notes_extra": 0},  # blind, LaTeX, legal-history pages where the notes outweigh the text, as written at 00056ceb: 52 / 63 / 0 of 118; 101 / 118 / 0 once a body setting a tenth of the characters on most pages is the body; 115 once a block set in within a note column is no column of its own; 118 / 118 / 0 with numbers at the margin of hung labels as words and a note's paragraph overleaf
    "round30": {"notes_right": 99, "markers_right": 100, "notes_extra": 0},  # blind, LaTeX, raised and small characters that are not calls (XIXe, Mme, 1.º, 4th, m², ²1934, fol. 12r), as written at 0c355b13: 76 / 76 / 0 of 100; 98 / 100 / 0 with a label of one type, subscripts in their line, the word space after a small raised letter in the line's type, a call raised with letters split off them and body figures that call no note (m², × 10⁶, ¹⁴C) as text; 99 once a raised figure opening a line of the note it numbers (`²1933`) is its words
    "round31": {"notes_right": 100, "markers_right": 100, "notes_extra": 0},  # blind, word processors (Word files converted by LibreOffice: labels on the baseline + tab, a thesis chapter numbered 45-61, endnotes) and web journals printed by WeasyPrint (raised and bracketed call links, Notes/Notas/Anmerkungen lists with back-links ↑ ↩, bibliography, browser head and foot), as written at 2dfa9015/256ebad2: 67 / 96 / 0 of 100; 100 / 100 / 0 once a note list cut by a page break goes on at the next page's head in the notes' type (listrunon.py), a back-link at the same end of most notes is no text (backlinks.py, data/read/backlink_marks.csv) and a bracketed call wrapped to a line's start is a call
    "round32": {"notes_right": 100, "markers_right": 100, "notes_extra": 0},  # blind, reportlab imitating what InDesign, 3B2, Arbortext and Quark write inside a PDF (stream order not reading order, words and glyphs at their own positions without spaces, 1 Tf + size in the matrix, ligatures, tracked small capitals, overprinted bold labels, hidden/white/clipped text and text under an image, a rotated download stamp, calls raised by a rise alone), as written at b65ab7d1: 87 / 100 / 0 of 100; 100 / 100 / 0 once letters drawn glyph by glyph with the same room after each are one word (tracking.py) and what no reader sees is no text (unseen.py: invisible, white, clipped away, under an image)
    "round33": {"notes_right": 56, "markers_right": 66, "notes_extra": 0},  # blind, two languages or two texts on one page (a German/English parallel article whose notes are printed twice, a Latin edition with facing translation and a lettered apparatus, notes at each column's foot, notes in two columns at the page foot, a review section whose notes follow each review and restart at 1), as written at 1b907dde: 45 / 60 / 0 of 56 / 66; 56 / 66 / 0 once a tight gutter needs a column's width of text on its right (gutters.py: a justified column's short last words are no column) and a review's notes after it in the text column are notes numbered from 1 again (piecenotes.py)
    "round34": {"notes_right": 73, "markers_right": 73, "notes_extra": 0},  # blind, a book, not an article (an edited volume's two chapters whose notes start again at 1 after a `*` author note, a monograph chapter's endnotes in two columns under `Notes to Pages …` heads, front and back matter in roman folios: contents, abbreviations, a blank page, bibliography, index; footnotes running over page breaks), as written at e81d20c2: 52 / 62 / 0 of 73 / 73; 72 / 73 once a symbol note between two series no longer hides the restart (numbering.py); 73 / 73 / 0 once the open note at a page of endnotes' foot is found column by column (listrunon.py)
    "round35": {"notes_right": 68, "markers_right": 69, "notes_extra": 0},  # blind, notes whose inside looks like the start of another note (paragraphs opening with a year, lists 1) a) (a) i. a line each, verse, folios after a break, notes opening with a number, run-over rests opening with a number; labels raised, 1., 1), [1], bare 1, hung or flush; a landscape table page with notes), as written at 3ede0828: 39 / 45 / 16 of 69 / 69; 65 / 66 / 0 once a number in another shape than the labels (a list's 1) in notes labelled 1.) or ahead of the one due where that one opens a line further down is a note's words (labelshapes.words_of_a_note); 68 / 69 / 0 once a page set across is read turned (turned.py)
    "round36": {"notes_right": 46, "markers_right": 32, "notes_extra": 0},  # blind, scans with real Tesseract's OCR layer as digitisation projects deliver them (typescripts with endnotes after the text and no heading, labels (1) 1) 1., calls raised at the text's size or (1) in the line; a born-digital JSTOR cover; a journal's contents page; notes at nearly the body's size; quotes, °, * and † the engine reads as calls; binding shadow and library stamps), as written at a9f5ad84: 29 / 12 / 1 of 48 / 48; 29 / 12 / 0 with a turned page's OCR lines levelled (skew.py); 33 / 24 / 0 once a layer whose foot answers at most a quarter of the calls is read as text; 37 / 28 / 0 with marks read as a typist set them (half-line figures, ordinals, opening quotes, a line set too low); 45 / 31 / 0 with a first label l. read 1.; 46 / 39 / 0 with bracketed raised calls and a figure read as two signs; 46 / 32 / 0 once the in-line (3) calls were left marked at their number (the house's convention, test_layout_round3)
    "round37": {"notes_right": 82, "markers_right": 81, "notes_extra": 0},  # blind, how notes are numbered (numbers afresh on each page in the (1) shape, symbols afresh on each page past ¶ to ** †† ‡‡, a translator's raised letters beside the numbers after a starred author note, an edition's apparatus a–a) in a band above its commentary notes, 7bis and 11bis added late under [1] labels, a book's roman preface notes before chapters numbered from 1 with a late 3a), as written at 17f1964c: 59 / 59 / 0 of 82 / 82; 67 / 66 / 0 with notes added late as 7bis, 11bis (inserted_suffixes.csv) and labels [7bis] set apart; 82 / 81 / 0 with a book's roman preface notes before its chapters' numbered ones (prefacenotes.py)
    "round38": {"notes_right": 56, "markers_right": 56, "notes_extra": 0},  # blind, pages that are not one plain page (a book scanner's two-up openings with the article before's last page, a course reader's 2-on-1 sheets, a table page turned by /Rotate 270 and a page upside down by /Rotate 180, a proof's crop marks, bleed and slug line, a MediaBox from negative numbers with a download line and a library's stamp), as written at 75ec29cd: 53 / 53 / 3 of 56 / 56; 56 / 56 / 3 with a page stored upside down read turned back (turned.py); 56 / 56 / 0 with a sheet of two pages read as two (twoup.py) and the text before's notes on a copy's first page set apart (textbefore.py)
}
STRUCTURED_FLOOR = {
    "round5": {"notes_right": 85, "markers_right": 85, "notes_extra": 0},
    "round6": {"notes_right": 82, "markers_right": 82, "notes_extra": 0},
    "round7": {"notes_right": 80, "markers_right": 80, "notes_extra": 0},
    "round8": {"notes_right": 77, "markers_right": 77, "notes_extra": 0},
    "round9": {"notes_right": 74, "markers_right": 73, "notes_extra": 0},
    "round10": {"notes_right": 77, "markers_right": 77, "notes_extra": 0},
    "round11": {"notes_right": 71, "markers_right": 71, "notes_extra": 0},
    "round12": {"notes_right": 77, "markers_right": 77, "notes_extra": 0},
    "round13": {"notes_right": 55, "markers_right": 55, "notes_extra": 0},
    "round14": {"notes_right": 51, "markers_right": 51, "notes_extra": 0},
}
CITATION_FLOOR = {
    "round1": {"archival_found": 130, "archive_and_date_right": 128, "archival_false": 0, "ibid_right": 20},
    "round2": {"archival_found": 148, "archive_and_date_right": 147, "archival_false": 0, "ibid_right": 33},
    "round3": {"archival_found": 154, "archive_and_date_right": 153, "archival_false": 0, "ibid_right": 35},
    "round4": {"archival_found": 196, "archive_and_date_right": 195, "archival_false": 0, "ibid_right": 52},
    "round5": {"archival_found": 190, "archive_and_date_right": 187, "archival_false": 0, "ibid_right": 52},
    "round6": {"archival_found": 200, "archive_and_date_right": 190, "archival_false": 0, "ibid_right": 50},
    "round7": {"archival_found": 152, "archive_and_date_right": 148, "archival_false": 0, "ibid_right": 49},
    "round8": {"archival_found": 120, "archive_and_date_right": 119, "archival_false": 0, "ibid_right": 38},
    "round9": {"archival_found": 123, "archive_and_date_right": 115, "archival_false": 0, "ibid_right": 37},
    "round10": {"archival_found": 124, "archive_and_date_right": 116, "archival_false": 0, "ibid_right": 33},
    "round11": {"archival_found": 118, "archive_and_date_right": 116, "archival_false": 0, "ibid_right": 37},
    "round12": {"archival_found": 131, "archive_and_date_right": 122, "archival_false": 0, "ibid_right": 43},
    # round 13, blind (fixture 7977e62): as written 110 found / 85 right / 0 false / Ibid. 29
    "round13": {"archival_found": 131, "archive_and_date_right": 126, "archival_false": 0, "ibid_right": 36},
    # round 14, blind (fixture 9474f18, written after rounds 12 and 13 were read in-sample): as written 116/108/0/29
    "round14": {"archival_found": 126, "archive_and_date_right": 120, "archival_false": 0, "ibid_right": 37},
    # round 15, blind (fixture 9333bac, written after rounds 12-14 were read in-sample): as written 121/109/1/41
    "round15": {"archival_found": 128, "archive_and_date_right": 122, "archival_false": 0, "ibid_right": 49},
    # round 16, blind (fixture f6ca55e, written after round 15 was read in-sample): as written 113/98/0/35
    "round16": {"archival_found": 125, "archive_and_date_right": 124, "archival_false": 0, "ibid_right": 43},
    # round 17, blind (fixture c167ddc, written after round 16 was read in-sample): as written 104/77/1/30
    "round17": {"archival_found": 106, "archive_and_date_right": 88, "archival_false": 1, "ibid_right": 31},
    # round 18, blind (fixture 3f6d672, written after round 17 was read in-sample): as written 102/73/1/32
    "round18": {"archival_found": 116, "archive_and_date_right": 104, "archival_false": 1, "ibid_right": 34},
    # round 19, blind (fixture 3b2ec8b, written after round 18 was read in-sample): as written 118/99/0/38
    "round19": {"archival_found": 139, "archive_and_date_right": 130, "archival_false": 0, "ibid_right": 41},
    # round 20, blind (fixture 89a0863, written after round 19 was read in-sample): as written 126/105/0/42
    "round20": {"archival_found": 137, "archive_and_date_right": 116, "archival_false": 0, "ibid_right": 47},
    # round 21, blind and short (fixture 84c1b63, 4 articles, 21 archival rows): as written 14/12/0/8, not yet read
    "round21": {"archival_found": 14, "archive_and_date_right": 12, "archival_false": 0, "ibid_right": 8},
    # round 22, blind (fixture 9fa8a52, 6 articles, 44 archival rows, written after round 21 was read): as written 19/8/0/12
    "round22": {"archival_found": 33, "archive_and_date_right": 30, "archival_false": 0, "ibid_right": 20},
    # round 23, blind (fixture c27b9bc7, 5 articles, 49 archival rows, written after round 22 was read): as written 17/11/0/6
    "round23": {"archival_found": 41, "archive_and_date_right": 31, "archival_false": 0, "ibid_right": 12},  # 44 / 35 / 0 / 15 with twodays.py (596e51aa), reverted: it cost reference rounds 9 (en1-statute), 20 (ha1, mr1), 11 (en10) and 17 (en3) matches
    # round 24, blind (fixture 409944b5, 6 articles, 53 archival rows, written after round 23 was read): as written 37/26/0/13
    "round24": {"archival_found": 50, "archive_and_date_right": 49, "archival_false": 0, "ibid_right": 16},
    # round 28, blind, many documents in one note (fixture 859321e8, 6 articles, 92 archival rows): as written 63/47/0/3
    "round28": {"archival_found": 87, "archive_and_date_right": 85, "archival_false": 0, "ibid_right": 12},
    # round 29, blind, the archive reached another way: editions, microfilm, scans, quoted in (fixture 626bd554,
    # gold correction 30b138d1; 6 articles, 59 archival rows): as written 50/46/12/11; 11 of the 12 false rows are
    # editions the house reads as archival (FRUS in tests/fixtures/citations), see its README
    "round29": {"archival_found": 54, "archive_and_date_right": 51, "archival_false": 12, "ibid_right": 11},
    # round 30, blind, court, parliamentary and official papers beside archival files (fixture 8a46578e, gold
    # correction aac048ee; 6 articles, 60 archival rows): as written 56/49/1/13
    "round30": {"archival_found": 60, "archive_and_date_right": 59, "archival_false": 0, "ibid_right": 18},
    # round 31, blind, national archives in grammars no earlier round met (fixture 5a2d1069, gold correction
    # 63562315; 6 articles, 68 archival rows): as written 58/56/0/21
    "round31": {"archival_found": 64, "archive_and_date_right": 63, "archival_false": 0, "ibid_right": 22},
    # round 32, blind, libraries' manuscripts, church, notarial, town, business and family archives (fixture 30e3933c,
    # gold correction 6ae6707f; 6 articles, 60 archival rows): as written 53/45/0/20
    "round32": {"archival_found": 59, "archive_and_date_right": 54, "archival_false": 0, "ibid_right": 20},
    # round 33, blind, letters, telegrams, memoranda and minutes in the archives of foreign ministries, parties,
    # international organisations and personal papers (fixture 4880dd0f, gold correction bee65dba; 6 articles,
    # 68 archival rows): as written 61/53/4/12
    "round33": {"archival_found": 63, "archive_and_date_right": 59, "archival_false": 1, "ibid_right": 12},
    # round 34, blind, notes as a PDF's text layer or OCR layer delivers them: hyphens, spaces, ligatures, running
    # heads (fixture f0e4de8c; 6 articles, 65 archival rows): as written 47/40/1/10
    "round34": {"archival_found": 60, "archive_and_date_right": 57, "archival_false": 1, "ibid_right": 13},
    # round 35, blind, discursive notes (documents named in the author's sentence) and the article's own
    # abbreviations of archives and fonds (fixture 74c0e1aa, gold correction 641facd3; 6 articles, 67 archival
    # rows): as written 47/27/0/9, 397 of 648 fields
    "round35": {"archival_found": 54, "archive_and_date_right": 43, "archival_false": 0, "ibid_right": 11},
    # round 36, blind, colonial, overseas, missionary and international organisations' archives (fixture 5d5584cf,
    # gold correction acacd3d2; 6 articles, 72 archival rows): as written 69/63/0/19, 568 of 744 fields
    "round36": {"archival_found": 70, "archive_and_date_right": 70, "archival_false": 0, "ibid_right": 20},
    # round 37, blind, Ottoman, Turkish, Middle Eastern, East Asian and South Asian archives in romanisation
    # (fixture c90cd6c5, gold correction 6117a5ac; 6 articles, 71 archival rows): as written 58/48/0/18, 471 of 728 fields
    "round37": {"archival_found": 62, "archive_and_date_right": 53, "archival_false": 0, "ibid_right": 19},
    # round 38, blind, Latin American, Iberian-colonial and African archives (fixture a004ad53; 6 articles,
    # 80 archival rows): as written 70/67/0/14, 563 of 776 fields; read (archblind38) 72/71/0/15, 634 fields
    "round38": {"archival_found": 72, "archive_and_date_right": 71, "archival_false": 0, "ibid_right": 15},
    # round 39, blind, archives cited through copies (scans, microfilm, portals, calendars) and the archives of the
    # Low Countries and the Nordic and Baltic states (fixture bb286429; 6 articles, 57 archival rows): as written
    # 50/38/4/16, 430 of 608 fields; read (citblind39) 51/49/1/16, 468 fields
    "round39": {"archival_found": 51, "archive_and_date_right": 49, "archival_false": 1, "ibid_right": 16},
    # round 40, blind, courts, police and political trials: judicial, police and secret-police records (fixture
    # a9f57a72; 6 articles, 66 archival rows): as written 64/61/0/20, 603 of 696 fields; read (citblind40) 64/63/0/20, 630 fields
    "round40": {"archival_found": 64, "archive_and_date_right": 63, "archival_false": 0, "ibid_right": 20},
    # round 41, blind, sources that are not paper files (interviews, photographs, posters, maps, film, broadcasts,
    # museum objects, private, company and NGO collections) and archives reached online (fixture e653f320;
    # 6 articles, 61 archival rows): as written 46/35/3/14, 398 of 624 fields; read (citblind41) 61/58/3/16, 517 fields
    "round41": {"archival_found": 61, "archive_and_date_right": 58, "archival_false": 3, "ibid_right": 16},
    # round 42, blind, manuscripts and the archives of the pre-modern world: shelfmarks, charters, rolls, registers,
    # accounts, notarial protocols, regnal, feast-day and Old Style dates (fixture fa19a1d8; 6 articles, 59 archival
    # rows): as written 55/36/0/17, 456 of 616 fields; read (citblind42) 58/54/0/18, 544 fields
    "round42": {"archival_found": 58, "archive_and_date_right": 54, "archival_false": 0, "ibid_right": 18},
    # round 43, blind, what looks archival and is not (statutes, codes, gazettes, law reports, official document
    # numbers, titles in capitals, call numbers of printed books, census tables) beside the real archival citation
    # (fixture 935b63d6; 6 articles, 39 archival rows): as written 39/36/9/8, 350 of 384 fields; read (citblind43)
    # 39/38/2/9, 365 fields
    "round43": {"archival_found": 39, "archive_and_date_right": 38, "archival_false": 2, "ibid_right": 9},
    # round 44, blind, military, war and occupation archives (war diaries, unit files, Soviet military archives,
    # courts martial, prisoners, occupation authorities, orders and signals) beside unit numbers, heights and map
    # sheets that are no archive (fixture 9d176a0d; 6 articles, 65 archival rows): as written 64/57/0/14, 554 of 640
    # fields; read (citblind44) 65/65/0/15, 615 fields
    "round44": {"archival_found": 65, "archive_and_date_right": 65, "archival_false": 0, "ibid_right": 15},
    # round 45, blind, archives of science, medicine, universities, academies and learned societies (university,
    # academy, hospital, garden, company and foundation files, scientists' papers) beside specimen, patient, equation
    # and experiment numbers that are no archive (fixture 1a3ae072; 6 articles, 69 archival rows): as written
    # 66/60/0/16, 541 of 688 fields; read (citblind45) 67/66/0/16, 593 fields
    "round45": {"archival_found": 67, "archive_and_date_right": 66, "archival_false": 0, "ibid_right": 16},
    # round 46, blind, archives no authority file lists: state, provincial, district, county, town, parish, company
    # and family archives named only by the article, with its own codes (fixture 60cc0861; 7 articles, 68 archival
    # rows): as written 65/64/0/15, 552 of 664 fields; read (citblind46) 67/66/0/15, 588 fields
    "round46": {"archival_found": 67, "archive_and_date_right": 66, "archival_false": 0, "ibid_right": 15},
    # round 47, blind, the date of the cited document (days in many languages and orders, Old/New Style pairs,
    # Republican and Hijri calendars, regnal years and feasts, approximate and undated documents, spans, a copy's or
    # a receipt's date beside the document's, years that are call numbers) (fixture 7e338c62; 7 articles, 75
    # archival rows): as written 70/58/0/14, 595 of 720 fields; read (citblind47) 72/69/0/14, 628 fields
    "round47": {"archival_found": 72, "archive_and_date_right": 69, "archival_false": 0, "ibid_right": 14},
}


def _at_least(score: dict, floor: dict) -> dict:
    """The figures that fall short of the floor (``*_false`` and ``*_extra`` may not rise above it instead)."""
    worse = {}
    for key, least in floor.items():
        bad = score[key] > least if key.endswith(("_false", "_extra")) else score[key] < least
        if bad:
            worse[key] = (score[key], least)
    return worse


@pytest.mark.parametrize("round_", sorted(LAYOUT_FLOOR))
def test_blind_layout_fixtures_keep_their_notes_and_markers(round_):
    score = measure.layout_score(measure.ROOT / round_ / "layout", [])
    assert _at_least(score, LAYOUT_FLOOR[round_]) == {}


@pytest.mark.parametrize("round_", sorted(STRUCTURED_FLOOR))
def test_blind_word_and_tei_fixtures_keep_their_notes_and_markers(round_):
    score = measure.layout_score(measure.ROOT / round_ / "structured", [])
    assert _at_least(score, STRUCTURED_FLOOR[round_]) == {}


@pytest.mark.parametrize("round_", sorted(CITATION_FLOOR))
def test_blind_citation_fixtures_keep_their_archival_citations(round_):
    score = measure.citation_score(measure.ROOT / round_, [])
    assert _at_least(score, CITATION_FLOOR[round_]) == {}


def test_every_round_has_hand_written_gold_for_each_of_its_documents():
    for folder in sorted([*Path(measure.ROOT).glob("round*/layout"), *Path(measure.ROOT).glob("round*/structured")]):
        for txt in measure.documents(folder):
            name = txt.name.split(".", 1)[0]
            assert (folder / f"{name}_notes.tsv").exists() and (folder / f"{name}_markers.tsv").exists(), txt
