"""Answer a question: exact figures from the table store (or computed from stored cells, formula shown) and
cited passages. One function, one JSON shape, for the API, the CLI, the web page and the evaluation scripts.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from indexing import national_format as nf
from indexing.numbers import clean_number, format_number
from indexing.stores import Stores
from indexing.stores.bm25_store import tokenize
from indexing.stores.records import PassageRecord
from indexing.stores.table_store import ReportCells, StoredCell, TableStore
from service.bodies import Gazetteer
from service.computed import NO_CELL, NOT_IN_FORMAT, NUMERIC, Computed, IndexedReport, ReportRef, summand
from service.cross_reports import CrossReports
from service.formulas import (
    Formula,
    bracket_spells_out_the_figure,
    decimals_asked,
    legacy_operand,
    national_operand,
    parse_formula,
    plus_chains_enumerated,
)
from service.retrieval import Hit, Retriever
from service.schemas import (
    Answer,
    CheckStatus,
    Choice,
    CitedPassage,
    Figure,
    FigureInput,
    NotFoundReason,
    Reply,
    Understood,
    cell_figure,
    change_figure,
    cited_passage,
    derived_figure,
)
from service.understanding import (
    SINCE_YEAR,
    SPAN_OF_YEARS,
    WHICH_YEAR,
    Intent,
    Metric,
    SeriesAsk,
    adapt_to_format,
    legacy_metric,
    legacy_rows_named,
    merge_metric,
    normalise_question,
    parse_years,
    shared_wording,
    topic_text,
    understand,
    with_arabic_years,
    without_years,
)

MAX_QUESTION_CHARS = 1000
# Words every passage of every report shares; they say nothing about which sentence answers a question.
DOMAIN_WORDS = frozenset(
    "政府 信息 公开 政府信息 信息公开 工作 报告 年度 情况 申请 政务 多少 哪些 什么 如何 怎样".split()
)
TABLE_NAMES = {
    "TS": "统计表“政府信息公开情况统计表”",
    "T2": "表二“主动公开政府信息情况”",
    "T3": "表三“收到和处理政府信息公开申请情况”",
    "T4": "表四“行政复议、行政诉讼情况”",
}


# The unit a quantity question asks in (多少场 / 几名 / 多少万元): a sentence must state a number in it.
ASKED_UNIT = re.compile(
    r"(?:多少|几)(个工作日|万元|人次|个|场|次|条|篇|件|人|名|家|项|期|元|天|日|小时|所|通|处|位|份|起|例|部|批|户|轮|张|类|种|节)"
)
UNIT_WORDS = frozenset(("万元", "工作日"))
QUANTITY_FILLER = frozenset("多少 几 一共 总共 共 全年 全区 全市 全县 报告 年报 正文 怎么 说 是 有 了 的 吗".split())


DECREASE_WORDS = ("减少", "少了", "下降", "降低", "少多少", "少几", "回落", "降了", "减了")


# Words that ask for text, not a number (网站 or 培训 alone do not)
TEXT_QUESTION_WORDS = (
    "为什么",
    "原因",
    "如何",
    "怎样",
    "怎么",
    "哪些",
    "什么",
    "措施",
    "做法",
    "举措",
    "问题",
    "改进",
    "联系",
    "电话",
    "传真",
    "号码",
    "地址",
    "邮箱",
    "邮编",
    "网址",
    "哪里",
    "哪个",
)
TIME_UNITS = ("天", "工作日", "小时", "日")
# How a contact detail is written, and the words that ask for it (and introduce it in a report)
CONTACT_FORMS = {
    # the number right after its word: a glued 统计表 row (条41815092) has eight-digit runs too
    "phone": re.compile(
        r"(?:电话|热线|传真|咨询|号码)[^。；\d]{0,10}(?<!\d)(?:0\d{2,3}[-－—–\s]?\d{7,8}|1[3-9]\d{9}|\d{7,8})(?!\d)"
    ),
    "email": re.compile(r"[A-Za-z0-9._-]+\s*[@＠]\s*[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "address": re.compile(r"(?:地址|地点)\s*[:：为是]"),
    # 有疑问找哪个处室: the sentence that names whom to contact about the report
    "office": re.compile(r"(?:请与|请联系|可联系|联系单位)[^。；]{2,40}?(?:联系|咨询|。|；)"),
}
LETTER_SPACING = re.compile(r"(?<=[\u4e00-\u9fff：:，,（）()])[ \t]+(?=[\u4e00-\u9fff：:，,（）()\d])")
CONTACT_WORDS = {
    "phone": ("电话", "热线", "联系方式", "传真", "咨询号码"),
    "email": ("邮箱", "电子邮件", "邮件", "email", "Email", "E-mail"),
    "address": ("地址", "办公地点"),
    "office": ("哪个处室", "哪个科室", "哪个部门", "找哪个", "联系哪个", "找谁", "联系谁", "哪个单位"),
}
# 信息公开办公室在哪里 / 在什么路: where an office is, asked without the word 地址
WHERE_AN_OFFICE_IS = re.compile(
    r"(?:办公室|办公|机构|部门|单位|机关|中心|办)[^，,。？?]{0,6}?(?:设)?在(?:哪里|哪儿|哪|什么地方|什么位置|什么路|哪条路)"
)


def contact_asked(question: str) -> str | None:
    """The kind of contact detail a question asks for (phone, email, address, office), if any."""
    asked = next((kind for kind in CONTACT_FORMS if any(w in question for w in CONTACT_WORDS[kind])), None)
    if asked == "office" and not re.search(r"联系|咨询|找|疑问|请教|问谁", question):
        return None  # 信息处理费是哪个部门收的: a department named in the text, not whom to contact
    return asked or ("address" if WHERE_AN_OFFICE_IS.search(question) else None)


CONTACT_NAMES = {"phone": "联系电话", "email": "电子邮箱", "address": "地址", "office": "联系的处室或部门"}
# What a sentence stating that kind of contact says (an office is named beside 联系, not beside 处室)
CONTACT_SENTENCE_WORDS = {**CONTACT_WORDS, "office": ("联系", "咨询")}


SAME_YEAR_WORDS = ("同一年", "同年", "那一年", "那年", "这一年", "当年", "同期")


def question_is_elliptic(question: str) -> bool:
    """那平潭县呢 / 平潭县的呢 / 其中网上申请多少: a short turn that leans on the one before."""
    text = question.strip().rstrip("？?。！!")
    return text.endswith("呢") or text.startswith(("那", "那么", "其中")) and len(text) <= 16


# A T2 row asked with no column means the year's own count: 本年制发 / 本年新制作 / 处理决定数量 / 采购项目数量.
T2_PRIMARY_COLUMNS = ("issued", "new_made", "decisions", "fee_amount", "procurement_items")


def t2_column(columns: Sequence[nf.Column], asked: str | None) -> nf.Column | None:
    """The column of a T2 row a question asks: the one named; for 金额 asked of a row whose amount column is another
    (政府集中采购 · 采购总金额), that row's own amount; with none named, the row's year count. None where the row has
    no such column in this format (2020's 行政事业性收费 counts items, it has no amount) — never the nearest one."""
    named = next((c for c in columns if c.key == asked), None)
    if named is not None:
        return named
    if asked is not None:
        amounts = [c for c in columns if "元" in c.unit]
        asked_amount = asked in ("fee_amount", "procurement_amount")
        return amounts[0] if asked_amount and len(amounts) == 1 else None
    if len(columns) == 1:
        return columns[0]
    return next((c for key in T2_PRIMARY_COLUMNS for c in columns if c.key == key), None)


# Word pairs every member of a group shares, or that only restate the question: they choose no member
MEMBER_STOP_BIGRAMS = frozenset(
    "信息 政府 公开 申请 请人 相关 提供 无法 不予 予公 处理 予处 其他 件数 多少 一共 总共".split()
)
RANK_ASKED = re.compile(r"第([二三四五2-5])(?:多|大|少|小|位|名|高|低|的)")


def rank_asked(question: str) -> int:
    m = RANK_ASKED.search(question)
    return (
        {"二": 2, "三": 3, "四": 4, "五": 5}.get(m.group(1), int(m.group(1)) if m and m.group(1).isdigit() else 1)
        if m
        else 1
    )


APPLICANTS_RANKED = re.compile(
    r"哪(?:一)?(?:类|种|个|些)(?:申请人|申请主体|主体|人|单位)|除(?:了|去)?[^，,。]{1,8}(?:以外|之外|外)?[，,]?哪"
)
SHARE_ASKED = re.compile(r"百分之多少|百分之几|百分比|比例|比重|占比|几成|占多少")
ADD_BODY_WORDS = ("加进来", "也算上", "算上", "加上", "也加", "再加", "一起比", "也比")
# 2025年跟沭阳县政府比呢 after one body's figures: that body beside the one named
BESIDE_ANOTHER = re.compile(r"(?:跟|和|与|同)[^，,。？?]{2,20}?(?:比|相比|对比)(?:一下|一比)?呢?[？?]?$")
# Arithmetic spelled as a verb: if its operands are not read, no single figure answers the question
ARITHMETIC_VERBS = ("减去", "减掉", "扣除", "除以", "乘以", "加上")


# How a report says a quantity is none: 未收取 / 无收取…情况 / 没有发生 / 0元
NONE_STATED = re.compile(
    r"未(?:收取|发生|收到|产生|出现|开展)|无(?:收取|此类|相关|发生)|没有(?:收取|发生|收到|产生)|(?<![\d.])0\s*(?:元|件|次|起)"
)
# 比淮安市2024年少多少 (a whole turn): the conversation's body against the one named
THAN_ANOTHER_BODY = re.compile(r"[那么，,\s]*(?:比|较|跟|和|与)[^，,。？?]{2,24}?(?:多|少)(?:了|出)?(?:多少|几)")
TWO_YEARS_APART = re.compile(r"差|减|变化|增|降|多了|少了|[多少](?:多少|几)")
SUMMED_OVER_YEARS = re.compile(r"(?<!历年)累[计积](?=(?:是|有|共|一共)?(?:多少|几))")
NEWEST_EACH = re.compile(r"最新|最近一期|最近一年")
# 2022年的…比2023年多多少: the year before 比 is the subject
SUBJECT_YEAR = re.compile(r"((?:19|20)\d{2})年?[^，,。？?比]{0,20}?比(?:19|20)\d{2}")
PROSE_ASKED = re.compile(r"正文|文字(?:部分|里|中)|文中|报告里说|报告中说|报告说|文字说明|叙述")
ASKS_WHICH = re.compile(r"哪(?:几|些)(?:个|家|类|项|种)?")
# ÷ / 除以 / + / 减去 written between figures: arithmetic the question spells itself
WRITTEN_OPERATOR = re.compile(r"÷|除以|[+＋]|减去|减掉|×|乘以")


# Signs that are arithmetic wherever they stand; a slash is one only beside a bracket (增/减 and 电话/传真 mean "or")
ARITHMETIC_SIGNS = re.compile(r"÷|×|[+＋]|[)）]\s*/|/\s*[（(]|的(?:多少|几)倍")


def spells_arithmetic(question: str) -> bool:
    """减去 / 除以 / ÷ / + written: if its operands are not read, no single figure answers the question."""
    if ARITHMETIC_SIGNS.search(plus_chains_enumerated(question)):
        return True
    # 加上年结转 adds 上年结转; 把八种情形都加上 sums what it names, it writes no operator
    plain = re.sub(r"(?:都|全|全部|统统|一起)加上|加上(?=年|一年)", "加", question)
    return any(w in plain for w in ARITHMETIC_VERBS)


def metric_over_reports(metric: Metric | None, legacy: Metric | None, intent: Intent) -> Metric | None:
    """The figure a question over several reports asks: the national one, or the 统计表 row its words name where no
    national one was read (平潭2011到2018年每年主动公开了多少条) or where the national one rests on a generic word alone
    (信函、传真申请数每年多少: the national years have no such row)."""
    if metric is None or (legacy is not None and intent.generic and legacy.row not in nf.LEGACY_GENERIC_ROWS):
        return legacy
    return metric


def row_without_applicants(metric: Metric) -> bool:
    """A table-three row named with no applicant column (那新收的呢)."""
    return (
        metric.table == "T3"
        and metric.has_row
        and not metric.rate
        and metric.column is None
        and not (metric.organisation or metric.columns)
    )


# 相差多少 / 差距: the size of a gap; 增加 / 减少 / 多了 / 少了 give it a direction
GAP_ASKED = re.compile(r"相差|差距")
DIRECTION_WORDS = ("增", "减", "多了", "少了", "涨", "降", "回落", "上升", "下降")


def _wording(row: nf.Row) -> frozenset[str]:
    """The two-character pieces of a row's label and of the words people use for it."""
    phrases = [nf.strip_numbering(row.label), *nf.T3_ROW_TERMS.get(row.key, ())]
    return frozenset(p[i : i + 2] for p in phrases for i in range(len(p) - 1)) - MEMBER_STOP_BIGRAMS


# 减少记负数 / 负数表示下降: the change asked with its sign, whatever word names a decrease
SIGNED_CHANGE = re.compile(r"负数|负值|负号|为负|记负|记作负|写负")


def asks_decrease(question: str) -> bool:
    # (增减了几件 / 增还是减 / 多了还是少了 ask the change either way: its sign answers)
    return (
        any(w in question for w in DECREASE_WORDS)
        and not any(w in question for w in ("增加", "增长", "多了", "增还是减", "增减", "增是减", "还是少", "还是减"))
        and not SIGNED_CHANGE.search(question)
    )


def asked_unit(question: str) -> str | None:
    m = ASKED_UNIT.search(question)
    if not m:
        return None
    unit = m.group(1)
    return None if unit == "个" else unit.removeprefix("个")


class QuestionTooLong(ValueError):
    pass


# “自燃人”按“自然人”理解: a word read through a typo (understanding's note), to read the arithmetic's operands too
READ_AS = re.compile(r"“([^”]+)”按“([^”]+)”理解")
# 那年 / 那一年 / 当年 at the start of a follow-up: the year the last answer picked (最多的是2024年 → 那年…)
# 那历年呢 after a span asks every indexed year
ALL_YEARS_WORDS = ("历年", "所有年份", "全部年份", "历来", "各个年份")
# 同样这几年 / 这三年 / 同期 after a series: the years just listed, not every indexed year
SAME_SPAN = re.compile(
    r"(?:这|那|同样这|同样那|同)(?:几|些|[两二三四五六七八九十]|\d{1,2})个?年(?:份|度)?|同期|同一时期|同样的?年份|这段时间"
)
THAT_YEAR = re.compile(r"^(?:那|这|当)一?年(?!度|份?呢?$)")


# 这两个加起来 / 两年一共 / 两者相差多少: the last two answers' figures combined
COMBINE_RECENT = re.compile(
    r"(?:这|那|上面|前面|刚才)?(?:两个|两项|两者|二者|两年|两个数|俩|两个数字|两次)[的]?(?:数字)?"
    r"(?:一共|总共|合计|加起来|加一起|加在一起|相加|之和|总和|(?P<op>相差|差|差了|差距))"
)
DIFFERENCE_OPS = ("相差", "差", "差了", "差距")


@dataclass
class Conversation:
    issuers: list[str] = field(default_factory=list)
    year: int | None = None
    metric: Metric | None = None
    mode: str | None = None  # "series" / "comparison": an elliptic follow-up (那自然人呢) keeps the last turn's shape
    whole: Metric | None = None  # the denominator of the share just asked (那部分公开的占比呢 keeps it)
    span: list[int] = field(default_factory=list)  # a series' first and last year
    # the figures of the last two one-figure answers (这两个加起来 / 两年一共 combines them)
    recent: list[dict] = field(default_factory=list)
    # the applicant column was a side question (其中企业的 / 法人呢): the next row asked (那结转下年的呢) is its total
    column_drilled: bool = False
    # the place a turn about a body not indexed named (沭阳县公安局 → 沭阳县): 那县政府的呢 is that place's government
    place: str | None = None


def sorted_reports(reports: Iterable[IndexedReport]) -> list[IndexedReport]:
    return sorted(reports, key=lambda r: r["year"])


class ConversationStore:
    """Conversation state in the table store, so that a follow-up may reach any worker."""

    def __init__(self, tables: TableStore) -> None:
        self.tables = tables

    def get(self, conversation_id: str) -> Conversation:
        state = self.tables.conversation(conversation_id)
        if not state:
            return Conversation()
        metric, whole = (metric_of_json(m) if m else None for m in (state.get("metric"), state.get("whole")))
        return Conversation(
            issuers=state.get("issuers", []),
            year=state.get("year"),
            metric=metric,
            mode=state.get("mode"),
            span=state.get("span", []),
            whole=whole,
            recent=state.get("recent", []),
            column_drilled=state.get("column_drilled", False),
            place=state.get("place"),
        )

    def save(self, conversation_id: str, conversation: Conversation, issued: bool = False) -> None:
        """``issued``: the id was issued for this question (no row can exist yet)."""
        metric = asdict(conversation.metric) if conversation.metric else None
        self.tables.save_conversation(
            conversation_id,
            {
                "issuers": conversation.issuers,
                "year": conversation.year,
                "metric": metric,
                "mode": conversation.mode,
                "span": conversation.span,
                "whole": asdict(conversation.whole) if conversation.whole else None,
                "recent": conversation.recent,
                "column_drilled": conversation.column_drilled,
                "place": conversation.place,
            },
            issued=issued,
        )


def metric_of_json(saved: dict[str, Any]) -> Metric:
    """A metric as a conversation saved it: JSON has lists where the metric has tuples."""
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in saved.items()}
    return Metric(**fields)


def answered(text: str, figures: list[Figure] | None = None, passages: list[CitedPassage] | None = None) -> Reply:
    return Reply(status="answered", answer=text, figures=figures or [], passages=passages or [])


def choices_of(reports: list[IndexedReport]) -> list[Choice]:
    return [Choice(report_id=r["report_id"], issuer=r["issuer"], year=r["year"]) for r in reports]


# A sentence that states a change from the year before (申请数量较去年回落12.3%): only such a quote answers a
# change whose earlier year is not indexed
CHANGE_STATED = re.compile(
    r"(?:较|比|同比)(?:去年|上年|上一年|前一年|上年度|去年同期)[^。；]{0,20}?\d|同比[^。；]{0,12}?\d"
)

# 分别 / 各: each part on its own is asked, not the parts together
EACH_WORDS = ("分别", "各是", "各有", "各自", "各多少", "各几", "各申请", "各提")


def all_applicants_note(intent: Intent, legacy: Metric | None) -> str:
    """自然人和法人一共申请了多少 of a 统计表: every applicant together is its row — said, since it never split them."""
    if every_applicant_of_a_statistics_table(intent, legacy):
        return "（2019年以前的统计表不按申请人类别统计，这是全部申请人的合计。）"
    return ""


def every_applicant_of_a_statistics_table(intent: Intent, legacy: Metric | None) -> bool:
    return legacy is not None and intent.applicant_named and legacy.row in nf.LEGACY_APPLICATION_ROWS


class Answerer:
    def __init__(self, stores: Stores) -> None:
        self.stores = stores
        self.retriever = Retriever(stores)
        self.conversations = ConversationStore(stores.tables)
        self._generation: tuple | None = None
        self._reports: list[IndexedReport] = []
        self._index = Gazetteer.build([])
        self._checks: dict[str, dict[str, str]] = {}
        self._cells = ReportCells(stores.tables)
        self._lock = threading.Lock()
        self.cross = CrossReports(self)

    # --- store snapshot -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the snapshot of reports, issuers and passages when the table store changed."""
        generation = self.stores.tables.generation()
        if generation == self._generation:
            return
        with self._lock:
            if generation == self._generation:
                return
            listings = self.stores.tables.reports()
            self.retriever.refresh(generation)  # the passages, read once: the gazetteer reads parents from them too
            self._index = Gazetteer.build(listings, self.retriever.texts_by_report())
            self._reports = [IndexedReport(**r, body=self._index.body_of_issuer[r["issuer"]]) for r in listings]
            self._checks = {}
            self._cells = ReportCells(self.stores.tables)
            if self.stores.bm25.ids() != set(self.retriever.passage_ids()):
                self.stores.bm25.rebuild(self.stores.tables.passages())  # this worker's lexical index was behind
            self._generation = generation

    def body_display(self, body: str) -> str:
        return self._index.display(body)

    def resolve_body(self, text: str) -> list[str]:
        """The indexed bodies a name (full, short, with a typo) fits."""
        self.refresh()
        return list(self._index.resolve(normalise_question(text)).bodies)

    def catalogue(self) -> str:
        return self._catalogue()

    def reports_of(self, body: str) -> list[IndexedReport]:
        return [r for r in self._reports if r["body"] == body]

    def newest_year(self, body: str) -> int:
        """The year of the body's newest indexed report (0 where it has none)."""
        return max((r["year"] for r in self.reports_of(body)), default=0)

    def checks_of(self, report_id: str) -> dict[str, str]:
        if report_id not in self._checks:
            detail = self.stores.tables.report(report_id)
            self._checks[report_id] = {c["check_id"]: c["status"] for c in (detail["checks"] if detail else [])}
        return self._checks[report_id]

    # --- the entry point --------------------------------------------------------------------------------

    def ask(self, question: str, conversation_id: str | None = None) -> Answer:
        if len(question) > MAX_QUESTION_CHARS:
            raise QuestionTooLong(f"问题过长（{len(question)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内")
        self.refresh()
        issued = not conversation_id
        conversation_id = conversation_id or uuid.uuid4().hex
        conv = Conversation() if issued else self.conversations.get(conversation_id)
        if not question.strip():
            reply = self.not_found("请输入一个问题，例如“虹口区2021年收到多少政府信息公开申请？”")
        elif not self._reports:
            reply = self.not_found("还没有收录任何年度报告：请先运行 reportqa index。")
        else:
            intent = understand(question, self._index)
            combined = self._combine_recent(question, intent, conv)
            reply = combined if combined is not None else self._answer(question, intent, conv)
            self._remember_figure(reply, conv, combined is not None)
            self.conversations.save(conversation_id, conv, issued=issued)
        return Answer.of(reply, question, conversation_id)

    def _remember_figure(self, reply: Reply, conv: Conversation, combined: bool) -> None:
        """The figure a one-figure answer gave, kept with its provenance for 这两个加起来 next."""
        if reply.status != "answered" or reply.table is not None:
            conv.recent = []
            return
        if combined or not reply.figures:
            return
        first = reply.figures[0]
        if first.value is None or first.unit in ("%", "年"):
            conv.recent = []
            return
        conv.recent = [*conv.recent, first.model_dump(mode="json")][-2:]  # its source and checks travel with it

    def _combine_recent(self, question: str, intent: Intent, conv: Conversation) -> Reply | None:
        """这两个加起来多少 / 两年一共几件 / 两者相差多少: the figures of the last two answers, summed or subtracted,
        each with its own report and cell. None when the question is not such a follow-up."""
        if len(conv.recent) < 2 or intent.issuers or intent.years:
            return None
        a, b = (Figure.model_validate(f) for f in conv.recent)
        if intent.change and intent.metric is None and not intent.previous_year:
            between = self._change_between_recent(a, b)  # 增加了多少: nothing named but the change
            if between is not None:
                return between  # (two different cells: 两者相差多少 is their difference, below)
        wants = COMBINE_RECENT.search(normalise_question(question))
        if wants and SHARE_ASKED.search(question) and not wants.group("op"):
            return self._share_of_recent_sum(question, a, b)  # 两者加一起占办结总数百分之几
        if not wants or SHARE_ASKED.search(question):
            return None
        if a.unit != b.unit or a.value is None or b.value is None:
            return None
        difference = wants.group("op") in DIFFERENCE_OPS
        value = clean_number(round(abs(a.value - b.value) if difference else a.value + b.value, 6))

        def part(f: Figure) -> str:
            return f"{f.issuer}{f.year}年{f.label} {format_number(f.value or 0)}"  # neither is None (checked above)

        shown = (
            f"|{format_number(a.value)} − {format_number(b.value)}| = {format_number(value)}"
            if difference
            else f"{format_number(a.value)} + {format_number(b.value)} = {format_number(value)}"
        )
        checks = {a.checks, b.checks}
        figure = b.model_copy(
            update={
                "row": f"recent:{a.row}+{b.row}",
                "label": f"{'相差' if difference else '合计'}（{part(a)}；{part(b)}）",
                "value": value,
                "kind": "derived",
                "derived": True,
                "formula": shown,
                "inputs": [
                    FigureInput(year=f.year, table=f.table, row=f.row, column=f.column, value=f.value, kind=f.kind)
                    for f in (a, b)
                ],
                "candidates": [],
                "source": "；".join(dict.fromkeys(f.source for f in (a, b) if f.source)),
                "line_number": None,
                "checks": "failed" if "failed" in checks else checks.pop() if len(checks) == 1 else "partly_checked",
            }
        )
        text = (
            f"前两问的数字{'相差' if difference else '加起来是'}{format_number(value)}{a.unit}"
            f"（{part(a)}{a.unit}，{part(b)}{b.unit}；{shown}）。"
        )
        return answered(text, [figure, a, b])

    def _share_of_recent_sum(self, question: str, a: Figure, b: Figure) -> Reply | None:
        """两者加一起占办结总数百分之几: the last two figures of one report, added, over the whole the question names in
        that report. None where they are of two reports or the whole is not read (never the sum itself)."""
        whole_phrase = re.search(r"占(?:了)?(.+?)(?:的)?(?:百分之|百分比|比例|比重|占比|多少|几成)", question)
        report = next((r for r in self._reports if r["report_id"] == a.report_id), None)
        if whole_phrase is None or report is None or a.report_id != b.report_id or a.value is None or b.value is None:
            return None
        whole_metric = national_operand(whole_phrase.group(1), None)
        if whole_metric is None:
            return None
        ref = ReportRef.of(report)
        whole = self.compute(adapt_to_format(whole_metric, ref.format_version), ref)
        if not whole.ok or not whole.number:
            return None
        share = clean_number(round((a.value + b.value) / whole.number * 100, decimals_asked(question, 2)))
        shown = f"({format_number(a.value)} + {format_number(b.value)}) ÷ {format_number(whole.number)} × 100%"
        figure = self.figure(whole, whole_metric, ref).model_copy(
            update={
                "kind": "derived",
                "derived": True,
                "row": f"recent:{a.row}+{b.row}",
                "label": f"{a.label} + {b.label}占{whole.label}的比例",
                "value": share,
                "unit": "%",
                "formula": shown,
                "inputs": [],
            }
        )
        text = (
            f"{ref.issuer}{ref.year}年：{a.label}与{b.label}合计占{whole.label}的{format_number(share)}%（{shown}）。"
        )
        return answered(text, [figure, a, b])

    @staticmethod
    def _change_between_recent(a: Figure, b: Figure) -> Reply | None:
        """增加了多少 after 2025年…多少 and 2019年呢: the change between the two years just given — one body's one
        cell — not from the year before the last one."""
        same_cell = (a.issuer, a.table, a.row, a.column, a.unit) == (b.issuer, b.table, b.row, b.column, b.unit)
        if not same_cell or a.year == b.year or a.value is None or b.value is None:
            return None
        earlier, later = sorted((a, b), key=lambda f: f.year)
        assert earlier.value is not None and later.value is not None
        change = clean_number(round(later.value - earlier.value, 6))
        word = "增加" if change > 0 else "减少" if change < 0 else "持平，变化"
        shown = f"{format_number(later.value)} − {format_number(earlier.value)} = {format_number(change)}"
        figure = later.model_copy(
            update={
                "row": f"recent:{earlier.row}",
                "label": f"{later.label}（{earlier.year}年→{later.year}年的变化）",
                "value": abs(change),
                "kind": "derived",
                "derived": True,
                "formula": shown,
                "inputs": [
                    FigureInput(year=f.year, table=f.table, row=f.row, column=f.column, value=f.value, kind=f.kind)
                    for f in (earlier, later)
                ],
                "candidates": [],
                "line_number": None,
            }
        )
        text = (
            f"{later.issuer}{later.label}：{earlier.year}年{format_number(earlier.value)}{later.unit}，"
            f"{later.year}年{format_number(later.value)}{later.unit}，{word}{format_number(abs(change))}{later.unit}"
            f"（{shown}）。"
        )
        return answered(text, [figure, earlier, later])

    # --- dispatch -------------------------------------------------------------------------------------

    def _answer(self, question: str, intent: Intent, conv: Conversation) -> Reply:
        """The question's steps in order: what it asks (figure, years, bodies, arithmetic) with what the
        conversation supplies, then the reports that answer it — several (a series, a comparison, a change) or
        one."""
        if intent.unknown_issuer:
            return self._unknown_body(question, intent, conv)
        notes = [f"（{'；'.join(intent.read_as)}。）"] if intent.read_as else []
        previous_mode, conv.mode = conv.mode, None  # a series or comparison turn sets it again
        formula_text = self._formula_text(question)  # the operands of any arithmetic: body names and years removed
        for typed, meant in READ_AS.findall("".join(intent.read_as)):  # 自燃人占比: the operands read as the intent
            formula_text = formula_text.replace(typed, meant)
        if intent.series is not None:
            # 这三年通过电子邮件提的申请累计多少条: over several years, 累计 before 多少 adds the years up — it is not
            # the 统计表's 历年累计 column (summing running totals means nothing)
            formula_text = SUMMED_OVER_YEARS.sub("一共", formula_text)
        # Only an elliptic question (那2022年呢 / 其中自然人多少) takes the figure from the turn before: one with
        # content words of its own (政务新媒体粉丝总数是多少) asks something new.
        elliptic = not intent.leftover
        metric, narrative = self._metric_asked(question, intent, conv, elliptic)
        years = self._years_asked(question, intent, conv, elliptic)
        issuers, named = self._bodies_asked(question, intent, conv, years, previous_mode)
        if intent.relative_year and len(issuers) == 1:
            word, offset = intent.relative_year
            newest = self.newest_year(issuers[0])
            years = [newest + offset]
            notes.append(f"（“{word}”按该机关最新一期报告理解为{years[0]}年。）")
        metric, formula, change = self._formula_asked(question, formula_text, intent, metric, years, conv)
        across = self._across_reports(
            question, formula_text, intent, metric, formula, issuers, years, named, previous_mode, conv
        )
        if across is not None:
            return across
        if change and metric is not None and formula is None:
            return self._change(question, metric, issuers, years, named, conv)
        if named:
            years, issuers = self._report_years(intent, narrative, issuers, years, notes)
        note = "".join(notes)

        candidates = [r for issuer in issuers for r in self.reports_of(issuer) if not years or r["year"] in years]
        if not candidates:
            if metric is not None:  # 那2025年呢 after a year not indexed keeps the figure and the body
                conv.metric = metric
            if named:
                conv.issuers = list(issuers)
            return self.not_found(
                self.missing_text(issuers if named else [], years),
                reason="year_not_indexed",
                understood={
                    "body": "、".join(self._index.display(i) for i in issuers) if named else None,
                    "year": years[0] if years else None,
                },
            )
        if len(candidates) > 1:
            if narrative and not named:
                return self._narrative_by_body(question, candidates, note)
            same_name = self._one_name_several_bodies(question, intent, metric, narrative, candidates, conv, note)
            if same_name is not None:
                return same_name
            same_figure = self._same_figure_for_each(
                question, intent, formula_text, metric, formula, narrative, elliptic, candidates, conv, note
            )
            if same_figure is not None:
                return same_figure
            # the next turn (那平潭县政府呢) keeps what this one asked
            conv.metric = metric or conv.metric
            conv.year = years[0] if len(years) == 1 else conv.year
            conv.issuers = list(issuers) if named else conv.issuers
            return self._ambiguous(candidates)
        return self._answer_report(
            question, intent, formula_text, metric, formula, narrative, elliptic, candidates[0], conv, note
        )

    def _same_figure_for_each(
        self,
        question: str,
        intent: Intent,
        formula_text: str,
        metric: Metric | None,
        formula: Formula | None,
        narrative: bool,
        elliptic: bool,
        candidates: list[IndexedReport],
        conv: Conversation,
        note: str,
    ) -> Reply | None:
        """平潭2011年…占比: a name fitting two bodies whose reports give the same figure — that figure answers, led by
        the body still reporting (the newest report, as a name with no year is read), and said so. None otherwise."""
        if len({r["body"] for r in candidates}) != len(candidates):
            return None
        each = [
            self._answer_report(
                question, intent, formula_text, metric, formula, narrative, elliptic, r, Conversation(), note
            )
            for r in candidates
        ]
        values = {a.figures[0].value if a.status == "answered" and a.figures else None for a in each}
        if len(values) != 1 or None in values:
            return None
        lead = max(range(len(candidates)), key=lambda i: self.newest_year(candidates[i]["body"]))
        names = "、".join(self.body_display(r["body"]) for r in candidates)
        conv.issuers, conv.year = [candidates[lead]["body"]], candidates[lead]["year"]
        each[lead].answer += f"（名称可指{names}，两份报告的这项数字相同。）"
        return each[lead]

    def _one_name_several_bodies(
        self,
        question: str,
        intent: Intent,
        metric: Metric | None,
        narrative: bool,
        candidates: list[IndexedReport],
        conv: Conversation,
        note: str,
    ) -> Reply | None:
        """A name that fits several bodies with a report of the year asked (平潭2012年: 平潭县, 平潭综合实验区): a text
        question answered for each, labelled; a quantity from the one report that states it. None: ask which."""
        if len({r["body"] for r in candidates}) != len(candidates) or metric is not None:
            return None
        asks_text = any(w in question for w in TEXT_QUESTION_WORDS)
        if not asks_text and legacy_metric(self._formula_text(question), None) is not None:
            return None  # 平潭2013年主动公开信息数: a 统计表 figure of one of them — ask which, quote neither
        if narrative and not intent.quantity:  # 平潭2012年设了哪些专栏
            return self._narrative_by_body(question, candidates, note, one_name=True)
        if not intent.quantity:
            return None
        # 平潭2012年在中国平潭网上公开了多少条: the one body whose report states the quantity, said so
        stated = [self._quantity_from_text(question, r, intent, note) for r in candidates]
        found = [(r, a) for r, a in zip(candidates, stated, strict=True) if a.status == "answered"]
        quotes = {a.answer.split("：", 1)[-1] for _, a in found}
        if len(found) == len(candidates) and len(quotes) == 1:
            # 平潭2011年专栏访问量: both reports state it in the same words — answered, led by the body still reporting
            report, reply = max(found, key=lambda ra: self.newest_year(ra[0]["body"]))
            names = "、".join(self.body_display(r["body"]) for r in candidates)
            reply.answer += f"（名称可指{names}，两份报告的这句表述相同。）"
        elif len(found) == 1:
            report, reply = found[0]
            others = "、".join(self.body_display(r["body"]) for r in candidates if r is not report)
            reply.answer += f"（名称也可指{others}，其报告没有这项数字。）"
        else:
            return None
        conv.issuers, conv.year = [report["body"]], report["year"]
        return reply

    def _unknown_body(self, question: str, intent: Intent, conv: Conversation) -> Reply:
        # A follow-up after this turn (那虹口区呢 / 那整个平潭实验区的呢) keeps the figure and year asked here, and
        # the known place it named (沭阳县公安局: 那县政府的呢 is 沭阳县's)
        known = [
            p for m in self._index.mentions(normalise_question(question))[0] if m.kind == "place" for p in m.places
        ]
        lowest_first = {"county": 0, "city": 1, "province": 2}
        conv.place = min(known, key=lambda p: lowest_first.get(p.level, 0)).name if known else None
        if intent.metric is not None and not intent.column_only:
            conv.metric = intent.metric
        if len(intent.years) == 1:
            conv.year = intent.years[0]
        if intent.series is not None and intent.series.first and intent.series.last:
            # 福州市2019到2023年每年… → 那平潭实验区呢: the same years, for the body named next
            conv.mode, conv.span = "series", [intent.series.first, intent.series.last]
        # Every place and organ the question names must be explained by the chosen body's own chain: 沭阳县卫健委
        # is not 沭阳县人民政府, 淮安市清江浦区 is not 淮安市.
        return self.not_found(
            f"没有收录“{intent.unknown_issuer}”的年度报告。{self._catalogue()}",
            reason="body_not_indexed",
            understood={"body": intent.understood_body or intent.unknown_issuer},
        )

    @staticmethod
    def _metric_asked(question: str, intent: Intent, conv: Conversation, elliptic: bool) -> tuple[Metric | None, bool]:
        """The figure asked and whether the question asks for text instead: follow-ups inherit what they leave
        out."""
        metric = intent.metric
        narrative = intent.narrative
        drilled, conv.column_drilled = conv.column_drilled, intent.column_only
        if (
            metric is None
            and not any(w in question for w in nf.NARRATIVE_TERMS)
            and conv.metric is not None
            and elliptic
        ):
            metric, narrative = conv.metric, False
        elif intent.column_only and conv.metric is not None and elliptic:
            metric = merge_metric(conv.metric, intent.metric, True)
            narrative = False
        elif (
            intent.column_only
            and metric is not None
            and (
                metric.table == "T2"
                or (
                    (not elliptic or conv.metric is None)
                    and metric.column in (None, "total")
                    and not metric.organisation
                    and not metric.columns
                )
            )
        ):
            # 发布了多少篇政策解读 / 粉丝总数: a column word alone is not a table question
            metric, narrative = None, True
        if (
            intent.metric is not None
            and not intent.column_only
            and not intent.metric.has_row
            and conv.metric
            and (not intent.issuers or question_is_elliptic(question))  # 沭阳县和淮安市谁的申请多 asks anew
        ):
            metric = merge_metric(conv.metric, intent.metric, True)
        elif (
            metric is not None
            and conv.metric is not None
            and not intent.issuers
            and question_is_elliptic(question)
            and row_without_applicants(metric)
            and not drilled
            and conv.metric.table == "T3"
            and (conv.metric.column not in (None, "total") or conv.metric.organisation or conv.metric.columns)
        ):
            # 那新收的呢 after a question about 律师事务所's carried-over applications: another row, the same
            # applicants (after 其中企业的 asked on the side, another row is its total)
            previous = conv.metric
            metric = replace(
                metric, column=previous.column, organisation=previous.organisation, columns=previous.columns
            )
        elif (
            metric is not None
            and conv.metric is not None
            and metric.table == conv.metric.table == "T4"
            and conv.metric.part not in (None, "total")
            and question_is_elliptic(question)
            and not any(w in question for words in nf.T4_PART_TERMS.values() for w in words)
        ):
            # 直接起诉的呢 after 行政复议结果维持几件: another block, the same outcome
            metric = replace(metric, part=conv.metric.part, parts=conv.metric.parts)
        return metric, narrative

    def _years_asked(self, question: str, intent: Intent, conv: Conversation, elliptic: bool) -> list[int]:
        """The years the question names, or the conversation's where the question leans on it."""
        years = list(intent.years)
        if intent.than_figure_before and conv.year and years and years[0] != conv.year:
            years = sorted({conv.year, years[0]})  # 2022年比它多几件: the year named and the conversation's
        if not years and intent.previous_year and conv.year:
            # 比上一年少了多少 compares the conversation's year with the one before; 上一年呢 moves back a year
            years = [conv.year - 1, conv.year] if intent.change else [conv.year - 1]
        if not years and not intent.relative_year and not intent.issuers and conv.year and not intent.ranking:
            years = [conv.year]
        if (
            not years
            and not intent.relative_year
            and intent.issuers
            and conv.year
            and set(intent.issuers) == set(conv.issuers)
        ):
            years = [conv.year]
        if not years and not intent.relative_year and conv.year and any(w in question for w in SAME_YEAR_WORDS):
            years = [conv.year]  # 平潭县同一年呢: the conversation's year, said so
        if (
            not years
            and not intent.relative_year
            and intent.issuers
            and conv.year
            and elliptic
            and question_is_elliptic(question)
            # 那平潭县政府呢: another body, the conversation's year — where that body (each body named) has it
            and all(any(r["year"] == conv.year for r in self.reports_of(i)) for i in intent.issuers)
        ):
            years = [conv.year]
        return years

    def _bodies_asked(
        self, question: str, intent: Intent, conv: Conversation, years: list[int], previous_mode: str | None
    ) -> tuple[list[str], bool]:
        """The bodies asked about, and whether the question (or the conversation) named them: unnamed, every
        body."""
        issuers = intent.issuers or list(conv.issuers)
        if len(intent.issuers) > 1 and not conv.issuers and conv.place and not intent.several_bodies:
            # 那县政府的呢 after 沭阳县公安局 (not indexed): the organ named, at the place that turn named
            at_place = [i for i in issuers if conv.place in {p.name for p in self._index.bodies[i].chain_places()}]
            issuers = at_place or issuers
        if len(intent.issuers) > 1 and len(conv.issuers) == 1 and not intent.several_bodies:
            # 县政府同一年呢 after 沭阳县发改局: the organ named, at the place the conversation is about
            here = self._index.bodies.get(conv.issuers[0])
            lowest = here.name.lowest if here else None
            local = [i for i in issuers if lowest is not None and lowest in self._index.bodies[i].chain_places()]
            issuers = local or issuers
        if (
            intent.ranking
            and not intent.issuers
            and not (previous_mode == "series" and WHICH_YEAR.search(question))
            and previous_mode != "comparison"
        ):
            # 哪个机关最多: every body (but 哪年最多 after a series, 谁最高 after a comparison keep theirs)
            issuers = []
        named = bool(issuers)
        if not named:
            issuers = sorted({r["body"] for r in self._reports})
        if len(issuers) > 1 and years and not intent.several_bodies and previous_mode != "comparison":
            # 平潭 names two bodies; the year usually tells which one is meant
            with_year = [i for i in issuers if any(r["year"] in years for r in self.reports_of(i))]
            issuers = with_year or issuers
        return issuers, named

    @staticmethod
    def _formula_asked(
        question: str, formula_text: str, intent: Intent, metric: Metric | None, years: list[int], conv: Conversation
    ) -> tuple[Metric | None, Formula | None, bool]:
        """The arithmetic the question spells (a share, a difference, a sum) and whether it asks a change between
        years; the 统计表 row a change names where no national figure was read."""
        change = intent.change and not intent.several_bodies  # 科委2024年和市府办2025年: each body's year, no change
        if metric is not None and len(years) == 2 and not intent.several_bodies and TWO_YEARS_APART.search(question):
            change = True  # 差多少？2023减2022 after the two years' figures: the change between them
        if metric is None and (change or len(years) >= 2) and not intent.several_bodies:
            # 平潭县2013年主动公开信息数比2012年增加了多少: a 统计表 row, compared across years
            metric = legacy_metric(formula_text, None)
            change = change or (metric is not None and len(years) == 2)
        elif metric is None and intent.quantity:
            # 平潭2015年主动公开了多少条 asks a 统计表 row even where no report answers: 那2016年呢 asks it again
            asked = legacy_metric(formula_text, None)
            if asked is not None:
                conv.metric = asked
        previous_whole, conv.whole = conv.whole, None
        kept_whole = previous_whole if not intent.issuers and question_is_elliptic(question) else None
        formula = parse_formula(formula_text, metric, whole=kept_whole) if metric is not None and not change else None
        if metric is not None and change and len(years) < 2:
            # 办结的比新收的少了几件 / 新申请比上年结转的多多少: two rows of one report on either side of 比 are a
            # difference between them, not a change from the year before
            between_rows = parse_formula(formula_text, metric, whole=kept_whole)
            if between_rows is not None and between_rows.kind == "difference" and len(set(between_rows.operands)) == 2:
                formula, change = between_rows, False
        if formula is not None and formula.kind == "ratio":
            conv.whole = formula.operands[1]
        if formula is None and conv.metric is not None and not intent.issuers:
            # 比上年结转的多几件: an operator with no first operand leans on the figure just given
            formula = parse_formula(formula_text, metric, previous=conv.metric)
            if formula is not None:
                metric = conv.metric
        return metric, formula, change

    def _report_years(
        self, intent: Intent, narrative: bool, issuers: list[str], years: list[int], notes: list[str]
    ) -> tuple[list[int], list[str]]:
        """The report year of named bodies: a plan is in the year before's report, no year means the newest
        report (both said in ``notes``)."""
        if intent.plan and not intent.report_year_named:
            if len(years) == 2 and abs(years[0] - years[1]) == 1:
                years = [min(years)]  # 平潭2022年在2023年打算…: the 2022 report's plans for 2023
            elif len(years) == 1:
                # 平潭2025年打算怎么… : a report plans the next year's work, so 2025's plans are in the 2024 report
                planned = years[0]
                having = [i for i in issuers if any(r["year"] == planned - 1 for r in self.reports_of(i))]
                if having and (narrative or not any(r["year"] == planned for i in issuers for r in self.reports_of(i))):
                    notes.append(f"（{planned}年的工作安排见{planned - 1}年报告，以下按该报告回答。）")
                    years, issuers = [planned - 1], having
        if len(issuers) > 1 and not years and not intent.several_bodies:
            # 平潭 (平潭县 / 平潭综合实验区) and no year: the newest report of any body the name fits, saying so
            newest = {i: self.newest_year(i) for i in issuers}
            top = max(newest.values())
            if sum(1 for y in newest.values() if y == top) == 1:
                chosen = next(i for i, y in newest.items() if y == top)
                others = "；".join(
                    f"{self.body_display(i)}：" + "、".join(str(r["year"]) for r in sorted_reports(self.reports_of(i)))
                    for i in issuers
                    if i != chosen
                )
                notes.append(
                    f"（名称也可指其他机关，按最新的{top}年报告（{self.body_display(chosen)}）回答；另有 {others}。）"
                )
                issuers = [chosen]
        if len(issuers) == 1 and not years:
            # A body but no year: its newest report, saying so
            own = sorted(r["year"] for r in self.reports_of(issuers[0]))
            if own:
                years = [own[-1]]
                if len(own) > 1:
                    others = "、".join(str(y) for y in own[:-1])
                    notes.append(f"（未指明年份，按最新的{own[-1]}年报告回答；其他已收录年份：{others}。）")
        return years, issuers

    def _answer_report(
        self,
        question: str,
        intent: Intent,
        formula_text: str,
        metric: Metric | None,
        formula: Formula | None,
        narrative: bool,
        elliptic: bool,
        report: IndexedReport,
        conv: Conversation,
        note: str,
    ) -> Reply:
        """The question asked of one report: a 统计表 figure before 2019, a sentence stating a quantity, a quote,
        or a table figure."""
        conv.issuers, conv.year = [report["body"]], report["year"]
        # 公开情况怎样？算（A+B）÷C: arithmetic written out is asked, whatever words surround it
        written_arithmetic = formula is not None and WRITTEN_OPERATOR.search(question) is not None
        narrative = narrative and not written_arithmetic
        # 电话是多少 asks for text; 多少通电话 counts
        text_words = any(w in question for w in TEXT_QUESTION_WORDS) and not asked_unit(question)
        # 信息量较大的乡镇是哪几个: which ones, named in the text — no count answers it
        asks_which = ASKS_WHICH.search(question) is not None and not intent.quantity and not intent.member_ranking
        asks_text = (text_words or intent.yes_no or asks_which) and not written_arithmetic
        if PROSE_ASKED.search(question) and intent.quantity:
            # 正文里说主动公开了多少条: the number the report's text states (it may differ from its table's)
            in_text = self._quantity_from_text(question, report, intent, note, prose_only=True)
            if in_text.status == "answered":
                return in_text
        if report["format"] == nf.FORMAT_PRE_2019 and not (asks_text and not intent.quantity):
            legacy = self._legacy_report(question, intent, formula_text, metric, elliptic, report, conv, note)
            if legacy is not None:
                return legacy
        if report["format"] != nf.FORMAT_PRE_2019 and metric is None and intent.quantity and not asks_text:
            legacy_row = legacy_metric(formula_text, None)
            if legacy_row is not None:  # 2024年主动公开文件数历年累计: a row of the 统计表 before 2019, asked later
                # the later report's text may state the count (网站主动公开了多少条); its 历年累计 no report states
                stated = (
                    None
                    if legacy_row.column == "cumulative"
                    else self._quantity_from_text(question, report, intent, note)
                )
                if stated is not None and stated.status == "answered":
                    return stated
                return self._legacy_row_not_in_format(ReportRef.of(report), legacy_row, note)
        if (narrative or metric is None) and intent.quantity and metric is None and not intent.yes_no and not asks_text:
            # A quantity no table holds (a budget, a visitor count): only a sentence stating it answers.
            return self._quantity_from_text(question, report, intent, note)
        if metric is None and question_is_elliptic(question) and not intent.leftover and not intent.narrative_phrases:
            # 那沭阳县政府呢 with nothing asked before it to carry over: ask what, rather than quote any sentence
            return Reply(
                status="ambiguous",
                answer=f"想了解{report['issuer']}{report['year']}年报告的哪一项？可以问具体数字（如“新收申请多少件”）"
                "或具体内容（如“主动公开方面做了什么”）。",
                figures=[],
                passages=[],
            )
        if narrative or metric is None:
            return self._narrative(question, report, [report], conv, note)
        return self._table_answer(question, intent, metric, formula, report, conv, note)

    def _legacy_report(
        self,
        question: str,
        intent: Intent,
        formula_text: str,
        metric: Metric | None,
        elliptic: bool,
        report: IndexedReport,
        conv: Conversation,
        note: str,
    ) -> Reply | None:
        """A pre-2019 report: its 统计表 row the question names (or arithmetic over its rows); None where the
        question asks nothing of the 统计表."""
        legacy = legacy_metric(formula_text, metric, conv.metric if elliptic else None)
        legacy_formula = parse_formula(formula_text, legacy, legacy_operand)
        if legacy_formula is not None:
            conv.metric = legacy
            return self._formula(legacy_formula, report, note)
        if legacy is not None and spells_arithmetic(question):
            return self._unread_arithmetic(report, note)
        if legacy is None and metric is not None and intent.quantity and intent.leftover:
            # 12345平台收到多少咨询投诉件: the 统计表 has no such row, the text may state it
            return self._quantity_from_text(question, report, intent, note)
        if every_applicant_of_a_statistics_table(intent, legacy) and any(w in question for w in EACH_WORDS):
            # 自然人和法人分别申请了多少: each applicant on its own is what the 统计表 never counted
            return self._not_in_format(ReportRef.of(report), "按申请人类别（自然人、法人或其他组织）分列的数字")
        note = all_applicants_note(intent, legacy) + note
        if legacy is not None or (metric is not None and not intent.generic):
            return self._legacy_figure(legacy, metric, report, note, conv)
        return None

    def _table_answer(
        self,
        question: str,
        intent: Intent,
        metric: Metric,
        formula: Formula | None,
        report: IndexedReport,
        conv: Conversation,
        note: str,
    ) -> Reply:
        """A national-format figure: one cell, arithmetic over cells, a ranking of a group's members — or, where
        the question's words ask what no cell counts, a sentence of the text or not_found."""
        if intent.quantity and (asked_unit(question) in TIME_UNITS or "平均" in question):
            # 平均几天办结: a duration or an average — no table cell counts one
            return self._quantity_from_text(question, report, intent, note)
        if metric.table == "T4" and intent.applicant_named and not intent.column_only:
            # 企业申请里被法院撤销的: 表四 counts cases, not who applied — no cell splits it by applicant
            return self.not_found(
                f"{report['issuer']}{report['year']}年报告的表四（行政复议、行政诉讼）不按申请人类别统计，没有这项数字。{note}",
                reason="no_such_figure",
                understood={"body": report["issuer"], "year": report["year"]},
            )
        rests_on_default_row = metric.table == "T3" and not metric.has_row and not metric.extra_rows
        if (intent.generic or rests_on_default_row) and intent.leftover and intent.quantity:
            # 多少件申请是主动撤回的 / 12345平台收到多少件 / 企业的申请中转到…的: the metric rests on a generic word
            # (收到) or on an applicant column alone, and the question's other words ask something no table row
            # counts; only a sentence stating it answers — never the applications received by default.
            return self._quantity_from_text(question, report, intent, note)
        if intent.generic and intent.narrative_phrases:
            supported = self._narrative_if_supported(question, report, intent.narrative_phrases, note)
            if supported is not None:
                return supported
        conv.metric = metric
        if formula is not None:
            return self._formula(formula, report, note)
        if spells_arithmetic(question) and not bracket_spells_out_the_figure(self._formula_text(question), metric):
            return self._unread_arithmetic(report, note)
        if intent.member_ranking:
            ranked = self._members_ranked(metric, report, intent.member_ranking, note, question)
            if ranked is not None:
                return ranked
        if metric.group and not metric.row and intent.leftover:
            described = self._member_described(metric, intent.leftover, report, note)
            if isinstance(described, Reply):
                return described
            if described is not None:  # 手里压根没有…没法提供的: a member described in everyday words
                metric, note = described
            elif intent.quantity:
                # 其他处理里有多少件是主动撤回的: words that fit no member of the group — the group's total would
                # answer another question; the report's text may state it
                return self._quantity_from_text(question, report, intent, note)
        return self._figure(question, intent, metric, report, note)

    def _member_described(
        self, metric: Metric, leftover: list[str], report: IndexedReport, note: str
    ) -> tuple[Metric, str] | Reply | None:
        """A group named together with words that describe one of its members (上访、投诉举报 … 不予处理): that
        member, where its label or wording shares the words with no other member; the members listed and a
        question back where several fit; None where none does (the group itself is asked)."""
        fmt = nf.report_format(report["format"])
        members = [r for r in fmt.table("T3").rows if r.group == metric.group]
        asked = {w[i : i + 2] for w in leftover for i in range(len(w) - 1)} - MEMBER_STOP_BIGRAMS
        scores = [(len(asked & _wording(row)), row) for row in members]
        best = max((score for score, _ in scores), default=0)
        if best == 0:
            return None
        # 不予处理（信访、重复、出版物、大量反复、确认重出）: words that each fit another member list the members —
        # the group itself is asked
        fits = {
            w: {row.key for row in members if {w[i : i + 2] for i in range(len(w) - 1)} & _wording(row)}
            for w in leftover
        }
        if len({frozenset(keys) for keys in fits.values() if len(keys) == 1}) >= 2:
            return metric, note
        fitting = [row for score, row in scores if score == best]
        if len(fitting) == 1:
            row = fitting[0]
            words = "、".join(leftover)
            return replace(
                metric, group=None, row=row.key
            ), note + f"（“{words}”按“{nf.strip_numbering(row.label)}”理解。）"
        ref = ReportRef.of(report)
        listing = "；".join(
            f"{c.label} {format_number(c.number)}{c.unit}" if c.ok else f"{c.label}：{c.note}"
            for c in (self.compute(replace(metric, group=None, row=r.key), ref) for r in members)
        )
        return Reply(
            status="ambiguous",
            answer=f"问的是“{nf.strip_numbering(metric.group or '')}”中的哪一项？"
            f"{report['issuer']}{report['year']}年报告各项：{listing}。{note}",
            figures=[],
            passages=[],
        )

    def _unread_arithmetic(self, report: IndexedReport, note: str) -> Reply:
        """减去 / 除以 spelled, but the operands not read: one operand's figure would be a wrong answer."""
        return self.not_found(
            f"问题里的算式没有读懂，没有给出结果，以免答错。可以分别问参与计算的各项数字（例如“{report['issuer']}"
            f"{report['year']}年……是多少”），答案会注明出处。{note}",
            reason="no_such_figure",
            understood={"body": report["issuer"], "year": report["year"]},
        )

    def _members(self, metric: Metric, ref: ReportRef, question: str = "") -> list[Metric]:
        """The parts a ranking question compares: the rows of a group (不予公开的理由), the outcomes of a T4 block
        (维持/纠正/其他/尚未审结), every result row (办理结果), or the applicant columns of a row (哪类申请人)."""
        fmt = nf.report_format(ref.format_version)
        if metric.table == "T4" and (metric.block == "all" or metric.blocks):
            # 行政复议、直接起诉、复议后起诉哪一类最多: the blocks named (or all three), each one's own figure
            part = metric.part or "total"
            if not metric.blocks and not any(w in question for w in nf.DIRECT_WORDS + nf.AFTER_REVIEW_WORDS):
                # 行政复议和行政诉讼哪个多: the review beside both litigation blocks together
                return [
                    replace(metric, block="review", part=part),
                    replace(metric, block=None, litigation=True, part=part),
                ]
            blocks = metric.blocks or ("review", "litigation_direct", "litigation_after_review")
            return [replace(metric, block=b, blocks=(), litigation=False, part=part) for b in blocks]
        if metric.table == "T4" and not metric.litigation and metric.block != "all":
            parts = [p for p in nf.T4_PART_LABELS if p != "total"]
            return [replace(metric, part=p, parts=()) for p in parts]
        if metric.table != "T3" or metric.rate:
            return []
        if metric.group:
            rows = [r.key for r in fmt.table("T3").rows if r.group == metric.group]
            return [replace(metric, group=None, row=r) for r in rows]
        if metric.organisation:  # 哪一类法人或其他组织最多: the five columns of the group, not 自然人
            return [replace(metric, column=c, organisation=False, columns=()) for c in nf.T3_APPLICANT_COLUMNS[1:]]
        if metric.row == "results_total" or any(
            w in question for w in ("办理结果", "各种情形", "哪种情形", "处理结果")
        ):
            rows = [
                r.key
                for r in fmt.table("T3").rows
                if r.key not in nf.NON_RESULT_ROWS and r.key not in nf.GROUP_ROW_KEYS.values()
            ]
            # (所有办理结果（予以公开、部分公开…）里排第二: the rows listed say what is ranked, each on its own)
            return [replace(metric, row=r, extra_rows=(), group=None) for r in rows]
        if "自然人" in question and re.search(r"法人|组织|单位", question) and not APPLICANTS_RANKED.search(question):
            # 自然人和法人谁多: the two groups of applicants, the five columns of 法人或其他组织 together
            return [
                replace(metric, column="natural_person", organisation=False, columns=()),
                replace(metric, column=None, organisation=True, columns=()),
            ]
        if metric.extra_rows and not metric.group:  # 予以公开和部分公开哪个多: the rows named, each on its own
            return [replace(metric, row=r, extra_rows=()) for r in (metric.row, *metric.extra_rows)]
        # 除了自然人，哪一类申请人最多: the column named is the one left out, the applicants are what is ranked
        applicants_ranked = APPLICANTS_RANKED.search(question) is not None
        if (metric.column in (None, "total") or applicants_ranked) and not metric.columns:
            return [replace(metric, column=c, organisation=False, columns=()) for c in nf.T3_APPLICANT_COLUMNS]
        return []

    def _members_ranked(
        self, metric: Metric, report: IndexedReport, direction: str, note: str, question: str = ""
    ) -> Reply | None:
        """哪一类最多 / 排第二多的: each member's stored cell, the largest (or smallest) first; ties named together."""
        ref = ReportRef.of(report)
        members = [(m, self.compute(m, ref)) for m in self._members(metric, ref, question)]
        excluded = re.search(r"除(?:了|去)?([^，,。以外之外]{1,8})(?:以外|之外|外)?", question)  # 除了自然人以外
        if excluded:
            members = [(m, c) for m, c in members if excluded.group(1) not in c.label]
        if len(members) < 2:
            return None
        unclear = [c.label for _, c in members if not c.ok]
        known = [(m, c) for m, c in members if c.ok]
        if unclear or not known:
            # the members' figures are listed, but no ranking is given: an answer, with the reason of a not_found
            unresolved = self.figure(members[0][1], members[0][0], ref).model_copy(
                update={"value": None, "kind": "unresolved"}
            )
            return self.not_found(
                f"{ref.issuer}{ref.year}年报告中{'、'.join(unclear)}的数字无法确定，"
                f"无法排出哪一项最{'少' if direction == 'min' else '多'}。{note}",
                reason="no_such_figure",
            ).model_copy(update={"status": "answered", "figures": [unresolved]})
        ordered = sorted(known, key=lambda mc: mc[1].number, reverse=direction == "max")
        rank = rank_asked(question)
        if rank > 1:  # 排第二多的: the Nth distinct value, ties named together
            distinct = list(dict.fromkeys(c.value for _, c in ordered))
            if rank > len(distinct):
                return None
            ordered = [mc for mc in ordered if mc[1].value == distinct[rank - 1]] + [
                mc for mc in ordered if mc[1].value != distinct[rank - 1]
            ]
        best = ordered[0][1].number
        top = [(m, c) for m, c in ordered if c.value == best]
        word = (
            ("最少" if direction == "min" else "最多")
            if rank <= 1
            else f"排第{rank}{'少' if direction == 'min' else '多'}"
        )
        names = "、".join(f"“{c.label}”" for _, c in top)
        listing = "；".join(f"{c.label} {format_number(c.number)}{c.unit}" for _, c in ordered)
        text = (
            f"{ref.issuer}{ref.year}年政府信息公开工作年度报告中，{word}的是{names}，{format_number(best)}{top[0][1].unit}"
            f"{'（并列）' if len(top) > 1 else ''}。各项：{listing}。{note}"
        )
        return answered(text, [self.figure(c, m, ref) for m, c in ordered])

    def _legacy_figure(
        self, legacy: Metric | None, metric: Metric | None, report: IndexedReport, note: str, conv: Conversation
    ) -> Reply:
        """A pre-2019 report: the 统计表 cell the question asks, or not_in_this_format for a national-table row."""
        ref = ReportRef.of(report)
        if legacy is None:
            return self._not_in_format(ref, self._metric_label(metric) if metric else "这一项")
        conv.metric = legacy
        computed = self.compute(legacy, ref)
        if computed.note == NO_CELL:
            return self._no_cell(ref, computed.label)
        figure = self.figure(computed, legacy, ref)
        return answered(self._figure_text(computed, figure, ref) + note, [figure])

    def _no_cell(self, ref: ReportRef, label: str) -> Reply:
        """The report's table does not print this row at all (a province's 统计表 without 收费减免金额)."""
        return self.not_found(
            f"{ref.issuer}{ref.year}年报告的统计表没有印出“{label}”这一项。",
            reason="no_such_figure",
            understood={"body": ref.issuer, "year": ref.year, "figure": label},
        )

    def _metric_label(self, metric: Metric) -> str:
        """A national figure's label for saying that a report of another format lacks it."""
        fmt = nf.report_format(nf.FORMAT_2021)
        try:
            if metric.table == "T4":
                return nf.cell_label(fmt, "T4", "cases", f"{metric.block or 'review'}.{metric.part or 'total'}")
            if metric.table == "T3" and metric.row:
                return nf.cell_label(fmt, "T3", metric.row, metric.column or "total")
            if metric.table == "T2" and metric.row:
                return nf.t2_label_of(metric.row)
        except (KeyError, StopIteration):
            pass
        return "这一项"

    def _not_in_format(self, ref: ReportRef, label: str, belongs_to: str | None = None, note: str = "") -> Reply:
        """The row asked is not in this report's format; ``belongs_to`` names the format that has it (by default
        the other national format)."""
        if belongs_to is None:
            other = [f for f in nf.FORMAT_VERSIONS if f not in (ref.format_version, nf.FORMAT_PRE_2019)]
            belongs_to = other[0] if other else None
        return self.not_found(
            f"{ref.issuer}{ref.year}年的报告采用{nf.FORMAT_LABELS[ref.format_version]}，表格中没有“{label}”这一项"
            f"（这一项属于{nf.FORMAT_LABELS[belongs_to] if belongs_to else '其他格式'}）。{note}",
            reason="not_in_this_format",
            understood={"body": ref.issuer, "year": ref.year, "figure": label},
        )

    def _legacy_row_not_in_format(self, ref: ReportRef, legacy: Metric, note: str) -> Reply:
        """A row of the 统计表 before 2019 asked of a national-format report (2024年主动公开文件数历年累计)."""
        label = nf.report_format(nf.FORMAT_PRE_2019).table("TS").row(legacy.row or "").label
        return self._not_in_format(ref, label, belongs_to=nf.FORMAT_PRE_2019, note=note)

    def _formula_text(self, question: str) -> str:
        """The question without body names and years, punctuation kept: the operands of its arithmetic."""
        text = normalise_question(question)
        for start, end in sorted(self._index.resolve(text).spans, reverse=True):
            text = text[:start] + "\0" + text[end:]
        # 平潭/上海市政府办公厅/沭阳县: a slash beside a body's name lists bodies, it divides nothing
        text = re.sub(r"[/／](?=\0)|(?<=\0)[/／]", "", text).replace("\0", "")
        # 减去2016年度的数: a year's own figure is the 本年度 column, not a year to drop
        text = re.sub(r"(?:19|20)\d{2}年度(?=的?(?:数|数字|数量|值|那个))", "本年度", text)
        text = SPAN_OF_YEARS.sub("，", text)  # 2019-2025年合计: a span of years, its hyphen no minus sign
        return shared_wording(without_years(text))

    def compute_formula(self, formula: Formula, ref: ReportRef) -> Computed:
        """A formula's value over one report's stored cells; a note saying why where it cannot be computed."""
        parts = [self.compute(adapt_to_format(m, ref.format_version), ref) for m in formula.operands]
        inputs = [c for part in parts for c in part.inputs]
        missing = [p for p in parts if not p.ok]
        if missing:
            if any(p.note == NOT_IN_FORMAT for p in missing):
                label = next(p.label for p in missing if p.note == NOT_IN_FORMAT)
                return Computed(None, "", label, True, None, inputs, note=NOT_IN_FORMAT)
            notes = "；".join(f"{p.label}：{p.note}" for p in missing)
            return Computed(None, "", "按问题所列算式", True, None, inputs, note=f"无法计算（{notes}）")
        if formula.kind in ("ratio", "difference") and parts[0].inputs == parts[1].inputs:
            # 本机关不掌握占办理总计: both operands read as the same cells — the question was not understood
            return Computed(None, "", "按问题所列算式", True, None, inputs, note="算式两边读成了同一个数字，无法计算")
        if formula.larger_first and parts[0].number < parts[1].number:
            parts.reverse()  # 差多少: the larger less the smaller, said in that order
        a, b = parts[0].number, parts[1].number
        names = [p.label for p in parts]
        values = [format_number(p.number) for p in parts]
        if formula.kind == "times":
            if not b:
                return Computed(None, "倍", f"{names[0]} ÷ {names[1]}", True, None, inputs, note="无法计算：除数为零")
            value = clean_number(round(a / b, formula.decimals))
            return Computed(
                value,
                "倍",
                f"{names[0]}是{names[1]}的倍数",
                True,
                f"{names[0]} ÷ {names[1]} = {values[0]} ÷ {values[1]}",
                inputs,
            )
        if formula.kind == "ratio":
            if not b:
                return Computed(None, "%", f"{names[0]} ÷ {names[1]}", True, None, inputs, note="无法计算：除数为零")
            value = clean_number(round(a / b * 100, formula.decimals))
            return Computed(
                value,
                "%",
                f"{names[0]}占{names[1]}的比例",
                True,
                f"{names[0]} ÷ {names[1]} × 100% = {values[0]} ÷ {values[1]} × 100%",
                inputs,
            )
        if formula.kind == "difference":
            value = clean_number(round(a - b, 6))
            return Computed(
                value,
                parts[0].unit,
                f"{names[0]} − {names[1]}",
                True,
                f"{names[0]} − {names[1]} = {values[0]} − {values[1]}",
                inputs,
            )
        value = clean_number(round(a + b, 6))
        return Computed(
            value,
            parts[0].unit,
            f"{names[0]} + {names[1]}",
            True,
            f"{names[0]} + {names[1]} = {values[0]} + {values[1]}",
            inputs,
        )

    def _formula(self, formula: Formula, report: IndexedReport, note: str) -> Reply:
        """The arithmetic the question spells, over stored cells, formula shown."""
        ref = ReportRef.of(report)
        computed = self.compute_formula(formula, ref)
        if computed.note == NOT_IN_FORMAT:
            return self._not_in_format(ref, computed.label)
        figure = self.figure(computed, formula.operands[0], ref)
        figure.row = f"formula:{formula.kind}"
        text = self._figure_text(computed, figure, ref) + note
        return answered(text, [figure] + [self.cell_figure(c, ref) for c in computed.inputs])

    def _quantity_from_text(
        self, question: str, report: IndexedReport, intent: Intent, note: str, prose_only: bool = False
    ) -> Reply:
        """The answerability gate for a quantity no table holds (a budget, a training count): a sentence of the
        report that states a number in the asked unit about the asked subject, quoted — or not_found with the
        nearest passages offered as related reading."""
        words = [
            w
            for w in (w.rstrip("了过") for w in intent.leftover + intent.narrative_phrases)  # 发了 is a verb's form
            # words every report shares (政务, 信息) do not say which sentence states the quantity
            if len(w) >= 2 and w not in UNIT_WORDS and w not in DOMAIN_WORDS and "几" not in w and "多少" not in w
        ]
        unit = asked_unit(normalise_question(question))
        context = [
            t
            for t in tokenize(topic_text(question, self._index))
            if len(t) >= 2 and t not in words and t not in QUANTITY_FILLER
        ]
        subject = [t for t in context if t not in DOMAIN_WORDS and t not in UNIT_WORDS]
        if not words:
            # 不予公开的信息有多少条（正文里说的）/ 全年发布了多少条公开信息: the words read as a table's
            # (发布, 不予公开) say what the text's sentence is about
            words = subject[:3]
        elif unit:
            # 检查出多少处失效链接: 失效 was read as a table word, yet it is the subject too — checked beside the unit
            words += [t for t in subject if t not in words][:2]
        stated = self._sentence_stating(report, words, context, unit, prose_only) if words else None
        if stated is None and words:
            stated = self._sentence_stating_none(report, words)  # 2021年，区政府未收取信息处理费: none, said so
        if stated is not None:
            sentence, passage = stated
            text = (
                f"根据{passage['issuer']}{passage['year']}年政府信息公开工作年度报告（{passage['section']}）："
                f"“{sentence}”{note}"
            )
            return answered(text, passages=[cited_passage(passage, 1.0)])
        related = self._narrative(question, report, [report], None, note)
        answer = self.not_found(
            f"{report['issuer']}{report['year']}年政府信息公开工作年度报告里没有这项数字。{note}",
            reason="no_such_figure",
            understood={"body": report["issuer"], "year": report["year"], "figure": "、".join(words) or None},
        )
        answer.passages = related.passages[:3]  # related reading, not an answer
        return answer

    def _sentence_stating(
        self, report: IndexedReport, words: list[str], context: list[str], unit: str | None, prose_only: bool = False
    ) -> tuple[str, PassageRecord] | None:
        """The sentence with a number (in the asked unit, when the question names one) that shares the most of the
        question's subject words."""
        # a date (2023年 / 5月 / 10日) states no quantity: 2023年我局加大…工作力度 answers no 几个
        number = re.compile(r"(?<![\d.])\d[\d,.]*\s*" + (re.escape(unit) if unit else r"(?![\d,.]*\s*(?:年|月|日|号))"))
        best: tuple[tuple[int, int, int], str, PassageRecord] | None = None
        for passage in self.retriever.passages_of(report["report_id"]):
            if prose_only and passage.get("kind") != "narrative":
                continue  # 正文里说的: the text's own sentences, not the tables rendered as sentences
            for sentence in re.split(r"(?<=[。！？；])", passage["text"]):
                numbers = [m.start() for m in number.finditer(sentence)]
                shared = [w for w in words if w in sentence]
                # every subject word of a short question (政务新媒体粉丝: 粉丝 too); of a long one two thirds, or
                # half where the number also carries the asked unit (发出催办提示84次)
                needed = len(words) if len(words) <= 3 else (len(words) + 1) // 2 if unit else -(-2 * len(words) // 3)
                ends = {m.end() for w in shared for m in re.finditer(re.escape(w), sentence)}
                if unit and any(0 <= n - end <= 2 for end in ends for n in numbers):
                    needed = (len(words) + 1) // 2  # 失效链接43处: a subject word right before the number in the unit
                if not numbers or not shared or len(shared) < needed:
                    continue
                # more subject words first, then the subject words nearest to a number (each word's nearest: 区管委会
                # 及区直各部门…1687条 before the sentence whose total merely mentions 区直各部门)
                distance = sum(min(abs(sentence.index(w) - n) for n in numbers) for w in shared)
                score = (len(shared), sum(w in sentence for w in context), -distance)
                if best is None or score > best[0]:
                    best = (score, sentence.strip(), passage)
        return (best[1], best[2]) if best else None

    def _sentence_stating_none(self, report: IndexedReport, words: list[str]) -> tuple[str, PassageRecord] | None:
        """A sentence of the text that says the asked quantity is none (未收取信息处理费 / 无收取…情况), with every
        subject word of the question: the answer to 收了多少钱 is that sentence, not 'no such figure'."""
        for passage in self.retriever.passages_of(report["report_id"]):
            if passage.get("kind") != "narrative":
                continue
            for sentence in re.split(r"(?<=[。！？；])", passage["text"]):
                if len(sentence) <= 80 and all(w in sentence for w in words) and NONE_STATED.search(sentence):
                    return sentence.strip(), passage
        return None

    def _narrative_if_supported(
        self, question: str, report: IndexedReport, words: list[str], note: str
    ) -> Reply | None:
        result = self._narrative(question, report, [report], None, note)
        if result.status != "answered":
            return None
        quoted = result.answer.split("：“", 1)[-1].rsplit("”", 1)[0]
        if all(w in quoted for w in words) and re.search(r"\d", quoted):
            return result
        return None

    # --- figures ---------------------------------------------------------------------------------------

    def _figure(self, question: str, intent: Intent, metric: Metric, report: IndexedReport, note: str) -> Reply:
        ref = ReportRef.of(report)
        metric = adapt_to_format(metric, ref.format_version)
        computed = self.compute(metric, ref)
        if SHARE_ASKED.search(question) and computed.unit != "%" and not intent.change:
            # 自然人的比例 answered with a count would be a wrong answer: the share was asked, and not read
            return self.not_found(
                f"问题问的是一个比例，但没有读懂是哪两项相除。可以写成“A占B的百分之几”，例如“自然人申请占新收申请的百分之几”。{note}",
                reason="no_such_figure",
                understood={"body": ref.issuer, "year": ref.year, "figure": computed.label},
            )
        if computed.note == NOT_IN_FORMAT:
            return self._not_in_format(ref, computed.label)
        if computed.note == NO_CELL:
            return self._no_cell(ref, computed.label)
        figure = self.figure(computed, metric, ref)
        text = self._figure_text(computed, figure, ref) + note
        figures = [figure] + [self.cell_figure(c, ref) for c in computed.inputs] if computed.derived else [figure]
        passages = self._passages_for(question, {ref.report_id}, kind=None, top_k=3)
        stated = self._text_for_unclear_cell(question, intent, computed, report, note)
        if stated is not None:  # the cell is unclear in the print; the report's text states the number
            text += f"报告正文的相关表述：{stated.answer.split('：', 1)[-1]}"
            passages = [*stated.passages, *passages][:3]
        if computed.value is None and computed.inputs and all(c.kind == "merged" for c in computed.inputs):
            # a sub-row the report printed merged with its group: the report has no such figure of its own — said
            # as not found, with the merged row shown as where the figure would have been
            merged = self.not_found(text, reason="no_such_figure", understood={"body": ref.issuer, "year": ref.year})
            return merged.model_copy(update={"figures": figures, "passages": passages})
        return answered(text, figures, passages)

    def _text_for_unclear_cell(
        self, question: str, intent: Intent, computed: Computed, report: IndexedReport, note: str
    ) -> Reply | None:
        """主动公开了多少件规章 where the table's cell is unclear (22 | 235): the text's sentence stating one of the
        cell's possible values, quoted beside the unclear figure — never chosen for it."""
        unclear = [c for c in computed.inputs if c.kind == "unresolved"] if computed.value is None else []
        if not unclear:
            return None
        stated = self._quantity_from_text(question, report, intent, note, prose_only=True)
        if stated.status != "answered":
            return None
        candidates = {format_number(v) for c in unclear for v in c.candidates}
        numbers = set(re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", stated.answer.split("：", 1)[-1]))
        return stated if candidates & numbers else None

    def cells_of(self, ref: ReportRef, table: str, row: str | None = None) -> dict[tuple[str, str], StoredCell]:
        return {(c.row, c.column): c for c in self._cells.of(ref.report_id, table, row)}

    def compute(self, metric: Metric, ref: ReportRef) -> Computed:
        metric = adapt_to_format(metric, ref.format_version)
        fmt = nf.report_format(ref.format_version)
        if metric.table == "TS":
            return self._compute_ts(metric, ref, fmt)
        if ref.format_version == nf.FORMAT_PRE_2019:
            legacy = legacy_metric("", metric)
            if legacy is None:
                return Computed(None, "", self._metric_label(metric), False, None, [], note=NOT_IN_FORMAT)
            return self.compute(legacy, ref)
        if metric.table == "T4":
            return self._compute_t4(metric, ref, fmt)
        if metric.table == "T2":
            return self._compute_t2(metric, ref, fmt)
        return self._compute_t3(metric, ref, fmt)

    def _compute_ts(self, metric: Metric, ref: ReportRef, fmt: nf.ReportFormat) -> Computed:
        """A row of the pre-2019 统计表 (本年度 unless another column is asked)."""
        if ref.format_version != nf.FORMAT_PRE_2019:
            legacy_table = nf.report_format(nf.FORMAT_PRE_2019).table("TS")
            label = next((r.label for r in legacy_table.rows if r.key == metric.row), metric.row or "")
            return Computed(None, "", f"统计表“{label}”", False, None, [], note=NOT_IN_FORMAT)
        row, column = metric.row or "", metric.column or "this_year"
        if metric.extra_rows:
            cells = self.cells_of(ref, "TS")
            rows = [row, *metric.extra_rows]
            labels = " + ".join(nf.cell_label(fmt, "TS", r, column) for r in rows)
            return self._sum([cells.get((r, column)) for r in rows], nf.unit_of(fmt, "TS", column, row), labels)
        cell = self.cells_of(ref, "TS", row).get((row, column))
        return self._single(cell, nf.unit_of(fmt, "TS", column, row), nf.cell_label(fmt, "TS", row, column))

    def _compute_t4(self, metric: Metric, ref: ReportRef, fmt: nf.ReportFormat) -> Computed:
        """Table four: one block's outcome, litigation's two blocks added, every block, or several outcomes."""
        cells = self.cells_of(ref, "T4")
        part = metric.part or "total"
        part_label = nf.T4_PART_LABELS[part]
        if metric.litigation:
            keys = [f"litigation_direct.{part}", f"litigation_after_review.{part}"]
            return self._sum(
                [cells.get(("cases", k)) for k in keys],
                "件",
                f"行政诉讼 · {part_label}（未经复议直接起诉 + 复议后起诉）",
            )
        if metric.block == "all":
            keys = [f"{b}.{part}" for b in nf.T4_BLOCKS]
            return self._sum([cells.get(("cases", k)) for k in keys], "件", f"行政复议和行政诉讼合计 · {part_label}")
        block = metric.block or "review"
        if metric.blocks:  # 行政复议总计和直接起诉总计加起来
            keys = [f"{b}.{part}" for b in metric.blocks]
            labels = " + ".join(nf.T4_BLOCK_LABELS[b] for b in metric.blocks)
            return self._sum([cells.get(("cases", k)) for k in keys], "件", f"{labels} · {part_label}")
        if metric.parts:
            labels = " + ".join(nf.T4_PART_LABELS[p] for p in metric.parts)
            return self._sum(
                [cells.get(("cases", f"{block}.{p}")) for p in metric.parts],
                "件",
                f"{nf.cell_label(fmt, 'T4', 'cases', f'{block}.total').split(' · ')[0]} · {labels}",
            )
        cell = cells.get(("cases", f"{block}.{part}"))
        return self._single(cell, "件", nf.cell_label(fmt, "T4", "cases", f"{block}.{part}"))

    def _compute_t2(self, metric: Metric, ref: ReportRef, fmt: nf.ReportFormat) -> Computed:
        """Table two: a row's asked column (t2_column), or several rows' sum."""
        table = fmt.table("T2")
        row_key = metric.row or ""
        try:
            row = table.row(row_key)
        except StopIteration:
            return Computed(None, "", nf.t2_label_of(row_key), False, None, [], note=NOT_IN_FORMAT)
        column = t2_column(table.columns_of(row), metric.column)
        if metric.extra_rows and column is not None:  # 行政处罚和行政强制的处理决定: the rows' sum
            rows = [row.key, *metric.extra_rows]
            cells = self.cells_of(ref, "T2")
            labels = " + ".join(nf.t2_label_of(r) for r in rows)
            return self._sum([cells.get((r, column.key)) for r in rows], column.unit, f"{labels} · {column.label}")
        if column is None:  # 2019's 本年增/减 asked of a 2021 report: never the nearest column
            return Computed(
                None,
                "",
                f"{nf.strip_numbering(row.label)} · {nf.t2_column_label_of(metric.column)}",
                False,
                None,
                [],
                note=NOT_IN_FORMAT,
            )
        cell = self.cells_of(ref, "T2", row.key).get((row.key, column.key))
        return self._single(cell, column.unit, nf.cell_label(fmt, "T2", row.key, column.key))

    def _compute_t3(self, metric: Metric, ref: ReportRef, fmt: nf.ReportFormat) -> Computed:
        """Table three: a row (or rows, or a group's rows) in one applicant column or several; the grant rate."""
        table = fmt.table("T3")
        column = metric.column or "total"
        columns = nf.T3_APPLICANT_COLUMNS[1:] if metric.organisation else (metric.columns or (column,))
        if metric.columns:
            column_label = " + ".join(table.column(c).label for c in metric.columns)
        else:
            column_label = nf.ORGANISATION_GROUP if metric.organisation else table.column(column).label
        cells = self.cells_of(ref, "T3")
        if metric.rate:
            return self._grant_rate(metric, cells, columns, column_label)
        if metric.group:
            return self._group_sum(metric, table, cells, columns, column_label)
        row = metric.row or "new_received"
        if metric.extra_rows:
            rows = [row, *metric.extra_rows]
            labels = " + ".join(
                nf.strip_numbering(table.row(r).label) for r in rows if r in {x.key for x in table.rows}
            )
            return self._sum([cells.get((r, c)) for r in rows for c in columns], "件", f"{labels} · {column_label}")
        if row not in {r.key for r in table.rows}:
            return Computed(None, "件", nf.t3_label_of(row), False, None, [], note=NOT_IN_FORMAT)
        label = f"{nf.strip_numbering(table.row(row).label)} · {column_label}"
        if metric.organisation or metric.columns:
            return self._sum([cells.get((row, c)) for c in columns], "件", label)
        return self._single(cells.get((row, column)), "件", nf.cell_label(fmt, "T3", row, column))

    def _grant_rate(
        self,
        metric: Metric,
        cells: dict[tuple[str, str], StoredCell],
        columns: Sequence[str],
        column_label: str,
    ) -> Computed:
        """予以公开率: granted (and partly granted, where asked) over the results' total, in the asked columns."""
        numerator_rows = ("granted", *metric.extra_rows)
        name = "予以公开" + ("及部分公开" if metric.extra_rows else "")
        granted = self._sum([cells.get((r, c)) for r in numerator_rows for c in columns], "件", name)
        total = self._sum([cells.get(("results_total", c)) for c in columns], "件", "办理结果总计")
        inputs = granted.inputs + total.inputs
        label = f"{name}率 · {column_label}"
        if not granted.ok or not total.ok or not total.value:
            return Computed(None, "%", label, True, None, inputs, note="无法计算：相关单元格缺失或为零")
        rate = clean_number(round(granted.number / total.number * 100, 2))
        formula = (
            f"{name} ÷ 办理结果总计 × 100% = {format_number(granted.number)} ÷ {format_number(total.number)} × 100%"
        )
        return Computed(rate, "%", label, True, formula, inputs)

    def _group_sum(
        self,
        metric: Metric,
        table: nf.Table,
        cells: dict[tuple[str, str], StoredCell],
        columns: Sequence[str],
        column_label: str,
    ) -> Computed:
        """A group of table three's rows (不予公开, 无法提供 …): its printed merged row, or its rows' sum."""
        group = metric.group or ""
        rows = [r.key for r in table.rows if r.group == group]
        if not rows:  # 2019 format: （六）其他处理 is one row
            rows = [r.key for r in table.rows if nf.strip_numbering(r.label) == nf.strip_numbering(group)]
        label = f"{nf.strip_numbering(group)}（各项合计） · {column_label}"
        group_key = nf.GROUP_ROW_KEYS.get(group)
        printed = [cells.get((group_key, c)) for c in columns] if group_key else []
        if printed and all(c is not None and c.kind in NUMERIC for c in printed):
            # the report printed the group as one merged row: its printed value is the answer
            if len(printed) == 1:
                return self._single(printed[0], "件", f"{nf.strip_numbering(group)}（合并打印） · {column_label}")
            return self._sum(printed, "件", label)
        picked = [cells.get((r, c)) for r in rows for c in columns]
        return self._sum(picked, "件", label)

    def _single(self, cell: StoredCell | None, unit: str, label: str) -> Computed:
        if cell is None:
            return Computed(None, unit, label, False, None, [], note=NO_CELL)
        if cell.kind in NUMERIC:
            return Computed(cell.value, unit, label, False, None, [cell])
        if cell.kind == "unresolved":
            candidates = "、".join(format_number(v) for v in cell.candidates)
            note = f"原文中该行数字连写或错位，无法唯一确定（原文：“{cell.raw}”）" + (
                f"，可能的值：{candidates}" if candidates else ""
            )
            return Computed(None, unit, label, False, None, [cell], note=note)
        if cell.kind == "merged":
            return Computed(
                None,
                unit,
                label,
                False,
                None,
                [cell],
                note="报告把这一项与同组其他项合并为一行打印，没有单独的数字（可问该组的合计）",
            )
        marks = {"blank": "空白", "slash": "“/”", "dash": "“—”", "none": "“无”"}
        return Computed(None, unit, label, False, None, [cell], note=f"报告中该栏为{marks.get(cell.kind, cell.raw)}")

    def _sum(self, cells: list[StoredCell | None], unit: str, label: str) -> Computed:
        present = [c for c in cells if c is not None]
        if not present or len(present) < len(cells):
            return Computed(None, unit, label, True, None, present, note="相关单元格缺失")
        if any(c.kind == "merged" for c in present):  # sub-rows printed merged have no value of their own
            return Computed(
                None, unit, label, True, None, present, note="这些分项在报告中合并打印为一行，没有各自的数字"
            )
        unresolved = [c for c in present if c.kind == "unresolved"]
        if unresolved:
            return Computed(None, unit, label, True, None, present, note="部分单元格原文数字连写，无法唯一确定")
        values = [summand(c) for c in present]
        total = clean_number(sum(values))
        formula = " + ".join(format_number(v) for v in values) + f" = {format_number(total)}"
        return Computed(total, unit, label, True, formula, present)

    def _check_status(self, cells: list[StoredCell], ref: ReportRef) -> CheckStatus:
        fmt = nf.report_format(ref.format_version)
        statuses = self.checks_of(ref.report_id)
        keys = {(c.table, c.row, c.column) for c in cells}
        involved = []
        for table in fmt.tables:
            for identity in table.identities:
                if any((table.id, r, col) in keys for r, col in (*identity.left, *identity.right)):
                    involved.append(statuses.get(identity.id, "skipped"))
        if not involved:
            return "not_checked"
        if "failed" in involved:
            return "failed"
        return "passed" if all(s == "passed" for s in involved) else "partly_checked"

    def _failed_checks_text(self, cells: list[StoredCell], ref: ReportRef) -> str:
        fmt = nf.report_format(ref.format_version)
        report = self.stores.tables.report(ref.report_id)
        detail = {c["check_id"]: c for c in (report["checks"] if report else [])}
        keys = {(c.table, c.row, c.column) for c in cells}
        texts = []
        for table in fmt.tables:
            for identity in table.identities:
                check = detail.get(identity.id)
                if (
                    check
                    and check["status"] == "failed"
                    and any((table.id, r, col) in keys for r, col in (*identity.left, *identity.right))
                ):
                    texts.append(f"{check['description']}（{check['details']}）")
        return "；".join(texts[:2])

    def cell_figure(self, cell: StoredCell, ref: ReportRef, label: str | None = None) -> Figure:
        return cell_figure(cell, ref.format_version, self._check_status([cell], ref), label)

    def figure(self, computed: Computed, metric: Metric, ref: ReportRef) -> Figure:
        """A computed figure as an answer shows it: the stored cell it is, or a derived figure named after the
        metric (a group, an organisation's columns, a T4 block, the grant rate) with its inputs."""
        if not computed.derived and len(computed.inputs) == 1:
            return self.cell_figure(computed.inputs[0], ref, computed.label)
        row = metric.row or (f"group:{metric.group}" if metric.group else None)
        if metric.table == "T4":
            row, column = "cases", f"{'litigation' if metric.litigation else metric.block}.{metric.part or 'total'}"
        else:
            column = "organisation" if metric.organisation else (metric.column or "total")
        if metric.rate:
            row = "grant_rate"
        return derived_figure(
            ref,
            table=metric.table,
            row=row,
            column=column,
            label=computed.label,
            value=computed.value,
            unit=computed.unit,
            formula=computed.formula,
            inputs=computed.inputs,
            checks=self._check_status(computed.inputs, ref),
        )

    def _figure_text(self, computed: Computed, figure: Figure, ref: ReportRef) -> str:
        source = f"{ref.issuer}{ref.year}年政府信息公开工作年度报告"
        table = TABLE_NAMES.get(figure.table, figure.table)
        if computed.value is None:
            return f"{source}中，{computed.label}：{computed.note}。（来源：{table}）"
        value = f"{format_number(computed.value)}{computed.unit if computed.unit != '%' else '%'}"
        text = f"{source}中，{computed.label}为{value}"
        if computed.derived and computed.formula:
            text += f"（由报告表格数据计算：{computed.formula}）"
        text += f"。（来源：{table}）"
        if figure.checks == "failed":
            failed = self._failed_checks_text(computed.inputs, ref)
            text += f"注意：该报告自身的表格数据勾稽关系不成立（{failed}），以上数字按报告原样列出。"
        return text

    # --- change and ranking ------------------------------------------------------------------------------

    def _unread_across(
        self,
        question: str,
        intent: Intent,
        metric: Metric,
        formula: Formula | None,
        legacy: Metric | None,
        issuers: list[str],
    ) -> Reply | None:
        """A figure over years or bodies that rests on words not read: refused, never a nearby figure."""
        understood: Understood = {"body": "、".join(self.body_display(i) for i in issuers)}
        if intent.generic and intent.leftover and legacy is None:
            # 只公开了一部分的申请每年多少: the figure rests on 申请 alone and the other words are not read — never the
            # applications received, year after year
            return self.not_found(
                f"没有读懂要比较的是哪一项数字（“{'、'.join(intent.leftover)}”）。可以用报告表格里的说法再问，"
                "例如“予以公开”“部分公开”“本年新收”。",
                reason="no_such_figure",
                understood=understood,
            )
        if formula is None and spells_arithmetic(question):
            # 结果合计/(新收+上年结转) with 结果合计 not read: the bracket's sum alone would answer another question
            return self.not_found(
                "问题里的算式没有读懂，没有给出结果，以免答错。可以用报告表格里的说法写出算式再问，"
                "例如“予以公开÷办理结果总计”。",
                reason="no_such_figure",
                understood=understood,
            )
        if SHARE_ASKED.search(question) and formula is None and not metric.rate and metric.table != "TS":
            # 两项加起来占办结总数的比例谁最高: a share asked and its parts not read — the whole's counts would answer
            # another question
            return self.not_found(
                "问题问的是一个比例，但没有读懂是哪两项相除。可以写成“A占B的百分之几”，例如“予以公开占办理结果总计的比例”。",
                reason="no_such_figure",
                understood=understood,
            )
        return None

    def _across_reports(
        self,
        question: str,
        formula_text: str,
        intent: Intent,
        metric: Metric | None,
        formula: Formula | None,
        issuers: list[str],
        years: list[int],
        named: bool,
        previous_mode: str | None,
        conv: Conversation,
    ) -> Reply | None:
        """A series (one body over years), a comparison (several bodies) or a consistency check, or None when the
        question is about one report."""
        follow_up = not intent.issuers and not intent.years and not intent.leftover
        # 行政处罚决定数呢 after a series: another row, the same years
        elliptic_follow_up = (
            not intent.issuers and not intent.years and (not intent.leftover or question_is_elliptic(question))
        )
        # The 统计表 row the question's own words name (当面申请数, 历年累计), for the years before 2019
        legacy = legacy_metric(formula_text, metric, conv.metric if elliptic_follow_up else None)
        # 22到23年呢 after a check: other years, checked the same way
        years_only = not intent.issuers and bool(intent.years) and question_is_elliptic(question)
        checks_again = previous_mode in ("series", "consistency") and (
            intent.consistency_asked or (previous_mode == "consistency" and (elliptic_follow_up or years_only))
        )  # 前后两年对得上吗 after a series / 自然人那一列呢 after a check
        if intent.consistency or checks_again:
            named_years = parse_years(normalise_question(question))  # 2021年结转到2022年: both, though one describes
            checked = self._bodies_with_every_year(issuers, sorted(set(years) | set(named_years)), intent)
            if len(checked) == 1 and (named or follow_up or elliptic_follow_up or years_only):
                return self._consistency(
                    question, formula_text, intent, metric, legacy, checked[0], years, previous_mode, conv
                )
        metric = metric_over_reports(metric, legacy, intent)
        if metric is None:
            return None
        across = intent.series is not None or intent.several_bodies or previous_mode in ("series", "comparison")
        # 再加上上海市科委 after a comparison adds a body, it spells no arithmetic
        adds_body = (
            previous_mode == "comparison" and bool(intent.issuers) and any(w in question for w in ADD_BODY_WORDS)
        )
        unread = (
            self._unread_across(question, intent, metric, formula, legacy, issuers)
            if across and not adds_body
            else None
        )
        if unread is not None:
            return unread
        if previous_mode == "series" and not intent.years and not intent.series and THAT_YEAR.search(question):
            return None  # 最多是哪年 → 那年复议呢: one report, the year just picked
        ask = self._series_years(question, intent, conv, previous_mode, elliptic_follow_up)
        # (平潭哪一年最多: a name fitting two bodies is settled by _series, as for 历年)
        if ask is None and len(years) < 2 and WHICH_YEAR.search(question) and named and not intent.several_bodies:
            ask = SeriesAsk()  # 哪一年最多: every indexed year
        if ask is not None and (named or follow_up or elliptic_follow_up) and not intent.several_bodies:
            series = self._series(
                question, metric, formula, issuers, ask, conv, legacy, all_applicants_note(intent, legacy)
            )
            if series is not None:
                return series
        if (
            intent.issuers
            and len(conv.issuers) == 1
            and conv.issuers[0] not in intent.issuers
            and BESIDE_ANOTHER.search(question)
            and metric is not None
        ):
            # 2025年跟沭阳县政府比呢: the body of the conversation beside the one named, on the figure just asked
            return self.cross.comparison(question, metric, formula, [conv.issuers[0], *intent.issuers], years, conv)
        if (
            len(intent.issuers) == 1
            and len(conv.issuers) == 1
            and conv.issuers[0] != intent.issuers[0]
            and THAN_ANOTHER_BODY.match(question)
            and metric is not None
            and conv.year
        ):
            # 比淮安市2024年少多少 after 洪泽区2023年…: the conversation's body (at its year) is the subject
            here, other = conv.issuers[0], intent.issuers[0]
            body_years = {here: [conv.year], **({other: list(intent.years[:1])} if intent.years else {})}
            subject = f"{self.body_display(here)}{question}"
            return self.cross.comparison(subject, metric, formula, [here, other], [], conv, body_years)
        if adds_body:
            # 把平潭实验区也加进来比: the bodies compared so far and the one named now
            issuers = list(dict.fromkeys([*conv.issuers, *intent.issuers]))
            same_year = years or ([conv.year] if conv.year else [])  # the year compared so far
            return self.cross.comparison(question, metric, formula, issuers, same_year, conv)
        # 2013年呢 after a comparison: the same bodies, another year
        year_switch = not intent.issuers and bool(intent.years) and question_is_elliptic(question)
        several = intent.several_bodies or (
            previous_mode == "comparison" and (follow_up or elliptic_follow_up or year_switch) and len(issuers) > 1
        )
        if several:
            given = self._years_just_given(issuers, years, conv)
            leans_on_conversation = previous_mode == "comparison" or (intent.metric is None and conv.metric is not None)
            if leans_on_conversation and not years and not given and conv.year and not intent.relative_year:
                # 本机关不掌握的呢，谁最多: the bodies compared just now, in the same year; 那就平潭和淮安市比 after a
                # turn that asked 2024年谁的申请多: that figure and year
                years = [conv.year]
            issuers = self._one_body_per_name(issuers, intent.body_parts, years)
            return self.cross.comparison(question, metric, formula, issuers, years, conv, intent.body_years or given)
        if intent.ranking and not named and previous_mode != "comparison":
            return self._every_body_ranked(question, metric, formula, years, conv)
        return None

    def _bodies_with_every_year(self, issuers: list[str], years: list[int], intent: Intent) -> list[str]:
        """平潭2013年到2014年…对得上吗: of the bodies a name fits, the one that has every year named (where one has)."""
        span = {y for y in (intent.series.first, intent.series.last) if y} if intent.series else set()
        if len(issuers) < 2 or len(set(years) | span) < 2:
            return issuers
        having = [i for i in issuers if {r["year"] for r in self.reports_of(i)} >= set(years) | span]
        return having if len(having) == 1 else issuers

    def _years_just_given(self, issuers: list[str], years: list[int], conv: Conversation) -> dict[str, list[int]]:
        """淮安比洪泽多多少 after 洪泽区2023年… and 淮安市2024年呢: each body at the year its figure was just given."""
        if years or len(issuers) < 2:
            return {}
        given = {self._index.body_of_issuer.get(f["issuer"], f["issuer"]): f["year"] for f in conv.recent}
        if not all(i in given for i in issuers):
            return {}
        return {i: [given[i]] for i in issuers}

    def _every_body_ranked(
        self, question: str, metric: Metric, formula: Formula | None, years: list[int], conv: Conversation
    ) -> Reply | None:
        """谁最多 naming no body: every body — each with its newest report where the question says so (按最新一期年报),
        otherwise those with a national-format report of the year asked (2024年各机关予以公开率排名)."""
        since = SINCE_YEAR.search(question)
        if NEWEST_EACH.search(question) and (not years or (since and len(years) == 1)):
            # (2021年以后的各个机关，每家取最新一年: the bodies whose newest report is that year or later)
            first = int(since.group(1)) if since else 0
            newest: dict[str, int] = {}
            for r in self._reports:
                newest[r["body"]] = max(newest.get(r["body"], 0), r["year"])
            bodies = sorted(b for b, y in newest.items() if y >= first)
            return self.cross.comparison(question, metric, formula, bodies, [], conv)
        year = years[0] if years else self._year_with_most_bodies()
        bodies = sorted({r["body"] for r in self._reports if r["year"] == year and r["format"] != nf.FORMAT_PRE_2019})
        return self.cross.comparison(question, metric, formula, bodies, [year], conv) if bodies else None

    @staticmethod
    def _series_years(
        question: str, intent: Intent, conv: Conversation, previous_mode: str | None, elliptic_follow_up: bool
    ) -> SeriesAsk | None:
        """The years a series asks: the question's own, or — 那自然人呢 / 哪年最多 / 实验区这三年 / 其中纠正的每年多少
        after a series — the same years again."""
        ask = intent.series
        body_switch = bool(intent.issuers) and not intent.years and question_is_elliptic(question)
        same_span = not intent.years and SAME_SPAN.search(question) is not None
        each_year = ask == SeriesAsk() and not any(w in question for w in ALL_YEARS_WORDS)  # 每年 of the years shown
        follows_the_series = same_span or ((ask is None or each_year) and (elliptic_follow_up or body_switch))
        if previous_mode == "series" and len(conv.span) == 2 and follows_the_series:
            return SeriesAsk(conv.span[0], conv.span[1])
        other_years = ask is None and len(intent.years) >= 2 and not intent.issuers and question_is_elliptic(question)
        if previous_mode == "series" and other_years:  # 那2019、2020年呢 after a series: the same figure, those years
            return SeriesAsk(listed=tuple(sorted(intent.years)))
        return ask

    def _one_body_per_name(self, issuers: list[str], parts: dict[str, str], years: list[int]) -> list[str]:
        """2021年虹口和平潭: a name that fits two bodies (平潭县, 平潭综合实验区) is the one with a report of the
        year asked, where exactly one has."""
        by_name: dict[str, list[str]] = {}
        for body in issuers:
            by_name.setdefault(parts.get(body, body), []).append(body)
        kept: list[str] = []
        for bodies in by_name.values():
            if years:
                dated = [b for b in bodies if any(r["year"] in years for r in self.reports_of(b))]
            else:  # no year: each body's newest report is compared, so the name's body with the newest one
                newest = {b: self.newest_year(b) for b in bodies}
                dated = [b for b in bodies if newest[b] == max(newest.values())]
            kept += dated if len(bodies) > 1 and len(dated) == 1 else bodies
        return kept

    def _consistency(
        self,
        question: str,
        formula_text: str,
        intent: Intent,
        metric: Metric | None,
        legacy: Metric | None,
        body: str,
        years: list[int],
        previous_mode: str | None,
        conv: Conversation,
    ) -> Reply:
        """Do a body's consecutive reports agree: the column and the years checked, as asked or as before."""
        every_column = any(w in question for w in ("每一列", "各列", "每一栏", "各栏", "每一项", "所有", "各类"))
        one_column = metric is not None and metric.table == "T3" and not metric.columns and not every_column
        column = metric.column if metric is not None and one_column and metric.column != "total" else None
        named_years = parse_years(normalise_question(question))  # 2021年转到2022年: both, though one describes
        if len(named_years) >= 2:
            years = named_years
        spans = SPAN_OF_YEARS.findall(with_arabic_years(normalise_question(question)))
        if len(spans) >= 2:  # 2020年到2021年、2023年到2024年: the pairs within each span
            years = sorted({y for a, b in spans for y in range(int(a), int(b) + 1)})
        elif previous_mode in ("series", "consistency") and not intent.years and len(conv.span) == 2:
            years = list(range(conv.span[0], conv.span[1] + 1))  # 跟下一年的对得上吗 after a series: its years
        elif intent.series is not None and intent.series.first:
            newest = self.newest_year(body)
            years = list(range(intent.series.first, (intent.series.last or newest) + 1))  # 2019年以来
        elif len(years) >= 2:
            years = list(range(min(years), max(years) + 1))
        rows_named = legacy_rows_named(formula_text)  # 受理…总数的历年累计等于…吗: that row's chain
        named_row = legacy.row if legacy is not None and rows_named else (rows_named[0] if rows_named else None)
        return self.cross.consistency(body, column, years, conv, legacy_row=named_row)

    def _series(
        self,
        question: str,
        metric: Metric,
        formula: Formula | None,
        issuers: list[str],
        ask: SeriesAsk,
        conv: Conversation,
        legacy: Metric | None,
        legacy_note: str,
    ) -> Reply | None:
        """One body's figure over the years asked; None where the name fits several bodies equally well.
        ``legacy_note`` is said where a year's figure comes from a 统计表."""
        bodies = self._bodies_for_series(issuers, ask) if len(issuers) > 1 else issuers
        if len(bodies) != 1:
            return None
        result = self.cross.series(question, metric, formula, bodies[0], ask, conv, legacy=legacy)
        if len(issuers) > 1 and result.status == "answered":  # 平潭近几年: say which 平潭 was taken
            others = "、".join(self.body_display(b) for b in issuers if b != bodies[0])
            result.answer += f"（按{self.body_display(bodies[0])}回答；同名的还有{others}。）"
        if result.status == "answered" and any(f.table == "TS" for f in result.figures):
            if legacy_note and any(w in question for w in EACH_WORDS) and all(f.table == "TS" for f in result.figures):
                # 2011到2018年自然人和法人分别申请了多少: every year's table counts all applicants together only
                return self.not_found(
                    f"{self.body_display(bodies[0])}这些年份的报告采用2019年以前的统计表格式，不按申请人类别"
                    "（自然人、法人或其他组织）分列，没有分别的数字。",
                    reason="not_in_this_format",
                    understood={"body": self.body_display(bodies[0])},
                )
            result.answer += legacy_note
        return result

    def _bodies_for_series(self, bodies: list[str], ask: SeriesAsk) -> list[str]:
        """平潭近几年 / 平潭2011到2018年: a name fitting two bodies means the one with the most reports in the years
        asked (a series with no bounds: the corpus's newest years); a tie stays open."""
        newest = max(r["year"] for r in self._reports)
        first = ask.first if ask.first is not None else newest - (ask.recent or 3) + 1
        last = ask.last if ask.last is not None else newest
        counts = {b: sum(first <= r["year"] <= last for r in self.reports_of(b)) for b in bodies}
        most = max(counts.values())
        return [b for b in bodies if counts[b] == most] if most else bodies

    def _year_with_most_bodies(self) -> int:
        by_year: dict[int, int] = {}
        for r in self._reports:
            by_year[r["year"]] = by_year.get(r["year"], 0) + 1
        return max(by_year, key=lambda y: (by_year[y], y))

    def _change(
        self, question: str, metric: Metric, issuers: list[str], years: list[int], named: bool, conv: Conversation
    ) -> Reply:
        """One body's figure in two years and its change (a difference, and a rate where the earlier is not 0)."""
        if len(issuers) != 1:
            having = [r for i in issuers for r in self.reports_of(i) if not years or r["year"] in years]
            if not having:  # 平潭2015年和2017年: neither 平潭 has those years
                return self.not_found(
                    self.missing_text(issuers, years),
                    reason="year_not_indexed",
                    understood={"body": "、".join(self.body_display(i) for i in issuers)},
                )
            # 淮安市比平潭多多少 names the bodies in a way this turn could not split: ask, never one body's figure
            return self._ambiguous(
                [r for i in issuers for r in self.reports_of(i) if not years or r["year"] in years],
                "这个问题涉及多个机关的比较，请分别写出各机关的名称。",
            )
        issuer = issuers[0]
        available = sorted(r["year"] for r in self.reports_of(issuer))
        pair = self._change_years(question, years, available, conv)
        if pair is None:
            return self.not_found(f"{issuer}只收录了{available[0]}年的报告，无法比较。{self._catalogue()}")
        year_a, year_b = pair
        missing = [y for y in (year_a, year_b) if y not in available]
        if missing:
            if year_b in available:  # the report itself may state the change (较去年回落12.3%)
                report = next(r for r in self.reports_of(issuer) if r["year"] == year_b)
                stated = self._change_stated(question, report)
                if stated is not None:
                    stated.answer = (
                        f"没有收录{issuer}{year_a}年的报告，无法用表格计算变化；{year_b}年报告正文的相关表述："
                        + stated.answer
                    )
                    return stated
            return self.not_found(self.missing_text([issuer], missing), reason="year_not_indexed")
        refs = [
            ReportRef.of(next(r for r in self.reports_of(issuer) if r["year"] == year)) for year in (year_a, year_b)
        ]
        results = [self.compute(metric, ref) for ref in refs]
        conv.issuers, conv.year, conv.metric = [issuer], year_b, metric
        yearly = [self.figure(c, metric, ref) for c, ref in zip(results, refs, strict=True)]
        if all(c.note == NOT_IN_FORMAT for c in results):  # neither year's format has the row: nothing to compare
            return self._not_in_format(refs[-1], self._metric_label(metric))
        if not all(c.ok for c in results):
            notes = "；".join(f"{ref.year}年：{c.note}" for c, ref in zip(results, refs, strict=True) if not c.ok)
            # the asked change leads, unknown; the years' own figures follow
            unknown = yearly[-1].model_copy(
                update={
                    "kind": "derived",
                    "derived": True,
                    "value": None,
                    "formula": None,
                    "label": f"{results[-1].label}（{year_b}年较{year_a}年变化）",
                }
            )
            return answered(
                f"无法比较{issuer}{year_a}年与{year_b}年的{results[0].label}：{notes}。", [unknown, *yearly]
            )
        return self._change_figures(question, issuer, metric, results, yearly, year_a, year_b)

    @staticmethod
    def _change_years(
        question: str, years: list[int], available: list[int], conv: Conversation
    ) -> tuple[int, int] | None:
        """The two years a change is asked between, earlier first; None where the body has one report only."""
        base_named = re.search(r"(?:比|较|相比|对比)((?:19|20)\d{2})年?", normalise_question(question))
        if len(years) == 1 and base_named and conv.year and int(base_named.group(1)) == years[0] != conv.year:
            return years[0], conv.year  # 比2019年多了多少 after 2025's figure: 2025 against 2019
        if len(years) >= 2:
            year_a, year_b = sorted(years)[:2]
            return year_a, year_b
        if len(years) == 1:
            return years[0] - 1, years[0]
        if len(available) < 2:
            return None
        return available[-2], available[-1]

    def _change_figures_of_earlier(
        self,
        question: str,
        issuer: str,
        metric: Metric,
        results: list[Computed],
        yearly: list[Figure],
        year_a: int,
        year_b: int,
    ) -> Reply:
        a, b = results[0].number, results[1].number
        less = asks_decrease(question)  # 2022年比2023年少多少: by how much it is less
        value = clean_number(round(b - a if less else a - b, decimals_asked(question, 6)))
        label, unit = results[0].label, results[0].unit
        earlier, later = yearly
        shown = (
            f"{year_b}年 − {year_a}年 = {format_number(b)} − {format_number(a)}"
            if less
            else (f"{year_a}年 − {year_b}年 = {format_number(a)} − {format_number(b)}")
        )
        figure = change_figure(
            earlier,
            later,
            table=metric.table,
            label=f"{label}（{year_a}年比{year_b}年{'少' if less else '多'}）",
            value=value,
            unit=unit,
            formula=shown,
        ).model_copy(update={"report_id": earlier.report_id, "year": earlier.year})  # the subject year's report
        word = ("少" if value > 0 else "多") if less else ("多" if value > 0 else "少")
        word = word if value else "持平，相差"
        text = (
            f"{issuer}{year_a}年的{label}为{format_number(a)}{unit}，{year_b}年为{format_number(b)}{unit}，"
            f"{year_a}年比{year_b}年{word}{format_number(abs(value))}{unit}。（来源：两年的政府信息公开工作年度报告）"
        )
        return answered(text, [figure, earlier, later])

    def _change_figures(
        self,
        question: str,
        issuer: str,
        metric: Metric,
        results: list[Computed],
        yearly: list[Figure],
        year_a: int,
        year_b: int,
    ) -> Reply:
        """The difference (or the decrease, as asked) and the rate of change, then the two years' figures."""
        a, b = results[0].number, results[1].number
        diff = clean_number(round(b - a, decimals_asked(question, 6)))  # 保留两位小数: rounded as asked
        subject = SUBJECT_YEAR.search(question)
        if subject and int(subject.group(1)) == year_a:
            # 2022年比2023年多多少: the earlier year is the subject — it less the later one, as asked
            return self._change_figures_of_earlier(question, issuer, metric, results, yearly, year_a, year_b)
        pct = clean_number(round((b - a) / a * 100, 2)) if a else None
        label = results[1].label
        unit = results[1].unit
        earlier, later = yearly
        if asks_decrease(question):
            # 比2024年减少了多少: the figure is the decrease (negative if it in fact rose), as asked
            difference = change_figure(
                earlier,
                later,
                table=metric.table,
                label=f"{label}（{year_b}年较{year_a}年减少）",
                value=clean_number(round(a - b, 6)),
                unit=unit,
                formula=f"{year_a}年 − {year_b}年 = {format_number(a)} − {format_number(b)}",
            )
        elif GAP_ASKED.search(question) and not any(w in question for w in DIRECTION_WORDS):
            # 2016年和2018年相差多少: the gap between the two years, however it ran
            difference = change_figure(
                earlier,
                later,
                table=metric.table,
                label=f"{label}（{year_a}年与{year_b}年相差）",
                value=abs(diff),
                unit=unit,
                formula=f"|{year_b}年 − {year_a}年| = |{format_number(b)} − {format_number(a)}|",
            )
        else:
            difference = change_figure(
                earlier,
                later,
                table=metric.table,
                label=f"{label}（{year_b}年较{year_a}年变化）",
                value=diff,
                unit=unit,
                formula=f"{year_b}年 − {year_a}年 = {format_number(b)} − {format_number(a)}",
            )
        figures = [difference]
        direction = "增加" if diff > 0 else ("减少" if diff < 0 else "持平")
        text = f"{issuer}{year_b}年的{label}为{format_number(b)}{unit}，{year_a}年为{format_number(a)}{unit}，"
        if diff == 0:
            text += "两年持平"
        else:
            text += f"{direction}{format_number(abs(diff))}{unit}"
        if pct is not None:
            rate = change_figure(
                earlier,
                later,
                table=metric.table,
                label=f"{label}（{year_b}年较{year_a}年变化率）",
                value=pct,
                unit="%",
                formula=f"({format_number(b)} − {format_number(a)}) ÷ {format_number(a)} × 100%",
            )
            figures.append(rate)
            if diff != 0:
                text += f"（变化率{format_number(pct)}%）"
            if SHARE_ASKED.search(question) or re.search(r"百分|%|增长率|增幅|变化率|涨幅|降幅", question):
                figures.reverse()  # 增长了百分之多少: the rate is the answer, the difference follows
        text += "。（来源：两年的政府信息公开工作年度报告）"
        return answered(text, figures + yearly)

    # --- narrative ----------------------------------------------------------------------------------------

    def _passages_for(
        self, question: str, report_ids: set[str] | None, kind: str | None, top_k: int
    ) -> list[CitedPassage]:
        query = topic_text(question, self._index)
        hits = self.retriever.lexical(query, report_ids, top_k=top_k, kind=kind)
        return [cited_passage(h.passage, h.score) for h in hits]

    def _narrative(
        self,
        question: str,
        report: IndexedReport | None,
        candidates: list[IndexedReport],
        conv: Conversation | None,
        note: str,
    ) -> Reply:
        report_ids = {r["report_id"] for r in candidates}
        query = topic_text(question, self._index) if report is not None else question
        if report is not None:
            contact = self._contact(question, report, note)
            if contact is not None:
                return contact
            asked = contact_asked(question)
            if asked is not None:  # 联系电话 asked, and no sentence of the report states one: say so, quote nothing
                return self.not_found(
                    f"{report['issuer']}{report['year']}年政府信息公开工作年度报告里没有写明{CONTACT_NAMES[asked]}。{note}",
                    reason="no_such_figure",
                    understood={"body": report["issuer"], "year": report["year"]},
                )
        section = next((n for n, words in nf.SECTION_TOPIC_WORDS.items() if any(w in question for w in words)), None)
        hits = self.retriever.hybrid(query, report_ids, top_k=12 if section else 5, kind="narrative")
        if section is not None:  # 存在什么问题: the section on problems first, in retrieval order within each
            # …and within 五, its problems or its improvements, as asked (存在什么问题 / 怎么改进的)
            improving = any(w in question for w in IMPROVEMENT_WORDS + PLAN_WORDS)

            def placement(hit: Hit) -> tuple[bool, bool, bool]:
                # the section's own heading words first (a report may number it wrongly: 五、政府信息管理), then
                # its number; within it, the part asked (the last heading says which: （二）改进措施)
                path = str(hit.passage.get("section", ""))
                # (a part is a heading under the section: the section's own title names both, 主要问题及改进情况)
                part = path.split(">")[-1] if ">" in path else ""
                return (
                    not heading_of_section(path, section),
                    not in_section(path, section),
                    any(w in part for w in IMPROVEMENT_WORDS) != improving,
                )

            hits = sorted(hits, key=placement)
            # the quote comes from the part asked when the report has it (the sentence announcing last year's
            # improvements also says 主要问题)
            hits = [h for h in hits if placement(h) == placement(hits[0])][:5] if hits else hits
        if not hits:
            where = f"{report['issuer']}{report['year']}年报告" if report else "已收录的报告"
            return self.not_found(f"在{where}中没有找到与问题相关的内容。{self._catalogue()}")
        # (an item asked by its place in a list may sit a few passages below the sentence announcing the list)
        # 存在什么不足: the problems, not the sentence that lists next year's improvements in the same section
        plans_asked = any(w in question for w in IMPROVEMENT_WORDS + PLAN_WORDS)
        problems_asked = section is not None and not plans_asked
        # 存在什么不足 quotes a shortcoming, 下一步准备怎么加强 what will be done — not the other
        avoid = IMPROVEMENT_WORDS + ("下一步",) if problems_asked else SHORTCOMING_WORDS if plans_asked else ()
        prefer = PROBLEM_WORDS if problems_asked else PLAN_MARKERS if plans_asked else ()
        sentence, hit = best_sentence(
            query,
            self._with_section_around(hits) if ORDINAL_ASKED.search(query) else hits[:3],
            avoid,
            prefer=prefer,
        )
        sentence = quote_window(sentence, hit.passage["text"])
        p = hit.passage
        if conv is not None and report is None:
            conv.issuers, conv.year = [self._index.body_of_issuer.get(p["issuer"], p["issuer"])], p["year"]
        prefix = "" if report else "（问题未指明机关和年份，以下引自最相关的报告）"
        text = f"{prefix}根据{p['issuer']}{p['year']}年政府信息公开工作年度报告（{p['section']}）：“{sentence}”{note}"
        shown = hits[:5] if hit in hits[:5] else [*hits[:4], hit]  # the quoted passage is always among those shown
        return answered(text, passages=[cited_passage(h.passage, h.score) for h in shown])

    def _contact(self, question: str, report: IndexedReport, note: str) -> Reply | None:
        """电话 / 邮箱 / 传真 / 地址 asked of one report: the sentence that states one — a phone number, an address
        after 地址 — found by its form, since wording alone ranks any sentence mentioning 电话 as high."""
        asked = contact_asked(question)
        if asked is None:
            return None
        form = CONTACT_FORMS[asked]
        best: tuple[tuple[int, int, int], str, list[PassageRecord]] | None = None
        passages = list(self.retriever.passages_of(report["report_id"]))
        for i, passage in enumerate(passages):
            # a sentence cut by the passage's end (电子邮箱：| hzzwgk@126.com) runs on into the next passage
            following = "".join(
                p["text"] for p in passages[i + 1 : i + 3] if p.get("section") == passage.get("section")
            )[:160]
            text = passage["text"] + (re.split(r"(?<=[。；！？])", following)[0] if following else "")
            for sentence in re.split(r"(?<=[。；！？])", text):
                # PDF text is wrapped and often letter-spaced (电 话 ： 0517-…): both are the conversion's, not the
                # report's, and are squeezed out before matching and quoting
                squeezed = LETTER_SPACING.sub("", sentence.replace("\n", ""))
                if not form.search(squeezed) or not any(w in squeezed for w in CONTACT_SENTENCE_WORDS[asked]):
                    continue
                # the kind the question names (电话, not the 传真 with the same number), then the report's own
                # contact for information disclosure before any other office's number
                named = sum(w in squeezed for w in CONTACT_WORDS[asked] if w in question)
                disclosure = sum(w in sentence for w in ("信息公开", "政务公开", "年度报告", "咨询"))
                score = (named, disclosure, -len(squeezed))
                if best is None or score > best[0]:
                    runs_on = sentence not in passage["text"]  # the sentence ends in the passages after this one
                    cited = [
                        passage,
                        *(p for p in passages[i + 1 : i + 3] if runs_on and p.get("section") == passage.get("section")),
                    ]
                    best = (score, squeezed.strip(), cited)
        if best is None:
            return None
        _, sentence, cited = best
        passage = cited[0]
        quote = sentence if len(sentence) <= QUOTE_CHARS else quote_window(sentence, sentence)
        source = f"{passage['issuer']}{passage['year']}年政府信息公开工作年度报告（{passage['section']}）"
        return answered(f"根据{source}：“{quote}”{note}", passages=[cited_passage(p, 1.0) for p in cited])

    def _change_stated(self, question: str, report: IndexedReport) -> Reply | None:
        """The sentence of a report that states a change from the year before (申请数量较去年回落12.3%) and shares
        the question's words; None where the report states none — a change is never answered by another sentence."""
        stating = [
            Hit(p, 0.0)
            for p in self.retriever.passages_of(report["report_id"], kind="narrative")
            if CHANGE_STATED.search(p["text"])
        ]
        if not stating:
            return None
        query = topic_text(question, self._index)
        sentence, hit = best_sentence(query, stating)
        asked = {t for t in tokenize(query) if len(t) > 1} - DOMAIN_WORDS
        # (申请量 asked, 申请数量 stated: a word shares two characters with the sentence)
        shares = any(t[i : i + 2] in sentence for t in asked for i in range(len(t) - 1))
        if not CHANGE_STATED.search(sentence) or not shares:
            return None
        p = hit.passage
        text = f"根据{p['issuer']}{p['year']}年政府信息公开工作年度报告（{p['section']}）：“{sentence.strip()}”"
        return answered(text, passages=[cited_passage(p, 1.0)])

    def _with_section_around(self, hits: list[Hit]) -> list[Hit]:
        """The top passages and every passage of the top one's section: an item asked by its place in a list
        (第二条) may sit passages away from the sentence announcing the list, ranked too low to be retrieved."""
        top = hits[0].passage
        section = [
            Hit(p, 0.0)
            for p in self.retriever.passages_of(top["report_id"], kind="narrative")
            if p["section"] == top["section"]
        ]
        return hits[:3] + [h for h in section if h.passage not in [k.passage for k in hits[:3]]]

    def _narrative_by_body(
        self, question: str, candidates: list[IndexedReport], note: str, one_name: bool = False
    ) -> Reply:
        """怎么申请政府信息公开？ names no body: what the most relevant reports say, one quote per body (its newest
        relevant report), and a question back — which body is meant — instead of one unrelated sentence. A name
        that fits several bodies (平潭2012年: 平潭县, 平潭综合实验区) is answered for each, labelled."""
        newest: dict[str, IndexedReport] = {}
        for r in sorted(candidates, key=lambda r: r["year"]):
            newest[r["body"]] = r
        hits = self.retriever.hybrid(question, {r["report_id"] for r in newest.values()}, top_k=12, kind="narrative")
        by_body: dict[str, list[Hit]] = {}
        for hit in hits:
            body = self._index.body_of_issuer.get(hit.passage["issuer"], hit.passage["issuer"])
            by_body.setdefault(body, []).append(hit)
        chosen = list(by_body.items())[:3]
        if not chosen:
            return self._ambiguous(candidates)
        quotes, passages = [], []
        for number, (body, body_hits) in zip("①②③", chosen, strict=False):
            sentence, hit = best_sentence(question, body_hits[:2])
            p = hit.passage
            quotes.append(
                f"{number}{self.body_display(body)}（{p['year']}年报告，{p['section']}）："
                f"“{quote_window(sentence, p['text'])}”"
            )
            passages.append(cited_passage(hit.passage, hit.score))
        choices = choices_of([newest[body] for body, _ in chosen])
        if one_name:
            text = f"问题中的机关名称可指{len(newest)}个机关，各自报告中的相关内容：" + "；".join(quotes) + f"。{note}"
            return Reply(status="answered", answer=text, figures=[], passages=passages, choices=choices)
        text = (
            "问题没有指明机关。各机关年度报告中的相关内容："
            + "；".join(quotes)
            + f"。请说明是哪个机关，以便准确回答。{note}"
        )
        return Reply(status="ambiguous", answer=text, figures=[], passages=passages, choices=choices)

    # --- not found / ambiguous -------------------------------------------------------------------------

    def _catalogue(self) -> str:
        by_body: dict[str, list[int]] = {}
        for r in self._reports:
            by_body.setdefault(r["body"], []).append(r["year"])
        parts = [
            f"{self._index.display(body)}（{'、'.join(str(y) for y in sorted(years))}年）"
            for body, years in by_body.items()
        ]
        return "已收录：" + "；".join(parts) + "。"

    def missing_text(self, issuers: list[str], years: list[int]) -> str:
        years_text = "、".join(f"{y}年" for y in years)
        if issuers:
            names = [self._index.display(i) for i in issuers]
            have = "；".join(
                f"{n}：{'、'.join(str(r['year']) for r in sorted(self.reports_of(i), key=lambda r: r['year']))}年"
                for n, i in zip(names, issuers, strict=True)
            )
            return f"没有收录{'、'.join(names)}{years_text}的年度报告（已收录 {have}）。"
        return f"没有收录{years_text}的年度报告。{self._catalogue()}"

    def not_found(
        self, message: str, reason: NotFoundReason | None = None, understood: Understood | None = None
    ) -> Reply:
        return Reply(
            status="not_found",
            answer=message,
            figures=[],
            passages=[],
            reason=reason,
            understood=understood or Understood(),
        )

    def _ambiguous(self, candidates: list[IndexedReport], lead: str = "") -> Reply:
        choices = "；".join(
            f"{r['issuer']} {r['year']}年" for r in sorted(candidates, key=lambda r: (r["issuer"], r["year"]))
        )
        return Reply(
            status="ambiguous",
            answer=f"{lead}问题适用于多份报告，请指明机关和年份。可选：{choices}。",
            figures=[],
            passages=[],
            choices=choices_of(candidates),
        )


ENUMERATION = re.compile(r"^(?:[二三四五六七八九]是|[（(][二三四五六七八九][)）]|[2-9][.、．])")
QUOTE_CHARS = 120


# (针对…问题开了什么专栏 asks what was done about a problem)
IMPROVEMENT_WORDS = ("改进", "整改", "措施", "针对", "采取", "解决")
# 下一步准备怎么加强 / 打算如何: what will be done, asked of the problems-and-improvements section
PLAN_WORDS = ("下一步", "打算", "准备", "计划", "将要", "怎么加强", "如何加强", "怎样加强")
# How reports state what they will do
PLAN_MARKERS = ("下一步", "将", "计划", "拟", "着力")
# How reports state a shortcoming (问题 is said of the improvements too: 针对存在问题，下一步…)
SHORTCOMING_WORDS = (
    "不足",
    "不够",
    "不高",
    "不准确",
    "不到位",
    "仍需",
    "还需",
    "有待",
    "欠缺",
    "薄弱",
    "参差不齐",
    "短板",
)
# How reports state a shortcoming
PROBLEM_WORDS = (
    "不足",
    "问题",
    "不够",
    "不高",
    "不准确",
    "不到位",
    "不强",
    "不全",
    "不平衡",
    "仍需",
    "有待",
    "欠缺",
    "滞后",
    "薄弱",
    "差距",
    "短板",
    "参差不齐",
    "限制",
)


def in_section(path: str, section: str) -> bool:
    """The passage's section path is the numbered section, or holds one of that section's own heading words."""
    return path.startswith(section) or heading_of_section(path, section)


def heading_of_section(path: str, section: str) -> bool:
    return any(w in path for w in nf.SECTION_HEADING_WORDS.get(section, ()))


def quote_window(sentence: str, paragraph: str) -> str:
    """Widen a quoted sentence into the passage: back to 一是 when it is the 二是 of a list, and forward while
    the quote is short (a lead-in such as “二是推动信息公开进商圈。” needs the sentences after it)."""
    sentences = [s.strip() for s in re.split(r"(?<=[。！？；])", paragraph) if s.strip()]
    if sentence not in sentences:
        return sentence
    start = end = sentences.index(sentence)
    first_item = re.compile(r"(?:^|[：:])(?:一是|[（(]一[)）]|1[.、．])")
    if ENUMERATION.match(sentence):
        while start > 0 and not first_item.search(sentences[start]):
            start -= 1
        if not first_item.search(sentences[start]):
            start = end
    quote = "".join(sentences[start : end + 1])
    while len(quote) < QUOTE_CHARS and end + 1 < len(sentences):
        end += 1
        quote += sentences[end]
    return quote


ORDINAL_ASKED = re.compile(r"第([一二三四五六七八九1-9])(?:个|条|项|点|方面)")
CHINESE_ORDINALS = "一二三四五六七八九"


def ordinal_item_pattern(numeral: str) -> str:
    """The marks a report opens its n-th listed item with: 二是 / （二） / 2. / 其次 for the second."""
    n = CHINESE_ORDINALS.index(numeral) + 1 if numeral in CHINESE_ORDINALS else int(numeral)
    chinese = CHINESE_ORDINALS[n - 1]
    return rf"(?:^|[：:；;。])\s*(?:{chinese}是|[（(]{chinese}[)）]|{n}\s*[.、．]){'|首先' if n == 1 else ''}"


META_WORDS = ("联系", "电话", "地址", "邮箱", "邮编", "网址", "下载", "编制", "依据", "统计期限", "疑问", "传真")


def best_sentence(
    question: str, hits: list[Hit], avoid: tuple[str, ...] = (), prefer: tuple[str, ...] = ()
) -> tuple[str, Hit]:
    """The sentence of the top passages that shares the most words with the question, its heading counting
    half and the passage's retrieval rank breaking ties; a sentence with an ``avoid`` word counts less. The preamble
    (前言) speaks about the report itself, so it only wins for questions about the report (contact details,
    basis, download)."""
    q_tokens = {t for t in tokenize(question) if len(t) > 1 and not re.fullmatch(r"\d+", t)} - DOMAIN_WORDS
    about_report = any(w in question for w in META_WORDS)
    candidates = [
        (rank, hit, sentence.strip())
        for rank, hit in enumerate(hits)
        for sentence in re.split(r"(?<=[。！？；])", hit.passage["text"])
        if len(sentence.strip()) >= 6
    ]
    ordinal = ORDINAL_ASKED.search(question)
    # 改进措施第二条: only the list's second item (二是 / （二） / 2.) answers, not the sentence announcing the list —
    # where such an item is there to quote (a list of the other kind, avoided, does not count)
    item = re.compile(ordinal_item_pattern(ordinal.group(1))) if ordinal else None
    if item is not None and any(item.search(s) and not any(w in s for w in avoid) for _, _, s in candidates):
        candidates = [c for c in candidates if item.search(c[2])]
    best: tuple[float, str, Hit] | None = None
    for rank, hit, sentence in candidates:
        heading = sum(len(t) for t in q_tokens & set(tokenize(hit.passage["section"])))
        penalty = 5.0 if hit.passage["section"] == "前言" and not about_report else 0.0
        overlap = sum(len(t) for t in q_tokens & set(tokenize(sentence)))
        score = overlap + 0.5 * heading + (len(hits) - rank) * 0.7 - penalty
        avoided = any(w in sentence for w in avoid)
        if avoided:
            score -= 3.0
        elif any(w in sentence for w in prefer):
            score += 1.5  # 仍存在一些不足 / 下一步将…: a sentence of the kind asked (a problem, a plan) leads
        if best is None or score > best[0]:
            best = (score, sentence, hit)
    if best is None:
        return hits[0].passage["text"], hits[0]
    return best[1], best[2]
