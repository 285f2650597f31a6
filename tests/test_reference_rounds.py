"""The blind reference rounds: what the references table gets right on invented articles with hand-written gold.

Each round of ``tests/fixtures/references/`` was written, with its gold, before
the code that reads it (the READMEs there say how); once measured blind, a round
becomes development material. The floors below are the micro-F1 each round had
when the last change to the readers landed, less 0.01 (the margin every change
is held to): a change that loses references on one style fails here, not only
in a helper's report. ``python scripts/measure_references.py roundN`` prints
every article's figures. A new round joins here once its blind figure is recorded.
"""

from __future__ import annotations

import pytest
from conftest import load_script

measure = load_script("measure_references")

#: round → least micro-F1 on all gold and on full references against full rows ("full vs full")
FLOOR = {
    "round1": {"all": 0.88, "full vs full": 0.90},
    "round2": {"all": 0.93, "full vs full": 0.95},
    "round3": {"all": 0.94, "full vs full": 0.91},
    "round4": {"all": 0.96, "full vs full": 0.95},
    "round5": {"all": 0.91, "full vs full": 0.87},
    "round6": {"all": 0.94, "full vs full": 0.94},
    "round7": {"all": 0.95, "full vs full": 0.96},
    "round8": {"all": 0.95, "full vs full": 0.94},
    "round9": {"all": 0.91, "full vs full": 0.90},
    "round10": {"all": 0.94, "full vs full": 0.95},
    "round11": {"all": 0.91, "full vs full": 0.92},
    "round12": {"all": 0.92, "full vs full": 0.91},
    "round13": {"all": 0.93, "full vs full": 0.90},
    "round14": {"all": 0.92, "full vs full": 0.90},
    "round15": {"all": 0.91, "full vs full": 0.91},
    "round16": {"all": 0.94, "full vs full": 0.94},
    "round17": {"all": 0.93, "full vs full": 0.92},
    "round18": {"all": 0.96, "full vs full": 0.96},
    "round19": {"all": 0.92, "full vs full": 0.87},
    # round 20: 0.781 / 0.781 as written; refround19 (blind to it) then read a see-also lead-in before a colon
    # as an author once (0.778 / 0.775); refround20 read it (the round's words as data rows, Myanmar as a caseless
    # script, a forename with an initial inside, corporate names of many words, the round's month names, Tatar pages
    # marked after the number): 0.924 / 0.873
    "round20": {"all": 0.92, "full vs full": 0.87},
    # round 21 (legal scholarship's houses): 0.814 / 0.825 as written (fixture 90c5104); read then (OSCOLA's repeats,
    # articles and books; commentaries by a revision's year or their note; the Asser series; works named in prose after
    # `in his`; cases, codes and parliamentary papers no literature; a chapter in a book `op. cit.` repeats; a French
    # thesis by its town; a Bluebook book by its editors): 0.932 / 0.948
    # (0.949 / 0.966 once works named in prose were read; 0.954 / 0.950 with the shipped model retrained on the corpus
    # notes layout round 29 changed)
    "round21": {"all": 0.94, "full vs full": 0.95},
    # round 22 (history journals' houses: Chicago, MHRA, ZHF, French history of science, Italian political thought,
    # Hispania; source editions, translations, reprints, sigla): 0.891 / 0.918 as written (fixture 185d986); read then
    # (the French comma style's volumes after the imprint and runs of years, a work's siglum the article defines and the
    # citations by it, works named in prose with their imprint in brackets, author-only short forms, a translation
    # after its original): 0.963 / 0.978
    "round22": {"all": 0.95, "full vs full": 0.96},
    # round 23 (houses no round used: Russian before 1918, Taiwan's Chinese, polytonic Greek, Malayalam, British medieval
    # history, Flemish Dutch): 0.722 / 0.651 as written (fixture 96505ac); read then (list words under any Greek accent
    # and in the Russian spelling before 1918, an older imprint's "in" before its town, Taiwan's notes in the Korean
    # house's comma shape, Malayalam's words, a journal in brackets after the title, a series in brackets after the
    # year): 0.929 / 0.870
    "round23": {"all": 0.92, "full vs full": 0.86},
    # round 24 (houses no round used: the Austrian MIÖG house, Irish Historical Studies, Bulgarian initials first,
    # Ukrainian DSTU 8302:2015, the Czechoslovak colon house in Slovak, Turkish Ottoman studies): 0.804 / 0.779 as
    # written (fixture fc9b6c7); read then (an imprint alone after a title's years, GOST without `//` or its dashes and
    # with a spaced colon, a title's full stop before its journal, `'Title' in`, `pp`, short titles that leave words
    # out, the round's lead and role words, newspapers numbered before the day): 0.928 / 0.944
    "round24": {"all": 0.91, "full vs full": 0.92},  # (0.919 / 0.927 with the model retrained after layout round 29)
    # round 25 (houses no round used: Indian English IESHR, Québec RHAF, Chilean Historia, Montenegrin Istorijski zapisi,
    # interwar Romanian Revista Istorică, Valencian Catalan colon house): 0.878 / 0.835 as written (fixture 792b5ba3);
    # read then (a bracketed imprint of commas only, Romanian `publicate de` and month names, a paper's town before
    # its day): 0.903 / 0.867
    "round25": {"all": 0.89, "full vs full": 0.85},
    # round 26 (houses no round used, each article declaring abbreviations for works inside a full reference and citing
    # by them: the Czech medievalist CMM house, Portuguese NP 405, the Scottish SHR, Romanian SMIM, Finland-Swedish HTF,
    # Colombian ACHSC): 0.786 / 0.874 as written (fixture 4181a623); read then (a siglum declared before the cited page
    # read without it, its citations printing it as their short title, Swedish and Portuguese words as data rows,
    # Romanian's comma-below capitals, `idem` in small letters and after `and`, a volume's span of years): 0.991 / 0.956
    "round26": {"all": 0.98, "full vs full": 0.94},
    # round 27 (houses no round used: Hungarian Agrártörténeti Szemle with `In:` and `szerk.`, Lithuanian LIS with
    # `min. veik.` and `tas pats`, the Ukrainian émigré house in Chicago form, Greek in Chicago form, Dutch TSEG):
    # 0.925 / 0.918 as written (fixture 6d72e6c9); read then (a same-author word in small letters, `uő:`, `tas pats,`;
    # a book with no author in the Hungarian order and with a volume before its pages; a Hungarian short title's bare
    # pages; Dutch `a.w.` for a book): 1.000 / 1.000
    "round27": {"all": 0.99, "full vs full": 0.99},
    # round 28 (houses no round used: Finnish Historiallinen Aikakauskirja with `Teoksessa`, `emt.`, `Mt.`; Norwegian
    # Historisk tidsskrift with `Samme sted` and `samme`; China-studies English with romanised titles, characters and
    # bracketed translations; Turkish Tarih ve Toplum with `age.`/`agm.` and `aynı yazar`): 0.793 / 0.807 as written
    # (fixture 5f4da67f); read then (a second repeat in a note's prose after the first one's pages, `…, 80, and, more
    # fully, Wang, op. cit., 70, who …`, and the Ibid. after it; Norwegian `Om dette, se` and `Samme sted`): 0.848 / 0.807;
    # then (a romanised author's name with its characters, co-authors written with initials as the first is, a journal's
    # volume, issue and bracketed year after commas): 0.90 / 0.89
    "round28": {"all": 0.89, "full vs full": 0.88},
    # round 29 (legal scholarship in languages no round used for it: Swedish SvJT with `a.a.`, Danish UfR with `anf. st.`
    # and `smst.`, Polish with `Tamże` and commentaries, Brazilian ABNT with `apud` and `Id.`, Swiss German with BGE, BSK
    # and `N`, Czech with `tamtéž` and `týž`; decisions and statutes no literature): 0.778 / 0.843 as written
    # (fixture f447db75); read then (the round's lead-ins and repeat words as data rows, Swedish `A.a.` as ibid. and
    # `Name a.a. s.` without commas, an op. cit. of a work only the model read linked to it, an ABNT decision no
    # reference and its editors joined by `;` one container, an Ibid. after a note only the model read, journals by
    # abbreviation, year and page and books by publisher and year with no place, several authors' short form, a
    # commentator read as a title): 0.977 / 0.964; its Swiss commentaries (`BSK OR I-Gmür, Art. 58 N 12`) print no
    # title and no year, so the scorer can match none of the three
    "round29": {"all": 0.96, "full vs full": 0.95},
    # round 30 (history in languages no round used: West Frisian It Beaken with `a.w.`, `t.a.p.` and `deselde`,
    # Occitan with `dins`, `Vejatz` and `Id.`, Luxembourgish Hémecht with `an:`, `Kuck` and `Deeselwechten`, Faroese
    # Fróðskaparrit with `Sama stað`, `nevnda verk/grein` and `sami`, Turkmen with `Şol ýerde`, `görkezilen makala` and
    # `şol awtoryň`, Friulian in the Italian house with `Ivi`, `cit.` and `a cure di`): 0.828 / 0.844 as written
    # (fixture 3dba7f84); read then (a second repeat in a note's prose and the Ibid. after it, a reprint's bracket after
    # the original's imprint, the round's lead-ins, repeat, editor and translator words as data rows, a source edition
    # cited by its title with its editor after it, Tresoar and AD Hérault archives, three repeats in one note's prose
    # and an Italian short title before `cit.`, a journal read again as a reference of its own): 0.995 / 0.981
    "round30": {"all": 0.98, "full vs full": 0.97},
    # round 31 (legal history in houses no round used: US Bluebook in a law-and-history journal's typeface, the
    # Canadian McGill Guide, Australian AGLC4, Italian legal history (Quaderni fiorentini), Spanish (AHDE) and Dutch
    # (TRG / Pro Memorie); cases, statutes, archives no literature): 0.940 / 0.925 as written (fixture e9d605f4);
    # read then (the McGill Guide's `Ibid at`, Spanish `vid.` and `vid., además,` as leads, a year in a quoted title
    # dating no document, Commonwealth cases whose reports print no full stops, old Castilian compilations of laws as
    # legislation): 0.994 / 0.987; left: a Bluebook archival citation with its date in brackets and the archive last
    "round31": {"all": 0.98, "full vs full": 0.97},
    # round 32 (history in languages no round used, on authors and editors written many ways: Rusyn in the Prešov
    # STN ISO 690 house with ` – ` and `і кол.`, Kashubian in the Polish house with `i in.` and `oprac.`, Asturian
    # with a surname-first and a given-first author in one note, Sardinian in the Italian house with `a cura de` and
    # `al-`, Romansh with `/`, `und`, `u. a.` and `van der`, Breton with `ha`, `embannet gant` and `troet gant`;
    # corporate authors, bracketed title translations, reprints): 0.845 / 0.874 as written (fixture 6f7ee8f9);
    # read then (STN ISO 690 in Cyrillic with `с.`, the volume before the year and editors joined by "and", an op. cit.
    # naming every co-author, a colon after names with particles or after a list closed by "and" before a quoted title,
    # an edition whose title holds dates in brackets, a ministry's capitalised remits, `Le Meur` beside another name,
    # `Ch.R.`, the rounds' "and", lead, editor, translator, page and "especially" words as data rows): 0.990 / 0.983;
    # left: a Rusyn source edition with `Ред.` before given-first editors, a Breton newspaper day the model reads as a
    # reference
    "round32": {"all": 0.98, "full vs full": 0.97},
    # round 33 (what notes now cite besides books and articles, in houses that cite the web: Brazilian ABNT with
    # `Disponível em: <…>. Acesso em:`, APA 7 in notes with `Retrieved from` and DOI links, OSCOLA with `<URL> accessed`,
    # German with `abrufbar unter …, zuletzt abgerufen am`, French with `[en ligne], URL : …, consulté le`, Spanish with
    # `disponible en: … [fecha de consulta: …]`; reports, working papers, theses, blogs, datasets, podcasts, URLs
    # broken by a space): 0.867 / 0.891 as written (fixture 08f2f588); read then (ABNT working papers by series and
    # number, theses with their faculty, a dataset's medium, a podcast's day, `[s.d.]`, a body after `Cf.` with a
    # subtitle, op. cit. of `;`-joined surnames and of a body; APA's channel in brackets and `; and` before a second
    # reference; no year from the day a page was seen; a web page's title before `o. J., abrufbar unter`; a link
    # broken by a space after a hyphen): 0.980 / 0.985; left: an APA body's short form `Body (2020), p. 18`, a Spanish
    # body's report read by the model with its lead word, a dataset with a bracketed place and years in its title, a
    # newspaper issue with a digital archive's link read as a title
    # (0.980 / 0.985, then 0.975 / 0.977 with the model retrained; 0.960 / 0.962 with it retrained at 81caa540 on
    # the corpus' bilingual notes given their numbers: fr8 loses a match the learned reader had)
    "round33": {"all": 0.96, "full vs full": 0.96},
    # round 34 (international and EU law and their history, literature among the field's primary sources: AJIL
    # Bluebook with `supra note`, `Id.` and the Restatement, the EJIL house with `MN` and `Ibid., at`, ZaöRV/EuR with
    # `(Fn. N)`, `a.a.O.` and `in: … (Hrsg.)`, AFDI with `op. cit.` and `loc. cit.`, Riv. dir. int. with `cit.` and `Ivi`,
    # REDI with `loc. cit.` and `Ídem`; treaties, UN and ILC documents, ICJ/arbitral/ECtHR/CJEU decisions, OJ and COM
    # references no literature, Hague lectures and commentaries literature): 0.909 / 0.882 as written (fixture 6f29325d);
    # read then (`S.C. Res. 1234` and `SC Res. 1297 (1999)`, the ILC's Yearbook and the UN's official records by title,
    # `KOM(95)`, a treaty's series after its name `RTNU, vol.`, an award named `Name (A v. B), 27 R.I.A.A.`, a court then
    # parties joined by `c.`, an Advocate General's `Schlussanträge`, the Official Journal's `JOCE L 207`, a Hague
    # lecture's `(1990-III)`, EJIL's `(2nd edn, 2011), at 45`, a commentator's full name before `in: … Rn.` and the
    # commentary's year and provision out of its container, the Restatements by section): 0.988 / 0.977; left: an
    # Italian signed case note after `con nota di … ivi`, a prose note on an interview read as a title by the model
    # (0.976 / 0.953 with the model retrained at 81caa540)
    "round34": {"all": 0.97, "full vs full": 0.95},
    # round 35 (legal history's premodern sources beside its modern literature: ZRG with `(Anm. N)`, `a.a.O.`, `Ebd.`,
    # `ND Aalen`, a Gedächtnisschrift and a handbook volume `Bd. II/1`; RHD with `art. cit.`, `op. cit.` and a coutumier;
    # Quaderni fiorentini with `cit.`, `Ivi`, `rist. anast.` and Baldus's consilia; AHDE with `ob. cit.` and the 1555
    # glossed Partidas; JLH/OSCOLA with Tancred, Lyndwood and the Selden Society; TRG with `a.w.`, `t.a.p.`, De Groot and
    # Voet; allegations of the Corpus iuris and canon law, codes and customs no literature, early printed commentaries
    # and editions of sources cited as books literature): 0.940 / 0.929 as written (fixture 07d5dd11); read then (a
    # custom by its articles as law, a commentary by the text it comments on, its leaf and margin number, columns
    # as pages, an old printer after `apud`): 0.965 / 0.955; then (an old book cited in its reprint read with the
    # reprint's imprint, `…, Venetiis, apud …, 1575 (rist. anast. Torino, …, 1970)`, a consilium's number after a
    # place, publisher and year): 0.975 / 0.973; left: the 1555 Partidas glossed by Gregorio López (no author, its
    # facsimile's imprint), an MGH capitulary cited by `Nr. 33, c. 5`
    # (0.965 / 0.955 with the model retrained at 81caa540: it9's Hostiensis and Bartolus read with their imprints'
    # towns in title and container)
    "round35": {"all": 0.96, "full vs full": 0.95},
    # round 36 (French-language law: RTD civ./RFDA with case notes, observations and chronicles after decisions,
    # `Rép. civ. Dalloz`, `J.-Cl.`, `JCP G 2004, II, 10012`, `Gaz. Pal. 1998, 2, doctr.`, `th. préc.`, `note préc.`;
    # J.T./R.C.J.B. with capitals, `R.P.D.B., v°`, `obs. précitées`; SJ/RDS with `SJ 2003 II 201, 215`, `(n. N)`, the
    # Commentaire romand; Québec's McGill French with `à la p`, `au para`, `supra note N`; Penant/OHADA with `Penant
    # n° 880`, an annotated code's `obs.`; RIDC/AFDI with `RCADI, t.`, `sous la dir. de`; conclusions, decisions,
    # codes and an official commentary no literature): 0.736 / 0.752 as written (fixture ed7e2666); read then (case
    # notes, observations and chronicles after a report's year and page, conclusions the court's, `note préc.` and `la
    # note préc. de …`, `th.` and `th. préc.`, `et s.`, a treatise's `n°` after `Ibid.` and `Id.`, the Swiss half-volume,
    # the McGill Guide's French pinpoint and province, `c` between parties, a court of appeal by its seat, the subject
    # before `v.`): 0.977 / 0.974; left: the Commentaire romand by eponym (`CR CO I-Name, art. 97 N 12`) and a Swiss
    # book's `N 1234` margin numbers, the Minister's Commentaires read as literature
    "round36": {"all": 0.96, "full vs full": 0.96},
    # round 37 (discursive notes in six languages, history and legal history: works named inside the author's
    # sentence, a title before its author, possessive and genitive names, short titles and author-year in prose,
    # reviews and replies; forthcoming works, theses, conference papers, typescripts, working papers): 0.656 / 0.703
    # as written (fixture ced0f706); read then (a work named with its author's possessive before the title, after it by
    # `by`/`de`/`di`, or before a verb and `in`; surname and year in prose a repeat of the work cited in full before;
    # a comma imprint after `en su …`; `en prensa`, `im Druck`, `sous presse` no field; `Name's dissertation (at 140)`,
    # `le livre de Name (p. …)` a repeat): 0.828 / 0.821; left: reviews cited by the reviewer's name in prose, short
    # titles in prose, a German genitive after the title, the Hispania house's `SURNAME, Name: Title, Place, Publisher`
    # with no year, replies by `ibid.`
    "round37": {"all": 0.81, "full vs full": 0.81},
    # round 38 (literature as older scanned journals' OCR layers and PDFs' text layers deliver it, six languages,
    # houses of EHR, VSWG, Annales ESC, Studi storici, TvG and Historisk tidskrift of the 1970s-80s: spaces around
    # points and commas, line-end and soft hyphens, ligatures, letter-spaced names, fixed-width spaces, typographic
    # dashes and quotes, OCR confusions, glued note numbers, running heads inside notes): 0.686 / 0.733 as written
    # (fixture 4b0f4f0e); read then (every reader, the learned one and the works-in-prose one too, reads the note as
    # typed, its rows mapped back to the note as delivered; letter-spaced names one word; a space before an initial's
    # or a page word's point or before a comma moved after it; a space lost after initials, a comma or a semicolon put
    # back; a running head inside a word broken over a page dropped; a page read with `l` after its word digits; the
    # note's number glued to its first word or raised dropped): 0.905 / 0.870; left: reviews cited by the reviewer's
    # name (`Besprechung von`, `recensione di`, `compte rendu … par`, `bespreking door`, `recensionen av`), a reply
    # by `ibid.`, `idem` for a second work in the same note, TvG's `(2 dln.; Zwolle, 1984) II, 311`, a running head
    # between two whole words, `eighteenth- century` joined without its hyphen, a space inside a word (`Thir lby`)
    "round38": {"all": 0.90, "full vs full": 0.87},
    # round 39 (German, Austrian and Swiss law and legal history, and an English article by a German-trained author:
    # commentaries by eponym, commentator and margin number, JZ/NJW/JBl/ZSR journal forms, Festschriften, ders./dies.,
    # a.a.O./aaO/(o. Fn. N)/(FN N), decisions among the literature): 0.712 / 0.760 as written (fixture cec7f98b); read
    # then (`statt aller`, `krit.`, `zust.`, `aA` lead words, `a. A.` in its capitals; Dreier, Maunz/Dürig …
    # commentaries, an English edition and a looseleaf's year after the margin number; `ders., NJW 1987, 2337` and `Name
    # NJW 1990, 1`; `(o. Fn. N)`; Austrian `Name aaO 45`; `Frankfurt a. M. 1891`, a book's `§ 455` after it; margin
    # numbers `Rn.`, `Rz.`, Swiss `N` as the cited place): 0.899 / 0.870; left: commentaries with neither title nor year
    # (Austrian `in Rummel, ABGB^3^`, Swiss `BSK OR I-Name`: the gold names no year to match), `a.a.O., Art. 159 Anm.
    # 1`, `Name (Fn. 3), N 120` after a thesis read with `Diss` in its place, a Bluebook edited volume `(… & … eds.,
    # 2004)` and a chapter in it by `supra note`, the RG in GLJ form with its reporter written out
    "round39": {"all": 0.88, "full vs full": 0.86},
    # round 40 (common-law notes in Bluebook, OSCOLA, AGLC3, McGill, SALJ and OSCOLA Ireland: signals, parentheticals,
    # supra/Id./above n/op cit/(n N) short forms, bodies and acronyms as authors, Law Com/Cm/Report No papers, working
    # papers, forthcoming articles, debates and parliamentary papers among them): 0.793 / 0.811 as written (fixture baac8628);
    # read then (the South African house's author before a quoted or italic title with no comma and its `op cit note
    # N`, a body's report as a book with its series' number or command paper in the bracket, the government named before
    # its department, a body's initials repeating it, debates named first as a parliament's record, `s 30` of a
    # statute, `Compare … with …` and a work quoted in a parenthetical as works of their own, a year in an explanatory
    # parenthetical no end of a short form, `ibid para 4.9`, `2005 Acta Juridica 77` as `[2005]`): 0.945 / 0.954; left:
    # `A Mokoena & T Brink` (an initial `A` read as the article), a body with no comma before
    # its title (`South African Law Commission Title (Project 64, 1994)`) and its acronym, `Ibid [5.6]` alone, an old
    # book by its year alone in brackets and a section (`(1852) § 312`), `(LRC CP 12–1998)`
    "round40": {"all": 0.93, "full vs full": 0.94},
    # round 41 (source editions, collected works and reference works in medieval, early-modern and intellectual history:
    # MGH SS/PL/RS/RIS²/WA sigla with volumes, Œuvres complètes and Gesammelte Schriften with the work inside, lexicon
    # and biographical-dictionary entries (RGG⁴, LexMA, NDB, HWPh, DBF, DBI, DBE, ODNB, s.v.), STC/Wing/ESTC books,
    # translations and reprints; manuscripts, charters and classical citations among them): 0.832 / 0.850 as written
    # (fixture 252844f5); read then (MHRA's `(London, 1868–9)`; texts cited by an edition series' siglum and volume,
    # `MGH SS 16`, `PL 182, col. 612`, `WA 10/1, 23 f.`, from a list a historian extends; a calendar of records whose
    # title names the archive keeping them, and its siglum with years `CPR 1422–29`; an authorless edition cited again
    # by its short title, `Chronicon de Bruerne, ii. 140`): 0.919 / 0.938; left: `WA 11, 262` (the siglum alone as a
    # repeat), `Fenby, 'Kempe, Margery'.` (no pinpoint), `sig. D2r` as the cited place, `Augustine, City of God, ed.
    # and tr. Haldane, p. 940`, CODOIN's and the BAE letters' titles with `de` read as prose and `t. LXIX` before the
    # imprint, a title with a comma before `en Obras completas`, `s.v. « Esprit »` as the entry, `éd. cit.`, `Muratori,
    # RIS, cit., t. IX` linked to the author's latest work, Muratori's `coll. 1001-1002` after a Latin imprint
    "round41": {"all": 0.90, "full vs full": 0.92},
    # round 42 (works across languages in law and legal history: a bilingual German–English article, translations with
    # their translators, an original and its translation in one note, original titles and years in brackets, Latin and
    # Cyrillic editions, reprints and new editions): 0.886 / 0.901 as written (fixture 57517778); read then (a note
    # reference to a note citing a book and its translation repeats the one its short title names; the repeats of a
    # note printed in two languages, `Ebd. … Ibid.`, `a. a. O. … op. cit.`, each their language's work; `hrsg. v.`,
    # `übers. u. hrsg. v.` role words; `fon` a particle; a translation after its original with none of its own, `dt.
    # Ausgabe:`, `trans. as`, by the original's author; `id.` in small letters a same-author word; an edition in the
    # other script in a closing bracket left to the model): 0.961 / 0.934;
    # left: a work printed in full in both columns of a bilingual note (kept once, as the corpus gold counts it),
    # `Ibid., ii. 1111` (a page read as a year), `(Cambridge, MA, 1945; new edn, New Brunswick, NJ, 2006)`, a
    # translation in a closing bracket `(dt. Übers.: …)` and an original's `(ed. or. *Title*, Oxford, …, 1961)`, the
    # Latin-script edition in a Cyrillic book's bracket (the model's reading paired with the rules' row and lost), a
    # parallel title in brackets before `latinski tekst i prevod`
    "round42": {"all": 0.95, "full vs full": 0.92},
    # round 43 (the dense note: notes that survey the literature, five to fifteen works with commentary between them,
    # same-author runs, works named in prose, a collected volume with its chapters, reviews and replies; en, de, fr,
    # it, es, pl): 0.811 / 0.801 as written (fixture ed627578); read then (two works of one author in a note whose
    # titles open alike both kept; the survey notes' lead words, `Also useful are`, `En dernier lieu`, `Weiterführend`,
    # as data; a model reading run over two works the rules told apart replaces neither; a review or reply by its
    # writer; `…, und ders., …` a second work): 0.852 / 0.850; left: works named in a sentence before `(Place Year)`,
    # chapters listed after their volume, reviews introduced in prose, `…, y sobre todo Name, *Title* (1936)`
    "round43": {"all": 0.84, "full vs full": 0.84},
    # round 44 (works that are not a plain book or article: theses, reports, working papers, conference papers and
    # their published versions, reference-work entries, multi-volume works, reprints and translations, source editions,
    # series, signed newspaper articles, films, datasets and web pages; en, de, fr, it, hr, cs): 0.784 / 0.779 as
    # written (fixture 125483a3), 0.795 / 0.779 once four bare Ibid. forms after an archival original were corrected to
    # no reference (the gold's own commit); read then (a work's later version after `a revised version appeared as`,
    # `objavljeno kao`, … by the author cited before; a short form's volume in parts, `díl II, sv. 1`; a thesis's
    # `tesi di laurea`, town after its faculty and academic year `a.a. 1985-1986`; `Ministarstvo`, a body's remits
    # joined by "and"): 0.874 / 0.843; left: reference-work entries after prose (`s.v. "Famine," in`, `la voce X di
    # Name`, `natuknicu „…“`, `l'article « … » du`), films and broadcasts, datasets and web pages by a body, a reprint
    # after `; réimpr.`, `bearb. v.` editions, an unsigned report's title read as a body, `Handbuch (wie Anm. 5), Bd. II/1`
    "round44": {"all": 0.87, "full vs full": 0.84},
    # round 45 (reviews, debates and the scholarly conversation: reviews with the reviewed book inside their citation,
    # online reviews (H-Soz-Kult, sehepunkte, Lectures), replies and rejoinders in the same journal, special issues
    # with their introductions, forums, interviews, obituaries, Festschriften, conference reports, first and second
    # editions with a new preface; en, de, fr, it, sl, pl): 0.719 / 0.667 as written (fixture 46e6ba96); read then (a
    # review cited with the book it reviews is the reviewer's, in its journal; a reply named with "ibid." where its
    # journal stands a work of its own in that journal): 0.787 / 0.764; left: `Compte rendu de …, par Name` taken for
    # commentary, a special issue's contributions by writer and title with no ibid word, Festschrift titles with a comma
    "round45": {"all": 0.78, "full vs full": 0.76},
    # round 46 (the neighbouring disciplines' houses: exhibition, collection and auction catalogues with their numbers and
    # lots, excavation reports and archaeological series, critical editions of music beside KV/BWV numbers, author–date
    # citations in footnotes, working papers, statistical publications by corporate authors, datasets; en, de, fr, it,
    # nl, es): 0.813 / 0.779 as written (fixture a8558f93); read then (a work cited whole author–date, `cf. Minchin and
    # Ross 2003`, and the page after a colon in the year's bracket; catalogues' designations, numbers and lots; an
    # auction's catalogue as a book of its house): 0.920 / 0.920; left: `; 2007` after an author's work, author–date
    # in a sentence, a catalogue's short title with its number, corporate authors in German and Dutch
    "round46": {"all": 0.91, "full vs full": 0.91},
    # round 47 (the social-science journals' houses: APA, Harvard, Chicago author-date and Vancouver-like notes, German
    # and Spanish social science; online first, SSRN/NBER/WZB/MPIfG papers, conference papers, reports of international
    # bodies, newspaper and blog pieces, author-date short forms; en, de, es): 0.763 / 0.704 as written (fixture c565d8ae);
    # read then (Vancouver's names, journal and `2012;25(3):612-31` or `Place: Publisher; 2009`; Harvard's, the German
    # colon's and Chicago's author-date openings, a body before its year): 0.948 / 0.931; left: author-date in a
    # sentence, several APA short forms in one bracket, `…; Whitaker 2008.` ending a note
    "round47": {"all": 0.94, "full vs full": 0.93},
    # round 48 (the imprint: joined towns, towns with their state, the publisher before the town and of every kind, no
    # place or year, editions in words and superscripts (`19917` flattened), reprints and first editions, volumes of
    # multi-volume works, series, Cyrillic imprints; en, de, fr, it, es, ru): 0.906 / 0.880 as written (fixture 3259a7c7);
    # read then (volumes over years and `vol:page`, a reprint after the original's town, the marks of no place or year,
    # GOST's `Ithaca, NY`, `1968–1972`, `: в 3 т.`, `Изд. 2-е, испр. и доп.`, `Он же`): 0.971 / 0.948; left: a reprint
    # after a semicolon in the comma houses cut off as a work, `Berlin (Ost):`, `(репринт: …, 1991)`, a series in brackets
    "round48": {"all": 0.97, "full vs full": 0.94},
    # round 49 (the journal article and its container in Central, Eastern and South-Eastern European houses: volume, year,
    # issue and pages in their own words and orders, new series, abbreviations, signed newspaper articles, an article and
    # its translation, Hungarian names family name first; sl, hr, sr, pl, cs, hu): 0.939 / 0.878 as written (fixture
    # fe3742ad); read then (the lists' volume, issue and new-series words in JOURNAL_VOL, journal_tail and QUOTED_JOURNAL,
    # the year in brackets after an unquoted title's journal, Hungarian `itt:` pages and `új folyam`): 0.948 / 0.906;
    # left: an article and its translation in one bracket, `ZČ 55, 2001, 2, 201–224`, a Hungarian signed newspaper article
    "round49": {"all": 0.94, "full vs full": 0.9},
    # round 50 (containers an article declares a short form for and then cites by it: journals, yearbooks, series,
    # editions of sources and a reference work, declared in a list in the first note or after a "hereafter" word, each
    # citation by the short form a new reference whose gold container is the declared full name; a declared archive and
    # undeclared short forms beside them; fr, de, it, en, es, pl): 0.841 / 0.770 as written (fixture 5cad18c8);
    # read then (a list's entries that name no archive declare containers, a declared journal in quotes after its word
    # for in, the declared name for a container printed short, a volume cited by the short form a reference of its
    # own): 0.929 / 0.917; left: an edition's declaring note read as prose (`Cortes de los antiguos reinos de León y de
    # Castilla, …`), undeclared `EHR 104 (1989)`, `BEC 142 (1984)`, a short form after prose with a comma
    "round50": {"all": 0.92, "full vs full": 0.91},
}


def _micro_f1(scores, subset: str) -> float:
    totals = scores[scores.gold_subset == subset][["gold", "predicted", "matched"]].sum()
    return 2 * totals.matched / (totals.gold + totals.predicted)


@pytest.mark.parametrize("round_", sorted(FLOOR))
def test_each_reference_round_keeps_its_micro_f1(round_):
    scores = measure.score_round(measure.FIXTURES / round_)
    reached = {subset: round(_micro_f1(scores, subset), 3) for subset in FLOOR[round_]}
    assert {s: f for s, f in reached.items() if f < FLOOR[round_][s]} == {}, reached
