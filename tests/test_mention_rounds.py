"""Blind actor-mention rounds (tests/fixtures/mentions/roundN/) keep at least their measured mentions.

Each floor is the round's figure when it was last measured (`scripts/measure_mentions.py`); round 1 as written
(measured at 646d9d2, before any code read it): 438 of 651 hand-counted mentions right, 46 extra; after its
development (the paradigms of name_paradigms.csv, the front-matter labels, eponym_words.csv, a shared surname to
the actor named most, no family name made of a Greek regnal number or a title after a name, a possessive adjective before an
abbreviation): 630 right, 21 extra. Round 2 as written (measured at 673a047): 548 of 869 right, 38 extra; still unread,
after round 1's development: 613 right, 23 extra; after its own development (its languages' rows of name_paradigms.csv,
paradigms kept to a document's languages by function_words.csv, family-first and double family names, the given name
alone where given_name_languages.csv says so, its front-matter labels and eponym words): 840 right, 14 extra.
"""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import measure_mentions as measure  # noqa: E402

FLOOR = {
    # (MENTGEN4: numbered headings with a comma, plurals naming a family, a family's given names, look-alike words)
    "round1": {"right": 634, "extra": 21},
    # (854 / 13 after MENTBLIND7: a title listed with a shortened name, before the full name, Kong Haakon VII;
    # 855 / 13 after MENTIONBLIND17: Estonian `Paets` for `Päts`, letters spelt out)
    "round2": {"right": 855, "extra": 13},
    # (541 / 34 as written; 538 / 36 after round 2's gating; 659 / 68 after ACTGEN3, not blind; 718 / 28 after
    # ACTROUND3: its front-matter labels, eponym words, Portuguese last family name, Basque locatives, names with
    # hyphens or gershayim declined and prefixed, Irish declining particles)
    "round3": {"right": 760, "extra": 16},
    # round 4: as written, a KeyError on the Catalan article; 423 / 66 once that crash was mended; 427 / 67 after
    # MENTGEN4 (blind to its texts, though it once listed the round's file names): one more Persian extra; 501 / 33
    # after ACTROUND4 (not blind): its front-matter labels, Armenian article and stem change, Kazakh suffixes after й
    # and -ұлы, Welsh given names, Persian ezafe and non-joiner, a listed name over another actor's derived form;
    # 500 / 27 with squares and streets of five more languages (two street names had stood in for missed mentions);
    # 502 / 27 after MENTBLIND7 (Persian compounds written without their space, a two-word family name declined);
    # 504 / 27 after MENTBLIND12 (Kazakh letters read as Russian print wrote them: Байтурсынов, Рыскулов in notes);
    # 504 / 26 after MENTIONBLIND15 (`N. Zahles Skole`: another person's initial, a65cc12b); 504 / 25 after
    # MENTIONBLIND17 (a known given name with another's initial before the surname: another Evans)
    "round4": {"right": 504, "extra": 25},
    # round 5 (MENTBLIND5, fixture committed blind at ca9fe69): 287 of 466 right, 41 extra as written; 307 / 21 with
    # its front-matter labels (8dacf39); 364 / 24 with names in scripts without spaces (ecedbd7); 430 / 29 with
    # Tamil, Korean and Hindi rows of name_paradigms.csv (256e270); 431 / 20 with Devanagari spellings, Indic vowel
    # signs and its eponym words (26ddf67); 428 / 10 with Vietnamese short names (a2b1023); 440 / 10 with the
    # Indonesian spelling reforms, Maltese and Swahili forms (fd589f9); 441 / 10 with abbreviations with points
    # declined (MENTBLIND10, 239d8cf: Tamil எம்.ஜி.ஆரின்); 442 / 10 of 467 with `United Nations` added to the gold
    # (b2d3265d) and found by the UN's names in other languages (MENTIONBLIND14); 443 / 9 after MENTIONBLIND17
    # (a Vietnamese name in decomposed accents; another Strickland in Maltese)
    "round5": {"right": 443, "extra": 9},
    # round 6 (MENTBLIND6, fixture committed blind at fba3df4): 262 of 418 right, 45 extra as written (F1 0.72);
    # 296 / 11 with its front-matter labels (943ce38); 300 / 9 with Yoruba subdot vowels and reigns in digits
    # (2e4f585); 328 / 10 with Zulu prefixes (1fbce9f); 337 / 11 with given names of Ethiopic and Thai script
    # (fab9619); 362 / 15 with Amharic affixes and spellings (1ce4d1c); 375 / 17 with Mongolian cases (e8df6fe);
    # 375 / 8 with eponym words (4c38c34); 379 / 8 Somali (c88dc25); 382 / 8 Uzbek (99bf06e); 382 / 6 names of
    # three without the first (2318678); 384 / 6 Thai ฯ (f01ecec); 387 / 6 romanised Cyrillic (0606556); 388 / 6
    # abbreviations with full stops
    "round6": {"right": 388, "extra": 6},
    # round 7 (MENTBLIND7, fixture committed blind at 75ec5bf): 221 of 313 right, 35 extra as written (F1 0.78);
    # 242 / 14 with its front-matter labels (a924a53); 261 / 19 with Bengali and Nepali postpositions (9f35a7c);
    # 257 / 11 with eponym words (35e0364: four eponyms had stood in for missed mentions); 262 / 11 Tajik -ро, -и
    # (c1a842d); 263 / 11 traditional Han characters (c07d9cd); 265 / 11 Malagasy dR- (cb42aa9); 266 / 11 Hausa
    # hooks (ae27fd2); 267 / 11 long and short i (78ca8bc); 269 / 11 Tajik letters in Russian print (5b893d0);
    # 269 / 7 a listed title before the full name (58357d7); 271 / 7 Urdu compounds without their space
    # (3783960); 272 / 7 two-word family names declined (ed1517c); 276 / 7 Khan closing a name (8d02b25); 277 / 7
    # two-letter Bengali family names (b16a21e)
    "round7": {"right": 277, "extra": 7},
    # round 8 (MENTBLIND8, fixture committed blind at a306897): 142 of 251 right, 17 extra as written (F1 0.69);
    # 179 / 25 with Marathi, Tatar, Quechua, Telugu and Sinhala case endings (6512103; the extras are abstracts read
    # as body, their labels not yet in the layout's list); 180 / 27 Tatar -й, Telugu virama + ZWNJ (5e32617);
    # 178 / 19 with eponym words (ccbe69c: two eponyms had stood in for missed mentions); 181 / 19 abugida texts told
    # by their function words, Marathi given names (dfb79d8); 184 / 19 Kurmanji, Tatar, Quechua function words,
    # Quechua double family names (74b5c67); 190 / 19 Sinhala abbreviations and the zero-width joiner (0dbab90);
    # 192 / 20 paternal family names declined, regnal numerals (a0e55df); 192 / 18 eponyms glued in scripts
    # without spaces (e32f879); 193 / 18 a hyphenated abbreviation typeset with an en dash (ed9fbcf); 194 / 18 names
    # printed without the ʻokina; 208 / 4 with the eight languages' labels of abstract and key words in
    # section_labels.csv (the abstracts had been read as body)
    "round8": {"right": 208, "extra": 4},
    # round 9 (MENTBLIND9, fixture committed blind at 219c079): 137 of 211 right, 47 extra as written (F1 0.69);
    # 157 / 27 with its front-matter labels (5e36a8f; Haitian `Rezime:` had sent a whole article to the back);
    # 157 / 7 no one-letter surname alone in a script without spaces (88a7ac6); 163 / 8 Kyrgyz cases (23a644e);
    # 171 / 9 Ossetian cases (5f10b27); 181 / 9 Faroese definite forms; 183 / 11 Yiddish possessive -ס (the two
    # extras, an alliance and a sanatorium, had been masked by the missed possessives)
    "round9": {"right": 183, "extra": 11},
    # round 10 (MENTBLIND10, fixture committed blind at 2b19aab): as written, load_actors refused it (the kinds
    # 'movement' and 'parliament'); 139 of 216 right, 21 extra once the kinds were mended (cfd90d8, F1 0.74); 155 / 5
    # with its front-matter labels (e46836f); 162 / 6 Turkmen cases (c5ad190); 171 / 6 Gujarati postpositions
    # (d74ba1c); 176 / 6 Malayalam cases (c2b5722); 178 / 6 abbreviations with points declined (239d8cf); 182 / 6
    # Uyghur (f59677d); 185 / 5 Upper Sorbian (8debb35); 188 / 4 Pashto plurals (63dc12d); 188 / 3 no family of
    # Khans (a981b33); 188 / 2 Breton bezen
    "round10": {"right": 188, "extra": 2},
    # round 11 (MENTBLIND11, fixture committed blind at f158739): 93 of 130 right, 11 extra as written (F1 0.80)
    # 100 / 4 with its front-matter labels (Afrikaans, Gaelic, Galician, Kannada)
    # 106 / 4 with Slovene fleeting e and -rj- (Korošca, Kramerju)
    # 114 / 5 with Kannada suffixes (honorific -ರು/-ನವರು, neuter -ದ, after a virama and a non-joiner)
    # 114 / 3 with eponym words (Galician rúa, praza; Serbian/Slovene trg; Gaelic sràid, taigh-seinnse; Kannada)
    # 114 / 3 Gaelic genitive after Mhic (76782a8); 115 / 3 Serbian organisations declined word by word
    "round11": {"right": 115, "extra": 3},
    # round 12 (MENTBLIND12, fixture committed blind at c215babe): 114 of 218 right, 34 extra as committed, its front
    # blocks not parted by blank lines (front read as body); 135 / 13 with that layout mended as rounds 10-11 write it
    # (e7ec3372; no gold row changed); 146 / 2 with its front-matter labels (5ac9855e); 174 / 5 with the cases of
    # Bashkir, Chuvash, Odia, Sorani, Northern Sami and Kashubian and their function words (aedd96a8); 180 / 6 with a
    # woman's form of the family name in the family (family_name_genders.csv, 92e852df); 180 / 0 with eponym words
    # (streets, a square, schools; a Lao school word glued to the word before it; 29676fee); 183 / 0 with words for
    # both or brothers beside a family name (plural_words.csv, c488abc9); 185 / 0 Lao given names (given_name_scripts,
    # f0d325be); 187 / 0 Bashkir and Chuvash letters read as Russian print wrote them (bc3c83fd); 188 / 0 a Kashubian
    # organisation's last word in the genitive plural kept as it is (205b7f50); 192 / 0 a given name alone after a title
    # (181f1dd2); 193 / 0 an organisation as a book's publisher (ed080a88); 197 / 0 a given name joined to a relative's
    # full name (`Jelle en Pieter Hoekstra`)
    "round12": {"right": 197, "extra": 0},
    # round 13 (MENTIONBLIND13, people whose names change; fixture committed blind at c51aaae1): 191 of 253 right,
    # 17 extra as written (F1 0.83); 205 / 3 with its front-matter labels (850d6e83); 208 / 3 a Russian woman's
    # adjectival surname declined (9eeaa329); 222 / 4 Latin, Esperanto, Tigrinya and Inuktitut cases (09ab0a10);
    # 223 / 4 Javanese spelling reforms (6e40b56e); 226 / 5 Tibetan particles fused into a name (ec9f4d66);
    # 227 / 5 я and ю as ja, ju (db97d1f9); 229 / 3 a woman's title picks the wife of a couple (2ae37360);
    # 230 / 3 Russian organisations declined (0869e904); 232 / 3 Inuktitut spellings before 1976 (a2ea2d87); 234 / 3
    # Tibetan names in Wylie (555623ee); 236 / 3 a woman's family name in its feminine forms (1da10b9e)
    "round13": {"right": 236, "extra": 3},
    # round 14 (MENTIONBLIND14, organisations whose names change; fixture committed blind at 2dc777e9): 152 of 242
    # right, 28 extra as written (F1 0.72); 172 / 8 with its front-matter labels (820140b7); 181 / 7 Syriac
    # proclitics and eponym words (a liturgy, Occitan and Wolof streets and schools; 87cbd2e9); 203 / 10 Assamese,
    # Konkani and Crimean Tatar cases, Jawi prepositions, with the function words that tell these languages
    # (7cd4ed98); 207 / 10 an international body under its names in other languages (international_bodies.csv,
    # 93abea95); 212 / 5 a key-words line known by its shape over the first heading (Wolof, 95c37d64); 213 / 5
    # `я`, `ю`, `є` romanised `ia`, `iu`, `ie` too (1dcd0db9); 214 / 5 a Jawi preposition on a dotted abbreviation
    "round14": {"right": 214, "extra": 5},
    # round 15 (MENTIONBLIND15, people named by title, office and role, parties, judges, counsel and authors in
    # notes; fixture committed blind at 82b7efe7): 161 of 195 right, 31 extra as written (F1 0.83); 172 / 22 with
    # its front-matter labels and isiXhosa prefixes (4e0b5d1c); 172 / 13 another person's initial, another ruler's
    # regnal number, a listed office beside the name (a65cc12b, 2a3e7bca); 177 / 14 Oromo cases and titles, the
    # Luganda augment (bd3e7df4); 178 / 13 a gendered title over a name that does not tell (1fa2bd4e); 180 / 11
    # words for elder and younger (be4e250f); 181 / 11 a person's papers (e1b89641); 181 / 10 an initial before a
    # given name (b46fb7cc); 180 / 10 with the papers reverted (86ecda5e: the actors fixture counts them not)
    "round15": {"right": 180, "extra": 10},
    # round 16 (MENTIONBLIND16, names that change their ending and families as actors; fixture committed blind at
    # 77fb9e73): as written load_actors refused it (the kind 'family'), 0 of 261; 207 / 18 once the kind was known
    # (559b8e40); 219 / 17 a family in the cases of its plural (family_plurals.csv), the plural the family's, no member's
    # (a8566c35); 221 / 16 a Hungarian wife by the family name and -né (`Szalayné`, `Szalaynéval`), not her husband
    # (6be62ef4); 232 / 20 Finnish gradation, Slovak -i declined as an adjective, Latin -er, Icelandic -an (the four
    # more extras: the town `Lahden`, `Fabri ferrarii`, and two of the Latin front read as body, masked before)
    # (499ae405); 234 / 20 a name of three words or more declined after the genitive opening it (`Suomen
    # Kommunistisen Puolueen`) (fe7ece3f); 237 / 20 Estonian consonant stems with any vowel (`Tammega`), -lik adjectives
    # (e037d9fd); 237 / 18 parks, schools and streets after a name (Finnish `puisto`, Slovak `ulici`, eponym_words.csv)
    # (22d95e14); 238 / 18 Icelandic women's names in -ún (`Guðrúnu`) (a95e99a8); 239 / 18 Polish feminine
    # adjectives and nouns in -ia declined (`Polskiej Partii Socjalistycznej`) (cfe92976); 240 / 18 Estonian -kond
    "round16": {"right": 240, "extra": 18},
    # round 17 (MENTIONBLIND17, the surface of a name as PDFs deliver it: line-break hyphens, glued note calls,
    # capitals, inverted order, initials, particles, transliterations, diacritics, apostrophes, dotted acronyms;
    # fixture committed blind at 991c24a4): 186 of 235 right, 7 extra as written (F1 0.869); 205 / 7 abbreviations
    # with spaced points or as a word in Italian, names in capitals and small capitals, particles (9d1c54cd); 219 / 7
    # accents typed apart, double names without hyphen, letters spelt out, romanisation systems (bba77543); 221 / 6
    # French de dropped, another person's given name (fcbad1e8); 221 / 5 member nouns (3eafa0e6); 222 / 4 Cyrillic
    # given names, Dalessio (6e42c4bb); 223 / 4 Polish double names (566c0adb); 224 / 4 German adjectives
    # (a757f82f); 225 / 4 -sky, -ski (299b50aa)
    "round17": {"right": 225, "extra": 4},
    # round 18 (MENTIONBLIND18, namesakes: relatives sharing a surname, regnal numbers, namesakes outside the file,
    # places, ships, prizes and firms named after a person, doctrines and plans; fixture committed blind at
    # 61e47609): 201 of 265 right, 46 extra as written (F1 0.785); 212 / 46 a ruler named by given name and number
    # alone, declined (77a65a4e); 213 / 45 fils, père, d.ä. (80ef1130); 212 / 37 ships, palaces, firms, German
    # compounds before an institution's noun (6e433e1e); 213 / 36 two initials one person's (b1f764eb); 214 / 36
    # plural words for men only (59013f01); 217 / 37 regnal names in other languages (bfd2e47b); 221 / 40 Russian and
    # Polish family plurals (42eea87d); 220 / 39 a maiden name before the married name (a17a4ecc)
    "round18": {"right": 220, "extra": 39},
    # round 19 (MENTIONBLIND19, the actor in the notes' apparatus: authors, senders and recipients, papers and
    # shelfmarks, titles, organisations as corporate authors and publishers, anaphors, namesake historians; fixture
    # committed blind at c0aa6200): 355 of 411 right, 70 extra as written (F1 0.849); 404 / 21 a day before its
    # month's name is no note call (the Dutch and Spanish notes were read as body) (396ea43a); 402 / 13 foundations,
    # institutes and villas named after a person, given names of namesake historians (two of the 404 were false
    # mentions standing in for missed ones of the same actor and zone: `Fondazione Anna Kuliscioff` for `K.`)
    # (a38d3a63); 402 / 11 another person's initials after the family name in a note (`Коковцов А. В.`) (b5029d49);
    # 400 / 4 a namesake's work cited again in short (`Troelstra (2012)`, `Turati, Il riformismo milanese, cit.`; two
    # of them had stood in for missed mentions of the actor in the same zone, `Eden Papers` and `T.`)
    "round19": {"right": 400, "extra": 4},
    # round 20 (MENTIONBLIND20, the structure of a name as its language builds it: particles, compound surnames,
    # family name first, Arabic name parts, people named together; fixture committed blind at 255fdf45): 309 of 377
    # right, 24 extra as written (F1 0.870); 353 / 32 East Asian family names first, the parts of an Arabic name,
    # Portuguese last and Spanish first family names where a given name shows the custom (nameorders.py; the 8 new
    # extras are namesakes and words the bare family names now meet: `Sun Ke`, `The Sun`, `the valley of Salazar`)
    # (2b4d421b); 353 / 23 a given name after a family name written first names another person (`Bethlen Gábor`,
    # `Horthy István`, `Bethlen Anna`), and István, Manuel, Rachel, Katia, Martin as given names
    # (6171a71d); 356 / 20 French `les`, `les frères` and English `the brothers` before a family name name the
    # brothers together (`plural_words.csv`); academies and dynasties named after a person (`eponym_words.csv`)
    # (67fa6ec3); 356 / 17 a one-word Pinyin given name after a Chinese family name written first that none of the
    # actor's names has names another person (`Sun Ke`, `Yuan Weimin`)
    # (b1f2e414); 356 / 14 a citation's order with a comma, the family name in small capitals as often, is one name
    # of the actor whose given name follows (`Mann, Heinrich`, `WEBB, Beatrice`), not a bare shared family name and
    # a given name alone
    # (c8686506); 356 / 13 a name after `valley of`, `bay of`, `valle de` … is a place (`eponym_words.csv`)
    "round20": {"right": 356, "extra": 13},
    # round 21 (MENTBLIND21, actors named by their seat, their office or their acronym: buildings, capitals standing
    # for governments, offices held for a period, acronyms foreign, in word case or defined in the text; fixture
    # committed blind at 78f77838): 339 of 368 right, 54 extra as written (F1 0.891); 349 / 55 the ILO, WHO, WFTU
    # and NATO in other languages (international_bodies.csv); 355 / 57 a predicate of nobility (`Aehrenthal`); 352 /
    # 25 a seat or capital as the place (seats.py); 352 / 23 an office in small letters no family name; 350 / 12 an
    # office naming another holder (offices.py); 357 / 13 German cases of bodies and offices; 359 / 14 an acronym
    # defined in parentheses (defined.py); 359 / 13 an office lends no initial to a namesake
    "round21": {"right": 359, "extra": 13},
    # round 22 (MENTBLIND22, actors who go by another name: pen names, party names, noms de guerre, cover names in
    # capitals, religious and regnal names, nicknames and epithets, Hebraised and married names, and the same words
    # naming no actor; fixture committed blind at facc510c): 315 of 332 right, 60 extra as written (F1 0.891); 314 /
    # 49 hospitals, museums, monuments named after a person (e5d9ba2b); 313 / 30 a one-word alias another person
    # bears (03bb1219); 318 / 31 epithets declined (09d06ede); 318 / 30 a ruler's land (12f375dc); 318 / 29 a word of
    # a phrase in capitals (091838ca); 318 / 28 Saint- (d63ef641); 321 / 24 `Mrs Lewes` (f0ef6fc9); 324 / 25 Russian
    # Cyrillic of an English romanisation (31480dc7)
    "round22": {"right": 324, "extra": 25},
    # round 23 (MENTBLIND23, names written together: pairs and trios sharing a surname printed once, abbreviated or
    # inverted, plural family names, couples and plural titles, enumerations, dashed pairs, signatory lists, et al.;
    # fixture committed blind at 220e6786): 402 of 454 right, 50 extra as written (F1 0.887); 396 / 46 things named
    # after a person and relatives' given names (0259ffdf); 402 / 42 a couple's titles, women's given names
    # (869b5222); 409 / 44 given names sharing a family name printed once (983c5c2c); 417 / 36 the bare family name
    # of a man and his wife (c0933b9d); 421 / 36 a given name by a maiden-name alias (b53ed623); 425 / 38 a
    # brother's given name beside another's custom (3bb25f1f); 425 / 36 a given name before a particle (e61770e0);
    # 424 / 35 a relative's given name with the family name's initial is another person (MENTBLIND25: `Moses
    # Mendelssohn` is no longer Dorothea, and had stood in for her missed `Dorotheas` in a note)
    "round23": {"right": 424, "extra": 35},
    # round 24 (MENTBLIND24, names outside the narrative's prose: title, author line, affiliation and biographical
    # note, abstracts and key words in two languages, headings, epigraphs, block quotations, captions and tables,
    # acknowledgements, running heads, bibliography; fixture committed blind at 9878a6f6): 420 of 441 right, 31 extra
    # as written (F1 0.942); 424 / 31 a subtitle's person before its period and the imprint (858734b8); 424 / 25
    # inverted namesakes in bibliographies (e54d39b2); 424 / 16 relatives' given names (e3c02c85); 423 / 12 tanks,
    # houses, universities, yearbooks (7f794916); 425 / 12 Russian -ия, -ий (e45ba9bb); 433 / 4 epigraphs are front
    # matter (09caa817); 434 / 4 a ruler's genitive before his number (277c7c48)
    "round24": {"right": 434, "extra": 4},
    # round 25 (MENTBLIND25, people in lists and tables: attendance lists, signatories, governments by office, copies
    # and Verteiler, flattened prosopographical tables, deportation, exhumation and prisoner rolls, shared titles,
    # name indexes, docket initials; fixture committed blind at 9da59de5): 404 of 451 right, 35 extra as written
    # (F1 0.908); 424 / 15 a name index is back matter (71707141); 432 / 15 an alias that is the name without its
    # title (88d4fe68); 432 / 11 a father's initial is no regnal number (d7171b4b); 431 / 6 relatives' given names
    # with the family name's initial, after an index's title (ef27b5c1); 431 / 3 double family names (d7cdf7fd)
    "round25": {"right": 431, "extra": 3},
    # Round 26 (names as real text layers deliver them: line-end and page-break hyphenation, soft hyphens, capitals
    # and small capitals, Sperrsatz, ligatures, NFD accents, apostrophes, no-break spaces between initials, OCR
    # confusions of an 1895 Fraktur print, running heads and page feet; fixture committed blind at 274257c2): 326 of
    # 400 right, 5 extra as written (F1 0.892); 327 / 5 the fixture's misspelt NFD `Poincáré` corrected (91e2b9d0);
    # 365 / 7 a typeset page read as written: glyphs, soft hyphens, odd spaces, long s, Sperrsatz (b11c496f); 368 / 7 a
    # paragraph cut by a page turn, d'Alessio Ferri (3f0a3cce); 372 / 10 Fraktur hyphens, OCR's I and 0, Bötticher
    # (1dbacb55: the extra are the 1895 print's footnotes, which the layout reads as body); 374 / 10 Korfantego (eb6e474a)
    "round26": {"right": 374, "extra": 10},
}


@pytest.mark.parametrize("round_", sorted(FLOOR))
def test_each_mention_round_keeps_its_right_mentions_and_no_more_extra(round_):
    totals = measure.totals(measure.score_round(measure.FIXTURES / round_))
    assert (totals["right"] >= FLOOR[round_]["right"], totals["extra"] <= FLOOR[round_]["extra"]) == (True, True), totals


def test_a_mention_counts_right_per_actor_and_zone_whatever_its_surface():
    found = Counter({("a", "body", "Beneš"): 2, ("a", "note", "Beneš"): 1})
    expected = Counter({("a", "body", "Beneše"): 1, ("a", "body", "Benešovi"): 1, ("a", "front", "Beneš"): 1})
    assert measure.score(found, expected) == {"expected": 3, "found": 3, "right": 2, "missed": 1, "extra": 1}
