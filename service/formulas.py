"""Questions that spell their own arithmetic: a share (X 占 Y 的百分之多少, X ÷ Y), a difference (X 比 Y 多几件),
a sum of figures from different rows or tables (复议加诉讼一共). The question is split at its operator into operand
phrases; each operand is read like a question of its own, and what an operand leaves out (the row of 其中自然人) is
taken from the rest of the question. The values come from stored cells only; the formula is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from service.understanding import (
    Metric,
    find_terms,
    leftover_words,
    legacy_metric,
    legacy_whole,
    metric_from_terms,
)

Resolver = Callable[[str, "Metric | None"], "Metric | None"]

PERCENT_WORDS = r"(?:百分之多少|百分之几|百分比|多少百分比|比例|比重|占比|比率|几成|多少%|%)"
DECIMALS = re.compile(r"保留(一|两|二|三|1|2|3)位(?:小数)?")
DECIMAL_WORDS = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3}


def decimals_asked(text: str, default: int) -> int:
    """The decimal places a question asks for (保留两位小数), or ``default``."""
    m = DECIMALS.search(text)
    return DECIMAL_WORDS[m.group(1)] if m else default


# Patterns, most specific first. Each yields (kind, numerator/first, denominator/second) operand phrases.
RATIO_PATTERNS = (
    re.compile(r"(?P<a>.+?)(?:除以|÷|/)(?P<b>.+?)(?:乘以|×|\*|再乘|[，,。）)]|$)"),
    re.compile(r"(?P<a>.+?)(?:占|在)(?P<b>.+?)(?:中|里|当中)?的?" + PERCENT_WORDS),
    re.compile(r"(?P<b>.+?)(?:中|里|当中)[，,]?(?P<a>.+?)(?:所占|占了?)(?:的)?" + PERCENT_WORDS),
    re.compile(r"(?P<a>.+?)(?:所占|占)(?:了)?(?:的)?" + PERCENT_WORDS),
    # 新收申请中自然人的比例: the whole first, the part after 中
    re.compile(r"(?P<b>.+?)(?:中|里|当中)[，,]?(?P<a>[^，,。]+?)的?" + PERCENT_WORDS),
    # 部分公开的比例: of the whole the row is part of (占新收的比例 names the whole, the part is the figure before)
    re.compile(r"^(?P<a>[^占]+?)(?:的)?(?:占比|比例|比重)"),
)
DIFFERENCE = re.compile(r"(?P<a>.*?)比(?P<b>.+?)(?P<dir>多|少)(?:出|了)?(?:几|多少|啥)")
# 比行政许可多还是少？差多少 / 相差几件: the direction is asked, not given — the larger less the smaller
EITHER_WAY = re.compile(
    r"(?P<a>.*?)(?:比|和|与|跟)(?P<b>.+?)(?:相比)?(?:多还是少|少还是多|谁多谁少|哪个多)?[，,？?]?\s*(?:相差|差了?|差距|差额)(?:是|有)?(?:几|多少|啥)"
)
# 行政处罚是行政许可的多少倍: a ratio said in times, not a percentage
TIMES = re.compile(r"(?P<a>.+?)是(?P<b>.+?)的(?:多少|几|几点几)倍")
FOLLOW_UP_SUM = re.compile(r"^(?:那|再|那再)?(?:加上|加)(?P<b>[^，,。？?]+?)(?:一共|合计|总共|共计|是多少|多少|几)")
FOLLOW_UP_RATIO = re.compile(r"^(?:那|这)?(?:占|是)(?P<b>.+?)(?:中|里)?的?" + PERCENT_WORDS)
MINUS = re.compile(r"(?P<a>.+?)(?:减去|减掉|扣除|减|−|-)(?P<b>[^，,。；;？?）)]+)")
# 加上年结转 is 加 + 上年结转, not 加上 + 年结转
SUM = re.compile(
    r"(?P<a>.+?)(?:加上(?!年|一年)|加|＋|\+)(?P<b>.+?)(?:一共|合计|总共|共计|加起来|之和|总和|是多少|多少|几|$)"
)


DIVIDED_BRACKET = re.compile(r"[（(]([^（）()]*[+＋][^（）()]*)[)）](?=\s*(?:÷|/|除以|占|在))")
# (… 占（新收+上年结转）的比例: the bracket after 占 is the whole, as after ÷)
DIVISOR_BRACKET = re.compile(r"(?P<op>÷|/|除以|占了?|在)\s*[（(]([^（）()]*[+＋][^（）()]*)[)）]")


PLUS_CHAIN = re.compile(r"[^，,。；;？?（）()+＋÷/]+(?:[+＋][^，,。；;？?（）()+＋÷/]+){2,}")


def plus_chains_enumerated(text: str) -> str:
    """不掌握+另行制作+补正后不明确: three or more added are an enumeration, whose sum reads every one of them (a
    formula has two operands)."""
    return PLUS_CHAIN.sub(lambda m: _as_enumeration(m.group(0)), text)


def _as_enumeration(bracketed_sum: str) -> str:
    return bracketed_sum.replace("+", "和").replace("＋", "和")


@dataclass(frozen=True)
class Formula:
    kind: str  # ratio / times / difference / sum
    operands: tuple[Metric, ...]
    decimals: int = 2
    phrases: tuple[str, ...] = ()
    larger_first: bool = False  # a difference asked either way (相差多少): the larger less the smaller


def national_operand(phrase: str, base: Metric | None) -> Metric | None:
    """An operand phrase read as a metric; what it leaves out comes from the whole question's metric."""
    terms = find_terms(phrase)
    metric, column_only = metric_from_terms(terms, phrase)
    if metric is None or leftover_words(phrase, terms):
        return None  # 自燃人占比: an operand with words not read is not read — never a figure without them
    if base is not None and base.table == "T4" and metric.table == "T3" and column_only and metric.column == "total":
        return replace(base, part="total", parts=())  # 纠正/总计 of a review: the block's own total
    applicants = base is not None and (base.column not in (None, "total") or base.organisation or bool(base.columns))
    if (
        base is not None
        and applicants
        and metric.table == base.table == "T3"
        and not column_only
        and metric.column is None
    ):
        # 自然人的申请（新收加上年结转）: each row in the applicants the question names
        metric = replace(metric, column=base.column, organisation=base.organisation, columns=base.columns)
    if base is not None and metric.table == base.table:
        if column_only and metric.table == "T3":
            return replace(
                base,
                column=metric.column,
                organisation=metric.organisation,
                columns=metric.columns,
                rate=False,
                extra_rows=base.extra_rows,
            )
        if column_only and metric.table == "T4":
            return replace(base, part=metric.part)
        if column_only and metric.table == "T2" and base.row:  # 比废止的多几件: the same T2 row, another column
            return replace(base, column=metric.column, extra_rows=())
    return metric


def legacy_operand(phrase: str, base: Metric | None) -> Metric | None:
    """An operand of a question about a pre-2019 统计表: 网站公开的 / 历年累计 (the base's row in that column)."""
    return legacy_metric(phrase, None, previous=base)


def implied_whole(part: Metric) -> Metric | None:
    """The denominator a share implies when the question names none: the row's total column, or the block's total,
    or all results; for the 统计表, the total of the member row's group."""
    if part.table == "TS":
        return legacy_whole(part)
    if part.table == "T3" and (part.column not in (None, "total") or part.organisation or part.columns):
        return replace(part, column="total", organisation=False, columns=())
    if part.table == "T3" and (part.row or part.group):
        return Metric("T3", row="results_total", column=part.column or "total")
    if part.table == "T4" and part.part not in (None, "total"):
        return replace(part, part="total")
    return None


def last_clause(text: str) -> str:
    """(公开率=（予以公开+部分公开）/…: what follows = is the formula, not the name it defines)"""
    return re.split(r"[，,；;。？?！!：:=＝]", text)[-1] or text


def _explains_a_part(formula: Formula, base: Metric | None) -> bool:
    """A sum in brackets that is only part of what the whole question asks: the T4 blocks of 复议和诉讼 (all), of
    which 直接起诉+复议后起诉 is the 诉讼 part."""
    if formula.kind != "sum" or base is None or base.table != "T4":
        return False
    return base.block == "all" and all(o.table == "T4" and o.block != "review" for o in formula.operands)


def bracket_spells_out_the_figure(text: str, base: Metric | None) -> bool:
    """行政复议、行政诉讼（直接起诉+复议后起诉）总共多少: the bracket's sum spells out a part of the figure asked, which
    already holds it — the + asks no arithmetic of its own."""
    bracket = re.search(r"[（(]([^（）()]*[+＋][^（）()]*)[)）]", text)
    if bracket is None:
        return False
    formula = _parse(bracket.group(1), base, 2, national_operand)
    return formula is not None and _explains_a_part(formula, base)


def _names_a_row(phrase: str) -> bool:
    return any(category in ("t3row", "group", "t2row", "t4block") for _, _, category, _ in find_terms(phrase))


def _same_figure(a: Metric, b: Metric) -> bool:
    """Two operands that name the same cells (a row, and the same row with its 总计 column spelled out)."""
    return replace(a, column=a.column or "total") == replace(b, column=b.column or "total")


def parse_formula(
    text: str,
    base: Metric | None,
    operand: Resolver = national_operand,
    previous: Metric | None = None,
    whole: Metric | None = None,
) -> Formula | None:
    """The arithmetic a question spells, or None. ``text`` is the question without body names and years; ``whole``
    is the denominator of the share asked just before (那部分公开的占比呢 keeps 予以公开÷新收's 新收)."""
    # （予以公开+部分公开）÷办理结果总计: a bracketed sum right before ÷ is the numerator — written as an enumeration
    # and one right after ÷ the denominator: 办理结果总计÷（本年新收+上年结转）
    text = plus_chains_enumerated(text)
    text = DIVIDED_BRACKET.sub(lambda m: _as_enumeration(m.group(1)), text)
    text = DIVISOR_BRACKET.sub(lambda m: m.group("op") + _as_enumeration(m.group(2)), text)
    decimals = decimals_asked(text, 2)
    # A formula spelled in brackets defines the figure: 纠错率（纠正除以总计）
    bracket = re.search(r"[（(]([^（）()]*(?:除以|÷|/|减|加|＋|\+|比)[^（）()]*)[)）]", text)
    candidates = [bracket.group(1)] if bracket else []
    candidates.append(re.sub(r"[（(][^（）()]*[)）]", "", text) if bracket else text)
    deferred = None
    for candidate in candidates:
        formula = _parse(candidate, base, decimals, operand, whole)
        if formula is not None and bracket and candidate == bracket.group(1) and _explains_a_part(formula, base):
            continue  # 行政复议和行政诉讼（直接起诉+复议后起诉）: the bracket spells out one part of the figure
        if formula is not None and formula.kind == "sum" and bracket and candidate == bracket.group(1):
            # “无法提供”（不掌握+需另行制作+…）占…的比例: a sum in brackets spells out one operand of the arithmetic the
            # rest of the question asks; it is the figure only where the rest asks none
            deferred = formula
            continue
        if formula is not None:
            return formula
    if deferred is not None:
        return deferred
    if previous is not None:
        # a follow-up whose first operand is the figure just given: 比上年结转过来的多几件 / 占办理结果总数的百分之几
        plain = DECIMALS.sub("", text)
        m = FOLLOW_UP_RATIO.search(plain)
        if m:
            whole = operand(m.group("b"), None)
            if whole is not None and whole != previous:
                return Formula("ratio", (previous, whole), decimals, ("", m.group("b")))
        m = FOLLOW_UP_SUM.search(plain)
        if m:  # 加上上年结转一共多少: the figure just given, and the one named
            other = operand(m.group("b"), None)
            if other is not None and other != previous:
                return Formula("sum", (previous, other), decimals, ("", m.group("b")))
        m = DIFFERENCE.search(plain)
        if m and not m.group("a").strip("那这个的"):
            other = operand(m.group("b"), None)
            if other is not None and other != previous:
                operands = (previous, other) if m.group("dir") == "多" else (other, previous)
                return Formula("difference", operands, decimals, ("", m.group("b")))
    return None


def _ratio(
    text: str, base: Metric | None, decimals: int, _operand: Resolver, whole: Metric | None = None
) -> Formula | None:
    for pattern in RATIO_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        a = _operand(m.group("a"), base)
        if a is None or (pattern is RATIO_PATTERNS[0] and a.rate):
            a = _operand(last_clause(m.group("a")), base)  # 公开率怎么样？就是予以公开和部分公开÷…: the clause before ÷
        b_phrase = m.groupdict().get("b")
        b = _operand(b_phrase, base) if b_phrase else None
        if a is not None and b is None:
            b = whole if whole is not None and whole.table == a.table else implied_whole(a)
        if a is not None and b is not None and _same_figure(a, b):
            if "/" in m.group(0) and _names_a_row(b_phrase or ""):
                continue  # 查不到/本机关不掌握: two names of one row, a slash between them — no division
            b = implied_whole(a)  # 不掌握÷总计: a bare 总计 under a row is the whole the row is part of
        if a is not None and b is not None and a != b:
            return Formula("ratio", (a, b), decimals, (m.group("a"), b_phrase or ""))
    return None


def _one_column(a: Metric | None, b: Metric | None) -> tuple[Metric | None, Metric | None]:
    """规章现行有效的比行政规范性文件少几件: a table-two column named once holds for both rows."""
    if a is None or b is None or a.table != "T2" or b.table != "T2" or a.row == b.row:
        return a, b
    if a.column and not b.column:
        return a, replace(b, column=a.column)
    if b.column and not a.column:
        return replace(a, column=b.column), b
    return a, b


def _parse(
    text: str, base: Metric | None, decimals: int, _operand: Resolver, whole: Metric | None = None
) -> Formula | None:
    text = DECIMALS.sub("", text)
    m = TIMES.search(text)
    if m:
        a, b = _operand(last_clause(m.group("a")), base), _operand(m.group("b"), base)
        if a is not None and b is not None and a != b:
            return Formula("times", (a, b), decimals, (m.group("a"), m.group("b")))
    ratio = _ratio(text, base, decimals, _operand, whole)
    if ratio is not None:
        return ratio
    m = DIFFERENCE.search(text)
    if m and m.group("a"):
        # 受理了依申请公开，但答复的比受理的少几条: the clause before 比 is the operand, not all that precedes it
        a, b = _one_column(_operand(last_clause(m.group("a")), base), _operand(m.group("b"), base))
        if a is not None and b is not None and a != b:
            operands = (a, b) if m.group("dir") == "多" else (b, a)
            return Formula("difference", operands, decimals, (m.group("a"), m.group("b")))
    m = EITHER_WAY.search(text)
    if m and m.group("a"):
        a, b = _one_column(_operand(last_clause(m.group("a")), base), _operand(m.group("b"), base))
        if a is not None and b is not None and a != b:
            return Formula("difference", (a, b), decimals, (m.group("a"), m.group("b")), larger_first=True)
    m = MINUS.search(text)
    if m:
        a, b = _operand(m.group("a"), base), _operand(m.group("b"), base)
        if a is not None and b is not None and a != b:
            return Formula("difference", (a, b), decimals, (m.group("a"), m.group("b")))
    m = SUM.search(text)
    if m:
        a, b = _operand(m.group("a"), base), _operand(m.group("b"), base)
        if a is not None and b is not None and a.table == b.table == "T3":
            # 自然人的申请，本年新收的加上上年结转的: the column named once holds for both rows
            if a.column not in (None, "total") and b.column is None:
                b = replace(b, column=a.column)
            elif b.column not in (None, "total") and a.column is None:
                a = replace(a, column=b.column)
        distinct = a is not None and b is not None and (a.table != b.table or a.block != b.block or a.row != b.row)
        if a is not None and b is not None and a != b and distinct:
            return Formula("sum", (a, b), decimals, (m.group("a"), m.group("b")))
    return None
