"""The date forms as one regular expression, and the smaller ones that read a list's days or a day and month.

Compiled once per process, when the first date is sought; the date forms' program is kept in the user cache for the
next process (`patterns.compiled`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import compiled
from .marks import (and_words, decade_forms, decade_words, era_offsets, eras, joining_words, month_span_words, night_words, numeral_marks,
                    ordinal_marks, to_words, unspaced_to_words, year_words)
from .words import (bare_abbreviations, first_two_letters, from_word_pattern, grouped_trie, month_patterns,
                    month_then_digit)

_DASH = r"\s*[–—-]\s*"
# `and` between the dates of a list, in the languages of the month names (Czech/Slovak `a` reads as `to`)
_LIST_WORDS = r"and|und|et|e|y|i|і|и|та|en|och|og|ir|ja|ve|και|in|és|și|dhe|oraz"
# a number in Chinese numerals, up to the nineties: `十一`, `二十五`, `三十七`
_HAN = "[〇一二三四五六七八九十]{1,3}"
# a footnote marker may be glued after the year's full stop (`1956.62`): that dot ends the year
_YEAR = r"(?<![\d/.])(?:1\d{3}|20\d{2})(?![\d/])"
# a month's name begins a word in the scripts that part words with spaces: `Lemay 1950`, `(Smart 1950)`, `Walmart
# 1950` are no May or March (Turkish `mart`); Thai, Burmese, Japanese or Arabic glue a month to the word before it,
# and Irish mutations put one or two small letters before a capital (`i mBealtaine 1926`, `i bhFeabhra 1932`)
# (Tamil and Malayalam part words with spaces too, their vowel signs in their blocks: `சுமார் 1916`, "about 1916",
# holds no `மார்`, March)
_LETTER = "A-Za-zÀ-ɏͰ-ϿЀ-ԯԱ-֏Ⴀ-ჿḀ-ỿ" "\u0b80-\u0bff\u0d00-\u0d7f"
# the scripts written without spaces between words (Thai, Lao, Burmese, Khmer): a word touches the number after it,
# Khmer `ទសវត្សរ៍ឆ្នាំ១៩៥០` ("the decade of the year 1950"); a word ending in a hyphen is joined to it, Zulu `yawo-1910`
_GLUED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
# (the capital asked before the small letters behind it: tried at every character, most are no capital, and the
# two look-behinds were tried first at each)
_WORD_START = (rf"(?:(?<![{_LETTER}])|(?-i:(?=[A-Z])(?:(?<=(?<![{_LETTER}])[a-z])|(?<=(?<![{_LETTER}])[a-z]{{2}}))))")


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    """The date forms, compiled once per process when the first date is sought; the form is a match's last group.

    >>> pattern().search("in March 1954").lastgroup
    'my'
    """
    # some 0.3 s to compile: the month names stand in it 23 times (each a third shorter with `whole_or_stopped`);
    # so its program is kept in the user cache, read back by the next process in a tenth of that (`patterns`)
    return compiled(pattern_source(), re.IGNORECASE)


# the year, month and day with full stops, as Korean, Japanese, Chinese and Hungarian write them: `1950.7.14`,
# `1956. 10. 23.` (not after a label of up to three letters: `GV c 1937.03.12`, `OA cp 1939.02.04` are signatures a
# date numbers; after a word of prose it is a date: Hungarian `sortűz 1956.10.25.`, Korean `한국전쟁은 1950. 6. 25.`);
# the day's full stop is of the form, as the year's and month's are, where the sentence goes on (a small letter, a
# letter of a script without capitals, or a closing bracket follows: `1956.10.25. délelőtt`, `(1975. 5. 13.)`); at
# the end of a sentence or text it is the sentence's (`관리번호 BA0012345, 1951.3.9.`)
_YEAR_DOTTED = (r"(?P<ydot>(?<![\d/.])(?:(?<![^\W\d_]\s)|(?<=[^\W\d_]{4}\s))(?P<yt>1\d{3}|20\d{2})\.\s?"
                r"(?P<mt>1[0-2]|0?[1-9])\.\s?(?P<dt>3[01]|[12]\d|0?[1-9])(?![\d/]|\.\d)"
                r"(?:\.(?=[)\]]|[ \t]+(?-i:(?![A-ZÀ-ÞΑ-ΩА-Я])[^\W\d_])))?)")

# a year of the Islamic calendars, a slash and the Gregorian year(s) it falls in: `1276/1859–60`, `1325 Sh./1946–47`,
# `1345هـ/1926–1927م`
# (the values check the Gregorian year is the other's plus 575 to 625)
_ISLAMIC_GREGORIAN = (r"(?P<hg>(?<![\d/.])(?P<hg0>1[2-4]\d\d)(?:\s?[A-Z][a-z]?\.|\s?هـ?)?/(?P<hg1>1[6-9]\d\d|20\d\d)"
                      r"(?:[–-](?P<hg2>\d{2}|\d{4}))?(?![\d/]))")


# the same year in another count, in brackets after the first: `광무 3년(1899) 5월`, `1957年（昭和32年）7月`
_OTHER_YEAR = r"[(（](?:1\d{3}|20\d{2}|[^\W\d_]{1,4}\s?\d{1,2}[^\W\d_]?)[)）]"


# a Hijri or Rumi year (1200-1499) followed by a bracketed day, month and year, `14 ربيع الأول 1357 (14 ماي 1938)`,
# is another calendar's: the bracketed Gregorian date is the one read
_NOT_BEFORE_ITS_EQUIVALENT = r"(?!1[2-4]\d\d\s?\([0-3]?\d\s+[^\W\d_])"


def _numeric_forms(roman: str) -> list[str]:
    """Dates whose month is a number or a Roman numeral in forms the other parts lack (`values` reads them)."""
    return [
        # a Roman month between slashes, hyphens or full stops: `12/XI/1922`, Spanish `4-VIII-1640`, British `14.iii.1927`;
        # an archive's clerk mixes them and spaces after a stop (`3/IV-1945`, `8. V. 1945`) and writes the century's
        # years in two digits (`5-VI-45`, `10.XI.38`: the twentieth century's, `values`), never a file number's shape
        # (`5.V.12.3`), nor with two separators and a short number, as a signature is (`Rukopisi, 14/III-22`)
        rf"(?P<rsl>(?<![\w/.-])(?P<rs_d>[0-3]?\d)(?P<rs_s>[/.-])(?:(?<=\.)\s)?(?P<rs_m>{roman})"
        # (or a space before the four-digit year, as Russian notes write it: `3/IV 1923 г.`)
        r"(?:(?P=rs_s)(?:(?<=\.)\s)?(?P<rs_y>1\d{3}|20\d{2}|\d\d(?![.-]?\d)(?!\.?[^\W\d_]))|(?:[/.-]|(?<=[IVXivx])\s)(?P<rs_y2>1\d{3}|20\d{2}))(?![\d/]))",
        # the year first, a Roman month, the day, as Hungarian writes it: `1918. XI. 12.`, `1956. X. 23.`
        # (or with spaces alone, as Polish and Czech archives date a document: `1921 V 5`; a stop after it ends the sentence)
        rf"(?P<yrd>(?<![\d/.])(?P<yrd_y>1\d{{3}}|20\d{{2}})(?:\.?\s?(?-i:(?P<yrd_m>{roman}))\.\s?(?P<yrd_d>3[01]|[12]\d|0?[1-9])"
        r"(?![\d/.-]\d)\.?"
        rf"|\s(?-i:(?P<yrd_m2>{roman}))\s(?P<yrd_d2>3[01]|[12]\d|0?[1-9])(?![\d/.-]\d)))",
        # day, month and year with hyphens, as Dutch, Italian and Indian notes write them: `12-6-1955` (not inside a
        # call number: `R-1-2-1955`, `45-12-6-1955`; nor before 1500, when no one wrote dates so: `9-2-1045` is a
        # Chinese archive's fonds, catalogue and file)
        r"(?P<dhy>(?<![\w/.-])(?P<dhy_d>3[01]|[12]\d|0?[1-9])-(?P<dhy_m>1[0-2]|0?[1-9])-(?P<dhy_y>1[5-9]\d{2}|20\d{2})(?![\w/-]))",
        # a Roman month and the year, as Polish and Russian notes write a month: `VI 1946`; only where a part of a
        # citation opens (after a comma or a bracket), not after a word (`t. VI 1946` is a volume)
        # (not a year with a suffix after an apostrophe or hyphen: Danish `I 1930'erne`, Norwegian `I 1950-årene` are "in
        # the 1930s, 1950s")
        rf"(?P<rmy>(?:^|(?<=,\s)|(?<=\())(?-i:(?P<rmy_m>{roman}))\s(?P<rmy_y>1\d{{3}}|20\d{{2}})(?![\d/])(?![-'’][^\W\d_]))",
    ]


def _marked_numbers() -> str:
    """The numbers with their marks after them: `1948年5月14日`, `1950년 6월` (a year of an era: `昭和13年3月1日`,
    `단기 4283년 7월 3일`, `民国37年`; data/dates/eras.csv); the numbers in Chinese numerals too:
    `昭和十一年十一月二十五日`, an era's first year `元年` (`大同元年十月`); a day with no mark after a month's mark that governs it, Mongolian `5 дугаар сарын 12`
    (``after_then_day`` rows of numeral_marks.csv); not a decade, `1930年代`."""
    return (rf"(?P<cjk>(?:(?P<era>{eras()})\s*(?P<ey>\d{{1,4}}|{_HAN}|元)|(?P<yc>{_YEAR})(?!{decade_words('after')}))\s*(?:{numeral_marks('year', 'after')})(?:\s*{_OTHER_YEAR})?"
            rf"(?:\s*(?P<mc>1[0-2]|0?[1-9]|{_HAN})\s*(?:(?:{numeral_marks('month', 'after_then_day')})\s+(?P<dcb>[0-3]?\d)"
            rf"(?:{numeral_marks('day', 'after')})?(?![\d\w])|(?:{numeral_marks('month', 'after')})"
            rf"(?:\s*(?P<dc>[0-3]?\d|{_HAN})\s*(?:{numeral_marks('day', 'after')}))?))?)")


def _year_month_day(month: str) -> str:
    """The year first, then the month and day: `1955. július 19.`, `1956. okt. 23-án`, `1943 m. sausio 12 d.`,
    `1921 թ. մարտի 5` (the words: data/dates/year_words.csv), after the year's suffix, Azerbaijani `1918-ci il mayın
    28`, the day's word after it, Burmese `၁၉၄၈ ခုနှစ် ဇန်နဝါရီလ ၄ ရက်` (numeral_marks.csv); with no word, as American finding aids write it,
    `1919 Dec. 12`, or with a comma after the year as Spanish and Colombian catalogues date a document, `1785, mayo
    12` — not a number after an abbreviated label (`f. 1632 apr. 2`), nor one before a month, day and year (`telegram
    1702 June 9, 1962`)."""
    return (rf"(?P<ymd>(?:(?<![^\W\d_]\.\s)|(?=\d{{4}}(?:\.|\s+(?:{year_words('month_day')}))))"
            rf"(?P<yh>{_YEAR})(?:\.(?:\s+(?:{year_words('month_day')}))?|(?:-[^\W\d_]{{1,3}})?\s+(?:{year_words('month_day')})|,?(?=\s))"
            rf"\s*(?P<mh>{month})\s*(?P<dh>[0-3]?\d)(?![\d])(?!\.?,?\s*(?:1\d|20)\d\d(?!\d))"
            rf"(?:\.|\s+d\.|\s+(?:{numeral_marks('day', 'after')}))?(?:-[^\W\d_]{{1,3}})?)")


def _year_month(month: str) -> str:
    """The year first, then the month: Hungarian `1956. május`, the month in lower case; after the year's word,
    Lithuanian and Armenian `1943 m. sausio`, `1923 թ. մայիս`; or with no word, where a word for month follows the name,
    as Sinhala writes it, `1958 මැයි මස` (``after_name`` rows of numeral_marks.csv: a bare `1958 May` is no month)."""
    marks = numeral_marks('month', 'after_name')
    return (rf"(?P<ym>(?P<yh2>{_YEAR})(?:\.(?:\s*(?:{year_words('month_day')}))?|\s*(?:{year_words('month_day')})"
            rf"|(?=\s+(?:{month})\s+(?:{marks})))\s*(?-i:(?=[^\W\d_])(?![A-ZÀ-Þ]))(?P<mh2>{month})(?:\s+(?:{marks}))?)")


def _days_joined() -> str:
    """What joins two days of one month: `11, 12 March`, but not `bod 3, 12. 3. 1953` or `kut. 3, 8. 2. 1951` (a number
    after a word is an item, not a day), nor `CX/MSS/1734/T12, 22 November 1942` or `directive n° 4, 10 février 1959`
    (a number glued to a letter, or after a sign for number, is a signal's or a document's), nor `l. 12–14, 14 August
    1942` (a number ending a range is the last leaf)."""
    return (r"\s*(?:(?<![^\W\d_]\s\d)(?<![^\W\d_]\s\d\d)(?<![^\W\d_]\.\s\d)(?<![^\W\d_]\.\s\d\d)"
            r"(?<![^\W\d_]\d)(?<![^\W\d_]\d\d)(?<![°º№#]\s\d)(?<![°º№#]\s\d\d)(?<![°º№#]\d)(?<![°º№#]\d\d)"
            r"(?<!\d[–—-]\d)(?<!\d[–—-]\d\d),"
            rf"|i|and|und|et(?:\s+du)?|e|и|{and_words()})\s*")


def _tagged_year(tag: str) -> str:
    """A year as a named group (`pattern_source`'s forms): after a day and month it may follow a bare full stop,
    `30.7.1952`."""
    return rf"(?P<y_{tag}>(?<![\d/])(?:1\d{{3}}|20\d{{2}})(?![\d/]))"


def pattern_source(guarded: bool = True) -> str:
    """The date forms as one regular expression; ``guarded=False`` leaves out the look-aheads that only save time."""
    month, roman = month_patterns(guarded)
    from_word = from_word_pattern(guarded)
    # a day is never followed by a digit in any form: where three digits stand (a year), no day begins
    day = r"(?<![\d/.])(?:[0-3]?\d)" if not guarded else r"(?<![\d/.])(?!\d\d\d)(?:[0-3]?\d)"
    dd = rf"{day}(?:\.|st|nd|rd|th|er|{ordinal_marks()}|\.?[º°])?"  # (`1° e 22 luglio`: the ordinal typed as a degree)
    # a day-month: 30. jula / 30 July / 21. 8. / 30. VII. / 1° maggio, 1.º de octubre (an ordinal typed as a degree)
    # (a month abbreviated without its stop only before the year: `12 Jan 1920`)
    bare = rf"{bare_abbreviations()}(?=\s*,?\s*(?:1\d|20)\d\d(?!\d))"
    # (or a hyphen before a named month, as Uzbek and Kyrgyz join them: `31-avgust 1991`)
    dm = rf"{day}(?:\.\s*|\s+|(?:st|nd|rd|th|er|{ordinal_marks()}|\.?[º°])\s+|-(?=[^\W\d_])(?![IVXivx]+\b))(?:{joining_words('day_month')})?(?:{month}|{bare}|(?:[01]?\d)\.|{roman}\.?)"
    # (Catalan and Italian elide the article before a day: `del 9 a l'11 de març`, `dal 9 all'11 marzo`)
    # (a word of a script written without spaces may touch the second day: Khmer `២៣ ដល់ថ្ងៃទី២៨ ខែឧសភា`)
    to = rf"(?:{_DASH}|\s+(?:do|to|till|until|bis|au|al|a|до|{to_words()})\s+|\s+a\s+l['’]|\s+all['’]|\s+(?:{unspaced_to_words()}))"
    also = _days_joined()
    frm = rf"(?:{from_word}\s+)?"
    # a list of days each with its month (`30 June and 2 Aug.`), the year once at the end: several dates
    join = rf"(?:\s*,\s*|\s*,?\s+(?:{_LIST_WORDS}|{and_words()})\s+)"
    listed = rf"(?:{dm}(?:{join}{dm})+|{month}\s+{dd}(?:{join}{month}\s+{dd})+)"
    year = _tagged_year
    parts = [
        # 28. 12. 1952 – 3. 1. 1953 (the first year's mark may be glued to it: Urdu `۱۹۷۷ء سے`, year_words.csv ``glued``)
        rf"(?P<r_full>{frm}(?P<h1>{dm})\s*,?\s*(?P<hy>{_YEAR})(?:{year_words('glued')})?{to}(?P<h2>{dm})\s*,?\s*{year('r_full')})",
        # 25. 2. – 6. 3. 1954 / od 26. septembra do 6. oktobra 1954
        # (or a night's two days, `31 januari op 1 februari 1953`, by a word that joins only them: `night_words`)
        # (the year after its joining word, as a day's is: `del 30 de junio al 1 de julio de 1520`)
        rf"(?P<r_dm>{frm}(?P<d1>{dm})(?:{to}|\s+(?:{night_words()})\s+)(?P<d2>{dm})\s*,?\s*(?:{joining_words('month_year')})?{year('r_dm')})",
        # od 20. do 30. 9. 1955 / 7–14. 4. 1956 / 11. i 12. aprila 1956
        rf"(?P<r_d>{frm}(?P<a1>{dd})(?:{to}|{also})(?P<a2>{dm})\s*,?\s*(?:{joining_words('month_year')})?{year('r_d')})",
        # from July 29 to August 2 1952 / September 26 to October 6, 1954
        rf"(?P<r_md>{frm}(?P<m1>{month})\s+(?P<e1>{dd}){to}(?P<m2>{month})\s+(?P<e2>{dd})\s*,?\s*{year('r_md')})",
        # November 19–20, 1955 / April 10 to 15, 1956 / November 5 and 6, 1955 / September 20th to 30th 1955
        # (Central American and older Spanish write the month first and `de` before the year: `marzo 14 de 1790`)
        rf"(?P<r_mdd>{frm}(?P<m3>{month})\s+(?P<f1>{dd})(?:{to}|{also})(?P<f2>{dd})\s*,?\s*(?:{joining_words('month_year')})?{year('r_mdd')})",
        rf"(?P<dl>{listed}\s*,?\s*(?:{joining_words('month_year')})?{year('dl')})",
        rf"(?P<dmy>(?P<d3>{dm})\s*,?\s*(?:{joining_words('month_year')})?{year('dmy')})",
        # another calendar's year and a slash, `1338/25 November 1919`, or a Julian day, `5 (18) октомври 1912`, `12 (25) XI 1912`
        # (each day with its full stop where the language writes one: Estonian `12. (24.) märtsil 1862`)
        rf"(?P<dual>(?:(?<=\d\d\d/)|(?<![\d/.])[0-3]?\d\.?\s?\((?=[0-3]?\d\.?\)))(?P<d_du>[0-3]?\d)\.?\)?\s+(?P<m_du>{month}|(?-i:{roman}))\s*,?\s*{year('dual')})",
        rf"(?P<mdy>(?P<m4>{month})\s+(?P<g1>{dd})(?:\s*,\s*|\s+)(?:{joining_words('month_year')})?{year('mdy')})",
        # US numeric month/day/year: `3/12/1956` (day/month when the first number is above 12)
        r"(?P<us>(?<![\w/.-])(?P<u1>[0-3]?\d)/(?P<u2>[0-3]?\d)/(?P<uy>1\d{3}|20\d{2})(?![\d/]))",
        # (or with slashes, as Basque, Japanese and Chinese write the year first: `1979/10/25`)
        r"(?P<iso>(?<![\d/])(?P<iy>1\d{3}|20\d{2})(?P<isep>[-/])(?P<im>[01]\d)(?P=isep)(?P<id>[0-3]\d)(?![\d/]))",
        _YEAR_DOTTED, *_numeric_forms(roman),
        _year_month_day(month),
        # Latvian, Georgian and Azerbaijani put the year and a word first, then the day: `1940. gada 17. jūnijā`,
        # `1918 წლის 26 მაისი`, `1920-ci il 4 aprel` (the words: data/dates/year_words.csv)
        rf"(?P<ydm>(?P<yl>{_YEAR})(?:\.|-[^\W\d_]{{1,3}})?\s*(?:{year_words('day_month')})\s+(?P<dl2>[0-3]?\d)"
        rf"(?:{_DASH}(?P<dl3>[0-3]?\d))?(?:\.\s*|\s+|-)(?P<ml>{month}))",  # (Uzbek `1925-yil 12-mart`)
        # Basque: the year with `-ko` (`-eko` after a numeral that ends in a consonant: `1890eko`), the month in the
        # genitive, the day: `1937ko ekainaren 2a`, `1936ko urriaren 7an`, `1890eko maiatzaren 12a`
        # (or the month alone, in the inessive: `1970eko abenduan`; the day's ending `-n` after a vowel: `31n`)
        rf"(?P<yko>(?P<yb>{_YEAR})e?ko\s+(?P<mb>{month})(?:\s+(?P<db>[0-3]?\d)(?:an?|ean|n|ko)?)?(?!\w))",
        _marked_numbers(),
        # the marks before the numbers: `3 tháng 5 năm 1937`
        rf"(?P<vi>(?:(?P<dv0>{day})\s+(?:{and_words()}|[–-])\s+(?:(?:{numeral_marks('day', 'before')})\s+)?)?(?:(?P<dv>{day})\s+)?(?:{numeral_marks('month', 'before')})\s+(?P<mv>1[0-2]|0?[1-9])\s+"
        rf"(?:{numeral_marks('year', 'before')})\s+(?P<yv>{_YEAR}))",
        _year_month(month),
        # Oct. 1919 – Feb. 1920: a span of months
        # (or a word for "to": `od maja do julija 1945`, `од новембра 1915. до јануара 1916`)
        rf"(?P<r_my>(?P<m6>{month})\s*,?\s*(?:(?P<y6>{_YEAR})\.?)?(?:{_DASH}|\s+(?:{month_span_words()})\s+)(?P<m7>{month})\s*,?\s*(?:{joining_words('month_year')})?{year('r_my')})",
        rf"(?P<my>(?P<m5>{month})\s*,?\s*(?:{joining_words('month_year')})?{year('my')})",  # Spanish, Portuguese `agosto de 1568`
        rf"(?P<yr>(?P<y1>{_YEAR})(?:\.|{year_words('glued')})?(?:{_DASH}|\s+(?:do|to|bis|until|till|i|and|et|und|e|y|{and_words()}|{to_words()}|и|до|(?:a|à|al)(?=\s+(?:1\d{{3}}|20\d{{2}})(?!\d)))\s+)(?P<y2>(?:1\d{{3}}|20\d{{2}}|\d{{2}}|(?<=[–—])\d)(?![\d/])(?!\s*[–—-]\s*\d)))",
        _ISLAMIC_GREGORIAN,
        # an academic or budget year: `1950/51`, `1953/1954`
        r"(?P<ay>(?P<ay1>(?<![\d/.])(?:1\d{3}|20\d{2}))/(?P<ay2>\d{2}|\d{4})(?![\d/]))",
        # (not before a dash and a number: `những năm 1940–1945` are years, a span)
        # (a word may make it one: `années 1990`, `1930年代`, `1960 के दशक`, `1980er Jahren`; data/dates/decade_words.csv;
        # after a space, a whole word in the scripts that part words with spaces: `1955 aus` holds no Welsh `1950au`;
        # Burmese glues its particles, `၁၉၉၀ ပြည့်လွန်နှစ်များနှင့်`)
        rf"(?P<dec>(?:(?:{decade_words('before')})(?:\s+|(?<=-)|(?<=[{_GLUED}]))(?P<y3b>(?<![\d/.])(?:1\d\d|20\d)0)(?![\d/])(?!\s*[–—-]\s*\d)|(?P<y3>{_YEAR})(?:(?:(?:er\s+|\s)(?:{decade_words('after')})(?![{_LETTER}])|(?:{decade_words('after')}))"
        rf"|(?:'?s|-ih|-их|-e|-е|-х|-ых|-ies|er)(?!\w))))",  # (`1930年代の`: a word after it in a script without spaces)
        # (a year after `ca.` with no space, `ca.1920`, as catalogues write about when; `c.1920` is an Italian leaf)
        # (not a number after a sign for number, `пластинка № 1234`, `spécimen n° 1234`: a plate's, a specimen's)
        rf"(?P<yy>{_NOT_BEFORE_ITS_EQUIVALENT}(?<![№#]\s)(?<![№#])(?<![^\W\d_][°º]\s)(?<![^\W\d_][°º])(?:{_YEAR}|(?<=(?<![^\W\d_])ca\.)(?:1\d{{3}}|20\d{{2}})(?![\d/])))",
    ]
    return rf"{_starts(guarded, from_word, month)}(?:{'|'.join(parts)})"


def _starts(guarded: bool, from_word: str, month: str) -> str:
    """The look-ahead of where a date form may begin."""
    # every form begins where a digit follows no digit or slash, or at a `from` word or a month's name: trying
    # the forms at every character is what makes a search slow, and this cheap look-ahead first passes over the rest
    digit = r"\d(?:(?<![\d/]\d)|(?<=\d\d\d/\d))" if guarded else r"(?:(?<![\d/])|(?<=\d\d\d/))\d"  # the digit first
    # (guarded, the words for decade and the eras behind a look-ahead for their first letters, and the month's name
    # where a word may begin before `month_then_digit` scans it: each was tried at every character, and these
    # look-aheads were most of the search's time)
    # (the decade words as a trie behind their first letters, `grouped_trie`: tried at every word that opens so)
    # (and behind a look-ahead for their first two letters: their first letters are common ones, `a`, `d`, `e`, `s`)
    decade = first_two_letters(decade_forms("before")) + grouped_trie(decade_forms("before")) if guarded \
        else decade_words("before")
    era = first_two_letters(era_offsets()) if guarded else ""
    return (rf"(?={digit}|{from_word}\s|(?:{decade})[\s\d]|{era}(?:{eras()})|(?:{numeral_marks('month', 'before')})\s+\d"
            rf"|(?-i:[IVX]{{1,4}})\s\d|{_WORD_START}{month_then_digit() if guarded else ''}{month})")


@lru_cache(maxsize=1)
def list_item_pattern() -> re.Pattern:
    """One date of a list: a day and its month, or a month and its day.

    >>> [m.group() for m in list_item_pattern().finditer("30 June and Aug. 2")]
    ['30 June', 'Aug. 2']
    """
    month, roman = month_patterns()
    day = r"(?<![\d/.])(?:[0-3]?\d)"
    # (kept in the user cache, `compiled`: the month names of every language make it 0.1 s to compile)
    return compiled(rf"(?P<d>{day})(?:\.\s*|\s+|(?:st|nd|rd|th|er)\s+)(?:{joining_words('day_month')})?(?P<m>{month}|(?:[01]?\d)\.|{roman}\.?)"
                    rf"|{_WORD_START}(?P<m2>{month})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th|er|\.?º)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def day_month_pattern() -> re.Pattern:
    """A day and a named or Roman month, without a year.

    >>> day_month_pattern().search("od 12. ožujka").group()
    '12. ožujka'
    """
    month, roman = month_patterns()
    # a day and a named or Roman month; a purely numeric `12. 3.` without a year is too often something else
    # (a word may join the day to its month: `12th of June`, `20 de julio`, `14 d'abril`: joining_words.csv)
    # (the month first only where a digit follows the name, `month_then_digit`, as in the date forms: the names, tried
    # at every word, were most of the time of `sameyear`'s search for days without their year)
    # (an ordinal's mark after the day, Somali `21ka Oktoobar`, Kurmanji `7ê Nîsanê` (numeral_marks.csv), or a hyphen
    # before its month, as Uzbek and Kyrgyz join them: `1-sentabrda`)
    return compiled(rf"(?<![\d/.])(?P<d>[0-3]?\d)(?:\.\s*|\s+|(?:st|nd|rd|th|er|{ordinal_marks()})\s+|-(?=[^\W\d_])(?![IVXivx]+\b))"
                    rf"(?:{joining_words('day_month')})?(?P<m>{month}|{roman}\.?)"
                    rf"|{_WORD_START}{month_then_digit()}(?P<m2>{month})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.,]*\s*\d)", re.IGNORECASE)  # (as above)
