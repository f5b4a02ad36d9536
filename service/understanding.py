"""Understanding a question, deterministically: which issuer, which year, which cell or derived figure.

Wording is matched against the national format's labels and question vocabulary (indexing/national_format.py);
longer phrases win over shorter ones. Nothing here calls a language model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from indexing import national_format as nf
from indexing.metadata import OCR_PLACE_CORRECTIONS

CHINESE_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
YEAR_ARABIC = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度?)?(?![\d件条个次元项%])")
YEAR_CHINESE = re.compile(r"([零〇○Ｏ一二三四五六七八九]{4})\s*年")
RELATIVE_YEARS = {"去年": 0, "上年度": 0, "最近一年": 0, "最新": 0, "最近": 0, "前年": -1}
QUANTITY_WORDS = (
    "多少", "几件", "几个", "几项", "几次", "几起", "数量", "数目", "总数", "是多少", "有几", "多大", "比例", "占比",
    "率", "金额", "排名", "最多", "最少", "增加", "减少", "变化", "几",
)
# Place words that are not an issuer: 全区, 本市, 哪个区, 辖区 …
GENERIC_PLACE = re.compile(r"^(?:[本全我该各哪这那此其每贵辖城社小地园景片街省]|区县|市县|省市|市区)")
PLACE_NAME = re.compile(
    r"([\u4e00-\u9fff]{2,6}?(?:省|市|区|县|州|旗))(?:人民政府|政府)?"
    r"|([\u4e00-\u9fff]{2,8}?(?:局|委员会))"
    r"|^([\u4e00-\u9fff]{2,6}?(?:部|署|总局|办公厅))(?=[\d〇零一二三四五六七八九]{4}|的|在|今年|去年)"
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

    @property
    def has_row(self) -> bool:
        return bool(self.row or self.group or self.rate or self.block or self.litigation)


@dataclass
class Intent:
    issuers: list[str] = field(default_factory=list)  # full names of the issuers the question names
    issuer_named: bool = False
    unknown_issuer: str | None = None
    years: list[int] = field(default_factory=list)
    relative_year: tuple[str, int] | None = None  # ("去年", offset from the newest report)
    previous_year: bool = False  # 上一年 / 上年 relative to the conversation's year
    metric: Metric | None = None
    column_only: bool = False  # "其中自然人呢" — a column without a row
    narrative: bool = False
    change: bool = False
    ranking: bool = False
    quantity: bool = False
    leftover: list[str] = field(default_factory=list)  # content words no vocabulary entry explained
    narrative_phrases: list[str] = field(default_factory=list)
    generic: bool = False  # the metric rests only on generic words such as 收到/申请了


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
    return sorted(unique, key=lambda e: (-len(e[0]), e[1]))


def find_terms(text: str) -> list[tuple[int, str, str, str]]:
    """Non-overlapping (position, phrase, category, key) matches, longest phrases first."""
    taken = [False] * len(text)
    found: list[tuple[int, str, str, str]] = []
    for phrase, category, key in vocabulary():
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            if not any(taken[start:end]):
                for i in range(start, end):
                    taken[i] = True
                found.append((start, phrase, category, key))
            start = text.find(phrase, end)
    return sorted(found)


# --- issuers and years --------------------------------------------------------------------------------

PLACE_SUFFIXES = ("综合实验区", "实验区", "新区", "开发区", "自治县", "区", "县", "市")


def issuer_variants(issuer: str, short: str) -> set[str]:
    """The ways people name an issuer: 上海市虹口区人民政府 / 虹口区 / 虹口 / 虹口区政府 …"""
    names = {issuer, short}
    for name in (issuer, short):
        for suffix in ("人民政府办公厅", "人民政府办公室", "人民政府"):
            if name.endswith(suffix):
                base = name[: -len(suffix)]
                names |= {base, base + "政府"}
                if suffix != "人民政府":
                    names |= {base + "政府办公厅", base + suffix.removeprefix("人民政府")}
    for name in list(names):
        if name.endswith(("区", "县", "市")) and len(name) >= 2:
            names |= {name + "政府", name + "人民政府"}
        for suffix in PLACE_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2 and not name.endswith(("政府", "办公厅")):
                names.add(name[: -len(suffix)])
                break
    if "科学技术委员会" in issuer:
        names |= {issuer.replace("科学技术委员会", "科委"), "市科委", "科委"}
    if issuer.endswith("人民政府办公厅"):
        city = issuer[: -len("人民政府办公厅")]
        names |= {"市政府办公厅", f"{city}政府办公厅", f"{city}办公厅"}
    for right, wrong in ((r, w) for w, r in OCR_PLACE_CORRECTIONS.items()):
        names |= {n.replace(right, wrong) for n in names if right in n}
    return {n for n in names if len(n) >= 2}


def parse_years(text: str) -> list[int]:
    years = [int(m.group(1)) for m in YEAR_ARABIC.finditer(text)]
    for m in YEAR_CHINESE.finditer(text):
        years.append(int("".join(str(CHINESE_DIGITS[c]) for c in m.group(1))))
    return sorted(set(years), key=years.index)


@dataclass
class IssuerIndex:
    """What the store holds: issuers with their name variants and years."""

    years_by_issuer: dict[str, list[int]]
    short_by_issuer: dict[str, str]
    variants: dict[str, set[str]]  # variant → issuers

    @classmethod
    def build(cls, reports: list[dict]) -> IssuerIndex:
        years: dict[str, list[int]] = {}
        shorts: dict[str, str] = {}
        variants: dict[str, set[str]] = {}
        for r in reports:
            years.setdefault(r["issuer"], []).append(r["year"])
            shorts[r["issuer"]] = r["issuer_short"]
            for v in issuer_variants(r["issuer"], r["issuer_short"]):
                variants.setdefault(v, set()).add(r["issuer"])
        for y in years.values():
            y.sort()
        return cls(years, shorts, variants)

    def match(self, text: str) -> tuple[list[str], list[tuple[int, int]]]:
        """Issuers named in the text (longest variants first) and the spans they cover."""
        taken = [False] * len(text)
        spans: list[tuple[int, int]] = []
        issuers: list[str] = []
        for variant in sorted(self.variants, key=len, reverse=True):
            start = text.find(variant)
            while start >= 0:
                end = start + len(variant)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * (end - start)
                    spans.append((start, end))
                    for issuer in sorted(self.variants[variant]):
                        if issuer not in issuers:
                            issuers.append(issuer)
                start = text.find(variant, end)
        # A bare region (上海 / 上海市) names every indexed issuer of that region.
        if not issuers:
            for issuer in self.years_by_issuer:
                region = re.match(r"^([\u4e00-\u9fff]{2,3}?)(?:省|市)", issuer)
                if region and region.group(1) in text:
                    issuers.append(issuer)
        return issuers, spans


def topic_text(question: str, index: IssuerIndex) -> str:
    """The question without issuer names and years: once retrieval is filtered by report, those words only add
    noise (every passage of 虹口区's report is about 虹口区)."""
    text = re.sub(r"\s+", "", question)
    _, spans = index.match(text)
    for s, e in sorted(spans, reverse=True):
        text = text[:s] + " " + text[e:]
    text = YEAR_ARABIC.sub(" ", text)
    text = YEAR_CHINESE.sub(" ", text)
    return text.strip() or question


def unknown_place(text: str, known_spans: list[tuple[int, int]]) -> str | None:
    """A place or organ name in the question that no indexed issuer answers to."""
    for m in PLACE_NAME.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        start, end = m.start(), m.start() + len(name)
        if any(s <= start < e or s < end <= e for s, e in known_spans):
            continue
        if GENERIC_PLACE.match(name) or len(name) < 3 and not name.endswith(("县", "区")):
            continue
        if name in ("政府", "人民政府") or re.match(r"^\d", name):
            continue
        return name
    return None


# --- the question ------------------------------------------------------------------------------------


def _metric_from_terms(
    terms: list[tuple[int, str, str, str]], text: str, format_hint: str | None = None
) -> tuple[Metric | None, bool]:
    """The metric the matched terms describe, and whether only a column was named.

    Priority: T4 blocks, T2 rows, the grant rate, a specific T3 row or group, then the generic words for the
    year's applications (收到/申请了), then a bare column (a follow-up such as 其中自然人呢)."""
    cats: dict[str, list[str]] = {}
    # Within a category the longest matched phrase speaks first (没办完…放到下一年接着办 → 接着办 over 办完).
    for _, _, category, key in sorted(terms, key=lambda t: -len(t[1])):
        cats.setdefault(category, []).append(key)
    first = lambda c: cats[c][0] if c in cats else None  # noqa: E731

    if "t4block" in cats or "litigation" in cats:
        part = first("t4part") or "total"
        blocks = list(dict.fromkeys(cats.get("t4block", [])))
        specific = [b for b in blocks if b != "review"]
        if len(specific) == 2:
            return Metric("T4", litigation=True, part=part), False  # 直接起诉加复议后起诉
        if "litigation" in cats and "review" in blocks and not specific:
            if any(w in text for w in nf.AFTER_REVIEW_WORDS):
                return Metric("T4", block="litigation_after_review", part=part), False
            if any(w in text for w in nf.DIRECT_WORDS):
                return Metric("T4", block="litigation_direct", part=part), False
            return Metric("T4", block="all", part=part), False  # 行政复议和行政诉讼加起来
        if specific:
            return Metric("T4", block=specific[0], part=part), False
        if "litigation" in cats and any(w in text for w in nf.DIRECT_WORDS):
            return Metric("T4", block="litigation_direct", part=part), False
        if blocks:
            return Metric("T4", block="review", part=part), False
        return Metric("T4", litigation=True, part=part), False
    if "t2row" in cats:
        row = cats["t2row"][0]
        column = first("t2col")
        if column in nf.T2_AMOUNT_COLUMNS:
            column = "procurement_amount" if row == "centralized_procurement" else "fee_amount"
        return Metric("T2", row=row, column=column), False
    columns = [c for c in cats.get("t3col", []) if c != "total"]
    column = columns[0] if columns else None
    organisation = "org" in cats and column is None
    if column is None and not organisation and "t3col" in cats:
        column = "total"
    rows = cats.get("t3row", [])
    # In a change question "百分比" is the change's percentage, not the grant rate.
    rate_words = any(w in text for w in nf.RATE_WORDS) and "change" not in cats
    if "rate" in cats or ("granted" in rows and rate_words):
        extra = ("partially_granted",) if "partially_granted" in rows else ()  # 予以公开及部分公开的占比
        return Metric("T3", row="granted", extra_rows=extra, rate=True, column=column or "total", organisation=organisation), False
    if "group" in cats:
        group = cats["group"][0]
        in_group = [r for r in rows if r in nf.T3_GROUPS_2021.get(group, ())]
        wants_sum = any(w in text for w in nf.GROUP_SUM_WORDS)
        if not rows or (in_group and wants_sum and len(in_group) == len(rows)):
            if group == nf.GROUP_OTHER and format_hint == nf.FORMAT_2019:
                return Metric("T3", row="other_processing", column=column, organisation=organisation), False
            return Metric("T3", group=group, column=column, organisation=organisation), False
    if len(set(rows)) == 2 and any(w in text for w in ("加", "加上", "合计", "之和", "总量")):
        in_order = [k for _, _, c, k in sorted(terms) if c == "t3row"]  # as the question names them
        first_row, second_row = list(dict.fromkeys(in_order))
        return Metric("T3", row=first_row, extra_rows=(second_row,), column=column, organisation=organisation), False
    if rows:
        row = rows[0]
        if row == "other_processing" and format_hint != nf.FORMAT_2019:
            return Metric("T3", group=nf.GROUP_OTHER, column=column, organisation=organisation), False
        return Metric("T3", row=row, column=column, organisation=organisation), False
    if "t3generic" in cats:
        if text.startswith(("其中", "那", "这")) and (column or organisation):
            return Metric("T3", column=column, organisation=organisation), True  # 其中公司申请的呢: a follow-up
        return Metric("T3", row=cats["t3generic"][0], column=column, organisation=organisation), False
    if column or organisation:
        return Metric("T3", column=column, organisation=organisation), True
    if "t4part" in cats:
        return Metric("T4", part=cats["t4part"][0]), True
    if "t2col" in cats:
        return Metric("T2", column=cats["t2col"][0]), True
    return None, False


PUNCTUATION = re.compile(r"[、，,。.；;：:？?！!“”\"'‘’（）()《》<>【】\[\]\s]")
# A year that only describes the figure (结转到2022年 / 从2020年转过来) when the question names another year.
DESCRIPTIVE_YEAR = re.compile(r"(?:到|至|从|自|留到|转到|结转到|结转至)((?:19|20)\d{2})\s*年")
QUESTION_FILLER = frozenset(
    "多少 几件 几 件 有 是 的 了 吗 呢 年 共 一共 总共 政府 信息 公开 政府信息 信息公开 申请 个 什么 哪些 请问 报告 年报 "
    "里 中 在 被 因为 而 其中 一下 情况 工作 数量 数 那 和 与 及 还 为 由 对 这些 多少件 请 告诉 我 想 知道 查询 "
    "全年 本年 当年 该 本 机关 单位 方面 去年 前年 今年 最近 最新 上年 上一年 年度 那么 的话".split()
)


def leftover_words(text: str, terms: list[tuple[int, str, str, str]]) -> list[str]:
    """Content words the vocabulary did not account for (主动撤回 in 多少件申请是主动撤回的)."""
    from indexing.stores.bm25_store import tokenize

    rest = text
    for _, phrase, _, _ in terms:
        rest = rest.replace(phrase, " ")
    rest = PLACE_NAME.sub(" ", rest)  # 徐州市睢宁县: a parent city qualifies the issuer, it is not a topic
    rest = re.sub(r"\d+", " ", rest).replace("＃", " ")
    return [t for t in dict.fromkeys(tokenize(rest)) if len(t) >= 2 and t not in QUESTION_FILLER]


def understand(question: str, index: IssuerIndex) -> Intent:
    text = re.sub(r"\s+", "", question)
    intent = Intent()
    intent.issuers, spans = index.match(text)
    intent.issuer_named = bool(intent.issuers)
    intent.unknown_issuer = unknown_place(text, spans)
    # Issuer names must not be read as question words (平潭综合实验区 contains no metric, 科委 neither)
    masked = list(text)
    for s, e in spans:
        masked[s:e] = ["＃"] * (e - s)
    masked_text = "".join(masked)
    intent.years = parse_years(masked_text)
    plain = PUNCTUATION.sub("", masked_text)
    year_free = YEAR_ARABIC.sub("", YEAR_CHINESE.sub("", plain))
    terms = find_terms(year_free)
    categories = {c for _, _, c, _ in terms}
    intent.change = "change" in categories
    if len(intent.years) > 1 and not intent.change:
        descriptive = {int(y) for y in DESCRIPTIVE_YEAR.findall(masked_text)}
        kept = [y for y in intent.years if y not in descriptive]
        intent.years = kept or intent.years[:1]
    for word, offset in RELATIVE_YEARS.items():
        if word in masked_text and not intent.years:
            intent.relative_year = (word, offset)
            break
    if re.search(r"上一年|上年(?!结转|度结转)|前一年", masked_text) and not intent.years and not intent.relative_year:
        if not re.search(r"上年结转|上一年结转", masked_text):
            intent.previous_year = True
    intent.metric, intent.column_only = _metric_from_terms(terms, year_free)
    if intent.metric is not None and len(intent.years) >= 2:
        intent.change = True
    intent.ranking = "ranking" in categories
    intent.quantity = any(w in year_free for w in QUANTITY_WORDS)
    narrative_words = "narrative" in categories
    intent.leftover = leftover_words(year_free, terms)
    intent.narrative_phrases = [p for _, p, c, _ in terms if c == "narrative"]
    intent.generic = (
        intent.metric is not None
        and "t3generic" in categories
        and not categories & {"t3row", "group", "rate", "t4block", "litigation", "t2row"}
    )
    if intent.metric is not None and intent.metric.table == "T2" and intent.metric.column in ("change", "previous_year_items"):
        intent.change = intent.previous_year = False  # 本年增/减 is itself the change the question asks for
    intent.narrative = (
        intent.metric is None
        or "yesno" in categories
        or ("weak_yesno" in categories and not intent.quantity)
        or (narrative_words and not intent.quantity)
        or (narrative_words and intent.column_only)
    )
    return intent


def adapt_to_format(metric: Metric, format_version: str) -> Metric:
    """（六）其他处理 is a single row in the 2019 trial format and a group of three rows from 2021 on."""
    if format_version == nf.FORMAT_2019 and metric.group == nf.GROUP_OTHER:
        return replace(metric, group=None, row="other_processing")
    if format_version != nf.FORMAT_2019 and metric.row == "other_processing":
        return replace(metric, row=None, group=nf.GROUP_OTHER)
    return metric


def merge_metric(previous: Metric | None, new: Metric | None, column_only: bool) -> Metric | None:
    """A follow-up that names only a column (其中自然人呢) or a T4 part keeps the earlier row."""
    if new is None:
        return previous
    if previous is None or not column_only:
        return new
    if new.table == "T3" and previous.table == "T3":
        return replace(previous, column=new.column, organisation=new.organisation)
    if new.table == "T4" and previous.table == "T4":
        return replace(previous, part=new.part)
    if new.table == "T2" and previous.table == "T2":
        return replace(previous, column=new.column)
    return previous
