"""The national format of 政府信息公开工作年度报告, described once.

Everything that needs a table, row, column, label, unit or identity reads it from here: the parser, the checks,
question understanding and the web page. Keys are those of ``shared/corpus/template.json``.

Three format versions exist:
- ``2021``: 国办公开办函〔2021〕30号, report years 2021 onward.
- ``2019_trial``: 国办公开办函〔2019〕60号, report years 2019 and 2020 (T2 has five sub-tables, T3 a single
  （六）其他处理 row).
- ``pre_2019``: provincial formats before the 2019 regulation: no national tables, a 统计表 (table ``TS``) of
  indicators with 本年度 and 历年累计.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Literal

FORMAT_2021 = "2021"
FORMAT_2019 = "2019_trial"
FORMAT_PRE_2019 = "pre_2019"
FORMAT_VERSIONS = (FORMAT_2021, FORMAT_2019, FORMAT_PRE_2019)
FORMAT_LABELS = {
    FORMAT_2021: "2021年起的全国统一格式",
    FORMAT_2019: "2019年试行格式",
    FORMAT_PRE_2019: "2019年以前的统计表格式",
}


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    unit: str = "件"
    group: str | None = None  # e.g. 法人或其他组织 (T3) or 行政复议 / 未经复议直接起诉 (T4)
    signed: bool = False  # 本年增/减 may be negative
    decimal: bool = False
    aliases: tuple[str, ...] = ()
    narrative_terms: tuple[str, ...] = ()  # words the narrative uses for this column (现行有效 … 698件)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    group: str | None = None  # e.g. （三）不予公开
    subtable: str | None = None  # T2 sub-table caption, e.g. 第二十条第（一）项
    columns: tuple[str, ...] = ()  # T2 only: the columns of this row's sub-table
    aliases: tuple[str, ...] = ()  # other printed forms seen in real reports
    members: tuple[str, ...] = ()  # a group row: the sub-rows it stands for when the report prints them merged
    unit: str | None = None  # where the unit belongs to the row, not the column (the pre-2019 统计表)

    @property
    def core_label(self) -> str:
        """The label without its numbering (（一）, 1., 一、), used to find it in mangled text."""
        return strip_numbering(self.label)


@dataclass(frozen=True)
class Identity:
    """An arithmetic rule the table's cells must satisfy: sum(left) == sum(right)."""

    id: str
    description: str
    left: tuple[tuple[str, str], ...]  # (row, column) cells
    right: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    id: str
    title: str
    title_aliases: tuple[str, ...]
    rows: tuple[Row, ...]
    columns: tuple[Column, ...]
    identities: tuple[Identity, ...] = field(default=())
    # Rows some reports print instead of a group's sub-rows (（六）其他处理 as one row): a first-class cell then,
    # and the sub-rows stay without a value (kind "merged").
    group_rows: tuple[Row, ...] = field(default=())

    def row(self, key: str) -> Row:
        return next(r for r in (*self.rows, *self.group_rows) if r.key == key)

    def group_row_of(self, group: str) -> Row | None:
        return next((r for r in self.group_rows if r.label == group), None)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def columns_of(self, row: Row) -> tuple[Column, ...]:
        if row.columns:
            return tuple(self.column(k) for k in row.columns)
        return self.columns

    def cell_keys(self) -> list[tuple[str, str]]:
        return [(r.key, c.key) for r in self.rows for c in self.columns_of(r)]


@dataclass(frozen=True)
class ReportFormat:
    version: str
    tables: tuple[Table, ...]

    def table(self, table_id: str) -> Table:
        return next(t for t in self.tables if t.id == table_id)


@dataclass(frozen=True)
class Section:
    number: str  # 一 … 六
    title: str
    aliases: tuple[str, ...] = ()


SECTIONS: tuple[Section, ...] = (
    Section("一", "一、总体情况", ("一、概述",)),
    Section("二", "二、主动公开政府信息情况"),
    Section("三", "三、收到和处理政府信息公开申请情况"),
    Section(
        "四",
        "四、政府信息公开行政复议、行政诉讼情况",
        (
            "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
            "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
            "四、政府信息公开行政法复议、行政诉讼情况",
        ),
    ),
    Section("五", "五、存在的主要问题及改进情况", ("五、政府信息公开工作存在的主要问题及改进情况",)),
    Section("六", "六、其他需要报告的事项"),
)

CHINESE_NUMERALS = "一二三四五六七八九十"

# Sub-headings the template suggests (and their common variants); one-line reports run them into the text
# ("（一）主动公开方面平潭综合实验区…"), so they are recognised by name.
COMMON_SUBHEADINGS = (
    "主动公开",
    "依申请公开",
    "政府信息管理",
    "政府信息公开平台建设",
    "平台载体建设",
    "平台建设",
    "监督保障",
    "存在的主要问题",
    "存在问题",
    "改进措施",
    "改进情况",
)
SUBHEADING_SUFFIXES = ("方面", "情况", "工作")

# --- T2 主动公开政府信息情况 -------------------------------------------------------------------------

_SUB_1 = "第二十条第（一）项"
_SUB_5 = "第二十条第（五）项"
_SUB_6 = "第二十条第（六）项"
_SUB_8 = "第二十条第（八）项"
_SUB_9 = "第二十条第（九）项"

_T2_TITLE = "主动公开政府信息情况"
_T3_TITLE = "收到和处理政府信息公开申请情况"
_T4_TITLE = "政府信息公开行政复议、行政诉讼情况"
_T4_TITLE_ALIASES = (
    "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    "政府信息公开行政法复议、行政诉讼情况",
    "政府信息公开行政复议和行政诉讼情况",
)

T2_2021 = Table(
    id="T2",
    title=_T2_TITLE,
    title_aliases=(),
    columns=(
        Column("issued", "本年制发件数", narrative_terms=("制发", "印发", "出台")),
        Column("repealed", "本年废止件数", narrative_terms=("废止", "失效")),
        Column("valid", "现行有效件数", narrative_terms=("现行有效",)),
        Column("decisions", "本年处理决定数量"),
        Column("fee_amount", "本年收费金额（单位：万元）", unit="万元", decimal=True, aliases=("本年收费金额",)),
    ),
    rows=(
        Row("regulations", "规章", subtable=_SUB_1, columns=("issued", "repealed", "valid")),
        Row(
            "normative_documents",
            "行政规范性文件",
            subtable=_SUB_1,
            columns=("issued", "repealed", "valid"),
            aliases=("规范性文件",),
        ),
        Row("administrative_licensing", "行政许可", subtable=_SUB_5, columns=("decisions",)),
        Row("administrative_penalty", "行政处罚", subtable=_SUB_6, columns=("decisions",)),
        Row("administrative_coercion", "行政强制", subtable=_SUB_6, columns=("decisions",)),
        Row("administrative_fees", "行政事业性收费", subtable=_SUB_8, columns=("fee_amount",)),
    ),
)

T2_2019 = Table(
    id="T2",
    title=_T2_TITLE,
    title_aliases=(),
    columns=(
        Column("new_made", "本年新制作数量", narrative_terms=("新制作", "制发", "印发")),
        Column("new_published", "本年新公开数量", narrative_terms=("新公开",)),
        Column("total_published", "对外公开总数量", narrative_terms=("对外公开总", "累计公开")),
        Column("previous_year_items", "上一年项目数量", unit="项"),
        Column("change", "本年增/减", unit="项", signed=True),
        Column("decisions", "处理决定数量"),
        Column("procurement_items", "采购项目数量", unit="项"),
        Column("procurement_amount", "采购总金额", unit="元", decimal=True),
    ),
    rows=(
        Row("regulations", "规章", subtable=_SUB_1, columns=("new_made", "new_published", "total_published")),
        Row(
            "normative_documents",
            "规范性文件",
            subtable=_SUB_1,
            columns=("new_made", "new_published", "total_published"),
            aliases=("行政规范性文件",),
        ),
        Row(
            "administrative_licensing",
            "行政许可",
            subtable=_SUB_5,
            columns=("previous_year_items", "change", "decisions"),
        ),
        Row(
            "other_external_services",
            "其他对外管理服务事项",
            subtable=_SUB_5,
            columns=("previous_year_items", "change", "decisions"),
        ),
        Row(
            "administrative_penalty",
            "行政处罚",
            subtable=_SUB_6,
            columns=("previous_year_items", "change", "decisions"),
        ),
        Row(
            "administrative_coercion",
            "行政强制",
            subtable=_SUB_6,
            columns=("previous_year_items", "change", "decisions"),
        ),
        Row("administrative_fees", "行政事业性收费", subtable=_SUB_8, columns=("previous_year_items", "change")),
        Row(
            "centralized_procurement",
            "政府集中采购",
            subtable=_SUB_9,
            columns=("procurement_items", "procurement_amount"),
        ),
    ),
)

# --- T3 收到和处理政府信息公开申请情况 -------------------------------------------------------------------

T3_APPLICANT_COLUMNS = (
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_org",
    "legal_service_org",
    "other_org",
)
ORGANISATION_GROUP = "法人或其他组织"
T3_COLUMNS = (
    Column("natural_person", "自然人", aliases=("个人", "公民")),
    Column("commercial_enterprise", "商业企业", group=ORGANISATION_GROUP, aliases=("企业",)),
    Column("research_institution", "科研机构", group=ORGANISATION_GROUP),
    Column("social_welfare_org", "社会公益组织", group=ORGANISATION_GROUP),
    Column("legal_service_org", "法律服务机构", group=ORGANISATION_GROUP, aliases=("律师",)),
    Column("other_org", "其他", group=ORGANISATION_GROUP, aliases=("其他组织",)),
    Column("total", "总计", aliases=("合计",)),
)

GROUP_DENIED = "（三）不予公开"
GROUP_UNABLE = "（四）无法提供"
GROUP_NOT_PROCESSED = "（五）不予处理"
GROUP_OTHER = "（六）其他处理"
RESULTS_TOP = "三、本年度办理结果"

_T3_HEAD = (
    Row("new_received", "一、本年新收政府信息公开申请数量"),
    Row("carried_over_from_last_year", "二、上年结转政府信息公开申请数量"),
    Row("granted", "（一）予以公开"),
    Row("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", aliases=("（二）部分公开",)),
    Row("denied_state_secret", "1.属于国家秘密", group=GROUP_DENIED),
    Row("denied_other_law", "2.其他法律行政法规禁止公开", group=GROUP_DENIED),
    Row("denied_three_security_one_stability", "3.危及“三安全一稳定”", group=GROUP_DENIED),
    Row("denied_third_party_rights", "4.保护第三方合法权益", group=GROUP_DENIED),
    Row("denied_internal_affairs", "5.属于三类内部事务信息", group=GROUP_DENIED),
    Row("denied_process_info", "6.属于四类过程性信息", group=GROUP_DENIED),
    Row("denied_enforcement_case_file", "7.属于行政执法案卷", group=GROUP_DENIED),
    Row("denied_admin_query", "8.属于行政查询事项", group=GROUP_DENIED),
    Row("unable_not_held", "1.本机关不掌握相关政府信息", group=GROUP_UNABLE),
    Row("unable_needs_creation", "2.没有现成信息需要另行制作", group=GROUP_UNABLE),
    Row("unable_unclear_after_correction", "3.补正后申请内容仍不明确", group=GROUP_UNABLE),
    Row("not_processed_petition_complaint", "1.信访举报投诉类申请", group=GROUP_NOT_PROCESSED),
    Row("not_processed_duplicate", "2.重复申请", group=GROUP_NOT_PROCESSED),
    Row("not_processed_publication", "3.要求提供公开出版物", group=GROUP_NOT_PROCESSED),
    Row("not_processed_massive_repeated", "4.无正当理由大量反复申请", group=GROUP_NOT_PROCESSED),
    Row("not_processed_confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息", group=GROUP_NOT_PROCESSED),
)
_T3_OTHER_2021 = (
    Row(
        "other_no_correction_overdue",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        group=GROUP_OTHER,
    ),
    Row(
        "other_fee_unpaid_overdue",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        group=GROUP_OTHER,
    ),
    Row("other_other", "3.其他", group=GROUP_OTHER),
)
_T3_OTHER_2019 = (Row("other_processing", "（六）其他处理", aliases=("（六）其他",)),)
_T3_TAIL = (
    Row("results_total", "（七）总计"),
    Row("carried_to_next_year", "四、结转下年度继续办理"),
)

# Derived groups that the template prints as vertical group cells with no subtotal row of their own.
T3_GROUPS_2021: dict[str, tuple[str, ...]] = {
    GROUP_DENIED: tuple(r.key for r in _T3_HEAD if r.group == GROUP_DENIED),
    GROUP_UNABLE: tuple(r.key for r in _T3_HEAD if r.group == GROUP_UNABLE),
    GROUP_NOT_PROCESSED: tuple(r.key for r in _T3_HEAD if r.group == GROUP_NOT_PROCESSED),
    GROUP_OTHER: tuple(r.key for r in _T3_OTHER_2021),
}

T4_BLOCKS = ("review", "litigation_direct", "litigation_after_review")
T4_BLOCK_LABELS = {
    "review": "行政复议",
    "litigation_direct": "未经复议直接起诉",
    "litigation_after_review": "复议后起诉",
}
T4_PARTS = ("maintained", "corrected", "other_result", "pending", "total")
T4_PART_LABELS = {
    "maintained": "结果维持",
    "corrected": "结果纠正",
    "other_result": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}
T4 = Table(
    id="T4",
    title=_T4_TITLE,
    title_aliases=_T4_TITLE_ALIASES,
    rows=(Row("cases", "案件数量"),),
    columns=tuple(
        Column(f"{block}.{part}", T4_PART_LABELS[part], group=T4_BLOCK_LABELS[block])
        for block in T4_BLOCKS
        for part in T4_PARTS
    ),
    identities=tuple(
        Identity(
            id=f"T4.block_total.{block}",
            description=f"{T4_BLOCK_LABELS[block]}：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
            left=(("cases", f"{block}.total"),),
            right=tuple(("cases", f"{block}.{part}") for part in T4_PARTS[:4]),
        )
        for block in T4_BLOCKS
    ),
)


# Group cells: the printed value of a group whose sub-rows a report prints as one merged row.
GROUP_ROW_KEYS = {
    GROUP_DENIED: "denied",
    GROUP_UNABLE: "unable",
    GROUP_NOT_PROCESSED: "not_processed",
    GROUP_OTHER: "other_processing",
}


def _group_rows(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    out = []
    for group, key in GROUP_ROW_KEYS.items():
        members = tuple(r.key for r in rows if r.group == group)
        if members and key not in {r.key for r in rows}:
            out.append(
                Row(key, group, members=members, aliases=(group.replace("处理", ""),) if group == GROUP_OTHER else ())
            )
    return tuple(out)


def _t3(rows: tuple[Row, ...]) -> Table:
    result_rows = [r.key for r in rows if r.key not in NON_RESULT_ROWS]
    column_keys = [c.key for c in T3_COLUMNS]
    identities: list[Identity] = []
    for c in T3_COLUMNS:
        identities.append(
            Identity(
                id=f"T3.balance.{c.key}",
                description=f"{c.label}：本年新收 + 上年结转 = 办理结果总计 + 结转下年度",
                left=(("new_received", c.key), ("carried_over_from_last_year", c.key)),
                right=(("results_total", c.key), ("carried_to_next_year", c.key)),
            )
        )
    for c in T3_COLUMNS:
        identities.append(
            Identity(
                id=f"T3.results_sum.{c.key}",
                description=f"{c.label}：（七）总计 = 各项办理结果之和",
                left=(("results_total", c.key),),
                right=tuple((r, c.key) for r in result_rows),
            )
        )
    for r in rows:
        identities.append(
            Identity(
                id=f"T3.row_total.{r.key}",
                description=f"{strip_numbering(r.label)}：总计 = 自然人 + 法人或其他组织各列",
                left=((r.key, "total"),),
                right=tuple((r.key, c) for c in column_keys if c != "total"),
            )
        )
    return Table(
        id="T3",
        title=_T3_TITLE,
        title_aliases=(),
        rows=rows,
        columns=T3_COLUMNS,
        identities=tuple(identities),
        group_rows=_group_rows(rows),
    )


# --- pre-2019 统计表 (provincial formats before the 2019 regulation) ----------------------------------------
# One row per indicator, a unit column, then 本年度 and 历年累计. Reports print the rows in this order, leave out
# rows their province did not use, and vary the wording: every printed form is an alias.
LEGACY_TABLE_TITLE = "政府信息公开情况统计表"
GROUP_PROACTIVE = "主动公开信息数"
GROUP_APPLICATIONS = "受理依申请公开信息总数"
GROUP_REPLIES = "对申请的答复总数"
LEGACY = Table(
    id="TS",
    title=LEGACY_TABLE_TITLE,
    title_aliases=("统计表",),
    columns=(
        Column("this_year", "本年度", aliases=("年度",)),
        Column("cumulative", "历年累计", aliases=("累计",)),
    ),
    rows=(
        Row("proactive_total", "主动公开信息数", unit="条", aliases=("主动公开文件数", "主动公开政府信息数")),
        Row(
            "proactive_website", "网站公开", group=GROUP_PROACTIVE, unit="条", aliases=("政府网站公开数", "网站公开数")
        ),
        Row(
            "proactive_gazette",
            "政府公报公开",
            group=GROUP_PROACTIVE,
            unit="条",
            aliases=("政府公报公开数", "公报公开"),
        ),
        Row(
            "applications_total",
            "受理依申请公开信息总数",
            unit="条",
            aliases=("受理依申请公开申请总数", "依申请公开信息总数"),
        ),
        Row("applications_in_person", "当面申请数", group=GROUP_APPLICATIONS, unit="条"),
        Row("applications_fax", "传真申请数", group=GROUP_APPLICATIONS, unit="条"),
        Row("applications_email", "电子邮件申请数", group=GROUP_APPLICATIONS, unit="条"),
        Row("applications_online", "网上申请数", group=GROUP_APPLICATIONS, unit="条"),
        Row("applications_letter_fax", "信函、传真申请数", group=GROUP_APPLICATIONS, unit="条"),
        Row("applications_letter", "信函申请数", group=GROUP_APPLICATIONS, unit="条"),
        Row("applications_other", "其它形式申请数", group=GROUP_APPLICATIONS, unit="条", aliases=("其他形式申请数",)),
        Row("replies_total", "对申请的答复总数", unit="条", aliases=("对申请的答复数",)),
        Row("replies_granted", "同意公开答复数", group=GROUP_REPLIES, unit="条"),
        Row("replies_partial", "同意部分公开答复数", group=GROUP_REPLIES, unit="条"),
        Row("replies_denied", "不予公开答复数", group=GROUP_REPLIES, unit="条", aliases=("否决公开答复数",)),
        Row("replies_other", "其他类型答复数", group=GROUP_REPLIES, unit="条", aliases=("其它类型答复数",)),
        Row("fee_waiver", "政府信息公开收费减免金额", unit="元", aliases=("收费减免金额",)),
        # 2014–2018 print 接受行政诉讼、举报数 where earlier years print 行政申诉、举报数: the same row
        Row("complaints", "行政申诉数", unit="件", aliases=("行政申诉、举报数", "接受行政诉讼、举报数", "申诉数")),
        Row("review", "行政复议数", unit="件"),
        Row("litigation", "行政诉讼数", unit="件"),
    ),
    identities=tuple(
        Identity(
            id=f"TS.{total}.{column}",
            description=f"{label}（{column_label}）= 其中各项之和",
            left=((total, column),),
            right=tuple((r, column) for r in members),
        )
        for total, label, members in (
            ("proactive_total", GROUP_PROACTIVE, ("proactive_website", "proactive_gazette")),
            (
                "applications_total",
                GROUP_APPLICATIONS,
                (
                    "applications_in_person",
                    "applications_fax",
                    "applications_email",
                    "applications_online",
                    "applications_letter_fax",
                    "applications_letter",
                    "applications_other",
                ),
            ),
            ("replies_total", GROUP_REPLIES, ("replies_granted", "replies_partial", "replies_denied", "replies_other")),
        )
        for column, column_label in (("this_year", "本年度"), ("cumulative", "历年累计"))
    ),
)
# Questions about pre-2019 reports use these words (question understanding wires them; see service/understanding.py).
LEGACY_ROW_TERMS: dict[str, tuple[str, ...]] = {
    "proactive_total": ("主动公开", "主动公开信息", "主动公开文件"),
    "proactive_website": ("网站公开", "网站上公开", "通过网站", "网站"),
    "proactive_gazette": ("公报公开", "政府公报", "公报"),
    "applications_total": ("受理", "依申请公开", "申请总数", "收到申请", "依申请"),
    "applications_in_person": ("当面申请", "当面", "现场申请", "上门申请"),
    "applications_fax": ("传真申请",),
    "applications_email": ("电子邮件申请", "邮件申请", "电子邮件", "邮箱", "邮件"),
    "applications_online": ("网上申请", "网络申请", "在线申请", "网上"),
    "applications_letter_fax": ("信函、传真", "信函传真"),
    "applications_letter": ("信函申请", "写信", "信函"),
    "applications_other": ("其它形式", "其他形式"),
    "replies_total": ("答复总数", "答复"),
    "replies_granted": ("同意公开", "全部公开", "予以公开", "准予公开"),
    "replies_partial": ("部分公开", "一部分", "部分同意", "部分地公开"),
    "replies_denied": ("不予公开", "否决公开", "否决", "没给公开", "不公开", "拒绝公开"),
    "replies_other": ("其他类型答复", "其它类型答复"),
    "fee_waiver": ("收费减免", "减免金额", "减免"),
    "complaints": ("申诉", "举报"),
    "review": ("行政复议", "复议"),
    "litigation": ("行政诉讼", "诉讼", "起诉", "打官司", "官司"),
}
# Rows named by the generic words of the whole domain (受理 / 答复 / 主动公开): a question with other content words
# the 统计表 does not explain asks something else (收了多少信息处理费, 12345平台收到多少件).
# The two ends of a carry: an application not finished in one year is the next year's 上年结转
CARRIED_ROWS = ("carried_over_from_last_year", "carried_to_next_year")
LEGACY_GENERIC_ROWS = ("applications_total", "replies_total", "proactive_total")
# Rows that count applications or replies: every applicant together (the 统计表 never split them by applicant).
LEGACY_APPLICATION_ROWS = tuple(
    r.key
    for r in LEGACY.rows
    if r.key in ("applications_total", "replies_total") or r.group in (GROUP_APPLICATIONS, GROUP_REPLIES)
)
LEGACY_COLUMN_TERMS: dict[str, tuple[str, ...]] = {
    "this_year": ("本年度", "当年", "这一年", "全年"),
    "cumulative": (
        "历年累计",
        "历年累积",
        "累计",
        "累积",
    ),  # 历年 alone asks for every year (a series), not the 累计 column
}

NON_RESULT_ROWS = ("new_received", "carried_over_from_last_year", "results_total", "carried_to_next_year")

FORMATS: dict[str, ReportFormat] = {}


def strip_numbering(label: str) -> str:
    """Drop a leading 一、 / （一） / (一) / 1. / 1、 numbering from a label."""
    import re

    return re.sub(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+\s*[.、．])\s*", "", label)


def _build() -> None:
    FORMATS[FORMAT_2021] = ReportFormat(FORMAT_2021, (T2_2021, _t3(_T3_HEAD + _T3_OTHER_2021 + _T3_TAIL), T4))
    FORMATS[FORMAT_2019] = ReportFormat(FORMAT_2019, (T2_2019, _t3(_T3_HEAD + _T3_OTHER_2019 + _T3_TAIL), T4))
    FORMATS[FORMAT_PRE_2019] = ReportFormat(FORMAT_PRE_2019, (LEGACY,))


_build()


def report_format(version: str) -> ReportFormat:
    try:
        return FORMATS[version]
    except KeyError:
        raise ValueError(f"unknown format version {version!r}; expected one of {', '.join(FORMAT_VERSIONS)}") from None


@cache
def table_titles() -> dict[str, tuple[str, ...]]:
    """Every printed title of each table (the format versions share them)."""
    titles: dict[str, tuple[str, ...]] = {}
    for fmt in FORMATS.values():
        for t in fmt.tables:
            titles[t.id] = (t.title, *t.title_aliases)
    return titles


# How the national template numbers its tables (表二 … 表四), and the heading of each table's label column.
TABLE_NUMERALS = {"T2": "二", "T3": "三", "T4": "四"}
ROW_HEADERS = {"T2": "信息内容", "T3": "申请人情况", "TS": "统计指标"}


def table_name(table_id: str) -> str:
    """How an answer names a table: 表三“收到和处理政府信息公开申请情况”, 统计表“政府信息公开情况统计表”."""
    title = table_titles().get(table_id, (table_id,))[0]
    numeral = TABLE_NUMERALS.get(table_id)
    return f"表{numeral}“{title}”" if numeral else f"统计表“{title}”"


def cell_label(fmt: ReportFormat, table_id: str, row_key: str, column_key: str) -> str:
    """A human label for one cell, e.g. 本年新收政府信息公开申请数量 · 自然人."""
    table = fmt.table(table_id)
    column = table.column(column_key)
    if table_id == "T4":
        return f"{column.group} · {column.label}"
    row = table.row(row_key)
    row_label = strip_numbering(row.label)
    if row_label == "总计":  # （七）总计 means the total of the year's handling results
        row_label = "办理结果总计"
    if row.group:
        row_label = f"{strip_numbering(row.group)} · {row_label}"
    return f"{row_label} · {column.label}"


def _label_in_any_format(table_id: str, key: str, of_row: bool) -> str:
    """The printed label of a row or column key in whichever format has it (for saying what another format lacks)."""
    for version in (FORMAT_2021, FORMAT_2019):
        table = report_format(version).table(table_id)
        for item in table.rows if of_row else table.columns:
            if item.key == key:
                return strip_numbering(item.label)
    return key


def t2_label_of(row_key: str) -> str:
    return _label_in_any_format("T2", row_key, of_row=True)


def t2_column_label_of(column_key: str | None) -> str:
    return _label_in_any_format("T2", column_key or "", of_row=False)


def t3_label_of(row_key: str) -> str:
    return _label_in_any_format("T3", row_key, of_row=True)


def unit_of(fmt: ReportFormat, table_id: str, column_key: str, row_key: str | None = None) -> str:
    table = fmt.table(table_id)
    if row_key is not None:
        row = next((r for r in table.rows if r.key == row_key), None)
        if row is not None and row.unit:
            return row.unit
    return table.column(column_key).unit


# Special values printed in cells instead of a number.
CELL_MARKS: dict[str, Literal["slash", "dash", "none"]] = {
    "/": "slash",
    "／": "slash",
    "—": "dash",
    "-": "dash",
    "－": "dash",
    "——": "dash",
    "无": "none",
}


# --- The words people use in questions -----------------------------------------------------------------
# Question understanding maps wording to cells with these, together with the printed labels above. Longer
# phrases win over shorter ones, so "信访举报投诉类申请" beats a bare "申请".

T3_ROW_TERMS: dict[str, tuple[str, ...]] = {
    "new_received": (
        "本年新收",
        "新收",
        "新提交",
        "新提出",
        "新增申请",
        "新受理",
        "新申请",
        "新提的申请",
        "新提",
        "新递交",
        "递交",
    ),
    "carried_over_from_last_year": (
        "上年结转",
        "上一年结转",
        "去年结转",
        "从上年结转",
        "上年度结转",
        "结转过来",
        "转过来",
        "上年转来",
        "上年遗留",
        "留过来",
        "遗留过来",
        "剩下来的",
        "转来的",
        "拖过来",
        "拖到今年",
        "拖到本年",
    ),
    "granted": ("予以公开", "同意公开", "全部公开", "准予公开", "给予公开", "给公开了", "给公开", "全公开"),
    "partially_granted": ("部分公开", "区分处理", "公开了一部分", "公开一部分", "只公开部分", "部分给公开"),
    "denied_state_secret": ("国家秘密", "涉密", "属于国家秘密"),
    "denied_other_law": (
        "其他法律行政法规禁止公开",
        "其他法律法规禁止",
        "其他法律行政法规禁止",
        "法律法规禁止公开",
        "法律行政法规禁止",
        "行政法规禁止",
        "其他法律禁止",
        "法律禁止",
        "法规禁止",
    ),
    "denied_three_security_one_stability": (
        "三安全一稳定",
        "危及三安全一稳定",
        "危及安全稳定",
        "国家安全",
        "公共安全",
        "经济安全",
        "社会稳定",
    ),
    "denied_third_party_rights": ("第三方合法权益", "保护第三方", "第三方权益", "第三方"),
    "denied_internal_affairs": ("三类内部事务", "内部事务信息", "内部事务"),
    "denied_process_info": ("四类过程性信息", "过程性信息", "过程性"),
    "denied_enforcement_case_file": ("行政执法案卷", "执法案卷"),
    "denied_admin_query": ("行政查询事项", "行政查询类事项", "行政查询", "查询事项", "查询类事项"),
    "unable_not_held": (
        "本机关不掌握",
        "不掌握相关政府信息",
        "不掌握",
        "没有掌握",
        "未掌握",
        "没有这些信息",
        "没有相关信息",
        "手里没有",
        "信息不存在",
        "手上没",
        "没这份",
        "没有这份",
        "本机关没有",  # 申请的东西本机关没有
        "机关没有",
        "自己没有",  # 申请的东西科委自己没有的
        "自己也没有",
        "自己手里没有",
        "没有该信息",
        "查无此信息",
        "找不到相关",
        "找不到",
        "查不到",
        "没找到",
    ),
    "unable_needs_creation": (
        "没有现成信息",
        "需要另行制作",
        "另行制作",
        "没有现成",
        "另外制作",
        "另外做",
        "重新制作",
        "加工制作",  # 要重新加工制作才能提供
        "重新加工",
    ),
    "unable_unclear_after_correction": (
        "补正后申请内容仍不明确",
        "补正后仍不明确",
        "补正后还是不明确",
        "仍然不明确",
        "仍不明确",
        "还是不明确",
        "内容不明确",
        "说不清",
        "讲不清",
        "没说清",
        "说不明白",
        "不清楚要什么",
        "还不明确",
        "不明确",
    ),
    "not_processed_petition_complaint": ("信访举报投诉", "信访", "举报投诉"),
    "not_processed_duplicate": ("重复申请",),
    "not_processed_publication": ("公开出版物", "出版物"),
    "not_processed_massive_repeated": ("大量反复申请", "反复申请", "无正当理由大量"),
    "not_processed_confirm_or_reissue": ("确认或重新出具", "重新出具"),
    "other_no_correction_overdue": (
        "逾期不补正",
        "不补正",
        "没有补正",
        "未补正",
        "不按要求补正",
        "没按要求补正",
        "没补正",
    ),
    "other_fee_unpaid_overdue": (
        "逾期未按收费通知",
        "未缴纳费用",
        "逾期未缴费",
        "未按收费通知",
        "没按收费通知",
        "收费通知",
        "没交钱",
        "没交费",
        "没缴费",
        "没交处理费",
        "未缴费",
        "没按时交费",
        "没按时缴费",
        "不交费",
        "未交费",
        "没付费",
        "拖着不交",
        "不交钱",
        "逾期不交",
        "过期没交",
        "逾期没交",
        "没交信息处理费",
        "没缴纳",
        "未缴纳",
        "没有缴费",
        "没有交费",
    ),
    "other_processing": ("其他处理",),
    "results_total": (
        "办理结果总计",
        "结果总计",  # the row's label without 办理, and the other words for a total (合计, 总数)
        "结果合计",
        "结果总数",
        "办理总计",
        "办理总数",
        "办结总数",
        "办结总计",
        "办结",
        "已答复",
        "答复了多少",
        "办理了多少",
        "处理了多少",
        "答复总数",
        "办理完成",
        "办理完毕",
        "办完",
        "处理完",
    ),
    "carried_to_next_year": (
        "结转下年",
        "结转到下一年",
        "转下年度",
        "结转至下年",
        "继续办理",
        "结转到下年",
        "结转到",
        "结转至",
        "留到",
        "放到下一年",
        "接着办",
        "顺延",
        "下年度",
        "转入下年",
        "转下一年",
        "没办完",
        "没办结",
        "未办完",
        "未办结",
        "尚未办结",
        "转到下一年",
        "转到下年",
        "转入下一年",
        "转到明年",
        "下一年继续",
        "下一年度继续",
        "明年继续",
        "继续办",
        "跨年办理",
    ),
}
# Rows people describe by a negated act rather than by a phrase: 人家过期不补 / 没按时交信息处理费 / 拖着没缴钱.
# Each pattern is read like a phrase of T3_ROW_TERMS (the longest reading of the question wins).
T3_ROW_PATTERNS: dict[str, str] = {
    "other_fee_unpaid_overdue": (
        r"(?:不|没有?|未)(?:按时|及时|按期|按要求|按规定|按通知)?(?:交|缴|付)纳?(?:信息)?(?:处理)?(?:费用?|钱)"
    ),
    "other_no_correction_overdue": r"(?:不|没有?|未)(?:按时|及时|按期)?补(?:正|交|齐|充)?(?:材料)?(?!后)",
}
# 多收了多少件信息公开申请 / 收了几件申请: the verb and the applications with the count between them
T3_GENERIC_PATTERNS: dict[str, str] = {
    "new_received": r"收(?:了|到了?)?(?:多少|几)件?(?:政府)?(?:信息)?(?:公开)?(?:的)?申请"
    # 依申请公开有几件 / 申请一年收多少件: the applications, counted
    r"|依申请公开(?:的)?(?:申请)?(?:有|共|一共|总共)?(?:多少|几)件?"
    r"|申请(?:一年|每年|全年)?(?:能)?收(?:了|到)?(?:多少|几)件?",
}
# Generic wording for 本年新收 (收到多少申请); weaker than any other row's words, so "有多少件申请被当作信访…"
# is about 信访, not about the year's applications.
T3_GENERIC_TERMS: dict[str, tuple[str, ...]] = {
    "new_received": (
        "收到",
        "受理",
        "申请量",
        "申请数量",
        "申请总数",
        "申请数",
        "多少申请",
        "多少件申请",
        "几件申请",
        "申请多少",
        "提出了多少",
        "共收到",
        "提交",
        "提出",
        "申请了",
        "人来申请",  # 每年有多少人来申请: the applications, one per applicant
    ),
    "results_total": ("办理结果",),  # the heading of all result rows: the total only when nothing narrower is named
}
T3_COLUMN_TERMS: dict[str, tuple[str, ...]] = {
    "natural_person": ("自然人", "个人", "公民", "群众", "老百姓", "百姓", "市民", "居民"),
    "commercial_enterprise": ("商业企业", "企业", "公司"),
    "research_institution": ("科研机构", "科研院所", "科研"),
    "social_welfare_org": ("社会公益组织", "公益组织", "公益"),
    "legal_service_org": ("法律服务机构", "律师事务所", "律所", "律师", "法律服务"),
    "other_org": ("其他组织", "其他机构", "其他法人", "其他类组织", "其他类"),
    "total": ("总计", "合计", "总数", "一共", "总共"),
}
# Derived: 法人或其他组织 is the sum of the five organisation columns.
ORGANISATION_TERMS = (
    "法人或其他组织",
    "法人和其他组织",
    "法人或者其他组织",
    "法人或组织",
    "法人和组织",
    "单位和组织",
    "法人",
    "单位",
)
# Derived: the groups （三）…（六） have no subtotal row; their total is the sum of their sub-rows.
GROUP_TERMS: dict[str, tuple[str, ...]] = {
    GROUP_DENIED: ("不予公开", "不公开", "拒绝公开", "不给公开", "没给公开", "不让公开", "未予公开", "不予以公开"),
    GROUP_UNABLE: ("无法提供", "没法提供", "不能提供", "提供不了", "提供不出"),
    GROUP_NOT_PROCESSED: ("不予处理", "不作处理", "不处理"),
    GROUP_OTHER: ("其他处理",),
}
GRANT_RATE_TERMS = ("予以公开率", "公开率", "公开比例", "公开比率", "同意公开率")
RATE_WORDS = ("比例", "比率", "百分比", "百分之几", "占比", "比重", "率")  # with 予以公开: the grant rate
GROUP_SUM_WORDS = ("等", "合计", "一共", "总共", "共计", "总数", "加起来", "各项")

T4_BLOCK_TERMS: dict[str, tuple[str, ...]] = {
    "review": ("行政复议", "复议"),
    "litigation_direct": (
        "未经复议直接起诉",
        "直诉",  # 直诉加复议后诉: the short forms lawyers use
        "直接起诉",
        "直接提起诉讼",
        "直接提起行政诉讼",
        "直接去法院起诉",
        "未经复议",
        "没经过复议",
        "没经复议",
        "不经复议",
    ),
    "litigation_after_review": (
        "复议后起诉",
        "复议后诉",
        "复议后提起诉讼",
        "复议后再起诉",
        "复议后又起诉",
        "复议之后起诉",
        "先复议再起诉",
        "先复议后起诉",
        "复议后再诉",
        "复议完再起诉",
        "复议不服",  # 对复议决定不服又起诉: the lawsuit after a review
        "不服复议",
        "复议决定不服",
    ),
}
LITIGATION_TERMS = ("行政诉讼", "诉讼", "起诉", "被告", "告到法院", "告上法庭", "打官司", "官司", "法院")
# With 复议 and 诉讼 both named, these words say which litigation block is meant.
AFTER_REVIEW_WORDS = ("复议后", "复议之后", "复议以后", "经过复议", "经复议后", "复议完", "先复议")
DIRECT_WORDS = ("没走复议", "未经复议", "没经", "不经", "直接", "没有复议")  # both litigation blocks together (derived)
T4_PART_TERMS: dict[str, tuple[str, ...]] = {
    "maintained": ("结果维持", "维持"),
    "corrected": ("结果纠正", "纠正", "纠错", "撤销"),
    "other_result": ("其他结果", "结果其他", "结果为其他", "结果是其他", "其他审理结果"),
    "pending": (
        "尚未审结",
        "未审结",
        "未结案",
        "尚未结案",
        "没审结",
        "没有审结",
        "没结案",
        "还在审理",
        "没判下来",
        "未判决",
        "审理中",
        "没判",
        "没审完",
        "还没审完",
        "未审完",
        "没有审完",
        "还在审",
        "没结果",
        "悬而未决",
    ),
    "total": ("总计", "合计", "总数", "一共"),
}

T2_ROW_TERMS: dict[str, tuple[str, ...]] = {
    "regulations": ("规章",),
    "normative_documents": ("行政规范性文件", "规范性文件"),
    "administrative_licensing": ("行政许可", "许可决定", "许可"),
    "other_external_services": ("其他对外管理服务事项", "对外管理服务"),
    "administrative_penalty": ("行政处罚", "处罚决定", "处罚"),
    "administrative_coercion": ("行政强制", "强制措施", "强制"),
    "administrative_fees": ("行政事业性收费", "事业性收费", "收费金额", "收费多少万元", "收了多少万元", "收费总额"),
    "centralized_procurement": ("政府集中采购", "集中采购", "采购"),
}
T2_COLUMN_TERMS: dict[str, tuple[str, ...]] = {
    "issued": ("本年制发", "制发", "新制发", "印发", "出台", "发布"),
    "repealed": ("本年废止", "废止", "失效"),
    "valid": ("现行有效", "有效"),
    "decisions": ("处理决定", "决定数量", "决定"),
    "fee_amount": ("收费金额", "金额", "总金额", "多少钱"),  # (金额 / 多少钱 asked of a row: the row's own amount)
    "new_made": ("新制作",),
    "new_published": ("新公开",),
    "total_published": ("对外公开总数", "公开总数", "对外公开"),
    "previous_year_items": ("上一年项目数量", "上一年项目"),
    "change": ("增减", "增/减"),
    "procurement_items": ("采购项目数量", "项目数量"),
    "procurement_amount": ("采购总金额", "采购金额"),
}
# A T2 row's amount column, whatever the amount word matched.
T2_AMOUNT_COLUMNS = ("fee_amount", "procurement_amount")
# Wording that asks for text, not a figure: these questions go to passage retrieval.
NARRATIVE_TERMS = (
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
    "不足",
    "联系",
    "电话",
    "地址",
    "邮编",
    "网址",
    "网站",
    "培训",
    "平台",
    "渠道",
    "经验",
    "创新",
    "亮点",
    "情况介绍",
    "信息处理费",
    "处理费",
    "主动公开率",
    "新闻发布会",
    "发布会",
    "政策解读",
    "解读",
    "撤回",
)
# Yes/no questions ask for a statement of the report, not for a figure.
# "包不包括" always asks for a statement; "有没有…有几件" still asks for a number.
YES_NO_TERMS = ("包不包括", "包括不包括", "含不含", "是否包含", "是否包括", "包含", "含上年")
WEAK_YES_NO_TERMS = ("是否", "有没有", "是不是")
CHANGE_TERMS = (
    "增是减",
    "增还是减",
    "比上一年",
    "和上一年比",
    "与上年相比",
    "与上一年相比",
    "增加",
    "减少",
    "增长",
    "下降",
    "变化",
    "同比",
    "比上年",
    "较上年",
    "相比",
    "对比",
    "比较",
    "多了",
    "少了",
    "差了",  # 跟前一年比差了多少: the change, asked without its direction
    "相差",
    "增幅",
    "降幅",
    "涨了",
    "上涨",
    "降了",
    "跌了",
    "回落",
)
RANKING_TERMS = (
    "排个名",
    "排个序",
    "排一排",
    "从高到低",
    "从多到少",
    "从大到小",
    "更多",
    "更少",
    "哪个",
    "谁",
    "排名",
    "排行",
    "排序",
    "最多",
    "最少",
    "最高",
    "最低",
    "哪个机关",
    "哪个单位",
    "哪家",
    "各机关",
    "各单位",
)

# Words that point a narrative question at one section of the report's six (存在什么问题 → 五): passages of that
# section rank first among those retrieved.
SECTION_TOPIC_WORDS = {
    "五": (
        "存在什么问题",
        "存在的问题",
        "有什么问题",
        "哪些问题",
        "什么不足",
        "哪些不足",
        "短板",
        "存在问题",
        "问题和不足",
        "主要问题",
        "问题是什么",
        "问题有哪些",
        "不足之处",
        "不足",
        "提到的问题",  # 报告提到的问题 / 指出的问题: the problems the report names
        "指出的问题",
        "说的问题",
        "讲的问题",
        "什么问题",
    ),
}
# Words of a section's own headings, for reports whose numbered heading was lost in conversion (（二）2025年工作中
# 存在的主要问题 printed under 四): a passage under such a heading belongs to the section
SECTION_HEADING_WORDS = {
    "五": (
        "存在的主要问题",
        "存在问题",
        "问题及改进",
        "问题和改进",
        "主要问题",
        "不足",
        "改进情况",
        "改进措施",
        "整改情况",
        "整改措施",
    )
}

# Citizens' words → the words reports use, added to lexical search queries.
QUERY_SYNONYMS = {
    "费用": "收费",
    "收取": "收费",
    "交钱": "收费",
    "电话": "联系电话",
    "邮箱": "电子邮箱",
    "地址": "联系地址",
    "不足": "问题",
    "短板": "问题",
    "毛病": "问题",
    "打算": "措施",
    "下一步": "改进",
    "怎么改": "改进",
    "措施": "改进",
    "机制": "工作机制",
    "网站": "门户网站",
    "培训": "培训",
    "考核": "考核",
}
