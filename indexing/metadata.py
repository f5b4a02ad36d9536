"""Who issued a report, for which statistical year, and in which format version."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexing.body_names import DEPARTMENT_SHORT_FORMS
from indexing.national_format import FORMAT_2019, FORMAT_2021, FORMAT_PRE_2019

TITLE_TAIL = r"\s*年度?\s*(?:政府)?信息公开(?:工作)?年度报告"
# 上海市虹口区政府 2021 年政府信息公开工作年度报告 / 平潭综合实验区2021年度政府信息公开工作年度报告
TITLE_ISSUER_FIRST = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?)\s*((?:19|20)\d{2})" + TITLE_TAIL)
# 2019年上海市人民政府办公厅政府信息公开工作年度报告
TITLE_YEAR_FIRST = re.compile(
    r"((?:19|20)\d{2})\s*年度?\s*([\u4e00-\u9fff（）()]{2,30}?)\s*(?:政府)?信息公开(?:工作)?年度报告"
)
STATISTICS_PERIOD = re.compile(r"统计(?:期限|时限|周期)[^0-9]{0,6}((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")
# 2022年，平潭综合实验区坚持… : the subject of the first sentence of 一、总体情况
OVERVIEW_SUBJECT = re.compile(
    r"(?:总体情况|概述)\s*((?:19|20)\d{2})\s*年，\s*([\u4e00-\u9fff]{2,20}?)(?:坚持|认真|深入|全面|围绕|紧紧|按照|持续|始终|以|在|严格)"
)
ISSUER_SUFFIXES = (
    "人民政府办公厅",
    "人民政府办公室",
    "人民政府",
    "管委会",
    "委员会",
    "办公厅",
    "政府",
    "局",
    "委",
    "办",
)
# Organs known by a short form in an issuer's short name (上海市科学技术委员会 → 上海市科委), and expanded back when a
# title prints the short form. The short form is built from body_names' department short forms (its core's shortest
# form, 委员会 said as 委), so there is one table of abbreviations.
ABBREVIATED_ORGANS = (("科学技术", "委员会"), ("发展和改革", "委员会"), ("发展和改革", "局"))
ORGAN_ABBREVIATIONS = {
    core + tail: min(DEPARTMENT_SHORT_FORMS[core], key=len) + tail.replace("委员会", "委")
    for core, tail in ABBREVIATED_ORGANS
}
PROVINCE_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))")
NOISE_PREFIX = re.compile(r"^(?:正文|当前位置[^ ]*)\s*")


@dataclass(frozen=True)
class ReportIdentity:
    issuer: str
    issuer_short: str
    year: int
    title: str


class NotAReport(Exception):
    """The text does not look like a 政府信息公开工作年度报告."""


# Place names that OCR gets wrong in real reports (沐阳县 does not exist; the county is 沭阳县).
OCR_PLACE_CORRECTIONS = {"沐阳县": "沭阳县"}


def normalise_issuer(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    for wrong, right in OCR_PLACE_CORRECTIONS.items():
        name = name.replace(wrong, right)
    for long, short in ORGAN_ABBREVIATIONS.items():  # 上海市科委 → 上海市科学技术委员会
        if name.endswith(short):
            name = name[: -len(short)] + long
    # 上海市虹口区政府 → 上海市虹口区人民政府 (the formal name of a 区/县/市 government)
    name = re.sub(r"([区县市州旗])政府$", r"\1人民政府", name)
    return name


def short_name(issuer: str) -> str:
    """上海市虹口区人民政府 → 虹口区; 淮安市人民政府 → 淮安市; 上海市科学技术委员会 → 上海市科委."""
    name = PROVINCE_PREFIX.sub("", issuer)
    for suffix in ("人民政府", "政府"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    # A district or county under a city is known by its own name: 上海市虹口区 → 虹口区
    m = re.match(r"^[\u4e00-\u9fff]{2,4}市([\u4e00-\u9fff]{1,6}[区县])$", name)
    if m:
        return m.group(1)
    for long, short in ORGAN_ABBREVIATIONS.items():
        name = name.replace(long, short)
    name = name.replace("人民政府办公厅", "政府办公厅")
    return name


def _title_lines(text: str) -> str:
    head = text[:600]
    return re.sub(r"[#*]", "", head)


def detect_identity(text: str, fallback_issuer: str | None = None) -> ReportIdentity:
    head = _title_lines(text)
    joined_head = re.sub(r"\s*\n\s*", "", head)  # titles broken over two lines
    issuer = year = title = None
    for candidate in (head, joined_head):
        m = TITLE_ISSUER_FIRST.search(candidate)
        m2 = TITLE_YEAR_FIRST.search(candidate)
        if m2 and (not m or m2.start() < m.start()):
            year, issuer, title = int(m2.group(1)), m2.group(2), m2.group(0)
            break
        if m:
            issuer, year, title = m.group(1), int(m.group(2)), m.group(0)
            break
    if issuer:
        issuer = NOISE_PREFIX.sub("", issuer)
        issuer = re.sub(r"^.*(?:文件下载|相关链接|首页)[^\u4e00-\u9fff]*", "", issuer)
    if year is None:
        m = STATISTICS_PERIOD.search(text)
        if m:
            year = int(m.group(1))
    if not issuer:
        m = OVERVIEW_SUBJECT.search(re.sub(r"[#*]", "", text))
        if m:
            issuer = m.group(2)
            year = year or int(m.group(1))
    if not issuer and fallback_issuer:
        issuer = fallback_issuer
    if not issuer or year is None:
        raise NotAReport(
            "cannot tell the issuer and the year: the text has no title like "
            "“XX人民政府2024年政府信息公开工作年度报告” and no statistics period"
        )
    issuer = normalise_issuer(issuer)
    return ReportIdentity(
        issuer=issuer,
        issuer_short=short_name(issuer),
        year=year,
        title=title or f"{issuer}{year}年政府信息公开工作年度报告",
    )


def looks_like_annual_report(text: str) -> bool:
    markers = ("政府信息公开", "主动公开", "依申请公开")
    return sum(marker in text for marker in markers) >= 2


def detect_format(text: str, year: int) -> str:
    """The format version: from the tables' own wording first, the year second."""
    compact = re.sub(r"\s+", "", text)
    has_t3 = "本年新收政府信息公开申请数量" in compact
    if not has_t3:
        return FORMAT_PRE_2019
    trial_markers = ("本年新制作数量", "第二十条第（九）项", "对外公开总数量", "上一年项目数量")
    current_markers = ("本年制发件数", "现行有效件数", "逾期未按收费通知要求缴纳费用")
    trial = sum(m in compact for m in trial_markers)
    current = sum(m in compact for m in current_markers)
    if trial > current:
        return FORMAT_2019
    if current > trial:
        return FORMAT_2021
    return FORMAT_2019 if year < 2021 else FORMAT_2021
