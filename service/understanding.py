"""Understanding a question, deterministically: which issuer, which year, which cell or derived figure.

Wording is matched against the national format's labels and question vocabulary (indexing/national_format.py);
longer phrases win over shorter ones. Nothing here calls a language model.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from indexing import national_format as nf
from indexing.body_names import expand_province_abbreviations
from service.bodies import PLACE_NAME, Gazetteer, homophone_windows, one_slip_windows

CHINESE_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
YEAR_TWO_DIGITS = re.compile(r"(?<![\d近前后这那几多十过头满每第共])(0[5-9]|1\d|2\d|30)年(?!代|来|间|内|以来)")
YEAR_TWO_CHINESE = re.compile(
    r"(?<![一二三四五六七八九十〇零○两几每近前后这那多])([一二][〇零○一二三四五六七八九])年(?!代|来|间|内)"
)
YEAR_ARABIC = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度?)?(?![\d件条个次元项%])")
# 二〇二二年 / 二零二二 (a year in Chinese numerals needs 年 unless it starts like one: 一九… / 二〇… / 二零…)
YEAR_CHINESE = re.compile(
    r"([零〇○Ｏ一二三四五六七八九]{4})\s*年|([一二][零〇○Ｏ九][零〇○Ｏ一二三四五六七八九]{2})(?![零〇○Ｏ一二三四五六七八九])"
)
# The year of a report named as a report: 2023年报 / 2019年的年度报告 / 2025年度报告
REPORT_YEAR = re.compile(r"((?:19|20)\d{2})(?:年度|年)?的?(?:政府信息公开工作)?(?:年报|年度报告|报告)")
PLAN_RELATIVE_TO_REPORT = ("下一步", "下一年", "下年度", "明年", "今后", "接下来", "下阶段", "下一阶段", "来年")
PLAN_WORDS = ("打算", "计划", "准备", "下一步", "将要", "拟", "重点工作", "工作安排", "安排")
RELATIVE_YEARS = {"去年": 0, "上年度": 0, "最近一年": 0, "最新": 0, "最近": 0, "前年": -1}
QUANTITY_WORDS = (
    "多少",
    "几件",
    "几个",
    "几项",
    "几条",
    "条数",
    "几次",
    "几起",
    "数量",
    "数目",
    "总数",
    "件数",
    "经费",
    "预算",
    "人数",
    "次数",
    "是多少",
    "有几",
    "多大",
    "比例",
    "占比",
    "率",
    "金额",
    "排名",
    "最多",
    "最少",
    "增加",
    "减少",
    "变化",
    "几",
)


@dataclass(frozen=True)
class Metric:
    """What figure a question asks for. ``table`` decides which of the other fields matter."""

    table: str  # T2 / T3 / T4
    row: str | None = None  # T2/T3 row key
    column: str | None = None  # T2/T3 column key
    group: str | None = None  # T3 derived group total, e.g. （三）不予公开
    organisation: bool = False  # T3 derived column 法人或其他组织
    rate: bool = False  # T3 予以公开率
    block: str | None = None  # T4 block key, or "all" for 行政复议 + 行政诉讼 together
    litigation: bool = False  # T4 both litigation blocks together (derived)
    part: str | None = None  # T4 part key
    extra_rows: tuple[str, ...] = ()  # T3 rows added to ``row`` (新收加上年结转)
    columns: tuple[str, ...] = ()  # T3 applicant columns summed (企业、律所这些单位加起来)
    parts: tuple[str, ...] = ()  # T4 parts summed (维持和纠正加起来)
    blocks: tuple[str, ...] = ()  # T4 blocks summed (行政复议和直接起诉的诉讼合计)

    @property
    def has_row(self) -> bool:
        return bool(self.row or self.group or self.rate or self.block or self.litigation)


@dataclass(frozen=True)
class SeriesAsk:
    """The years a question asks one figure over. None ends mean the body's first / newest indexed year."""

    first: int | None = None
    last: int | None = None
    recent: int | None = None  # 近三年: the newest indexed year and the years before it, this many in all
    listed: tuple[int, ...] = ()  # 2015年和2017年分别: those years alone, not the ones between


# 历年 / 每年 / 变化趋势: every indexed year of the body
SERIES_WORDS = (
    "历年",
    "近几年",
    "这几年",
    "近年来",
    "近年",
    "每年",
    "每一年",
    "各年",
    "逐年",
    "历来",
    "变化趋势",
    "趋势",
    "走势",
    "变化情况",
    "往年",
    "多年来",
    "这些年",
    "几年来",
    "所有年份",
    "哪几年",
    "各个年份",
    "那几年",
    "这几年里",
    "每一年度",
    "分年",
    "按年",
    "分年度",
    "按年度",
    "能查到的年份",  # 能查到的年份里加起来: every indexed year
    "收录的年份",
    "有报告的年份",
)
# 哪一年最多 / 最少的是哪年: the year that ranks first among a series' years
WHICH_YEAR = re.compile(
    # (最少呢 after a series: the year that ranks first among its years)
    r"^(?:那|那么)?(?:最多|最少|最高|最低|最大|最小)的?(?:呢|吗|是哪年|是哪一年)?[？?。！!]*$"
    r"|哪(?:一)?个?年[份度]?[^，,。？?]*?(?:最多|最少|最高|最低|最大|最小)"
    r"|(?:最多|最少|最高|最低|最大|最小)的?(?:是)?(?:那|哪)(?:一)?个?年[份度]?"
    r"|哪(?:一)?个?年[份度]?(?:更|比较|较)?(?:多|少|高|低|大|小)(?![少个件条项次])"
)
# 不予公开的理由里哪一类最多 / 复议结果哪种最多 / 哪类申请人最少: the members of one table part, ranked
WHICH_MEMBER = re.compile(
    r"哪(?:一|几)?小?(?:类|种|项|样|个|方面|个方面|种情形|种情况|种结果|种理由|类原因|类申请人|类主体|个类别)[^，,。？?]*?"
    r"(?:最多|最少|最高|最低|最大|最小)|(?:最多|最少|最高|最低)的(?:是)?(?:哪|什么)(?:一)?(?:类|种|项|样|个)"
    r"|排第[二三四五2-5](?:多|大|少|小|位|名|高|低)|第[二三四五2-5](?:多|大|少|小)的"
    r"|排(?:名)?第[二三四五2-5](?:位|名)?的?(?:是)?(?:哪|什么)"
    r"|(?:最多|最少|最高|最低)的(?:那|这)(?:一)?(?:类|种|项|样|个)"  # 三种情形中最多的那种有几件
    r"|(?:哪个|哪一个|哪项|哪一项|哪类|哪种|谁)(?:的)?(?:更|比较)?(?:多|少|高|低)"  # 行政复议和行政诉讼哪个多
)
RECENT_YEARS_ASKED = re.compile(r"(?:近|最近|过去|前)([两二三四五六七八九十]|\d{1,2})个?年")
SINCE_YEAR = re.compile(r"((?:19|20)\d{2})年?度?(?:以来|至今|到现在|到今年|起|开始|算起|之后|以后|后)")
SPAN_OF_YEARS = re.compile(r"((?:19|20)\d{2})年?度?(?:到|至|—|–|－|-|~|～)((?:19|20)\d{2})")
CONSISTENCY_WORDS = (
    "对得上",
    "对应",  # 2025年报上年结转是否对应
    "对上",
    "对不上",
    "一致",
    "衔接",
    "吻合",
    "相符",
    "相等",
    "接得上",
    "接上",
    "接不上",
    "连得上",
    "连续",
    "连贯",
    "核对",
    "能对",
    "等于上年",
    "等于去年",
    "逐年累加",  # 历年累计是逐年累加的吗
    "累加上",
    "承认",  # 2021年结转到2022年的，2022年报告里承认了吗 / 认账
    "认账",
    "体现了",
    "接着算",
)
# …是不是同一个数 / 一样吗 / 等于2012年累计加2013年当年吗 / 核一下: a check asked in other words (with a carried or
# running-total row, see CARRIED_WORDS); 办结率=结果÷(新收+上年结转) defines a figure, it asks no check
CONSISTENCY_QUESTION = re.compile(
    r"一样|相同|同一个数|同一数|(?:等于|=)(?!多少|几)[^，,。÷/×]*?(?:吗|么|[?？])|是否等于|核一下|核对一下|对一下|对不对得上"
    r"|是否一致|累计[加+]|是不是(?:等于|相等|一样|一致|对得上)"
)
# What a consistency check compares: carried-over applications, or the 统计表's running totals
CARRIED_WORDS = ("结转", "转到", "转入", "转下", "累计", "上年")
SMALL_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def with_arabic_years(text: str) -> str:
    """二〇一九年到二〇二五年 → 2019年到2025年, so one pattern reads spans in either writing."""

    def arabic(m: re.Match) -> str:
        year = int("".join(str(CHINESE_DIGITS[c]) for c in (m.group(1) or m.group(2))))
        return f"{year}年" if 1990 <= year <= 2100 else m.group(0)

    return YEAR_CHINESE.sub(arabic, text)


# 2019、2020两年呢 / 2021和2022年分别多少: each of two years (the 2 of 2012年 counts nothing)
TWO_YEARS_ADDED = re.compile(r"合计|加起来|加在一起|一共|总共|共计|之和|总和|合起来")
TWO_YEARS_EACH = re.compile(
    r"(?:两|(?<![\d〇零一二三四五六七八九])二|(?<!\d)2)个?年(?!度)|各(?:是|有)?(?:多少|几)|分别"
)


def series_asked(text: str, years: list[int]) -> SeriesAsk | None:
    """The years a question asks over, when it asks one figure over several years; None otherwise."""
    text = with_arabic_years(text)
    m = SPAN_OF_YEARS.search(text)
    if m:
        first, last = sorted((int(m.group(1)), int(m.group(2))))
        if first < last:
            return SeriesAsk(first, last)
    m = RECENT_YEARS_ASKED.search(text)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else SMALL_NUMBERS[m.group(1)]
        if 2 <= count <= 30:
            return SeriesAsk(recent=count)
    m = SINCE_YEAR.search(text)
    if m and len(years) == 1:
        return SeriesAsk(first=int(m.group(1)))
    if len(years) >= 3:  # 2019、2021、2023年各多少
        return SeriesAsk(min(years), max(years), listed=tuple(sorted(years)))
    two_years_each = TWO_YEARS_EACH.search(text) or (TWO_YEARS_ADDED.search(text) and "比" not in text)
    if len(years) == 2 and two_years_each and not any(w in text for w in nf.CHANGE_TERMS):
        # 2019、2020两年呢 / 2015年和2017年分别多少: each year, no change (2019年和2020年合计: and their sum)
        return SeriesAsk(min(years), max(years), listed=tuple(sorted(years)))
    # 历年累计 is a column of the 统计表, not a span; one year named pins one report
    if len(years) != 1 and any(w in text.replace("历年累计", "") for w in SERIES_WORDS):
        return SeriesAsk()
    return None


@dataclass
class Intent:
    issuers: list[str] = field(default_factory=list)  # canonical ids of the bodies the question names
    issuer_named: bool = False
    unknown_issuer: str | None = None  # names no indexed body explains
    understood_body: str = ""  # the body as the question names it
    read_as: list[str] = field(default_factory=list)  # names read through a typo
    yes_no: bool = False  # 有没有 / 是否 …
    report_year_named: bool = False  # the year is said to be the report's (2023年报)
    plan: bool = False  # asks what a report plans for a year (打算/计划): answered from the year before
    years: list[int] = field(default_factory=list)
    relative_year: tuple[str, int] | None = None  # ("去年", offset from the newest report)
    previous_year: bool = False  # 上一年 / 上年 relative to the conversation's year
    than_figure_before: bool = False  # 2022年比它多几件: the year named against the conversation's figure
    metric: Metric | None = None
    column_only: bool = False  # "其中自然人呢" — a column without a row
    narrative: bool = False
    change: bool = False
    ranking: bool = False
    quantity: bool = False
    leftover: list[str] = field(default_factory=list)  # content words no vocabulary entry explained
    narrative_phrases: list[str] = field(default_factory=list)
    generic: bool = False  # the metric rests only on generic words such as 收到/申请了
    series: SeriesAsk | None = None  # 历年 / 近三年 / 2019到2025年: one figure over several years
    several_bodies: bool = False  # 淮安市和沭阳县: two or more bodies named, each by its own words
    consistency: bool = False  # 结转…对得上吗: do consecutive reports agree
    consistency_asked: bool = False  # 对得上吗 alone (after a series: its years)
    member_ranking: str | None = None  # "max" / "min": which member of a table part (哪一类理由) is largest
    applicant_named: bool = False  # an applicant column (企业 / 自然人 / 法人) is named
    body_years: dict[str, list[int]] = field(default_factory=dict)  # each body's own year, where they differ
    body_parts: dict[str, str] = field(default_factory=dict)  # each body → the part of the question naming it


# --- vocabulary ---------------------------------------------------------------------------------------


@cache
def vocabulary() -> list[tuple[str, str, str]]:
    """(phrase, category, key), longest phrase first."""
    entries: list[tuple[str, str, str]] = []
    for fmt_version in (nf.FORMAT_2021, nf.FORMAT_2019):
        t3 = nf.report_format(fmt_version).table("T3")
        for row in t3.rows:
            entries.append((nf.strip_numbering(row.label), "t3row", row.key))
    for key, terms in nf.T3_ROW_TERMS.items():
        entries += [(t, "t3row", key) for t in terms]
    for key, terms in nf.T3_GENERIC_TERMS.items():  # weaker than any specific row
        entries += [(t, "t3generic", key) for t in terms]
    for column in nf.T3_COLUMNS:
        entries += [(t, "t3col", column.key) for t in (column.label, *column.aliases) if t != "其他"]
    for key, terms in nf.T3_COLUMN_TERMS.items():
        entries += [(t, "t3col", key) for t in terms]
    entries += [(t, "org", "") for t in nf.ORGANISATION_TERMS]
    for group, terms in nf.GROUP_TERMS.items():
        entries += [(t, "group", group) for t in (nf.strip_numbering(group), *terms)]
    entries += [(t, "rate", "") for t in nf.GRANT_RATE_TERMS]
    for key, terms in nf.T4_BLOCK_TERMS.items():
        entries += [(t, "t4block", key) for t in terms]
    entries += [(t, "litigation", "") for t in nf.LITIGATION_TERMS]
    for key, terms in nf.T4_PART_TERMS.items():
        entries += [(t, "t4part", key) for t in terms]
    for key, terms in nf.T2_ROW_TERMS.items():
        entries += [(t, "t2row", key) for t in terms]
    for key, terms in nf.T2_COLUMN_TERMS.items():
        entries += [(t, "t2col", key) for t in terms]
    entries += [(t, "narrative", "") for t in nf.NARRATIVE_TERMS]
    entries += [(t, "yesno", "") for t in nf.YES_NO_TERMS]
    entries += [(t, "weak_yesno", "") for t in nf.WEAK_YES_NO_TERMS]
    entries += [(t, "change", "") for t in nf.CHANGE_TERMS]
    entries += [(t, "ranking", "") for t in nf.RANKING_TERMS]
    unique = {(p, c, k) for p, c, k in entries if p}
    # phrase and key break ties: the order must not depend on string hashing (answers are deterministic)
    return sorted(unique, key=lambda e: (-len(e[0]), e[1], e[0], e[2]))


@cache
def _vocabulary_by_first_character() -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, (phrase, _, _) in enumerate(vocabulary()):
        index.setdefault(phrase[0], []).append(i)
    return index


def vocabulary_in(text: str) -> list[tuple[str, str, str]]:
    """The vocabulary entries whose first character ``text`` holds, in the vocabulary's order."""
    index, entries = _vocabulary_by_first_character(), vocabulary()
    return [entries[i] for i in sorted(i for char in set(text) for i in index.get(char, ()))]


ROW_PATTERNS = [(key, "t3row", re.compile(pattern)) for key, pattern in nf.T3_ROW_PATTERNS.items()] + [
    (key, "t3generic", re.compile(pattern)) for key, pattern in nf.T3_GENERIC_PATTERNS.items()
]


def find_terms(text: str) -> list[tuple[int, str, str, str]]:
    """Non-overlapping (position, phrase, category, key) matches: longest phrases first, unless another choice of
    phrases reads more of the question (予以公开加部分公开总数: 部分公开 + 总数, not 公开总数 leaving 部分 unread)."""
    taken = [False] * len(text)
    greedy: list[tuple[int, str, str, str]] = []
    occurrences: list[tuple[int, str, str, str]] = []
    for phrase, category, key in vocabulary_in(text):
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            occurrences.append((start, phrase, category, key))
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                greedy.append((start, phrase, category, key))
            start = text.find(phrase, start + 1)
    for key, category, pattern in ROW_PATTERNS:
        for m in pattern.finditer(text):
            occurrences.append((m.start(), m.group(0), category, key))
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                greedy.append((m.start(), m.group(0), category, key))
    covered = sum(len(p) for _, p, _, _ in greedy)
    best = _most_covering(text, occurrences)
    chosen = best if sum(len(p) for _, p, _, _ in best) > covered else greedy
    return sorted(_negations_read(text, chosen))


# 没走复议 / 未经过行政复议 / 没申请复议就起诉: the words before 复议 that say no review came first
NEGATED_REVIEW = re.compile(r"(?:没有?|未|不)(?:走|经过?|申请|通过|去)?$")
# 复议以后又打官司 / 复议完了再去法院: a lawsuit brought after the review
# (先复议、复议完又去起诉 / 先申请复议后来又打官司: the path told again after a pause is still one path;
# 复议、复议后起诉 lists the review and the lawsuit after it)
REVIEW_THEN_LAWSUIT = re.compile(
    r"(?![、，,]?复议后起诉)(?:[、，,]?(?:复议)?(?:以后|之后|后来|后|完了?|结束)|[、，,]?(?:后来|接着|然后))[^，,。？?]{0,6}?"
    r"(?:起诉|诉讼|打官司|官司|告|法院)"
)


def _negations_read(text: str, terms: list[tuple[int, str, str, str]]) -> list[tuple[int, str, str, str]]:
    """A term read with the words around it: 没有全部给公开 is no grant (and no other row either); 没走复议直接起诉 is
    the lawsuit brought without a review, 复议以后又打官司 the one brought after it."""
    read = []
    for term in terms:
        start, phrase, category, key = term
        if key == "granted" and NEGATION_CHARACTERS & set(text[max(start - 4, 0) : start]):
            continue
        if key == "results_total" and text[max(start - 1, 0) : start] in ("不", "未", "没", "予"):
            continue  # 重复申请不予处理了多少: the negated verb is no count of everything handled
        review = category == "t4block" and key == "review"
        negated = NEGATED_REVIEW.search(text[:start]) if review else None
        if negated:  # the negation is read with the words it negates
            term = (negated.start(), text[negated.start() : start + len(phrase)], category, "litigation_direct")
        elif review and REVIEW_THEN_LAWSUIT.match(text, start + len(phrase)):
            term = (start, phrase, category, "litigation_after_review")  # 复议以后又打官司: the lawsuit after it
        read.append(term)
    return read


def _most_covering(text: str, occurrences: list[tuple[int, str, str, str]]) -> list[tuple[int, str, str, str]]:
    """The non-overlapping occurrences covering the most characters (fewest phrases on a tie), by dynamic
    programming from the end of the text; occurrences keep the vocabulary's order, so ties are deterministic."""
    starting: dict[int, list[tuple[int, str, str, str]]] = {}
    for occurrence in occurrences:
        starting.setdefault(occurrence[0], []).append(occurrence)
    n = len(text)
    score: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    choice: list[tuple[int, str, str, str] | None] = [None] * (n + 1)
    for i in range(n - 1, -1, -1):
        score[i], choice[i] = score[i + 1], None
        for occurrence in starting.get(i, []):
            end = i + len(occurrence[1])
            candidate = (score[end][0] + len(occurrence[1]), score[end][1] - 1)
            if candidate > score[i]:
                score[i], choice[i] = candidate, occurrence
    chosen: list[tuple[int, str, str, str]] = []
    i = 0
    while i < n:
        picked = choice[i]
        if picked is None:
            i += 1
        else:
            chosen.append(picked)
            i += len(picked[1])
    return chosen


# --- issuers and years --------------------------------------------------------------------------------


def without_years(text: str, gap: str = "") -> str:
    """The text with its years taken out (2023年 / 二〇二三年 / 二一年): they choose the report, not the figure."""
    text = SPAN_OF_YEARS.sub(gap, text)  # 2014到2018年: the span's joiner goes with its years
    text = YEAR_ARABIC.sub(gap, YEAR_CHINESE.sub(gap, text))
    return text if YEAR_ARABIC.search(text) else YEAR_TWO_CHINESE.sub(gap, text)


def parse_years(text: str) -> list[int]:
    years = [int(m.group(1)) for m in YEAR_ARABIC.finditer(text)]
    if not years:
        # 19年平潭: a two-digit year, where no four-digit one is given (not 近10年 / 前5年)
        years += [2000 + int(m.group(1)) for m in YEAR_TWO_DIGITS.finditer(text)]
    if not years and not YEAR_CHINESE.search(text):
        # 一九年 / 二一年: a two-digit year in Chinese numerals
        years += [
            2000 + int("".join(str(CHINESE_DIGITS[c]) for c in m.group(1))) for m in YEAR_TWO_CHINESE.finditer(text)
        ]
    for m in YEAR_CHINESE.finditer(text):
        year = int("".join(str(CHINESE_DIGITS[c]) for c in (m.group(1) or m.group(2))))
        if 1990 <= year <= 2100:
            years.append(year)
    return sorted(set(years), key=years.index)


# 淮安市政府 vs 上海市科委 / 平潭 沭阳 上海: "vs" and a space between two words separate them as 、 does (bodies
# are split at 、; figure words never see it, punctuation is dropped before they are read); other spaces go.
VERSUS = re.compile(r"\s*(?<![A-Za-z])(?:vs|VS|Vs|v\.s\.|PK|pk)\.?(?![A-Za-z])\s*")
WORD_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=\d)\s+(?=\d)")


# 收没收 / 交不交 / 办没办: a yes-no question of one verb (是不是 and 有没有 are read as they are)
A_NOT_A = re.compile(r"([\u4e00-\u9fff])(?<![是有])[没不]\1")


def normalise_question(question: str) -> str:
    """Full-width digits and letters as ASCII (２０２３ → 2023); spaces between words as 、, other spaces gone."""
    text = unicodedata.normalize("NFKC", question).strip().replace("其它", "其他")  # 其它处理-其它: one word
    # 公开了（含部分公开）的: granted in full or in part, added; (含X) elsewhere adds X to what precedes it
    text = GRANTED_WITH_PARTIAL.sub("予以公开和部分公开", text)
    text = INCLUDING.sub(r"和\1", text)
    text = AS_OF_THAT_YEAR.sub("", text)  # 截至当年累计: as of the report's year — the running total, not 当年's figure
    text = TO_THE_REVIEW_BODY.sub("申请行政复议", text)  # 被告到复议机关: a review, not a lawsuit
    text = BESIDES_NATURAL_PERSONS.sub("法人或其他组织", text)  # 除了自然人以外的: the other applicants, together
    text = BARE_APPLICATIONS.sub("申请数", text)  # 沭阳发改局 2023 申请: a keyword query counts the applications
    text = WORD_SPACE.sub("、", VERSUS.sub("、", text))
    text = A_NOT_A.sub(r"是否\1", text)  # 收没收信息处理费 asks whether fees were charged, not about 没收
    text = GROUP_PATH.sub(r"\1中的", text)  # 其他处理-其他: the group, then its member (a path, no minus sign)
    text = SHORT_YEAR_SPAN.sub(_full_years, text)  # 21到25年: 2021年到2025年
    text = re.sub(r"(?<=\d)年(?:之)?间", "年", text)  # 2011-2018年间: the span, its 间 no word of the question
    text = EXCLUDED_TOPIC.sub("", text)  # 跟诉讼无关，就问… / 不问复议，只问…: the topic set aside is not asked
    text = UNIT_AS_BODY.sub("机关", text)  # 这三个单位 / 单位手里没有: the bodies, not the applicants (法人)
    return expand_province_abbreviations(re.sub(r"\s+", "", text))[0]


# 单位 counted or pointed at (这三个单位, 所有单位, 每个单位, 本单位) or holding something (单位手里) is a body
UNIT_AS_BODY = re.compile(
    r"(?<=[这那每各哪几两三四五六七八九十\d][个家])单位|(?<=所有|全部|这些|那些|库里|各个)单位|(?<=[本该])单位"
    r"|单位(?=手里|手上|自己|本身|里没有|没有这|内部)"
)
GRANTED_WITH_PARTIAL = re.compile(
    r"(?:予以|全部)?公开(?:了|的)?[（(]?(?:含|包含|包括|连同)部分公开[)）]?"
    r"|(?:拿到|获得|得到|要到|给了?)了?[（(]?全部或(?:者)?部分[)）]?的?(?:信息|公开)?"  # 拿到（全部或部分）信息的
    r"|全部或(?:者)?部分(?:拿到|获得|得到|要到)了?(?:信息)?"
)
INCLUDING = re.compile(r"[（(](?:含|包含|包括|连同)([^（）()]{2,12})[)）]")
AS_OF_THAT_YEAR = re.compile(
    r"(?:截至|截止到?|到)(?:当年|该年|那年|本年|今年)(?:底|末|年底|年末)?(?:为止)?(?=的?累[计积])"
)
TO_THE_REVIEW_BODY = re.compile(r"(?:被)?(?:告到|告去|告上|投诉到|申请到)(?:了)?(?:行政)?复议(?:机关|机构|部门)?")
BESIDES_NATURAL_PERSONS = re.compile(r"除(?:了|去|开)?自然人(?:以外|之外|外)?的?(?=[^，,。？?哪谁]*(?:多少|几))")
BARE_APPLICATIONS = re.compile(r"(?<=\s)申请(?=\s|$)|^申请(?=\s)")
EXCLUDED_TOPIC = re.compile(
    r"(?:跟|和|与|同)[^，,。；;？?]{1,8}?无关[，,]?|不(?:问|管|算|看|考虑)[^，,。；;？?]{1,8}?[，,]"
)
SHORT_YEAR_SPAN = re.compile(r"(?<![\d.])([0-3]\d)年?(到|至|—|–|－|-|~|～)([0-3]\d)年")


def _full_years(m: re.Match) -> str:
    first, last = int(m.group(1)), int(m.group(3))
    return f"20{m.group(1)}年到20{m.group(3)}年" if first < last else m.group(0)


GROUP_PATH = re.compile(
    "("
    + "|".join(
        sorted(
            {nf.strip_numbering(g) for g in nf.GROUP_TERMS} | {t for ts in nf.GROUP_TERMS.values() for t in ts},
            key=len,
            reverse=True,
        )
    )
    + r")\s*[-－—–·/]\s*(?=[\u4e00-\u9fff])"
)


def topic_text(question: str, gazetteer: Gazetteer) -> str:
    """The question without body names and years: once retrieval is filtered by report, those words only add
    noise (every passage of 虹口区's report is about 虹口区)."""
    text = normalise_question(question)
    spans = gazetteer.resolve(text).spans
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + " " + text[e:]
    text = without_years(text, " ")
    text = YEAR_CHINESE.sub(" ", text)
    return text.strip() or question


# --- the question ------------------------------------------------------------------------------------


# What joins an enumeration of rows (予以公开和部分公开 / 予以公开+部分公开 / 行政处罚、行政强制)
# "" : the question's punctuation is gone by then, so 行政复议、直接起诉 arrive side by side
ENUMERATION_JOINERS = ("", "、", "和", "与", "及", "以及", "加", "加上", "+", "跟", "或", "同")
# Phrases that name two rows at once
GENERIC_TOWNS = ("乡镇", "城镇", "村镇", "镇街", "街镇")
# 跟前一年比怎么样 / 与去年相比: the year asked against the one before
PREVIOUS_YEAR_COMPARED = re.compile(
    r"(?:跟|和|与|同|较|比)(?:前一年|上一年|去年|上年(?!结转|度结转)|前年)(?:比|相比|比较|对比)?"
)
# 信息量比较大的乡镇: 比较 before an adjective means "rather", it compares nothing
RATHER = re.compile(r"比较(?=[大多少高低好快慢重强弱突出集中明显靠前])")
COMPOSITE_PHRASES = {
    "全部或部分公开": "予以公开和部分公开",
    "全部和部分公开": "予以公开和部分公开",
    "被告知": "告知",  # 被告知不掌握 is being told, not 被告 (a defendant in a lawsuit)
}
# 全部或部分给公开了 / 全部和部分同意公开: one verb shared by two rows
# 公开和部分公开加起来: a bare 公开 beside 部分公开 is the full grant
BARE_GRANT = re.compile(r"(?<![予不未没给全部分])公开(?=的?(?:和|及|与|、|加|以及|或)部分公开)")
SHARED_GRANT_VERB = re.compile(r"(?:全部|全部地|予以)(?:或者?|和|及|与|、|或是)部分(?:地)?(?:给|予以|同意|准予)?公开")


def enumerated(terms: list[tuple[int, str, str, str]], text: str, category: str) -> list[str]:
    """Keys of ``category`` named as an enumeration (each joined to the one before by 、/和/与/+ …), in order."""
    found = sorted(t for t in terms if t[2] == category)
    keys: list[str] = []
    for (pos, phrase, _, key), (next_pos, _, _, next_key) in zip(found, found[1:], strict=False):
        between = text[pos + len(phrase) : next_pos].strip("的")
        for word in ("总计", "合计", "总数", "的总计"):  # 行政复议总计、直接起诉总计: a column word after each item
            between = between.removeprefix(word).strip("的")
        # 不掌握、需另行制作: a verb of need before the next item's own words
        between = re.sub(r"(?<=.)(?:需要|需|要|被|因)$", "", between) if len(between) > 1 else between
        if between in ENUMERATION_JOINERS and next_key != key:
            keys += [k for k in (key, next_key) if k not in keys]
    return keys


def metric_from_terms(
    terms: list[tuple[int, str, str, str]], text: str, format_hint: str | None = None
) -> tuple[Metric | None, bool]:
    """The metric the matched terms describe, and whether only a column was named.

    Priority: T4 blocks, T2 rows, the grant rate, a specific T3 row or group, then the generic words for the
    year's applications (收到/申请了), then a bare column (a follow-up such as 其中自然人呢)."""
    terms = _carry_read_as_one(_other_read_in_context(terms, text))
    cats: dict[str, list[str]] = {}
    # Within a category the longest matched phrase speaks first (没办完…放到下一年接着办 → 接着办 over 办完).
    for _, _, category, key in sorted(terms, key=lambda t: -len(t[1])):
        cats.setdefault(category, []).append(key)

    if "t4block" in cats or "litigation" in cats:
        return _t4_metric(terms, cats, text), False
    if "t2row" in cats:
        return _t2_metric(terms, cats, text), False
    column, organisation, summed_columns = _t3_columns(terms, cats)
    wants_sum = any(w in text for w in SUM_WORDS)
    rows = cats.get("t3row", [])
    # In a change question "百分比" is the change's percentage, not the grant rate.
    rate_words = any(w in text for w in nf.RATE_WORDS) and "change" not in cats
    if "rate" in cats or ("granted" in rows and rate_words):
        extra = ("partially_granted",) if "partially_granted" in rows else ()  # 予以公开及部分公开的占比
        return Metric(
            "T3", row="granted", extra_rows=extra, rate=True, column=column or "total", organisation=organisation
        ), False
    joined_rows = _groups_joined_with_rows(terms, text)
    if joined_rows:
        # 不予公开和予以公开 / 不予公开和无法提供一共: a group joined to a row or another group is the sum of all their
        # rows (the formula shows each) — never the first one alone
        return Metric(
            "T3",
            row=joined_rows[0],
            extra_rows=tuple(joined_rows[1:]),
            column=column,
            organisation=organisation,
            columns=summed_columns,
        ), False
    if "group" in cats:
        group_metric = _t3_group_metric(cats, rows, text, column, organisation, format_hint)
        if group_metric is not None:
            return group_metric, False
        wants_sum = any(w in text for w in nf.GROUP_SUM_WORDS)
    listed = enumerated(terms, text, "t3row")
    if len(listed) >= 2 or (len(set(rows)) >= 2 and wants_sum):
        # 予以公开和部分公开 / 予以公开+部分公开: rows joined as an enumeration are their sum (the formula shows each)
        in_order = (
            listed if len(listed) >= 2 else list(dict.fromkeys(k for _, _, c, k in sorted(terms) if c == "t3row"))
        )
        return Metric(
            "T3",
            row=in_order[0],
            extra_rows=tuple(in_order[1:]),
            column=column,
            organisation=organisation,
            columns=summed_columns,
        ), False
    if rows:
        row = rows[0]
        if row == "other_processing" and format_hint != nf.FORMAT_2019:
            return Metric("T3", group=nf.GROUP_OTHER, column=column, organisation=organisation), False
        return Metric("T3", row=row, column=column, organisation=organisation, columns=summed_columns), False
    if "t3generic" in cats:
        if text.startswith(("其中", "那", "这")) and (column or organisation):
            return Metric(
                "T3", column=column, organisation=organisation, columns=summed_columns
            ), True  # 其中公司申请的呢
        return Metric(
            "T3", row=cats["t3generic"][0], column=column, organisation=organisation, columns=summed_columns
        ), False
    return _column_only_metric(terms, cats, column, organisation, summed_columns)


def _first_key(cats: dict[str, list[str]], category: str) -> str | None:
    return cats[category][0] if category in cats else None


def _other_read_in_context(terms: list[tuple[int, str, str, str]], text: str) -> list[tuple[int, str, str, str]]:
    """A bare 其他 beside applicant columns or 法人或其他组织 is the column 其他组织, not the result row 其他
    (企业、律所、其他加起来 / 法人里“其他”那一栏); beside the group 其他处理 it is that group's own row."""
    groups_named = {k for _, _, c, k in terms if c == "group"}
    applicants_named = any(c == "org" or (c == "t3col" and p != "其他" and k != "total") for _, p, c, k in terms)
    group_other_at = [pos + len(p) for pos, p, c, k in terms if c == "group" and k == nf.GROUP_OTHER]
    # 其他处理里的“其他”那一项，企业申请的: a 其他 right after 其他处理(里的) is the group's row 3.其他, whatever column
    other_in_group = [
        pos
        for pos, phrase, _, _ in terms
        if phrase == "其他" and any(0 <= pos - end <= 4 and "，" not in text[end:pos] for end in group_other_at)
    ]
    if other_in_group:
        return [
            (pos, phrase, "t3row", "other_other") if pos in other_in_group else (pos, phrase, category, key)
            for pos, phrase, category, key in terms
        ]
    if nf.GROUP_OTHER in groups_named and not applicants_named:
        # 其他处理里面“其他”那一小项: the group's own row 3.其他, not the applicant column 其他组织
        return [
            (pos, phrase, "t3row", "other_other") if phrase == "其他" else (pos, phrase, category, key)
            for pos, phrase, category, key in terms
        ]
    if any(c in ("t3col", "org") for _, _, c, _ in terms):
        return [
            (pos, phrase, "t3col", "other_org")
            if phrase == "其他" and category == "t3row"
            else (pos, phrase, category, key)
            for pos, phrase, category, key in terms
        ]
    return terms


def _carry_read_as_one(terms: list[tuple[int, str, str, str]]) -> list[tuple[int, str, str, str]]:
    """2021年没办完转过来的: one row, described by what happened (没办完) and where it went (转过来) — the
    direction, written last, says which end of the carry."""
    carried = sorted((pos, phrase, key) for pos, phrase, c, key in terms if c == "t3row" and key in nf.CARRIED_ROWS)
    if len({k for _, _, k in carried}) == 2:
        # 没办完 says only that it was unfinished; 转过来 / 留到下一年 say which end: the state word gives way
        state = [k for _, phrase, k in carried if phrase in UNFINISHED_WORDS]
        if len(set(state)) == 1 and len(state) < len(carried):
            return [t for t in terms if not (t[2] == "t3row" and t[3] == state[0] and t[1] in UNFINISHED_WORDS)]
        first, last = carried[0], carried[-1]
        if first[0] + len(first[1]) >= last[0] - 1:
            return [t for t in terms if not (t[2] == "t3row" and t[3] == first[2])]
    return terms


UNFINISHED_WORDS = frozenset(("没办完", "没办结", "未办完", "未办结", "尚未办结", "还没办完", "还没办结"))


def _t4_metric(terms: list[tuple[int, str, str, str]], cats: dict[str, list[str]], text: str) -> Metric:
    """Table four: the block (or blocks, added) and the outcome (or outcomes, added) named."""
    part = _first_key(cats, "t4part") or "total"
    named_parts = list(dict.fromkeys(k for _, _, c, k in sorted(terms) if c == "t4part" and k != "total"))
    if len(named_parts) >= 2 and any(w in text for w in SUM_WORDS + ("和", "加")):
        part = named_parts[0]
        parts = tuple(named_parts)
    else:
        parts = ()
    blocks = list(dict.fromkeys(cats.get("t4block", [])))
    specific = [b for b in blocks if b != "review"]
    joined = "review" in enumerated(terms, text, "t4block") or any(w in text for w in SUM_WORDS + ("和", "加"))
    if len(specific) == 2 and "review" in blocks and joined:
        return Metric("T4", block="all", part=part, parts=parts)  # 复议、直接起诉、复议后起诉加一起
    if len(specific) == 2:
        return Metric("T4", litigation=True, part=part, parts=parts)  # 直接起诉加复议后起诉
    if len(specific) == 1 and "review" in blocks and joined:
        # 行政复议总计和直接起诉的诉讼总计加起来: the two blocks named, summed
        named = tuple(b for b in blocks if b in ("review", specific[0]))
        return Metric("T4", block=named[0], blocks=named, part=part, parts=parts)
    if "litigation" in cats and "review" in blocks and not specific:
        if any(w in text for w in nf.AFTER_REVIEW_WORDS):
            return Metric("T4", block="litigation_after_review", part=part, parts=parts)
        if any(w in text for w in nf.DIRECT_WORDS):
            return Metric("T4", block="litigation_direct", part=part, parts=parts)
        return Metric("T4", block="all", part=part, parts=parts)  # 行政复议和行政诉讼加起来
    if specific:
        return Metric("T4", block=specific[0], part=part, parts=parts)
    if "litigation" in cats and any(w in text for w in nf.DIRECT_WORDS):
        return Metric("T4", block="litigation_direct", part=part, parts=parts)
    if blocks:
        return Metric("T4", block="review", part=part, parts=parts)
    return Metric("T4", litigation=True, part=part, parts=parts)


def _t2_metric(terms: list[tuple[int, str, str, str]], cats: dict[str, list[str]], text: str) -> Metric:
    """Table two: the row named (or rows, added) and its column."""
    row = cats["t2row"][0]
    column = _first_key(cats, "t2col")
    if column in nf.T2_AMOUNT_COLUMNS:
        column = "procurement_amount" if row == "centralized_procurement" else "fee_amount"
    listed = enumerated(terms, text, "t2row")  # 行政处罚和行政强制的处理决定: their sum
    if len(listed) >= 2:
        return Metric("T2", row=listed[0], extra_rows=tuple(listed[1:]), column=column)
    return Metric("T2", row=row, column=column)


def _t3_columns(
    terms: list[tuple[int, str, str, str]], cats: dict[str, list[str]]
) -> tuple[str | None, bool, tuple[str, ...]]:
    """Table three's applicant column asked ("total" where a column word names none), whether it is 法人或其他组织
    as a group, and the columns an enumeration adds up."""
    columns = list(dict.fromkeys(c for c in cats.get("t3col", []) if c != "total"))
    column = columns[0] if columns else None
    organisation = "org" in cats and column is None
    if "org" in cats and len(columns) >= 4:
        column, columns, organisation = None, [], True  # 法人或其他组织（企业、科研机构…五类相加）: the group itself
    elif "org" in cats and columns == ["natural_person"]:
        column, columns, organisation = "total", [], False  # 老百姓和单位: every applicant
    summed_columns: tuple[str, ...] = ()
    if len(columns) >= 2:  # an enumeration of columns is their sum; the formula shows each part
        # 企业、律所这些单位加起来一共多少: the enumeration is the sum, in the order the question names them
        in_order = [k for _, _, c, k in sorted(terms) if c == "t3col" and k != "total"]
        summed_columns = tuple(dict.fromkeys(in_order))
    if column is None and not organisation and "t3col" in cats:
        column = "total"
    return column, organisation, summed_columns


def _groups_joined_with_rows(terms: list[tuple[int, str, str, str]], text: str) -> list[str]:
    """The rows of an enumeration that joins a group of table three to a row outside it or to another group
    (不予公开和予以公开, 不予公开、无法提供), each group as its rows; [] for anything else."""
    found = sorted(t for t in terms if t[2] in ("group", "t3row"))
    if len(found) < 2 or not any(t[2] == "group" for t in found):
        return []
    for (pos, phrase, _, _), (next_pos, _, _, _) in zip(found, found[1:], strict=False):
        if text[pos + len(phrase) : next_pos].strip("的") not in ENUMERATION_JOINERS:
            return []
    groups = [k for _, _, c, k in found if c == "group"]
    members = {r for g in groups for r in nf.T3_GROUPS_2021.get(g, ())}
    if not members or any(c == "t3row" and k in members for _, _, c, k in found):
        return []  # 不予公开中的国家秘密: a member named with its group is the member
    rows: list[str] = []
    for _, _, category, key in found:
        rows += list(nf.T3_GROUPS_2021.get(key, ())) if category == "group" else [key]
    return list(dict.fromkeys(rows))


def _t3_group_metric(
    cats: dict[str, list[str]],
    rows: list[str],
    text: str,
    column: str | None,
    organisation: bool,
    format_hint: str | None,
) -> Metric | None:
    """A group of table three's rows named (不予公开, 无法提供 …): the group itself, or None where one of its
    members is what is asked."""
    group = cats["group"][0]
    # (信息不存在（本机关不掌握）: one member named twice is one member)
    rows = list(dict.fromkeys(rows))
    in_group = [r for r in rows if r in nf.T3_GROUPS_2021.get(group, ())]
    wants_sum = any(w in text for w in nf.GROUP_SUM_WORDS)
    # the group when no member is named, when members are enumerated, or when one is an example (本机关不掌握等);
    # a single member named with its group is the member (属于行政查询事项不予公开的)
    example = "等" in text
    if not rows or ((len(in_group) >= 2 or example) and wants_sum and len(in_group) == len(rows)):
        if group == nf.GROUP_OTHER and format_hint == nf.FORMAT_2019:
            return Metric("T3", row="other_processing", column=column, organisation=organisation)
        return Metric("T3", group=group, column=column, organisation=organisation)
    return None


def _column_only_metric(
    terms: list[tuple[int, str, str, str]],
    cats: dict[str, list[str]],
    column: str | None,
    organisation: bool,
    summed_columns: tuple[str, ...],
) -> tuple[Metric | None, bool]:
    """No row named: a bare column (其中自然人呢) leans on the figure before, except a T2 column printed in full
    that only one row has (本年收费金额)."""
    if column or organisation:
        return Metric("T3", column=column, organisation=organisation, columns=summed_columns), True
    if "t4part" in cats:
        return Metric("T4", part=cats["t4part"][0]), True
    printed_column = any(c == "t2col" and len(p) >= 4 for _, p, c, _ in terms)  # 本年收费金额, not 金额 alone
    if "t2col" in cats and printed_column:
        column = cats["t2col"][0]
        owners = {
            r.key
            for version in (nf.FORMAT_2021, nf.FORMAT_2019)
            for table in [nf.report_format(version).table("T2")]
            for r in table.rows
            if column in (c.key for c in table.columns_of(r))
        }
        if len(owners) == 1:  # 本年收费金额 belongs to 行政事业性收费 alone: naming it names the row
            return Metric("T2", row=owners.pop(), column=column), False
    if "t2col" in cats:
        return Metric("T2", column=cats["t2col"][0]), True
    return None, False


# Words that make an enumeration a sum (企业、律所这些加起来 / 两项合计)
SUM_WORDS = ("加起来", "加上", "合计", "之和", "总和", "一共", "总共", "共计", "合起来", "累计", "加总", "相加", "一起")
# Words of a follow-up that point back, not at a new topic (那沭阳县政府全县的呢 / 回到平潭 / 同一年)
FOLLOW_UP_WORDS = (
    "同样",
    "全县",
    "全区",
    "全市",
    "整个",
    "同一年",
    "同年",
    "那一年",
    "那年",
    "回到",
    "同期",
    "同一时期",
    "也加进来",
    "加进来",
    "也算上",
    "换成",
    "再看",
    "看看",
    "那一列",
    "这一列",
    "一列",
    "那一栏",
    "这一栏",
    "一栏",
    "那一项",
    "这一项",
    "比如",
    "本身",
)
ARITHMETIC_WORDS = (
    "百分之多少",
    "百分之几",
    "百分比",
    "占比",
    "比例",
    "比重",
    "保留",
    "位小数",
    "小数",
    "除以",
    "乘以",
    "多几件",
    "少几件",
    "多多少",
    "少多少",
    "所占",
    "四舍五入",
    "相比",
)
PUNCTUATION = re.compile(r"[、，,。.；;：:？?！!“”\"'‘’（）()《》<>【】\[\]\s]")
# A year that only describes the figure (结转到2022年 / 从2020年转过来) when the question names another year.
DESCRIPTIVE_YEAR = re.compile(r"(?:到|至|从|自|留到|转到|结转到|结转至)((?:19|20)\d{2})\s*年")
QUESTION_FILLER = frozenset(
    "多少 几件 几 件 有 是 的 了 吗 呢 年 共 一共 总共 政府 信息 公开 政府信息 信息公开 申请 个 什么 哪些 "
    "请问 报告 年报 里 中 在 被 因为 而 其中 一下 情况 工作 数量 数 那 和 与 及 还 为 由 对 这些 多少件 "
    "请 告诉 我 想 知道 查询 全年 本年 当年 该 本 机关 单位 方面 去年 前年 今年 最近 最新 上年 上一年 "
    "年度 那么 的话 过来 过去 出来 下来 还是 或者 是否 "
    "提了 提出 提的 提交 递交 交了 发起 申请了 提过 也就是 就是 也即 即 换句话说 "
    "各是 各有 分别 分别是 各自 各 都是 是多少 有多少 "
    "一样 一样多 相同 差不多 谁 哪个 哪家 比较 对比 相比 比一比 一比 比比 比比看 排序 排个序 排一下 排名 对比一下 "
    "那个 这个 文件 条数 "
    "了解 想了解 问问 咨询 打听 看看 查查 查一下 新的 顺便 好奇 好奇一下 问一下 算 请算 计算 算一下 算算 按 "
    "所有 全部的 类别 一类 哪一类 哪类 哪种 哪一种 各种 各类 "
    "有史以来 以来 历来 一直以来 一年 每一年 申请人 各提 各提了 普通 一般 "
    "年份 列出 列出来 列一下 列个 列表 都列 罗列 那块 这块 那一块 理由 各项 情形 数多 数少 多些 少些 "
    "之类 之类的 这类 那类 什么的 啥的 等等 这种 那种 直接 已经 曾经 "
    "问下 想问下 请问下 打扰 打扰一下 不好意思 麻烦 请教 能列 名义 排个 排个名 排下 排一排 表里 这个数 这个数字 这项 "
    "这一项 还有 以后 之后 正文 文字 文中 说的 里说 提到 那栏 这栏 一栏 那一栏 这一栏 栏 是否是 那列 这列 "
    "地方 地方政府 几个 这几个 那几个 几家 这几家 家次 次件 件次 格式 格式的 算上 也算上 算进来".split()
) | (frozenset(QUANTITY_WORDS) - frozenset(("经费", "预算", "人数")))  # 经费 / 人数 ask a quantity and name it


# 2021年和2022年 / 2021到2022年 / 2022年比2021年: two years asked side by side, neither describing the other
YEARS_JOINED = re.compile(r"(?:19|20)\d{2}年?度?(?:的)?(?:和|与|跟|及|、|到|至|—|-|~|比|较|对比|相比|同)(?:19|20)\d{2}")
# (第三大项 / 8个小项: the table's structure, counted, names no row)
COUNTED_PARTS = re.compile(
    r"(?:下面|下边|底下|里的)?第?[\d一二两三四五六七八九十几各]+个?[大小]?(?:项|种|类|个|大类|家)"
    r"(?:情形|情况|理由|原因|机关|单位)?|情形|类型|种类"
)
COUNTED_YEARS = re.compile(r"[这那近前过去最]*[两二三四五六七八九十]+个?年|[这那近前过去最]+\d+个?年")


def leftover_words(text: str, terms: list[tuple[int, str, str, str]]) -> list[str]:
    """Content words the vocabulary did not account for (主动撤回 in 多少件申请是主动撤回的)."""
    from indexing.stores.bm25_store import tokenize

    # by position, not by phrase: 企业（商业企业）— replacing 企业 everywhere would leave 商业 unread
    chars = list(text)
    for start, phrase, _, _ in terms:
        if text.startswith(phrase, start):
            chars[start : start + len(phrase)] = [" "] * len(phrase)
        else:  # terms of another text: the phrase wherever it occurs
            chars = list("".join(chars).replace(phrase, " " * len(phrase)))
    rest = "".join(chars)
    for word in SUM_WORDS + ARITHMETIC_WORDS + FOLLOW_UP_WORDS + SERIES_WORDS:  # arithmetic and spans are no topic
        rest = rest.replace(word, " ")
    rest = WHICH_YEAR.sub(" ", rest)
    rest = rest.replace("是不是", " ")  # 是不是一样: asks whether (its 不是 negates nothing)
    rest = COUNTED_YEARS.sub(" ", rest)  # 这三年 / 近两年: a span of years, no topic
    rest = COUNTED_PARTS.sub(" ", rest)  # 三项合计 / 8种情形: a count of the parts named, no topic
    for terms_of_column in nf.LEGACY_COLUMN_TERMS.values():  # 历年累计呢: the 统计表's columns point back
        for phrase in terms_of_column:
            rest = rest.replace(phrase, " ")
    # 徐州市睢宁县: a parent city qualifies the issuer, it is not a topic (乡镇 / 城镇 are a kind of place: a topic)
    rest = PLACE_NAME.sub(lambda m: m.group(0) if m.group(1).endswith(GENERIC_TOWNS) else " ", rest)
    rest = re.sub(r"\d+", " ", rest).replace("＃", " ")
    # 结果被纠正: a word of the very phrase a term was read by (结果纠正), cut off by a word put between, is read
    read_phrases = [p for _, _, category, key in terms for p in _phrases_of(category, key)]
    return [
        t
        for t in dict.fromkeys(tokenize(rest))
        if len(t) >= 2 and t not in QUESTION_FILLER and not any(t in p for p in read_phrases)
    ]


@cache
def _phrases_of(category: str, key: str) -> tuple[str, ...]:
    """The vocabulary phrases of one table word (every way the vocabulary spells 结果纠正's key)."""
    if not key:
        return ()  # a category of words without a key (rate, org, narrative…) names no one table word
    return tuple(phrase for phrase, c, k in vocabulary() if (c, k) == (category, key))


# Words of grammar, never a slip of a table word's character: 予以公开了 is not 予以公开率
FUNCTION_CHARACTERS = frozenset("了的地得吗呢吧啊呀是在有和与及或也都就还又被把给向对从")
# A phrase ending in one of these names a measure of its subject: 予以公开件(数) is not 予以公开率
MEASURE_SUFFIXES = frozenset("率数额量比")


def _unread_between(text: str, terms: list[tuple[int, str, str, str]]) -> bool:
    """One character left unread between two table words (复议厚起诉: 复议 · 厚 · 起诉): maybe a slip inside a longer
    word, which leftover words (two characters or more) do not show."""
    spans = sorted((pos, pos + len(phrase)) for pos, phrase, _, _ in terms)
    return any(
        b_start - a_end == 1 and text[a_end] not in FUNCTION_CHARACTERS and "\u4e00" <= text[a_end] <= "\u9fff"
        for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False)
    )


def one_substitution_windows(text: str, phrase: str) -> list[int]:
    """Where ``text`` spells ``phrase`` with one character other than the first replaced (复议后起述), and not by a
    function word."""
    n = len(phrase)
    return [
        i
        for i, k in one_slip_windows(text, phrase)
        if text[i + k] not in FUNCTION_CHARACTERS
        and not flips_negation(text[i : i + n], phrase)
        and not (k == n - 1 and phrase[-1] in MEASURE_SUFFIXES)
    ]


# Generic and question words are never corrected into: a slip must land on a table's own label
UNCORRECTED_CATEGORIES = ("t3generic", "narrative", "yesno", "weak_yesno", "change", "ranking")


NEGATION_CHARACTERS = frozenset("不没未无非否")


def flips_negation(typed: str, phrase: str) -> bool:
    """全部给公开 is no slip of 不给公开 (部 and 不 sound alike): a correction never adds or drops a negation."""
    return any((a in NEGATION_CHARACTERS) != (b in NEGATION_CHARACTERS) for a, b in zip(typed, phrase, strict=True))


def correct_homophones(text: str, terms: list[tuple[int, str, str, str]]) -> tuple[str, list[str]]:
    """Vocabulary phrases of three characters or more typed with one homophone, outside the words already read."""
    spans = [(pos, pos + len(phrase)) for pos, phrase, _, _ in terms]
    # the 统计表's own words are words too: 主动公开累计 is no slip of 公开率 (累 has a rare reading lǜ)
    spans += [
        (m.start(), m.end())
        for phrase in _legacy_words()
        if phrase in text
        for m in re.finditer(re.escape(phrase), text)
    ]
    taken = [False] * len(text)
    read_as = []

    def blocked(start: int, end: int) -> bool:
        """A window may swallow whole shorter words it contains (其他 in 其他阻织), not cut through one."""
        if any(taken[start:end]):
            return True
        if all(any(s <= i < e for s, e in spans) for i in range(start, end)):
            return True  # every character already read as a table word: nothing to correct
        return any(s < end and e > start and not (start <= s and e <= end) for s, e in spans)

    # (the 统计表's rows too: 主动工开 of a 2018 report is 主动公开)
    legacy = [(p, "legacy", "") for p in _legacy_words() if len(p) >= 4]
    for phrase, category, _ in [*vocabulary(), *legacy]:
        if len(phrase) < 3 or "多少" in phrase or phrase[-1] in FUNCTION_CHARACTERS:
            continue  # 给公开了 is wording, not a label: 计公开了 is no slip of it
        if category in UNCORRECTED_CATEGORIES and not (category == "t3generic" and len(phrase) < 5):
            continue  # 申情数 is 申请数 (a homophone); a generic word is never reached by any other slip
        # up to four characters: a homophone only (不再处理 is no slip for 不予处理); five or more: any one character
        # but the first (复议后起述 → 复议后起诉; never 发出了多少 → 提出了多少)
        if phrase[0] not in text and (len(phrase) >= 5 or phrase[1] not in text):
            continue  # no window can hold the phrase with one slip (its first or second character stays in place)
        # (four characters, three of them in place: a syllable one key off is a slip too — 予以公来 is 予以公开)
        starts = (
            homophone_windows(text, phrase, near_sound=len(phrase) == 4)
            if len(phrase) < 5
            else one_substitution_windows(text, phrase)
        )
        for start in starts:
            end = start + len(phrase)
            if blocked(start, end) or text[start:end] == phrase or flips_negation(text[start:end], phrase):
                continue
            taken[start:end] = [True] * (end - start)
            read_as.append(f"“{text[start:end]}”按“{phrase}”理解")
            text = text[:start] + phrase + text[end:]
    return text, read_as


CLAUSE_BREAK = re.compile(r"[，,；;。？?！!：:]")


def without_leading_remarks(masked_text: str) -> str:
    """看新闻说复议案件多了，平潭2025年行政复议总计是多少: leading clauses that ask nothing (no 多少/几) before the
    clause naming the body or year are remarks; their words must not choose the figure."""
    clauses = [c for c in CLAUSE_BREAK.split(masked_text) if c]
    for i, clause in enumerate(clauses):
        if "＃" in clause or parse_years(clause):
            leading, rest = clauses[:i], "，".join(clauses[i:])
            if not leading:
                continue  # 平潭这几年旅游发展挺快，不过我想问平潭2021年…: a later clause may name them again
            # 涉及第三方权益没给公开的，平潭2023年几件: when the rest names no figure, the leading clause was the
            # description of the figure asked, not a remark
            rest_names_a_figure = any(
                category in METRIC_CATEGORIES and key != "total"  # 一共有多少件 names no figure of its own
                for _, _, category, key in find_terms(without_years(PUNCTUATION.sub("", rest)))
            ) or any(p in rest for p, _ in legacy_vocabulary())  # 累计主动公开了多少条: a 统计表 row

            if rest_names_a_figure and not any(ASKS_A_NUMBER.search(c) for c in leading):
                return rest
            break
    return masked_text


# 多少 / 几件 ask a number; 几个区县的 / 这几年旅游 only say "a few"
ASKS_A_NUMBER = re.compile(r"多少|几(?![个家位种年][\u4e00-\u9fff])")


# Terms that name a figure (疫情那年情况比较特殊: 比较 alone asks nothing of a table)
METRIC_CATEGORIES = frozenset(
    ("t3row", "t3generic", "t3col", "org", "group", "rate", "t4block", "t4part", "litigation", "t2row", "t2col")
)


def shared_wording(text: str) -> str:
    """One verb shared by two rows, written out for each: 全部或部分给公开 / 公开和部分公开 → 予以公开和部分公开."""
    return BARE_GRANT.sub("予以公开", SHARED_GRANT_VERB.sub("予以公开和部分公开", text))


def relevant_clauses(masked_text: str) -> str:
    """The question without clauses that name no body, year or table word (顺便问一下，… / 先不说别的县，…): an
    unrelated first clause says nothing about which figure is asked."""
    clauses = [c for c in CLAUSE_BREAK.split(masked_text) if c]
    asking = [
        c
        for c in clauses
        if parse_years(c)
        or any(cat in METRIC_CATEGORIES for _, _, cat, _ in find_terms(PUNCTUATION.sub("", c)))
        or any(w in c for w in QUANTITY_WORDS)
    ]
    # 我在整理福建的资料，想知道平潭…多少件: a clause naming only a body, beside the clause that asks, adds no topic
    kept = asking or [c for c in clauses if "＃" in c]
    return "，".join(kept) if kept else masked_text


def _read_relative_year(intent: Intent, masked_text: str) -> None:
    """A year said, not named: 去年 / 最近 / 前年 (counted from the body's newest report), 上一年 (from the
    conversation's year)."""
    for word, offset in RELATIVE_YEARS.items():
        if word in masked_text and not intent.years and word + "结转" not in masked_text:  # 去年结转 names a row
            intent.relative_year = (word, offset)
            break
    if (
        re.search(r"上一年|上年(?!结转|度结转)|前一年", masked_text)
        and not intent.years
        and not intent.relative_year
        and not re.search(r"上年结转|上一年结转", masked_text)
    ):
        intent.previous_year = True
    if len(intent.years) == 1 and (THAN_THE_FIGURE_BEFORE.search(masked_text) or THAN_A_YEAR.match(masked_text)):
        intent.than_figure_before = intent.change = True


# 比2019年多多少 (a whole question): the figure just given against the year named
THAN_A_YEAR = re.compile(
    r"[那么那么，,\s]*(?:跟|和|与|较|比|相比)(?:19|20)\d{2}年?(?:的|相比|比)?(?:多|少|增加|减少|增长|下降|涨|降|变化|差)"
)
# 2022年比它多几件 / 比上面那个少了多少: a pronoun for the figure just given
THAN_THE_FIGURE_BEFORE = re.compile(r"比(?:它|这个数?|那个数?|上面(?:那个|这个)?|前面(?:那个)?|刚才(?:那个)?|前者)的?")


def _read_carry_years(intent: Intent, masked_text: str) -> None:
    """2022年有几件是2021年没办完转过来的: of a carried row's two consecutive years, one says where the applications
    came from (or went) — the report is the other."""
    metric = intent.metric
    carried_row = metric.row if metric is not None and not metric.extra_rows else None
    years = intent.years
    consecutive = len(years) == 2 and abs(years[0] - years[1]) == 1
    if carried_row in nf.CARRIED_ROWS and consecutive and not YEARS_JOINED.search(masked_text):
        intent.years = [max(years) if carried_row == "carried_over_from_last_year" else min(years)]


def _consistency_asked(masked_text: str, terms: list[tuple[int, str, str, str]], years: list[int]) -> bool:
    """对得上吗 / 一样吗 / 等于…吗, or both ends of the carry named in two years (2020年结转下年度的和
    2021年上年结转)."""
    rows_named = {k for _, _, c, k in terms if c == "t3row"}
    return (
        any(w in masked_text for w in CONSISTENCY_WORDS)
        or bool(CONSISTENCY_QUESTION.search(masked_text))
        or (set(nf.CARRIED_ROWS) <= rows_named and len(years) >= 2)
    )


def understand(question: str, gazetteer: Gazetteer) -> Intent:
    text = normalise_question(question)
    intent = Intent()
    bodies = gazetteer.resolve(text)
    spans = bodies.spans
    intent.issuers = bodies.bodies
    intent.issuer_named = bodies.named
    intent.several_bodies = bodies.several
    intent.unknown_issuer = "、".join(bodies.unexplained) or None
    intent.understood_body = bodies.understood
    intent.read_as = bodies.read_as + [
        f"“{written}”按“{read}”理解" for written, read in expand_province_abbreviations(question)[1]
    ]
    # 平潭2025年和淮安2024年: each body's own year, where the question gives bodies different years
    # (结转到2026年 / 从2020年转过来 in a part describes the figure: it is no year of that body's report)
    parts = {b: DESCRIPTIVE_YEAR.sub("", part) for b, part in bodies.parts.items()}
    own_years = {b: parse_years(part)[:1] for b, part in parts.items() if parse_years(part)}
    intent.body_parts = bodies.parts
    if len({tuple(y) for y in own_years.values()}) > 1:
        intent.body_years = own_years
    # 今年打算去平潭旅游，顺便问…多少: a plan in a remark is not a question about the report's plans
    intent.plan = any(w in without_leading_remarks(text) for w in PLAN_WORDS)
    # Issuer names must not be read as question words (平潭综合实验区 contains no metric, 科委 neither)
    masked = list(text)
    for s, e in spans:
        masked[s:e] = ["＃"] * (e - s)
    masked_text = "".join(masked)
    intent.years = parse_years(masked_text)
    report_years = [int(y) for y in REPORT_YEAR.findall(masked_text)]
    if report_years and len(intent.years) > 1:
        # 平潭2019年年报里说2020年准备…: the year of the report named as such is the report; the other describes
        intent.years = report_years[:1]
    # 2025年下一步怎么整改 / 2023年说明年要做什么: a plan said relative to the report — the year is the report's
    intent.report_year_named = bool(report_years) or any(w in masked_text for w in PLAN_RELATIVE_TO_REPORT)
    masked_text = shared_wording(masked_text)
    for phrase, meaning in COMPOSITE_PHRASES.items():
        masked_text = masked_text.replace(phrase, meaning)
    masked_text = RATHER.sub("", masked_text)
    plain = PUNCTUATION.sub("", without_leading_remarks(masked_text))
    year_free = without_years(plain)
    terms = find_terms(year_free)
    categories = {c for _, _, c, _ in terms}
    intent.change = "change" in categories or PREVIOUS_YEAR_COMPARED.search(masked_text) is not None
    if len(intent.years) > 1 and not intent.change:
        descriptive = {int(y) for y in DESCRIPTIVE_YEAR.findall(masked_text)}
        kept = [y for y in intent.years if y not in descriptive]
        intent.years = kept or intent.years[:1]
    _read_relative_year(intent, masked_text)
    if leftover_words(year_free, terms) or not terms or _unread_between(year_free, terms):
        # 行政复以 / 不掌屋 / 于以公开: a table word typed with a homophone is read as that word, and the answer says so
        corrected, read_as = correct_homophones(year_free, terms)
        if read_as:
            year_free, terms = corrected, find_terms(corrected)
            categories = {c for _, _, c, _ in terms}
            intent.change = "change" in categories or intent.than_figure_before
            intent.read_as = intent.read_as + read_as
            masked_text = correct_homophones(masked_text, find_terms(masked_text))[0]  # the leftover reads it too
    intent.metric, intent.column_only = metric_from_terms(terms, year_free)
    _read_carry_years(intent, masked_text)
    if intent.metric is not None and len(intent.years) >= 2:
        intent.change = True
    intent.ranking = "ranking" in categories
    intent.applicant_named = any(c == "org" or (c == "t3col" and k != "total") for _, _, c, k in terms)
    intent.yes_no = bool(categories & {"yesno", "weak_yesno"})
    # (哪几个乡镇 asks which, not how many)
    intent.quantity = any(w in re.sub(r"哪[几些]", "", year_free) for w in QUANTITY_WORDS)
    narrative_words = "narrative" in categories
    relevant = PUNCTUATION.sub("", relevant_clauses(without_leading_remarks(masked_text)))
    member = WHICH_MEMBER.search(masked_text)
    if member:
        intent.member_ranking = "min" if re.search("最少|最低|最小", member.group(0)) else "max"
        if intent.metric is not None and intent.column_only and intent.metric.table == "T3":
            # 除去自然人，哪类申请人最多: applicants ranked — the applications received, by applicant
            intent.metric, intent.column_only = replace(intent.metric, row="new_received"), False
    relevant = WHICH_MEMBER.sub("", WHICH_YEAR.sub("", without_years(relevant)))
    intent.leftover = leftover_words(relevant, find_terms(relevant))
    intent.narrative_phrases = [p for _, p, c, _ in terms if c == "narrative"]
    intent.generic = (
        intent.metric is not None
        and "t3generic" in categories
        and not categories & {"t3row", "group", "rate", "t4block", "litigation", "t2row"}
    )
    if (
        intent.metric is not None
        and intent.metric.table == "T2"
        and intent.metric.column in ("change", "previous_year_items")
    ):
        intent.change = intent.previous_year = False  # 本年增/减 is itself the change the question asks for
    intent.series = series_asked(masked_text, intent.years)
    if (
        intent.metric is None
        and (intent.ranking or intent.several_bodies or intent.series is not None)
        and "申请" in year_free
        and not any(w in year_free for w in ("怎么", "如何", "怎样", "流程", "渠道", "方式"))
    ):
        # 谁的申请多 / 历年申请情况: applications counted, i.e. the applications received
        intent.metric, intent.generic = Metric("T3", row="new_received"), True
    if intent.series is not None:
        intent.relative_year = None  # 最近三年 is a span, not the newest year
        if intent.series.first is not None and intent.series.last is not None and len(intent.years) >= 2:
            intent.change = False  # 2019到2025年: every year between, not the two ends' difference
    # (平潭县和实验区的是不是一样: two bodies side by side are compared, not checked year to year)
    intent.consistency_asked = _consistency_asked(masked_text, terms, intent.years) and not intent.several_bodies
    intent.consistency = intent.consistency_asked and any(w in masked_text for w in CARRIED_WORDS)
    intent.narrative = (
        intent.metric is None
        or "yesno" in categories
        or ("weak_yesno" in categories and not intent.quantity)
        or (narrative_words and not intent.quantity)
        or (narrative_words and intent.column_only)
    )
    return intent


def adapt_to_format(metric: Metric, format_version: str) -> Metric:
    """（六）其他处理 is a single row in the 2019 trial format and a group of three rows from 2021 on; a 统计表 row
    asked again of a national-format report (那2021年呢) is its national equivalent."""
    if metric.table == "TS" and format_version != nf.FORMAT_PRE_2019:
        national = next((key for key, row in LEGACY_EQUIVALENT.items() if row == metric.row), None)
        if national is None:
            return metric
        table, key = national
        if table == "T4":
            return (
                Metric("T4", block="review", part="total")
                if key == "review"
                else Metric("T4", litigation=True, part="total")
            )
        if key.startswith("（"):
            return Metric("T3", group=key, column="total")
        return Metric("T3", row=key, column="total")
    if format_version == nf.FORMAT_2019 and metric.group == nf.GROUP_OTHER:
        return replace(metric, group=None, row="other_processing")
    if format_version != nf.FORMAT_2019 and metric.row == "other_processing":
        return replace(metric, row=None, group=nf.GROUP_OTHER)
    return metric


# National figures that the pre-2019 统计表 also counts (its rows count the same things under older names).
LEGACY_EQUIVALENT = {
    ("T3", "new_received"): "applications_total",
    ("T3", "granted"): "replies_granted",
    ("T3", "partially_granted"): "replies_partial",
    ("T3", "results_total"): "replies_total",
    ("T3", nf.GROUP_DENIED): "replies_denied",
    ("T4", "review"): "review",
    ("T4", "litigation"): "litigation",
}


@cache
def legacy_vocabulary() -> list[tuple[str, str]]:
    """(phrase, row key) for the pre-2019 统计表, longest phrase first."""
    table = nf.report_format(nf.FORMAT_PRE_2019).table("TS")
    entries = [(nf.strip_numbering(r.label), r.key) for r in table.rows]
    entries += [(a, r.key) for r in table.rows for a in r.aliases]
    entries += [(t, key) for key, terms in nf.LEGACY_ROW_TERMS.items() for t in terms]
    return sorted(set(entries), key=lambda e: (-len(e[0]), e[0], e[1]))  # deterministic, not hash order


LEGACY_TABLE_WORDS = ["统计表", "表格", "以前", "之前", "不含", "截至", "截止", "年底", "减去", "减掉"]


@cache
def _legacy_words() -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            [p for p, _ in legacy_vocabulary()]
            + LEGACY_TABLE_WORDS
            + [t for terms in nf.LEGACY_COLUMN_TERMS.values() for t in terms]
        )
    )


# 访问量 / 浏览量 / 点击量 / 人次: a measure of something else than a row's items
MEASURED_NOUN = re.compile(r"访问量|浏览量|点击量|阅读量|下载量|人次|粉丝|访问次数")


def legacy_rows_named(text: str) -> list[str]:
    """统计表 rows the text names, in the order named (longest phrases claim their characters first); none where
    the text counts something no row counts (网站历年的访问量 is no 网站公开)."""
    if MEASURED_NOUN.search(text):
        return []
    taken = [False] * len(text)
    found: list[tuple[int, str]] = []
    for phrase, key in legacy_vocabulary():
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if not any(taken[start:end]):
                taken[start:end] = [True] * (end - start)
                found.append((start, key))
            start = text.find(phrase, end)
    return list(dict.fromkeys(key for _, key in sorted(found)))


def correct_legacy_slips(text: str) -> str:
    """受里依申请公开信息总数 → 受理…: a long 统计表 label typed with one slip reads as the label."""
    for phrase, _ in legacy_vocabulary():
        if len(phrase) < 5 or phrase[0] not in text or phrase in text:
            continue  # (a slip never replaces the first character)
        for start in one_substitution_windows(text, phrase):
            text = text[:start] + phrase + text[start + len(phrase) :]
    return text


def legacy_metric(text: str, national: Metric | None, previous: Metric | None = None) -> Metric | None:
    """The 统计表 cell a question asks of a pre-2019 report: its own row words first (a specific row before a total
    named by generic words; two specific rows and a sum word are their sum), then the national figure's
    equivalent, then (历年累计呢) the row of the turn before. None when the 统计表 has no such row (行政复议结果维持,
    法人或其他组织, 信息不存在 …) or when the question's other words ask something the 统计表 does not count."""
    text = correct_legacy_slips(text)
    named_column = next((key for key, terms in nf.LEGACY_COLUMN_TERMS.items() if any(t in text for t in terms)), None)
    column = named_column or "this_year"
    if national is not None and national.table == "TS":  # a follow-up keeps the 统计表 row unless it names one
        named = legacy_rows_named(text)
        # (依申请的呢 after 主动公开: a generic row named alone is the row asked now)
        named_rows = [r for r in named if r not in nf.LEGACY_GENERIC_ROWS] or named
        return replace(
            national,
            row=named_rows[0] if named_rows else national.row,
            column=named_column or national.column,
            extra_rows=(),
        )
    if national is not None and (
        national.column not in (None, "total")
        or national.organisation
        or national.columns
        or national.part not in (None, "total")
        or national.rate
        or national.table == "T2"
        or (national.table == "T4" and national.block in ("litigation_direct", "litigation_after_review"))
    ):
        return None  # a breakdown the 统计表 never had (its 行政诉讼数 does not say which came after a review)
    if national is not None and national.table == "T4" and national.block == "all":
        # 复议和诉讼一共: the 统计表 counts both, as two rows
        return Metric("TS", row="review", extra_rows=("litigation",), column=column)
    equivalent = _legacy_equivalent(national) if national is not None else None
    if national is not None and equivalent is None and not _generic_national(national):
        return None  # a national row the 统计表 never had (信息不存在, 国家秘密 …)
    # 复议后起诉 is a lawsuit, not a 行政复议: its 复议 must not name the 统计表's 行政复议数 row
    for phrase in sorted(nf.T4_BLOCK_TERMS["litigation_after_review"], key=len, reverse=True):
        text = text.replace(phrase, "行政诉讼")
    rows = legacy_rows_named(text)
    specific = [r for r in rows if r not in nf.LEGACY_GENERIC_ROWS]
    if "replies_partial" in specific and "replies_granted" in specific and not any(w in text for w in SUM_WORDS):
        specific.remove("replies_granted")  # 只同意公开一部分: 部分 qualifies 同意公开
    if specific:
        if len(specific) >= 2 and any(w in text for w in SUM_WORDS + ("加",)):
            return Metric("TS", row=specific[0], extra_rows=tuple(specific[1:]), column=column)
        return Metric("TS", row=specific[0], column=column)
    if rows or equivalent:
        generic_row = rows[0] if rows else equivalent
        rest = relevant_clauses(text)  # 我在整理福建的资料，…: a clause that asks nothing leaves no unread words
        for phrase in (
            [p for p, _ in legacy_vocabulary()]
            + LEGACY_TABLE_WORDS
            + [t for terms in nf.LEGACY_COLUMN_TERMS.values() for t in terms]
            + list(SERIES_WORDS)  # 每年主动公开了多少条: asked over years, still the one row
        ):
            # (主动公开数: the row's words with a measure after them are the row's count)
            rest = re.sub(re.escape(phrase) + r"(?:数量|条数|件数|数)?", " ", rest)
        rest = WHICH_YEAR.sub(" ", rest)  # 哪年最多 picks among the years
        for _, phrase, category, _ in find_terms(rest):
            if category not in ("narrative", "yesno", "weak_yesno"):  # 信息处理费 is no 统计表 word
                rest = rest.replace(phrase, " ")
        if leftover_words(rest, []):
            return None  # 收了多少信息处理费: a generic word alone does not make it the 受理 row
        return Metric("TS", row=generic_row, column=column)
    if previous is not None and previous.table == "TS" and named_column:
        return replace(previous, column=named_column)
    return None


def _generic_national(metric: Metric) -> bool:
    return metric.table == "T3" and not metric.group and (metric.row in (None, "new_received", "results_total"))


def _legacy_equivalent(national: Metric) -> str | None:
    if national.table == "T4":
        block = (
            "litigation" if national.litigation or (national.block or "").startswith("litigation") else national.block
        )
        return LEGACY_EQUIVALENT.get(("T4", block or "review"))
    return LEGACY_EQUIVALENT.get(("T3", national.group or national.row or "new_received"))


def legacy_whole(part: Metric) -> Metric | None:
    """The 统计表 total a member row belongs to (网站公开 → 主动公开信息数), for a share with no denominator named."""
    for identity in nf.LEGACY.identities:
        ((total, column),) = identity.left
        if column == part.column and any(row == part.row for row, _ in identity.right):
            return Metric("TS", row=total, column=column)
    return None


def merge_metric(previous: Metric | None, new: Metric | None, column_only: bool) -> Metric | None:
    """A follow-up that names only a column (其中自然人呢) or a T4 part keeps the earlier row."""
    if new is None:
        return previous
    if previous is None or not column_only:
        return new
    if new.table == "T3" and previous.table == "T3":
        return replace(previous, column=new.column, organisation=new.organisation, columns=new.columns)
    if new.table == "T4" and previous.table == "T4":
        return replace(previous, part=new.part)
    if new.table == "T2" and previous.table == "T2":
        if new.column in nf.T2_AMOUNT_COLUMNS:
            if previous.row == "centralized_procurement":  # 金额多少 after 政府集中采购: that row's amount
                return replace(previous, column="procurement_amount", extra_rows=())
            return Metric("T2", row="administrative_fees", column="fee_amount")  # 收费金额呢: the fees row
        return replace(previous, column=new.column)
    return previous
