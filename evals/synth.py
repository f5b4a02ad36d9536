"""Synthetic 政府信息公开工作年度报告 (2021 national format) with gold cells and generated questions.

    python -m evals.synth 40 --out /tmp/synth [--seed 0]

writes, for n invented issuer/year pairs (2021–2025, each pair once):

- ``<out>/<slug>.txt`` or ``.md``: a report in one of four layouts copied from real reports, chosen round-robin
  (``tsv``: hongkou-district_2021, tab-separated rows, headers over several lines, ``#`` headings;
  ``lines``: huaian-city_2024, one row per line, labels broken across lines, page markers, vertical
  “三、/本/年/度…”; ``markdown``: clean markdown tables, one per table or one per group, as shuyang-county_2025;
  ``runtogether``: pingtan, the whole report on one line and the digits of a row run together);
- ``<out>/gold/<slug>.json``: every T2/T3/T4 cell in the evals/gold format;
- ``<out>/questions.jsonl``: 3–5 questions per report in the schema of evals/sets/handwritten.jsonl (``cell``,
  ``derived`` and one ``narrative`` whose expected substring is copied from the written report).

Figures are consistent by construction: T3 row totals, per-column balance (新收 + 上年结转 = 办理结果总计 + 结转下年度),
办理结果总计 = the 21 result rows, T4 block totals. Run-together digits can be ambiguous; the gold of a
``runtogether`` report follows the rule of evals/gold/README.md (every cut of a digit run into the row's cells, no
leading zeros, spaces as hard boundaries, kept only if it satisfies every identity; a cell is
``{"unresolved": [...]}`` unless all kept cuts agree). T3/T4 figures of those reports are redrawn until their runs
have a single valid cut, so only T2's 第二十条第（一）项 rows (no identity) can stay unresolved, and the narrative
then never states those counts.

The same seed gives byte-identical files. Labels come from ``indexing.national_format``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from indexing.national_format import (
    FORMAT_2021,
    FORMAT_PRE_2019,
    GROUP_DENIED,
    GROUP_NOT_PROCESSED,
    GROUP_OTHER,
    GROUP_ROW_KEYS,
    GROUP_UNABLE,
    LEGACY,
    NON_RESULT_ROWS,
    ORGANISATION_GROUP,
    RESULTS_TOP,
    SECTIONS,
    T3_APPLICANT_COLUMNS,
    T3_GROUPS_2021,
    T4_BLOCK_LABELS,
    T4_BLOCKS,
    T4_PART_LABELS,
    T4_PARTS,
    report_format,
)

FMT = report_format(FORMAT_2021)
T2 = FMT.table("T2")
T3 = FMT.table("T3")
T4 = FMT.table("T4")
LAYOUTS = ("tsv", "lines", "markdown", "runtogether")
# As published (``evals.published``, ``evals.page_templates``): a web page in one of the government page templates,
# a PDF with a text layer in national-layout tables, a scan of such a PDF (no text layer).
PUBLISHED_LAYOUTS = ("html", "pdf", "scan")
# Pre-2019 reports (the provincial 统计表, table TS): rows spaced ("主动公开信息数 条 425 1516"), or the whole table
# run together by a crawler ("主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77").
LEGACY_LAYOUTS = ("legacy", "legacy-glued")
ALL_LAYOUTS = LAYOUTS + PUBLISHED_LAYOUTS + LEGACY_LAYOUTS
SUFFIX = {"markdown": ".md", "html": ".html", "pdf": ".pdf", "scan": ".pdf"}
YEARS = (2021, 2022, 2023, 2024, 2025)
T3_COLUMN_KEYS = tuple(c.key for c in T3.columns)  # six applicant columns + total
RESULT_ROWS = tuple(r.key for r in T3.rows if r.key not in NON_RESULT_ROWS)
T4_COLUMN_KEYS = tuple(c.key for c in T4.columns)
GROUPS = (GROUP_DENIED, GROUP_UNABLE, GROUP_NOT_PROCESSED, GROUP_OTHER)
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
SECTION = {s.number: s for s in SECTIONS}
P_OPEN, P_CLOSE = "\x01", "\x02"  # protected span (never wrapped), removed before writing

# --- issuers ----------------------------------------------------------------------------------------------
# (city, slug, area code, postcode, [(district or county, slug)]); none of them is in the real corpus or named by
# the hand-written question sets.
CITIES: tuple[tuple[str, str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "湖州市",
        "huzhou",
        "0572",
        "313000",
        (("吴兴区", "wuxing"), ("南浔区", "nanxun"), ("德清县", "deqing"), ("长兴县", "changxing"), ("安吉县", "anji")),
    ),
    (
        "嘉兴市",
        "jiaxing",
        "0573",
        "314000",
        (("南湖区", "nanhu"), ("秀洲区", "xiuzhou"), ("嘉善县", "jiashan"), ("海盐县", "haiyan")),
    ),
    (
        "绍兴市",
        "shaoxing",
        "0575",
        "312000",
        (("越城区", "yuecheng"), ("柯桥区", "keqiao"), ("上虞区", "shangyu"), ("新昌县", "xinchang")),
    ),
    (
        "金华市",
        "jinhua",
        "0579",
        "321000",
        (("婺城区", "wucheng"), ("金东区", "jindong"), ("武义县", "wuyi"), ("浦江县", "pujiang")),
    ),
    (
        "南通市",
        "nantong",
        "0513",
        "226000",
        (("崇川区", "chongchuan"), ("通州区", "tongzhou"), ("海门区", "haimen"), ("如东县", "rudong")),
    ),
    (
        "盐城市",
        "yancheng",
        "0515",
        "224000",
        (
            ("亭湖区", "tinghu"),
            ("盐都区", "yandu"),
            ("响水县", "xiangshui"),
            ("射阳县", "sheyang"),
            ("建湖县", "jianhu"),
        ),
    ),
    ("扬州市", "yangzhou", "0514", "225000", (("广陵区", "guangling"), ("邗江区", "hanjiang"), ("宝应县", "baoying"))),
    ("泰州市", "taizhou", "0523", "225300", (("海陵区", "hailing"), ("高港区", "gaogang"), ("姜堰区", "jiangyan"))),
    (
        "连云港市",
        "lianyungang",
        "0518",
        "222000",
        (
            ("海州区", "haizhou"),
            ("连云区", "lianyun"),
            ("东海县", "donghai"),
            ("灌云县", "guanyun"),
            ("灌南县", "guannan"),
        ),
    ),
    (
        "徐州市",
        "xuzhou",
        "0516",
        "221000",
        (("鼓楼区", "gulou"), ("云龙区", "yunlong"), ("丰县", "feng"), ("沛县", "pei"), ("睢宁县", "suining")),
    ),
    ("芜湖市", "wuhu", "0553", "241000", (("镜湖区", "jinghu"), ("鸠江区", "jiujiang"), ("南陵县", "nanling"))),
    (
        "安庆市",
        "anqing",
        "0556",
        "246000",
        (("迎江区", "yingjiang"), ("大观区", "daguan"), ("怀宁县", "huaining"), ("太湖县", "taihu")),
    ),
    (
        "泉州市",
        "quanzhou",
        "0595",
        "362000",
        (("鲤城区", "licheng"), ("丰泽区", "fengze"), ("惠安县", "huian"), ("安溪县", "anxi"), ("永春县", "yongchun")),
    ),
    (
        "漳州市",
        "zhangzhou",
        "0596",
        "363000",
        (("芗城区", "xiangcheng"), ("龙文区", "longwen"), ("云霄县", "yunxiao"), ("诏安县", "zhaoan")),
    ),
    (
        "赣州市",
        "ganzhou",
        "0797",
        "341000",
        (("章贡区", "zhanggong"), ("南康区", "nankang"), ("信丰县", "xinfeng"), ("于都县", "yudu")),
    ),
    (
        "九江市",
        "jiujiang",
        "0792",
        "332000",
        (("浔阳区", "xunyang"), ("濂溪区", "lianxi"), ("修水县", "xiushui"), ("都昌县", "duchang")),
    ),
    (
        "潍坊市",
        "weifang",
        "0536",
        "261000",
        (("奎文区", "kuiwen"), ("潍城区", "weicheng"), ("临朐县", "linqu"), ("昌乐县", "changle")),
    ),
    (
        "临沂市",
        "linyi",
        "0539",
        "276000",
        (("兰山区", "lanshan"), ("罗庄区", "luozhuang"), ("沂水县", "yishui"), ("郯城县", "tancheng")),
    ),
    (
        "洛阳市",
        "luoyang",
        "0379",
        "471000",
        (("涧西区", "jianxi"), ("老城区", "laocheng"), ("宜阳县", "yiyang"), ("嵩县", "song")),
    ),
    (
        "襄阳市",
        "xiangyang",
        "0710",
        "441000",
        (("襄城区", "xiangcheng"), ("樊城区", "fancheng"), ("南漳县", "nanzhang"), ("谷城县", "gucheng")),
    ),
    (
        "岳阳市",
        "yueyang",
        "0730",
        "414000",
        (("岳阳楼区", "yueyanglou"), ("君山区", "junshan"), ("华容县", "huarong"), ("平江县", "pingjiang")),
    ),
    (
        "绵阳市",
        "mianyang",
        "0816",
        "621000",
        (("涪城区", "fucheng"), ("游仙区", "youxian"), ("三台县", "santai"), ("梓潼县", "zitong")),
    ),
    (
        "桂林市",
        "guilin",
        "0773",
        "541000",
        (("秀峰区", "xiufeng"), ("七星区", "qixing"), ("阳朔县", "yangshuo"), ("灵川县", "lingchuan")),
    ),
    (
        "佛山市",
        "foshan",
        "0757",
        "528000",
        (("禅城区", "chancheng"), ("南海区", "nanhai"), ("顺德区", "shunde"), ("高明区", "gaoming")),
    ),
    (
        "惠州市",
        "huizhou",
        "0752",
        "516000",
        (("惠城区", "huicheng"), ("惠阳区", "huiyang"), ("博罗县", "boluo"), ("龙门县", "longmen")),
    ),
    ("大同市", "datong", "0352", "037000", (("平城区", "pingcheng"), ("云冈区", "yungang"), ("阳高县", "yanggao"))),
    (
        "保定市",
        "baoding",
        "0312",
        "071000",
        (("竞秀区", "jingxiu"), ("莲池区", "lianchi"), ("涞水县", "laishui"), ("易县", "yi")),
    ),
    (
        "宝鸡市",
        "baoji",
        "0917",
        "721000",
        (("渭滨区", "weibin"), ("金台区", "jintai"), ("凤翔区", "fengxiang"), ("岐山县", "qishan")),
    ),
    ("曲靖市", "qujing", "0874", "655000", (("麒麟区", "qilin"), ("沾益区", "zhanyi"), ("陆良县", "luliang"))),
    ("吉林市", "jilin", "0432", "132000", (("船营区", "chuanying"), ("丰满区", "fengman"), ("永吉县", "yongji"))),
)
# (name, slug, the narrative's “we”, how active it is in T2: licensing/penalty/coercion scale)
DEPARTMENTS: tuple[tuple[str, str, str, str], ...] = (
    ("发展和改革委员会", "development-reform-commission", "我委", "low"),
    ("教育局", "education-bureau", "我局", "low"),
    ("公安局", "public-security-bureau", "我局", "high"),
    ("民政局", "civil-affairs-bureau", "我局", "low"),
    ("财政局", "finance-bureau", "我局", "none"),
    ("人力资源和社会保障局", "human-resources-social-security-bureau", "我局", "mid"),
    ("自然资源和规划局", "natural-resources-planning-bureau", "我局", "mid"),
    ("生态环境局", "ecology-environment-bureau", "我局", "mid"),
    ("住房和城乡建设局", "housing-urban-rural-development-bureau", "我局", "mid"),
    ("交通运输局", "transport-bureau", "我局", "high"),
    ("农业农村局", "agriculture-rural-affairs-bureau", "我局", "mid"),
    ("卫生健康委员会", "health-commission", "我委", "mid"),
    ("市场监督管理局", "market-regulation-bureau", "我局", "high"),
    ("应急管理局", "emergency-management-bureau", "我局", "mid"),
    ("水利局", "water-resources-bureau", "我局", "low"),
    ("综合行政执法局", "comprehensive-law-enforcement-bureau", "我局", "high"),
    ("退役军人事务局", "veterans-affairs-bureau", "我局", "none"),
    ("医疗保障局", "healthcare-security-bureau", "我局", "low"),
    ("统计局", "statistics-bureau", "我局", "low"),
    ("科学技术局", "science-technology-bureau", "我局", "low"),
)


@dataclass(frozen=True)
class Issuer:
    name: str  # as printed in the title and recorded in gold
    slug: str
    kind: str  # city | district | county | dept
    city: str
    area_code: str
    postcode: str
    aliases: tuple[str, ...]  # how questions name it
    we: str  # 我市 / 我区 / 我县 / 我局 / 我委
    body: str  # 市政府 / 区政府 / 县政府 / 本机关
    scope: str  # 全市 / 全区 / 全县 / 本机关
    office: str  # whom to contact
    website: str
    domain: str
    activity: str  # T2 scale for departments


def _issuer_pool() -> dict[str, list[Issuer]]:
    pool: dict[str, list[Issuer]] = {"city": [], "local": [], "dept": []}
    for city, cslug, area, post, districts in CITIES:
        pool["city"].append(
            Issuer(
                f"{city}人民政府",
                f"{cslug}-city",
                "city",
                city,
                area,
                post,
                (city, f"{city}政府"),
                "我市",
                "市政府",
                "全市",
                f"{city}人民政府办公室",
                f"{city}人民政府门户网站",
                f"www.{cslug}.gov.cn",
                "high",
            )
        )
        for district, dslug in districts:
            kind = "county" if district.endswith("县") else "district"
            level = "县" if kind == "county" else "区"
            name = f"{district}人民政府" if kind == "county" else f"{city}{district}人民政府"
            aliases = (district, f"{city}{district}") if len(district) > 2 else (f"{city}{district}",)
            pool["local"].append(
                Issuer(
                    name,
                    f"{cslug}-{dslug}-{kind}",
                    kind,
                    city,
                    area,
                    post,
                    aliases,
                    f"我{level}",
                    f"{level}政府",
                    f"全{level}",
                    f"{name}办公室",
                    f"{district}人民政府门户网站",
                    f"www.{dslug}.gov.cn",
                    "high",
                )
            )
        for dept, dslug, we, activity in DEPARTMENTS:
            name = f"{city}{dept}"
            pool["dept"].append(
                Issuer(
                    name,
                    f"{cslug}-{dslug}",
                    "dept",
                    city,
                    area,
                    post,
                    (name,),
                    we,
                    "本机关",
                    "本机关",
                    f"{name}办公室",
                    f"{city}人民政府门户网站{dept}政府信息公开专栏",
                    f"www.{cslug}.gov.cn",
                    activity,
                )
            )
    return pool


def _pick_issuers(n: int, rng: random.Random) -> list[tuple[Issuer, int]]:
    pool = _issuer_pool()
    capacity = sum(len(v) for v in pool.values()) * len(YEARS)
    if n > capacity:
        raise ValueError(f"at most {capacity} issuer/year pairs can be generated, asked for {n}")
    chosen: list[tuple[Issuer, int]] = []
    seen: set[tuple[str, int]] = set()
    kinds = ("city", "local", "local", "dept", "dept")
    while len(chosen) < n:
        issuer = rng.choice(pool[rng.choice(kinds)])
        year = rng.choice(YEARS)
        if (issuer.name, year) in seen:
            if len(seen) > capacity * 0.9:  # nearly full: take the first free pair in a fixed order
                issuer, year = next(
                    (i, y) for k in ("city", "local", "dept") for i in pool[k] for y in YEARS if (i.name, y) not in seen
                )
            else:
                continue
        seen.add((issuer.name, year))
        chosen.append((issuer, year))
    return chosen


# --- figures ----------------------------------------------------------------------------------------------

RESULT_WEIGHTS = {
    "granted": 30,
    "partially_granted": 8,
    "denied_state_secret": 0.4,
    "denied_other_law": 0.8,
    "denied_three_security_one_stability": 0.6,
    "denied_third_party_rights": 1.2,
    "denied_internal_affairs": 1.5,
    "denied_process_info": 1.5,
    "denied_enforcement_case_file": 1.0,
    "denied_admin_query": 2.0,
    "unable_not_held": 22,
    "unable_needs_creation": 3.0,
    "unable_unclear_after_correction": 1.5,
    "not_processed_petition_complaint": 3.0,
    "not_processed_duplicate": 2.5,
    "not_processed_publication": 0.5,
    "not_processed_massive_repeated": 0.4,
    "not_processed_confirm_or_reissue": 0.6,
    "other_no_correction_overdue": 4.0,
    "other_fee_unpaid_overdue": 0.3,
    "other_other": 8.0,
}
assert tuple(RESULT_WEIGHTS) == RESULT_ROWS, "RESULT_WEIGHTS must list the 21 result rows in template order"
ALWAYS_ACTIVE = {"granted", "unable_not_held"}
ORG_PROBABILITY = {
    "commercial_enterprise": 0.6,
    "research_institution": 0.08,
    "social_welfare_org": 0.1,
    "legal_service_org": 0.35,
    "other_org": 0.3,
}


@dataclass
class Figures:
    t2: dict[str, dict[str, int | float]]
    t3: dict[str, dict[str, int]]
    t4: dict[str, int]


def _new_total(rng: random.Random, issuer: Issuer, layout: str) -> int:
    if layout == "runtogether":  # small numbers, like the real one-line reports
        return rng.choice((rng.randint(1, 12), rng.randint(3, 40), rng.randint(10, 90)))
    if issuer.kind == "city":
        return rng.randint(150, 3500)
    if issuer.kind in ("district", "county"):
        return rng.randint(20, 900)
    return rng.choice((rng.randint(1, 15), rng.randint(5, 80), rng.randint(30, 300)))


def _gen_t3(rng: random.Random, total_new: int) -> dict[str, dict[str, int]]:
    applicant = T3_APPLICANT_COLUMNS
    new = dict.fromkeys(applicant, 0)
    for c in applicant[1:]:
        if rng.random() < ORG_PROBABILITY[c]:
            new[c] = rng.randint(1, max(1, round(total_new * rng.uniform(0.005, 0.08))))
    while sum(new[c] for c in applicant[1:]) > total_new:
        c = max(applicant[1:], key=lambda k: new[k])
        new[c] -= 1
    new["natural_person"] = total_new - sum(new[c] for c in applicant[1:])
    carried, nxt, results = {}, {}, {}
    for c in applicant:
        p = 0.7 if c == "natural_person" else 0.2
        carried[c] = round(new[c] * rng.uniform(0, 0.15)) if rng.random() < p else 0
        available = new[c] + carried[c]
        nxt[c] = min(available, round(available * rng.uniform(0, 0.12))) if rng.random() < p + 0.05 else 0
        results[c] = available - nxt[c]
    active = [r for r in RESULT_ROWS if r in ALWAYS_ACTIVE or rng.random() < 0.5]
    weights = [RESULT_WEIGHTS[r] * rng.uniform(0.3, 2.0) for r in active]
    t3: dict[str, dict[str, int]] = {r.key: dict.fromkeys(T3_COLUMN_KEYS, 0) for r in T3.rows}
    for c in applicant:
        t3["new_received"][c] = new[c]
        t3["carried_over_from_last_year"][c] = carried[c]
        t3["carried_to_next_year"][c] = nxt[c]
        t3["results_total"][c] = results[c]
        column_weights = [w * rng.uniform(0.6, 1.6) for w in weights]
        for r in rng.choices(active, column_weights, k=results[c]):
            t3[r][c] += 1
    for row in t3.values():
        row["total"] = sum(row[c] for c in applicant)
    return t3


def _split(rng: random.Random, total: int, weights: tuple[float, ...]) -> list[int]:
    parts = [0] * len(weights)
    for i in rng.choices(range(len(weights)), [w * rng.uniform(0.5, 1.5) for w in weights], k=total):
        parts[i] += 1
    return parts


def _gen_t4(rng: random.Random, total_new: int) -> dict[str, int]:
    review = 0 if rng.random() < 0.3 else round(total_new * rng.uniform(0, 0.15)) + (rng.random() < 0.3)
    direct = 0 if rng.random() < 0.5 else round(review * rng.uniform(0, 0.4)) + (rng.random() < 0.3)
    after = 0 if rng.random() < 0.5 else round(review * rng.uniform(0, 0.5)) + (rng.random() < 0.3)
    t4: dict[str, int] = {}
    for block, total in zip(T4_BLOCKS, (review, direct, after), strict=True):
        for part, value in zip(T4_PARTS[:4], _split(rng, total, (5, 1, 2, 2)), strict=True):
            t4[f"{block}.{part}"] = value
        t4[f"{block}.total"] = total
    return t4


def _loguniform(rng: random.Random, low: float, high: float) -> int:
    return int(10 ** rng.uniform(low, high))


def _fee(rng: random.Random, zero_probability: float) -> int | float:
    if rng.random() < zero_probability:
        return 0
    amount = 10 ** rng.uniform(0, 5)
    text = f"{amount:.{rng.choice((0, 1, 2, 2, 3, 4, 6))}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return float(text) if "." in text else int(text)


def _gen_t2(rng: random.Random, issuer: Issuer) -> dict[str, dict[str, int | float]]:
    government = issuer.kind != "dept"
    if issuer.kind == "city":
        issued, repealed = rng.randint(0, 4), rng.randint(0, 3)
        regulations = {"issued": issued, "repealed": repealed, "valid": rng.randint(max(8, issued), 80)}
    else:
        regulations = {"issued": 0, "repealed": 0, "valid": 0}
    issued = rng.randint(0, 45) if government else rng.randint(0, 8)
    normative = {
        "issued": issued,
        "repealed": rng.randint(0, 30) if government else rng.randint(0, 6),
        "valid": issued + (rng.randint(10, 400) if government else rng.randint(0, 60)),
    }
    scale = {"city": (4, 5.8), "district": (3, 5), "county": (3, 5), "dept": None}[issuer.kind]
    if scale is None:
        scale = {"high": (3, 5.2), "mid": (1.5, 4), "low": (0, 2.5), "none": None}[issuer.activity]

    def decisions(low_shift: float) -> int:
        if scale is None or rng.random() < 0.1:
            return 0
        return _loguniform(rng, max(0, scale[0] - low_shift), scale[1] - low_shift)

    return {
        "regulations": regulations,
        "normative_documents": normative,
        "administrative_licensing": {"decisions": decisions(0)},
        "administrative_penalty": {"decisions": decisions(0.5)},
        "administrative_coercion": {"decisions": decisions(1.5)},
        "administrative_fees": {"fee_amount": _fee(rng, 0.2 if government else 0.5)},
    }


# --- small text helpers -----------------------------------------------------------------------------------


def protect(text: str) -> str:
    return f"{P_OPEN}{text}{P_CLOSE}"


def unprotect(text: str) -> str:
    return text.replace(P_OPEN, "").replace(P_CLOSE, "")


def space_numbers(text: str) -> str:
    """PDF-extraction spacing (huaian): a space between a digit run and a Chinese character, markers see-through."""
    text = re.sub(r"([0-9][\x01\x02]*)(?=[\u4e00-\u9fff])", r"\1 ", text)
    return re.sub(r"([\u4e00-\u9fff][\x01\x02]*)(?=[0-9])", r"\1 ", text)


def fmt_number(value: int | float) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def ascii_parens(label: str) -> str:
    """（一）予以公开 -> (一) 予以公开, as in the seed report."""
    return re.sub(r"^（([一二三四五六七八九十]+)）", r"(\1) ", label)


def break_in_two(rng: random.Random, label: str, spaced: bool, min_cut: int = 1) -> list[str]:
    if len(label) <= max(2, min_cut):
        return [label]
    cut = rng.randint(min_cut, len(label) - 1)
    head, tail = label[:cut], label[cut:]
    return [" ".join(head) if spaced else head, tail]


def wrap_label(label: str, width: int) -> list[str]:
    return [label[i : i + width] for i in range(0, len(label), width)] or [label]


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for m in re.finditer(r"\x01[^\x02]*\x02|[0-9A-Za-z.@%:/_\-]+|.", text):
        out.append(m.group(0))
    return out


def _width(token: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in unprotect(token))


CLOSING_PUNCTUATION = "，。、；：？！）》」』”’…"
OPENING_PUNCTUATION = "（《「『“‘〔"


def wrap(text: str, width: int) -> list[str]:
    """Greedy wrap at ``width`` Chinese characters; protected spans and ASCII runs never break, and a line never
    starts with closing punctuation (it stays at the end of the previous line, as typeset text does)."""
    lines: list[str] = []
    current, used = "", 0.0
    for token in _tokens(text):
        w = _width(token)
        if current and used + w > width and unprotect(token)[:1] not in CLOSING_PUNCTUATION:
            lines.append(current)
            current, used = "", 0.0
        current += token
        used += w
    if current:
        lines.append(current)
    for i in range(len(lines) - 1):  # nor ends with opening punctuation
        while lines[i] and lines[i][-1] in OPENING_PUNCTUATION and len(lines[i]) > 1:
            lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
    return [unprotect(line).strip() for line in lines]


# --- narrative --------------------------------------------------------------------------------------------

FOCUS = ("经济社会发展大局", "优化营商环境", "保障和改善民生", "法治政府建设", "高质量发展", "群众关切", "重点领域改革")
TOPICS = (
    "教育、医疗、养老",
    "就业创业、社会保障",
    "生态环境、安全生产",
    "乡村振兴、城市更新",
    "财政预决算、重大建设项目",
    "减税降费、惠企政策",
    "食品药品监管、市场监管",
    "征地拆迁、保障性住房",
)
ROADS = (
    "人民路",
    "解放路",
    "中山路",
    "府前路",
    "文化路",
    "建设路",
    "政通路",
    "和平路",
    "新华路",
    "长江路",
    "迎宾大道",
    "行政中心路",
)
PROBLEMS = (
    "政策解读的形式还不够丰富，通俗化、可视化解读产品偏少",
    "部分单位信息更新不够及时，栏目维护存在薄弱环节",
    "依申请公开答复文书的规范性有待进一步提升",
    "政务公开队伍人员流动较快，业务能力参差不齐",
    "政务新媒体互动回应还不够及时",
    "基层政务公开专区作用发挥不够充分",
    "主动公开目录的动态调整机制还需完善",
)
MEASURES = (
    "丰富政策解读形式，推出更多图解、视频、问答类解读产品",
    "加强栏目日常巡查，建立信息更新提醒和通报机制",
    "加强答复文书合法性审查，定期开展案例复盘",
    "常态化开展业务培训，以案释法提升办理能力",
    "健全政务新媒体留言办理机制，做到及时回应",
    "推进基层政务公开专区标准化建设，拓展线下查阅服务",
    "动态调整主动公开事项目录，做到应公开尽公开",
)
SUBHEADINGS = (
    ("一", ("主动公开", "主动公开政府信息")),
    ("二", ("依申请公开",)),
    ("三", ("政府信息管理",)),
    ("四", ("政府信息公开平台建设", "平台建设", "平台载体建设")),
    ("五", ("监督保障", "政府信息公开监督保障")),
)


@dataclass
class Fact:
    key: str
    question: str  # with {name} and {year}
    phrase: str  # as generated; the substring is this phrase after the layout's spacing


@dataclass
class Narrative:
    intro: list[str]
    subsections: list[tuple[str, list[str]]]  # （一）… of section 一
    general_lead: str
    problems: list[tuple[str | None, list[str]]]  # section 五
    other: list[tuple[str | None, list[str]]]  # section 六
    facts: list[Fact] = field(default_factory=list)
    signature_date: str = ""


def _phone(rng: random.Random, area: str) -> str:
    digits = rng.choice((7, 8))
    return f"{area}-{rng.randint(2, 8)}{rng.randint(0, 10 ** (digits - 1) - 1):0{digits - 1}d}"


def _narrative(rng: random.Random, issuer: Issuer, year: int, figs: Figures, layout: str) -> Narrative:
    we, body, scope = issuer.we, issuer.body, issuer.scope
    facts: list[Fact] = []
    t3, t4, t2 = figs.t3, figs.t4, figs.t2
    n_new = t3["new_received"]["total"]
    phone = _phone(rng, issuer.area_code)
    address = f"{issuer.city}{rng.choice(ROADS)}{rng.randint(1, 399)}号"
    postcode = issuer.postcode[:4] + f"{rng.randint(0, 99):02d}"
    contact = (
        f"如对本报告有疑问，请与{issuer.office}联系（地址：{address}；邮编：{postcode}；联系电话：{protect(phone)}）。"
    )
    facts.append(
        Fact(
            "phone",
            rng.choice(
                (
                    "对{name}{year}年政府信息公开工作年度报告有疑问，可以打什么电话？",
                    "{name}{year}年政府信息公开年报的联系电话是多少？",
                )
            ),
            phone,
        )
    )
    basis = rng.choice(
        (
            "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
            "（国办公开办函〔2021〕30号）要求编制。",
            "本年度报告依据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）、《国务院办公厅政府信息与政务公开"
            "办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。",
            f"本报告由{issuer.office}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。",
        )
    )
    period = f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    online = f"本报告电子版可在{issuer.website}（{issuer.domain}）查阅或下载。"
    contact_in_intro = rng.random() < 0.7
    intro = [basis + period + (online if rng.random() < 0.6 else "") + (contact if contact_in_intro else "")]

    general_lead = rng.choice(
        (
            f"{year}年，{we}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开的决策部署，"
            f"认真执行《条例》各项规定，紧紧围绕{rng.choice(FOCUS)}，持续提升政务公开质量和实效。",
            f"{year}年，{we}深入贯彻落实《条例》和上级关于政务公开工作的各项要求，坚持“公开为常态、不公开为例外”，"
            "以公开促落实、以公开优服务、以公开强监督，政府信息公开工作取得新进展。",
            f"{year}年，{we}聚焦{rng.choice(FOCUS)}，不断健全政务公开制度机制，规范依申请公开办理，加强平台建设和监督保障，"
            "各项工作有序推进。",
        )
    )

    def heading(number: str) -> str:
        name = rng.choice(dict(SUBHEADINGS)[number])
        return f"（{number}）{name}{rng.choice(('方面', '情况', '工作', ''))}"

    subsections: list[tuple[str, list[str]]] = []
    # （一）主动公开
    n_info = rng.randint(120, 9000)
    n_press = rng.randint(1, 30)
    n_interp = rng.randint(3, 80)
    s1 = [
        f"全年通过{issuer.website}{protect(f'主动公开政府信息{n_info}条')}，内容涵盖{rng.choice(TOPICS)}等重点领域。",
        f"围绕{rng.choice(TOPICS)}等群众关注的热点，{protect(f'召开新闻发布会{n_press}场')}，及时发布权威信息。",
        f"坚持政策文件与解读材料同步组织、同步审签、同步部署，全年发布{protect(f'政策解读{n_interp}篇')}，"
        f"其中图解、视频等多元化解读{rng.randint(0, n_interp)}篇。",
    ]
    facts += [
        Fact("info", "{name}{year}年主动公开了多少条政府信息？", f"主动公开政府信息{n_info}条"),
        Fact("press", "{name}{year}年召开了多少场新闻发布会？", f"召开新闻发布会{n_press}场"),
        Fact("interp", "{name}{year}年发布了多少篇政策解读？", f"政策解读{n_interp}篇"),
    ]
    nd = t2["normative_documents"]
    if layout != "runtogether":  # run-together T2 rows stay as ambiguous as the table makes them
        s1.append(
            f"本年度制发行政规范性文件{nd['issued']}件、废止{nd['repealed']}件，截至年底现行有效行政规范性文件"
            f"{nd['valid']}件，均在规范性文件库集中公开。"
        )
    if rng.random() < 0.5:
        s1.append(f"开展重大行政决策预公开{rng.randint(1, 20)}次，公开征求意见并及时反馈采纳情况。")
    rng.shuffle(s1)
    subsections.append((heading("一"), ["".join(s1[:2]), "".join(s1[2:])] if len(s1) > 3 else ["".join(s1)]))

    # （二）依申请公开 — states the year's new applications, consistent with T3
    carried = t3["carried_over_from_last_year"]["total"]
    done = t3["results_total"]["total"]
    nxt = t3["carried_to_next_year"]["total"]
    orgs = n_new - t3["new_received"]["natural_person"]
    key_sentence = rng.choice(
        (
            f"{year}年，{scope}共{protect(f'收到政府信息公开申请{n_new}件')}，上年结转{carried}件，办结{done}件，"
            f"结转下年度继续办理{nxt}件。",
            f"全年{protect(f'共收到政府信息公开申请{n_new}件')}，其中自然人申请{t3['new_received']['natural_person']}件，"
            f"法人或其他组织申请{orgs}件，均在法定期限内予以答复。",
            f"本年度{protect(f'新收政府信息公开申请{n_new}件')}，加上上年结转{carried}件，共需办理{n_new + carried}件，"
            f"已办结{done}件。",
        )
    )
    s2 = [
        key_sentence,
        "严格落实登记、审核、办理、答复、归档全流程管理，答复文书均经法制审核，确保答复内容合法、规范。",
    ]
    if rng.random() < 0.6:
        calls = rng.randint(2, 60)
        s2.append(f"针对申请内容不明确的申请，主动与申请人电话沟通{calls}次，帮助其准确描述所需信息。")
    review, litigation = t4["review.total"], t4["litigation_direct.total"] + t4["litigation_after_review.total"]
    if rng.random() < 0.6:
        s2.append(
            f"全年因政府信息公开工作被申请行政复议{review}件，被提起行政诉讼{litigation}件。"
            if review or litigation
            else "全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"
        )
    subsections.append((heading("二"), ["".join(s2)]))

    # （三）政府信息管理
    s3 = [
        f"严格落实政府信息公开保密审查机制，全年审查拟公开信息{rng.randint(50, 3000)}条。",
        f"动态更新政府信息主动公开目录，清理过期信息{rng.randint(10, 900)}条。",
        "规范公文公开属性源头认定，做到“应公开尽公开”。",
    ]
    rng.shuffle(s3)
    subsections.append((heading("三"), ["".join(s3)]))

    # （四）平台建设
    n_media = rng.randint(2, 60)
    s4 = [
        f"持续加强政府网站集约化建设，网站全年访问量约{rng.randint(5, 900)}万人次。",
        f"统筹管理{protect(f'政务新媒体{n_media}个')}，开展常态化巡查，未发现“僵尸号”“睡眠号”。",
        f"在政务服务中心设立政务公开专区，配备政府信息查阅终端{rng.randint(1, 12)}台。",
    ]
    facts.append(Fact("media", "{name}{year}年统筹管理了多少个政务新媒体？", f"政务新媒体{n_media}个"))
    rng.shuffle(s4)
    subsections.append((heading("四"), ["".join(s4)]))

    # （五）监督保障
    n_train = rng.randint(1, 24)
    s5 = [
        f"组织开展{protect(f'政务公开业务培训{n_train}次')}，培训{rng.randint(20, 900)}人次。",
        "将政务公开工作纳入年度绩效考核，压实工作责任。",
        f"邀请人大代表、政协委员和群众代表开展社会评议{rng.randint(1, 6)}次。",
        "全年未发生因政府信息公开工作引发的责任追究情况。",
    ]
    facts.append(Fact("train", "{name}{year}年组织了几次政务公开业务培训？", f"政务公开业务培训{n_train}次"))
    rng.shuffle(s5)
    subsections.append((heading("五"), ["".join(s5[:3]), s5[3]] if rng.random() < 0.5 else ["".join(s5)]))

    # 五、存在的主要问题及改进情况
    p1, p2 = rng.sample(PROBLEMS, 2)
    m1, m2, m3 = rng.sample(MEASURES, 3)
    if rng.random() < 0.5:
        problems: list[tuple[str | None, list[str]]] = [
            (
                "（一）上年问题的改进情况",
                [f"针对{year - 1}年度报告中指出的问题，{we}{m1}，{m2}，相关问题已基本整改到位。"],
            ),
            (
                "（二）本年存在的主要问题",
                [
                    f"对照上级要求和群众期待，仍存在一些不足：一是{p1}；二是{p2}。"
                    f"{year + 1}年，{we}将{m3}，推动政务公开工作提质增效。"
                ],
            ),
        ]
    else:
        problems = [
            (
                None,
                [
                    f"{year}年，{we}政府信息公开工作取得了一定成效，但仍存在一些不足：一是{p1}；二是{p2}。",
                    f"下一步，{we}将着力做好以下工作：一是{m1}；二是{m2}；三是{m3}。",
                ],
            )
        ]

    # 六、其他需要报告的事项 — the fee sentence
    fee = rng.choice((0, 0, 0, rng.randint(1, 60) * 10, rng.randint(1, 20) * 5))
    if fee:
        fee_phrase = f"收取信息处理费共计{fee}元"
        fee_sentence = f"{year}年，{body}依据《政府信息公开信息处理费管理办法》{protect(fee_phrase)}。"
    else:
        fee_phrase = rng.choice(("未收取政府信息公开信息处理费", "无收取信息处理费情况", "未收取信息处理费"))
        fee_sentence = f"{year}年，{body}{protect(fee_phrase)}。"
    facts.append(
        Fact(
            "fee",
            rng.choice(("{name}{year}年收取政府信息公开信息处理费了吗？", "{name}{year}年收了多少信息处理费？")),
            fee_phrase,
        )
    )
    other: list[tuple[str | None, list[str]]] = []
    if rng.random() < 0.5:
        bills, proposals = rng.randint(0, 40), rng.randint(0, 60)
        other.append(
            (
                "（一）人大代表建议和政协提案办理结果公开情况",
                [f"全年承办人大代表建议{bills}件、政协提案{proposals}件，均已按期办结，办理复文已按规定公开。"],
            )
        )
        other.append(("（二）信息处理费收取情况", [fee_sentence]))
    else:
        other.append((None, [fee_sentence]))
    if not contact_in_intro:
        other[-1][1].append(contact)
    month_day = f"{year + 1}年1月{rng.randint(5, 28)}日"
    return Narrative(intro, subsections, general_lead, problems, other, facts, month_day)


# --- runtogether: every cut of a digit run --------------------------------------------------------------


def _cuts_of_chunk(chunk: str, parts: int) -> list[list[int]]:
    """Every way to cut a digit string into ``parts`` numbers without leading zeros."""
    if parts == 1:
        return [[int(chunk)]] if chunk and (chunk == "0" or chunk[0] != "0") else []
    out: list[list[int]] = []
    for i in range(1, len(chunk) - parts + 2):
        head = chunk[:i]
        if head != "0" and head[0] == "0":
            break
        for rest in _cuts_of_chunk(chunk[i:], parts - 1):
            out.append([int(head), *rest])
    return out


def cuts(run: str, cells: int) -> list[list[int]]:
    """Every cut of a printed run (spaces are hard boundaries) into ``cells`` numbers."""
    chunks = run.split()

    def go(i: int, left: int) -> list[list[int]]:
        if i == len(chunks):
            return [[]] if left == 0 else []
        out: list[list[int]] = []
        remaining = len(chunks) - i - 1
        for k in range(1, min(len(chunks[i]), left - remaining) + 1):
            for head in _cuts_of_chunk(chunks[i], k):
                for tail in go(i + 1, left - k):
                    out.append(head + tail)
        return out

    return go(0, cells)


def _cell_value(values: set[int]) -> int | dict:
    return next(iter(values)) if len(values) == 1 else {"unresolved": sorted(values)}


def solve_t3(runs: dict[str, str], limit: int = 200_000) -> list[dict[str, dict[str, int]]] | None:
    """Every T3 reading of the runs that satisfies all identities; None when there are too many to try."""
    row_keys = [r.key for r in T3.rows]
    options = []
    for key in row_keys:
        valid = [c for c in cuts(runs[key], 7) if c[6] == sum(c[:6])]
        options.append(valid)
    size = 1
    for o in options:
        size *= len(o)
    if size == 0:
        return []
    if size > limit:
        return None
    solutions = []
    for combo in itertools.product(*options):
        table = {key: dict(zip(T3_COLUMN_KEYS, cells, strict=True)) for key, cells in zip(row_keys, combo, strict=True)}
        ok = all(
            table["new_received"][c] + table["carried_over_from_last_year"][c]
            == table["results_total"][c] + table["carried_to_next_year"][c]
            and table["results_total"][c] == sum(table[r][c] for r in RESULT_ROWS)
            for c in T3_COLUMN_KEYS
        )
        if ok:
            solutions.append(table)
    return solutions


def solve_t4(run: str) -> list[dict[str, int]]:
    chunks = run.split()
    solutions: list[dict[str, int]] = []

    def go(ci: int, offset: int, cells: list[int]) -> None:
        # cells are filled block by block; check a block as soon as its 5 cells are known
        if len(cells) % 5 == 0 and cells:
            block = cells[-5:]
            if block[4] != sum(block[:4]):
                return
        if len(cells) == 15:
            if ci == len(chunks):
                solutions.append(dict(zip(T4_COLUMN_KEYS, cells, strict=True)))
            return
        if ci == len(chunks):
            return
        chunk = chunks[ci]
        rest = chunk[offset:]
        for i in range(1, len(rest) + 1):
            head = rest[:i]
            if head != "0" and head[0] == "0":
                break
            if i == len(rest):
                go(ci + 1, 0, [*cells, int(head)])
            else:
                go(ci, offset + i, [*cells, int(head)])

    go(0, 0, [])
    return solutions


# --- layouts ------------------------------------------------------------------------------------------------


def _t3_label(key: str) -> str:
    return T3.row(key).label


def _t3_structure() -> list[tuple[str, str | None]]:
    """(row key, group label or None) in template order."""
    return [(r.key, r.group) for r in T3.rows]


def _section_title(rng: random.Random, number: str) -> str:
    s = SECTION[number]
    if s.aliases and rng.random() < 0.35:
        # only the real-world variants, not the typo
        variants = [a for a in s.aliases if "行政法复议" not in a]
        return rng.choice(variants) if variants else s.title
    return s.title


@dataclass
class Doc:
    issuer: Issuer
    year: int
    layout: str
    figs: Figures
    text: Narrative
    rng: random.Random
    fact: Fact | None = None

    def __post_init__(self) -> None:
        """Pick the fact the narrative question asks about; only its phrase stays protected from wrapping."""
        self.fact = self.rng.choice(self.text.facts)
        done = False

        def keep(paragraph: str) -> str:
            nonlocal done
            plain = unprotect(paragraph)
            if not done and self.fact.phrase in plain:
                done = True
                return plain.replace(self.fact.phrase, protect(self.fact.phrase), 1)
            return plain

        t = self.text
        t.intro = [keep(p) for p in t.intro]
        t.general_lead = keep(t.general_lead)
        t.subsections = [(title, [keep(p) for p in paras]) for title, paras in t.subsections]
        t.problems = [(title, [keep(p) for p in paras]) for title, paras in t.problems]
        t.other = [(title, [keep(p) for p in paras]) for title, paras in t.other]
        if not done:
            raise AssertionError(f"fact phrase {self.fact.phrase!r} is not in the narrative")


# ---- tsv (hongkou-district_2021) ----


def render_tsv(doc: Doc) -> str:
    rng, t = doc.rng, doc.text
    out: list[str] = ["", "", f"# {doc.issuer.name} {doc.year} 年政府信息公开工作年度报告", ""]
    for p in t.intro:
        out += [unprotect(p), ""]

    def heading(text: str) -> str:
        style = rng.choice(("## ", "### ", "#### ", "**"))
        return f"**{text}**" if style == "**" else style + text

    out += [heading(_section_title(rng, "一")), "", unprotect(t.general_lead), ""]
    for title, paras in t.subsections:
        style = rng.choice(("### ", "#### ", "**"))
        line = f"**{title}。**" if style == "**" else f"{style}{title}。"
        out += [line, ""]
        for p in paras:
            out += [unprotect(p), ""]
    # T2
    out += [heading(_section_title(rng, "二")), ""]
    t2 = doc.figs.t2
    blank_before_coercion = rng.random() < 0.5
    out += ["第二十条第（一）项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"]
    for key in ("regulations", "normative_documents"):
        row = T2.row(key)
        out.append("\t".join([row.label, *(fmt_number(t2[key][c]) for c in row.columns)]))
    out += [
        "第二十条第（五）项\t\t\t",
        "信息内容\t本年处理决定数量\t\t",
        f"行政许可\t{t2['administrative_licensing']['decisions']}\t\t",
        "第二十条第（六）项\t\t\t",
        "信息内容\t本年处理决定数量\t\t",
        f"行政处罚\t{t2['administrative_penalty']['decisions']}\t\t",
    ]
    if blank_before_coercion:
        out.append("")
    out += [
        f"行政强制\t{t2['administrative_coercion']['decisions']}",
        "第二十条第（八）项\t",
        f"信息内容\t{T2.column('fee_amount').label}",
        f"行政事业性收费\t{fmt_number(t2['administrative_fees']['fee_amount'])}",
        "",
    ]
    # T3
    out += [heading(_section_title(rng, "三")), ""]
    note = T3_NOTE.replace("（", "(", 1).replace("）", ")") if rng.random() < 0.7 else T3_NOTE
    out += [
        f"{note}\t\t申请人情况\t\t\t\t\t\t总计\t",
        "\t\t自然人\t法人或其他组织\t\t\t\t\t\t",
        "\t\t\t" + "\t".join(c.label for c in T3.columns if c.group == ORGANISATION_GROUP) + "\t\t",
    ]
    paren = ascii_parens if rng.random() < 0.7 else (lambda s: s)
    quirky = rng.random() < 0.6  # the seed's misplaced 3.其他 and （七）总计 rows
    t3 = doc.figs.t3
    seen_groups: set[str] = set()
    for key, group in _t3_structure():
        nums = "\t".join(str(t3[key][c]) for c in T3_COLUMN_KEYS)
        label = _t3_label(key)
        if key in ("new_received", "carried_over_from_last_year", "carried_to_next_year"):
            out.append(f"{label}\t\t{nums}\t")
        elif key == "granted":
            out.append(f"{RESULTS_TOP}\t{paren(label)}\t{nums}\t")
        elif key == "partially_granted":
            out.append(f"\t{paren(label)}\t{nums}\t")
        elif key == "results_total":
            out.append(f"{paren(label)}\t{nums}\t\t" if quirky else f"\t{paren(label)}\t{nums}\t")
        elif key == "other_other" and quirky:
            out.append(f"{label}\t\t{nums}\t")
        elif group not in seen_groups:
            seen_groups.add(group)
            out.append(f"\t{paren(group)}\t{label}\t{nums}")
        else:
            out.append(f"\t\t{label}\t{nums}")
    out.append("")
    # T4
    out += [heading(_section_title(rng, "四")), ""]
    split = rng.random() < 0.7
    parts = [T4_PART_LABELS[p] for p in T4_PARTS]
    parts = [f"{p[:2]} {p[2:]}" if split and len(p) == 4 else p for p in parts]
    out += [
        "行政复议\t\t\t\t\t行政诉讼" + "\t" * 9,
        "\t".join(parts)
        + f"\t{T4_BLOCK_LABELS['litigation_direct']}"
        + "\t" * 5
        + f"{T4_BLOCK_LABELS['litigation_after_review']}"
        + "\t" * 4,
        "\t" * 5 + "\t".join(parts * 2),
        "\t".join(str(doc.figs.t4[c]) for c in T4_COLUMN_KEYS),
        "",
    ]
    out += _tail_markdownish(doc, heading)
    return "\n".join(out) + "\n"


def _tail_markdownish(doc: Doc, heading) -> list[str]:
    rng, t = doc.rng, doc.text
    out = [heading(_section_title(rng, "五")), ""]
    for title, paras in t.problems:
        if title:
            out += [f"### {title}" if rng.random() < 0.5 else f"**{title}**", ""]
        out += [x for p in paras for x in (unprotect(p), "")]
    out += [heading(_section_title(rng, "六")), ""]
    for title, paras in t.other:
        if title:
            out += [f"### {title}。" if rng.random() < 0.5 else f"{title}。", ""]
        out += [x for p in paras for x in (unprotect(p), "")]
    if rng.random() < 0.5:
        out += [doc.issuer.name, t.signature_date]
    return out


# ---- markdown (shuyang-county_2025 / clean tables) ----


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(r) + " |" for r in rows]


def render_markdown(doc: Doc) -> str:  # noqa: C901 - one layout, written out in order as it prints
    rng, t, figs = doc.rng, doc.text, doc.figs
    out = [
        f"# {doc.issuer.name} {doc.year} 年 政府信息公开工作年度报告"
        if rng.random() < 0.5
        else f"# {doc.issuer.name}{doc.year}年政府信息公开工作年度报告",
        "",
    ]
    if rng.random() < 0.6:
        out += [doc.issuer.name, f"({t.signature_date})", ""]
    out += [x for p in t.intro for x in (unprotect(p), "")]
    out += [f"## {_section_title(rng, '一')}", "", unprotect(t.general_lead), ""]
    for title, paras in t.subsections:
        out += [f"### {title}", ""] + [x for p in paras for x in (unprotect(p), "")]
    # T2
    out += [f"## {_section_title(rng, '二')}", ""]
    t2 = figs.t2
    subtables: dict[str, list] = {}
    for row in T2.rows:
        subtables.setdefault(row.subtable, []).append(row)
    if rng.random() < 0.6:
        for caption, rows in subtables.items():
            cols = rows[0].columns
            out += (
                [f"### {caption}"]
                + _md_table(
                    ["信息内容", *(T2.column(c).label for c in cols)],
                    [[r.label, *(fmt_number(t2[r.key][c]) for c in cols)] for r in rows],
                )
                + [""]
            )
    else:  # one table, caption rows inside, as an HTML converter prints the template's single table
        body = []
        for caption, rows in subtables.items():
            cols = rows[0].columns
            body.append([caption, "", "", ""])
            body.append(["信息内容", *(T2.column(c).label for c in cols), *([""] * (3 - len(cols)))])
            body += [[r.label, *(fmt_number(t2[r.key][c]) for c in cols), *([""] * (3 - len(cols)))] for r in rows]
        out += _md_table(body[0], body[1:]) + [""]
    # T3
    out += [f"## {_section_title(rng, '三')}", "", T3_NOTE, ""]
    t3 = figs.t3
    col_labels = [c.label for c in T3.columns]
    if rng.random() < 0.5:  # one table, three label columns as the template's merged cells
        repeat = rng.random() < 0.5
        body = []
        last_top, last_group = None, None
        for key, group in _t3_structure():
            label = _t3_label(key)
            nums = [str(t3[key][c]) for c in T3_COLUMN_KEYS]
            if key in ("new_received", "carried_over_from_last_year", "carried_to_next_year"):
                body.append([label, "", "", *nums])
                continue
            top = RESULTS_TOP if (repeat or last_top != RESULTS_TOP) else ""
            last_top = RESULTS_TOP
            if group is None:
                body.append([top, label, "", *nums])
            else:
                g = group if (repeat or last_group != group) else ""
                last_group = group
                body.append([top, g, label, *nums])
        out += _md_table(["申请人情况", "", "", *col_labels], body) + [""]
    else:  # one table per row group (shuyang), with real headers
        header = ["类别", *col_labels]
        for key, group in _t3_structure():
            if group is not None:
                continue
            label = _t3_label(key)
            if key == "granted":
                out += [f"### {RESULTS_TOP}", ""]
            out += [f"### {label}"] + _md_table(header, [[label, *(str(t3[key][c]) for c in T3_COLUMN_KEYS)]]) + [""]
            if key == "partially_granted":
                for g in GROUPS:
                    rows = [[_t3_label(k), *(str(t3[k][c]) for c in T3_COLUMN_KEYS)] for k in T3_GROUPS_2021[g]]
                    out += [f"### {g}"] + _md_table(header, rows) + [""]
    # T4
    out += [f"## {_section_title(rng, '四')}", ""]
    t4 = figs.t4
    parts = [T4_PART_LABELS[p] for p in T4_PARTS]
    if rng.random() < 0.5:
        titles = {
            "review": "行政复议",
            "litigation_direct": "行政诉讼（未经复议直接起诉）",
            "litigation_after_review": "行政诉讼（复议后起诉）",
        }
        for block in T4_BLOCKS:
            out += [f"### {titles[block]}"] + _md_table(parts, [[str(t4[f"{block}.{p}"]) for p in T4_PARTS]]) + [""]
    else:
        header = [f"行政复议 {p}" for p in parts] + [
            f"行政诉讼 {T4_BLOCK_LABELS[b]} {p}" for b in T4_BLOCKS[1:] for p in parts
        ]
        out += _md_table(header, [[str(t4[c]) for c in T4_COLUMN_KEYS]]) + [""]

    def heading(text: str) -> str:
        return f"## {text}"

    out += _tail_markdownish(doc, heading)
    return "\n".join(out) + "\n"


# ---- lines (huaian-city_2024) ----


def render_lines(doc: Doc) -> str:  # noqa: C901 - one layout, written out in order as it prints
    rng, t, figs = doc.rng, doc.text, doc.figs
    width = rng.randint(28, 34)
    units: list[list[str]] = []  # a page marker never falls inside a unit

    def para(text: str) -> None:
        for line in wrap(space_numbers(text), width):
            units.append([line])

    if rng.random() < 0.5:
        units += [[doc.issuer.name], [f"{doc.year} 年政府信息公开工作年度报告"]]
    else:
        units.append([f"{doc.issuer.name}{doc.year}年政府信息公开工作年度报告"])
    for p in t.intro:
        para(p)
    units.append([_section_title(rng, "一")])
    para(t.general_lead)
    inline = rng.random() < 0.6
    for title, paras in t.subsections:
        if inline:
            para(f"{title}。{paras[0]}")
            for p in paras[1:]:
                para(p)
        else:
            units.append([title])
            for p in paras:
                para(p)
    # T2
    t2 = figs.t2
    units.append([_section_title(rng, "二")])
    caption_space = rng.random() < 0.5
    last_caption = None
    for row in T2.rows:
        if row.subtable != last_caption:
            last_caption = row.subtable
            units.append([row.subtable.replace("第二十条第", "第二十条 第") if caption_space else row.subtable])
            units.append(["信息内容 " + " ".join(T2.column(c).label for c in row.columns)])
        units.append([" ".join([row.label, *(fmt_number(t2[row.key][c]) for c in row.columns)])])
    # T3
    t3 = figs.t3
    units.append([_section_title(rng, "三")])
    cut = rng.randint(10, 22)
    note = T3_NOTE
    units.append([note[:cut], note[cut:]])
    header = ["申请人情况", "自然人", "法人或其他组织"]
    spaced = rng.random() < 0.5
    org = [piece for c in T3.columns if c.group == ORGANISATION_GROUP for piece in break_in_two(rng, c.label, spaced)]
    if rng.random() < 0.5:
        org[0] = "总计" + org[0]
    else:
        org.append("总计")
    units.append(header + org)
    label_width = rng.randint(13, 17)
    numbers_alone = rng.random() < 0.5
    dot_comma = rng.random() < 0.5  # （六）1、 2、 3、
    merge_group_label = rng.random() < 0.4
    group_pieces: dict[str, list[str]] = {}
    for key, group in _t3_structure():
        label = _t3_label(key)
        if group == GROUP_OTHER and dot_comma:
            label = re.sub(r"^(\d)\.", r"\1、", label)
        nums = " ".join(str(t3[key][c]) for c in T3_COLUMN_KEYS)
        if key == "granted":  # the vertical cell 三、/本/年/度/办/理/结/果
            units.append(["三、", *RESULTS_TOP[2:]])
        prefix = ""
        if group is not None:
            if group not in group_pieces:
                group_pieces[group] = break_in_two(rng, group, False, min_cut=group.index("）") + 2)
                if not merge_group_label:
                    units.append(group_pieces[group])
            if merge_group_label:  # "（四）无 1.本机关不掌握…" / "法提供 2.没有现成…"
                index = T3_GROUPS_2021[group].index(key)
                if index < len(group_pieces[group]):
                    prefix = group_pieces[group][index] + " "
        pieces = wrap_label(label, label_width)
        if len(pieces) > 1 and numbers_alone:
            unit = [prefix + pieces[0], *pieces[1:], nums]
        else:
            unit = [prefix + pieces[0], *pieces[1:]]
            unit[-1] += " " + nums
        units.append(unit)
    # T4
    units.append([_section_title(rng, "四")])
    t4_header = ["行政复议 行政诉讼"]
    parts = [T4_PART_LABELS[p] for p in T4_PARTS]
    for p in parts:
        t4_header += break_in_two(rng, p, rng.random() < 0.6) if p != "总计" else [p]
    t4_header.append(f"{T4_BLOCK_LABELS['litigation_direct']} {T4_BLOCK_LABELS['litigation_after_review']}")
    for _ in range(2):
        for p in parts:
            t4_header += break_in_two(rng, p, rng.random() < 0.6) if p != "总计" else [p]
    units.append(t4_header)
    units.append([" ".join(str(figs.t4[c]) for c in T4_COLUMN_KEYS)])
    units.append([_section_title(rng, "五")])
    for title, paras in t.problems:
        if title:
            units.append([title])
        for p in paras:
            para(p)
    units.append([_section_title(rng, "六")])
    for title, paras in t.other:
        if title:
            units.append([title])
        for p in paras:
            para(p)
    # pages
    page_len = rng.randint(22, 30)
    top = rng.random() < 0.6
    lines: list[str] = []
    page, used = 1, 0
    if top:
        lines.append("- 1 -")
    for unit in units:
        if used and used + len(unit) > page_len:
            page += 1
            lines.append(f"- {page} -" if top else f"— {page - 1} —")
            used = 0
        lines += unit
        used += len(unit)
    return "\n".join(lines) + "\n"


# ---- runtogether (pingtan) ----


def render_runtogether(doc: Doc, t3_runs: dict[str, str], t4_run: str) -> str:
    rng, t, figs = doc.rng, doc.text, doc.figs
    sep = rng.choice((" ", ""))
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append(
            "当前位置： 首页政务公开政府信息公开政府信息公开年报 "
            f"{doc.issuer.name}{doc.year}年政府信息公开工作年度报告 "
            f"来源：{doc.issuer.name} 时间：{doc.year + 1}-01-{rng.randint(5, 28):02d} 文字版 "
        )
    else:
        parts.append(f"{doc.issuer.name}{doc.year}年政府信息公开工作年度报告 ")
    parts += [unprotect(p) + " " for p in t.intro]
    parts.append(_section_title(rng, "一") + sep + unprotect(t.general_lead) + sep)
    for title, paras in t.subsections:
        parts.append(title + " " + "".join(unprotect(p) for p in paras) + sep)
    # T2
    t2 = figs.t2
    s = _section_title(rng, "二") + sep
    last_caption = None
    for row in T2.rows:
        if row.subtable != last_caption:
            last_caption = row.subtable
            s += (
                row.subtable
                + rng.choice(("", " "))
                + "信息内容"
                + "".join(rng.choice(("", " ")) + T2.column(c).label for c in row.columns)
                + rng.choice(("", " "))
            )
        s += row.label + "".join(fmt_number(t2[row.key][c]) for c in row.columns)
    parts.append(s + sep)
    # T3
    s = _section_title(rng, "三") + T3_NOTE + "申请人情况自然人法人或其他组织总计" + sep
    s += "".join(c.label for c in T3.columns if c.group == ORGANISATION_GROUP)
    seen: set[str] = set()
    for key, group in _t3_structure():
        if key == "granted":
            s += RESULTS_TOP + rng.choice(("", " "))
        if group is not None and group not in seen:
            seen.add(group)
            s += group
        s += _t3_label(key) + t3_runs[key]
    parts.append(s + " ")
    # T4
    s = _section_title(rng, "四") + "行政复议" + sep + "行政诉讼"
    labels = "".join(T4_PART_LABELS[p] for p in T4_PARTS)
    s += labels + sep + T4_BLOCK_LABELS["litigation_direct"] + sep + T4_BLOCK_LABELS["litigation_after_review"] + sep
    s += labels + labels + sep + t4_run
    parts.append(s)
    parts.append(_section_title(rng, "五"))
    for title, paras in t.problems:
        parts.append((title or "") + "".join(unprotect(p) for p in paras))
    parts.append(sep + _section_title(rng, "六"))
    for title, paras in t.other:
        parts.append((title or "") + "".join(unprotect(p) for p in paras))
    return "".join(parts).replace("\n", " ")


def _runs(rng: random.Random, figs: Figures, spaced_rows: set[str], spaced_t4: bool) -> tuple[dict[str, str], str]:
    t3_runs = {}
    for key in (r.key for r in T3.rows):
        values = [str(figs.t3[key][c]) for c in T3_COLUMN_KEYS]
        if key in spaced_rows:
            t3_runs[key] = " ".join(values)
        elif rng.random() < 0.08:  # an occasional real boundary, as pingtan's "500000 5"
            i = rng.randint(1, 6)
            t3_runs[key] = "".join(values[:i]) + " " + "".join(values[i:])
        else:
            t3_runs[key] = "".join(values)
    t4_values = [str(figs.t4[c]) for c in T4_COLUMN_KEYS]
    return t3_runs, (" ".join(t4_values) if spaced_t4 else "".join(t4_values))


# --- gold and questions -------------------------------------------------------------------------------------


def _gold_cells(figs: Figures) -> dict[str, dict[str, dict[str, object]]]:
    t2 = {r.key: {c: figs.t2[r.key][c] for c in r.columns} for r in T2.rows}
    t3 = {r.key: {c: figs.t3[r.key][c] for c in T3_COLUMN_KEYS} for r in T3.rows}
    t4 = {"cases": {c: figs.t4[c] for c in T4_COLUMN_KEYS}}
    return {"T2": t2, "T3": t3, "T4": t4}


CELL_QUESTIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "T3",
        "new_received",
        "total",
        ("{name}{year}年一共收到多少政府信息公开申请？", "{name}{year}年新收政府信息公开申请多少件？"),
    ),
    ("T3", "new_received", "natural_person", ("{name}{year}年自然人提出的政府信息公开申请有多少件？",)),
    ("T3", "new_received", "commercial_enterprise", ("{name}{year}年商业企业提出了几件信息公开申请？",)),
    ("T3", "new_received", "legal_service_org", ("{name}{year}年法律服务机构提交了多少件信息公开申请？",)),
    ("T3", "carried_over_from_last_year", "total", ("{name}{year}年从上年结转过来的政府信息公开申请有多少件？",)),
    (
        "T3",
        "granted",
        "total",
        ("{name}{year}年予以公开的申请有几件？", "{name}{year}年同意公开的信息公开申请有多少件？"),
    ),
    ("T3", "granted", "natural_person", ("{name}{year}年自然人的申请中予以公开的有几件？",)),
    ("T3", "partially_granted", "total", ("{name}{year}年部分公开的申请有多少件？",)),
    ("T3", "denied_admin_query", "total", ("{name}{year}年因属于行政查询事项不予公开的有几件？",)),
    ("T3", "denied_internal_affairs", "total", ("{name}{year}年因属于三类内部事务信息不予公开的有几件？",)),
    ("T3", "denied_process_info", "total", ("{name}{year}年以过程性信息为由不予公开的申请有几件？",)),
    ("T3", "denied_third_party_rights", "total", ("{name}{year}年为保护第三方合法权益不予公开的有几件？",)),
    ("T3", "unable_not_held", "total", ("{name}{year}年因本机关不掌握相关政府信息而无法提供的有多少件？",)),
    ("T3", "unable_needs_creation", "total", ("{name}{year}年因没有现成信息需要另行制作而无法提供的有几件？",)),
    ("T3", "not_processed_petition_complaint", "total", ("{name}{year}年属于信访举报投诉类、不予处理的申请有几件？",)),
    ("T3", "not_processed_duplicate", "total", ("{name}{year}年因重复申请不予处理的有几件？",)),
    ("T3", "other_no_correction_overdue", "total", ("{name}{year}年申请人逾期不补正、不再处理的申请有几件？",)),
    ("T3", "results_total", "total", ("{name}{year}年办理结果总计多少件？",)),
    ("T3", "carried_to_next_year", "total", ("{name}{year}年结转下年度继续办理的申请有多少件？",)),
    ("T4", "cases", "review.total", ("{name}{year}年因政府信息公开被申请行政复议的一共多少件？",)),
    ("T4", "cases", "review.maintained", ("{name}{year}年信息公开行政复议结果维持的有多少件？",)),
    ("T4", "cases", "review.corrected", ("{name}{year}年信息公开行政复议结果被纠正的有几件？",)),
    ("T4", "cases", "review.pending", ("{name}{year}年信息公开行政复议尚未审结的有几件？",)),
    ("T4", "cases", "litigation_direct.total", ("{name}{year}年未经复议直接提起行政诉讼的一共多少件？",)),
    ("T4", "cases", "litigation_after_review.total", ("{name}{year}年复议后起诉的行政诉讼一共几件？",)),
    ("T2", "normative_documents", "issued", ("{name}{year}年制发了几件行政规范性文件？",)),
    ("T2", "normative_documents", "repealed", ("{name}{year}年废止了多少件行政规范性文件？",)),
    ("T2", "normative_documents", "valid", ("{name}{year}年底现行有效的行政规范性文件有几件？",)),
    ("T2", "regulations", "valid", ("{name}{year}年底现行有效的政府规章有多少件？",)),
    ("T2", "administrative_licensing", "decisions", ("{name}{year}年作出了多少件行政许可决定？",)),
    ("T2", "administrative_penalty", "decisions", ("{name}{year}年的行政处罚决定数量是多少？",)),
    ("T2", "administrative_coercion", "decisions", ("{name}{year}年行政强制决定有几件？",)),
    ("T2", "administrative_fees", "fee_amount", ("{name}{year}年行政事业性收费金额是多少万元？",)),
)
GROUP_QUESTIONS = {
    GROUP_DENIED: "{name}{year}年不予公开的申请一共有几件？",
    GROUP_UNABLE: "{name}{year}年无法提供的申请合计多少件？",
    GROUP_NOT_PROCESSED: "{name}{year}年有多少件申请被不予处理？",
    GROUP_OTHER: "{name}{year}年其他处理的申请一共有多少件？",
}


def _derived(rng: random.Random, cells: dict, issuer: Issuer) -> list[tuple[str, dict]]:
    t3, t4 = cells["T3"], cells["T4"]["cases"]
    options: list[tuple[str, dict]] = []
    for group, question in GROUP_QUESTIONS.items():
        column = "natural_person" if rng.random() < 0.2 else "total"
        keys = T3_GROUPS_2021[group]
        values = [t3[k][column] for k in keys]
        if None in values:  # the group printed as one row: its own cell holds the sum
            keys, values = (GROUP_ROW_KEYS[group],), [t3[GROUP_ROW_KEYS[group]][column]]
        q = question if column == "total" else question.replace("年", "年自然人申请中", 1)
        options.append(
            (
                q,
                {
                    "value": sum(values),
                    "formula": f"{group} = sum of T3 {column} over {' + '.join(keys)} = {' + '.join(map(str, values))}",
                },
            )
        )
    orgs = [c for c in T3_APPLICANT_COLUMNS if c != "natural_person"]
    values = [t3["new_received"][c] for c in orgs]
    options.append(
        (
            "{name}{year}年法人或其他组织一共提出了多少件信息公开申请？",
            {
                "value": sum(values),
                "formula": f"{ORGANISATION_GROUP} = T3 new_received: {' + '.join(orgs)} = "
                f"{' + '.join(map(str, values))}",
            },
        )
    )
    granted, results = t3["granted"]["total"], t3["results_total"]["total"]
    if results:
        options.append(
            (
                "{name}{year}年予以公开率是多少？",
                {
                    "value": round(granted / results * 100, 2),
                    "formula": "予以公开率 = T3 granted.total / results_total.total × 100 = "
                    f"{granted} / {results} × 100, "
                    "rounded to 2 decimals",
                },
            )
        )
    direct, after, review = t4["litigation_direct.total"], t4["litigation_after_review.total"], t4["review.total"]
    options.append(
        (
            "{name}{year}年因政府信息公开被提起行政诉讼一共多少件？",
            {
                "value": direct + after,
                "formula": "行政诉讼合计 = T4 litigation_direct.total + litigation_after_review.total = "
                f"{direct} + {after}",
            },
        )
    )
    options.append(
        (
            "{name}{year}年行政复议和行政诉讼加起来一共多少件？",
            {
                "value": review + direct + after,
                "formula": f"T4 review.total + litigation_direct.total + litigation_after_review.total = "
                f"{review} + {direct} + {after}",
            },
        )
    )
    new, carried = t3["new_received"]["total"], t3["carried_over_from_last_year"]["total"]
    options.append(
        (
            "{name}{year}年需要办理的申请总量（新收加上年结转）是多少？",
            {
                "value": new + carried,
                "formula": f"T3 new_received.total + carried_over_from_last_year.total = {new} + {carried}",
            },
        )
    )
    return options


def _questions(rng: random.Random, doc: Doc, slug: str, cells: dict, text: str) -> list[dict]:
    issuer, year = doc.issuer, doc.year
    base = {"report": slug, "issuer": issuer.name, "year": year}

    def name() -> str:
        return rng.choice(issuer.aliases)

    items: list[dict] = []
    k = rng.randint(3, 5)
    candidates = [q for q in CELL_QUESTIONS if isinstance(cells[q[0]][q[1]][q[2]], (int, float))]
    if issuer.kind != "city":
        candidates = [q for q in candidates if q[1] != "regulations"]
    weights = [3.0 if q[0] == "T3" else 1.5 if q[0] == "T4" else 1.0 for q in candidates]
    picked: list = []
    while len(picked) < k - 2:
        q = rng.choices(candidates, weights)[0]
        if q not in picked:
            picked.append(q)
    for table, row, column, phrasings in picked:
        item = {
            "kind": "cell",
            "question": rng.choice(phrasings).format(name=name(), year=year),
            **base,
            "expected": {"table": table, "row": row, "column": column, "value": cells[table][row][column]},
        }
        if column == "fee_amount":
            item["note"] = "单位：万元"
        items.append(item)
    question, expected = rng.choice(_derived(rng, cells, issuer))
    items.append({"kind": "derived", "question": question.format(name=name(), year=year), **base, "expected": expected})
    fact = doc.fact
    substring = space_numbers(fact.phrase) if doc.layout == "lines" else fact.phrase
    if substring not in text:
        raise AssertionError(f"narrative substring {substring!r} not in {slug}")
    items.append(
        {
            "kind": "narrative",
            "question": fact.question.format(name=name(), year=year),
            **base,
            "expected": {"substring": substring},
        }
    )
    rng.shuffle(items)
    return items


# --- one report ----------------------------------------------------------------------------------------------


def _build_published(issuer: Issuer, year: int, layout: str, rng: random.Random, seed: int, index: int):
    """A report as published: its tab-separated text inside a page template (html), or its prose with
    national-layout tables printed to PDF in a random print style (pdf), and that PDF scanned (scan)."""
    from evals.page_templates import TEMPLATES, render_page
    from evals.published import (
        PrintStyle,
        ScanStyle,
        document_from_text,
        gold_with_merged_groups,
        t2_table,
        t3_table,
        t4_table,
        to_pdf,
        to_scan,
    )

    total_new = _new_total(rng, issuer, layout)
    t2 = _gen_t2(rng, issuer)
    figs = Figures(t2, _gen_t3(rng, total_new), _gen_t4(rng, total_new))
    cells = _gold_cells(figs)
    doc = Doc(issuer, year, "tsv", figs, _narrative(rng, issuer, year, figs, "tsv"), rng)
    text = render_tsv(doc)
    notes = (
        f"Synthetic report generated by evals/synth.py (seed {seed}, layout {layout}); figures are the generator's own."
    )
    title = f"{issuer.name}{year}年政府信息公开工作年度报告"
    if layout == "html":
        template = list(TEMPLATES)[index % len(TEMPLATES)]
        page = render_page(template, text, title)
        return doc, text, page.encode("utf-8"), cells, f"{notes} Page template {template}.", {"template": template}
    style = PrintStyle.random(rng)
    cells = gold_with_merged_groups(cells, style)
    tables = {"T2": t2_table(figs.t2), "T3": t3_table(figs.t3, style), "T4": t4_table(figs.t4)}
    pdf = to_pdf(document_from_text(text, tables), style)
    detail = {"print": {k: v for k, v in vars(style).items()}}
    notes += f" Printed with {detail['print']}."
    if style.merged_groups:
        notes += " Groups printed as one row keep their value under the group's row key; their sub-rows are null."
    if layout == "scan":
        scan = ScanStyle.random(rng)
        pdf = to_scan(pdf, scan, seed=seed * 100_000 + index)
        detail["scan"] = vars(scan)
        notes += f" Scanned: {vars(scan)}."
    return doc, text, pdf, cells, notes, detail


def _build_report(issuer: Issuer, year: int, layout: str, rng: random.Random, seed: int):
    total_new = _new_total(rng, issuer, layout)
    t2 = _gen_t2(rng, issuer)
    notes = (
        f"Synthetic report generated by evals/synth.py (seed {seed}, layout {layout}); figures are the generator's own."
    )
    if layout != "runtogether":
        figs = Figures(t2, _gen_t3(rng, total_new), _gen_t4(rng, total_new))
        cells = _gold_cells(figs)
        doc = Doc(issuer, year, layout, figs, _narrative(rng, issuer, year, figs, layout), rng)
        text = {"tsv": render_tsv, "lines": render_lines, "markdown": render_markdown}[layout](doc)
        return doc, text, cells, notes + " Cells are printed separately; no cell is ambiguous."
    # run-together: redraw T3/T4 until the printed runs have exactly one reading
    for attempt in range(60):
        figs = Figures(t2, _gen_t3(rng, total_new if attempt < 20 else max(1, total_new // 3)), _gen_t4(rng, total_new))
        spaced_rows: set[str] = set()
        if attempt >= 40:  # last resort: print every ambiguous row with spaces (hard boundaries)
            spaced_rows = {r.key for r in T3.rows}
        t3_runs, t4_run = _runs(rng, figs, spaced_rows, spaced_t4=attempt >= 40 or rng.random() < 0.25)
        t3_solutions = solve_t3(t3_runs)
        t4_solutions = solve_t4(t4_run)
        if t3_solutions is not None and len(t3_solutions) == 1 and len(t4_solutions) == 1:
            break
    else:  # pragma: no cover - spaced runs always have one reading
        raise AssertionError("could not draw an unambiguous run-together table")
    assert t3_solutions[0] == {r.key: figs.t3[r.key] for r in T3.rows}
    assert t4_solutions[0] == figs.t4
    cells = _gold_cells(figs)
    t2_notes = []
    for key in ("regulations", "normative_documents"):
        row = T2.row(key)
        run = "".join(fmt_number(figs.t2[key][c]) for c in row.columns)
        readings = cuts(run, 3)
        assert [figs.t2[key][c] for c in row.columns] in readings
        for i, c in enumerate(row.columns):
            cells["T2"][key][c] = _cell_value({r[i] for r in readings})
        if len(readings) > 1:
            t2_notes.append(
                f"T2 {row.label} run '{run}' has {len(readings)} three-way cuts and the narrative "
                "states none "
                "of these counts, so its cells are unresolved (candidates = every cut)"
            )
    doc = Doc(issuer, year, layout, figs, _narrative(rng, issuer, year, figs, layout), rng)
    text = render_runtogether(doc, t3_runs, t4_run)
    notes += (
        " One-line report; digit runs without separators (spaces are real cell boundaries). "
        "Every cut of each run "
        "(no leading zeros; the single digit before a row label's '.' is the label number) was enumerated and "
        "only cuts satisfying T3 row totals, T3 per-column balance and results sums, and T4 block totals kept: "
        "T3 and T4 have exactly one such reading. "
    )
    notes += ("; ".join(t2_notes) + ".") if t2_notes else "T2 runs have a single cut each."
    return doc, text, cells, notes


# --- pre-2019 reports (统计表) ------------------------------------------------------------------------------------

LEGACY_GROUPS = {
    "proactive_total": ("proactive_website", "proactive_gazette"),
    "applications_total": (
        "applications_in_person",
        "applications_fax",
        "applications_email",
        "applications_online",
        "applications_letter_fax",
        "applications_letter",
        "applications_other",
    ),
    "replies_total": ("replies_granted", "replies_partial", "replies_denied", "replies_other"),
}
LEGACY_SINGLE = ("fee_waiver", "complaints", "review", "litigation")


def _legacy_rows(rng: random.Random) -> list[str]:
    """The rows one province prints, in order: fax and letters apart, or 信函、传真 together; some leave out the
    e-mail or 其它 rows."""
    letters = ["applications_letter_fax"] if rng.random() < 0.4 else ["applications_fax", "applications_letter"]
    applications = ["applications_in_person", *letters[:1], "applications_email", "applications_online", *letters[1:]]
    if rng.random() < 0.3:
        applications.remove("applications_email")
    if rng.random() < 0.3:
        applications.append("applications_other")
    replies = ["replies_granted", "replies_partial", "replies_denied"] + (
        ["replies_other"] if rng.random() < 0.5 else []
    )
    return [
        "proactive_total",
        "proactive_website",
        "proactive_gazette",
        "applications_total",
        *applications,
        "replies_total",
        *replies,
        *LEGACY_SINGLE,
    ]


def _gen_legacy(rng: random.Random, rows: list[str]) -> dict[str, tuple[int, int]]:
    """(本年度, 历年累计) for every printed row: 累计 = an earlier total + this year, every 其中 group adding up."""

    def pair(low: int, high: int, zero: float = 0.0) -> tuple[int, int]:
        this = 0 if rng.random() < zero else rng.randint(low, high)
        return this, this + (0 if rng.random() < 0.1 else rng.randint(0, max(1, this) * rng.randint(1, 8)))

    figures: dict[str, tuple[int, int]] = {}
    scale = rng.choice((60, 400, 3000))
    figures["proactive_website"] = pair(scale // 10, scale)
    figures["proactive_gazette"] = pair(0, scale // 20, zero=0.4)
    for key in rows:
        if key.startswith("applications_") and key != "applications_total":
            figures[key] = pair(0, rng.choice((3, 12, 40)), zero=0.5)
    received = sum(figures[k][0] for k in rows if k in LEGACY_GROUPS["applications_total"])
    replies = [k for k in rows if k in LEGACY_GROUPS["replies_total"]]
    parts = _split(rng, received, tuple(rng.random() + 0.05 for _ in replies)) if replies else []
    for key, this in zip(replies, parts, strict=True):
        figures[key] = (this, this + rng.randint(0, 3 * max(1, this)))
    for total, members in LEGACY_GROUPS.items():
        printed = [m for m in members if m in figures]
        figures[total] = (sum(figures[m][0] for m in printed), sum(figures[m][1] for m in printed))
    figures["fee_waiver"] = (0, 0) if rng.random() < 0.8 else pair(10, 500)
    for key in ("complaints", "review", "litigation"):
        figures[key] = pair(0, 3, zero=0.6)
    return {k: figures[k] for k in rows}


def _legacy_readings(run: str) -> list[tuple[int, int]]:
    """Every two-number reading of a run of digits: no leading zeros, 累计 ≥ 本年度 (the rule of the 统计表)."""
    out = []
    for cut in range(1, len(run)):
        a, b = run[:cut], run[cut:]
        if (len(a) > 1 and a[0] == "0") or (len(b) > 1 and b[0] == "0"):
            continue
        if int(b) >= int(a):
            out.append((int(a), int(b)))
    return out


def _legacy_unique(figures: dict[str, tuple[int, int]]) -> bool:
    """Whether the run-together print has one reading: each row's readings, narrowed by its group's sums."""
    readings = {k: _legacy_readings(f"{a}{b}") for k, (a, b) in figures.items()}
    for total, members in LEGACY_GROUPS.items():
        keys = [total, *(m for m in members if m in figures)]
        options = [readings[k] for k in keys]
        if math.prod(len(o) for o in options) > 50_000:
            return False
        kept = [
            combo
            for combo in itertools.product(*options)
            if all(combo[0][c] == sum(x[c] for x in combo[1:]) for c in (0, 1))
        ]
        for i, key in enumerate(keys):
            readings[key] = sorted({combo[i] for combo in kept})
    return all(len(r) == 1 and r[0] == figures[k] for k, r in readings.items())


def _legacy_table_text(rng: random.Random, figures: dict[str, tuple[int, int]], glued: bool) -> str:
    """The 统计表 as printed: a header, then every row with its unit and two figures; 其中 items numbered."""
    number_in_group: dict[str, int] = {}
    header = "指标名称 计量单位 本年度 历年累计" if rng.random() < 0.7 else "指标名称 单位 年度 累计"
    pieces = [f"{rng.choice(('政府信息公开情况统计表', '统计表'))} {header}"]
    for key, (this, cumulative) in figures.items():
        row = LEGACY.row(key)
        label = rng.choice((row.label, *row.aliases)) if row.aliases and rng.random() < 0.3 else row.label
        if row.group:
            n = number_in_group[row.group] = number_in_group.get(row.group, 0) + 1
            label = f"{'其中：' if n == 1 else ''}{n}{rng.choice(('.', '、'))}{label}"
        unit = row.unit or "条"
        pieces.append(f"{label}{unit}{this}{cumulative}" if glued else f"{label} {unit} {this} {cumulative}")
    return ("" if glued else " ").join(pieces) if glued or rng.random() < 0.5 else "\n".join(pieces)


def _build_legacy(issuer: Issuer, layout: str, rng: random.Random, seed: int, drawn_year: int):
    year = drawn_year - rng.choice((12, 7))  # 2021–2025 → 2009–2013 or 2014–2018: one body never gets a year twice
    rows = _legacy_rows(rng)
    glued = layout == "legacy-glued"
    for _ in range(200):
        figures = _gen_legacy(rng, rows)
        if not glued or _legacy_unique(figures):
            break
    else:  # pragma: no cover - small figures always have one reading
        raise AssertionError("could not draw a run-together 统计表 with one reading")
    received = figures["applications_total"][0]
    intro = (
        f"本报告根据《中华人民共和国政府信息公开条例》要求，由{issuer.name}编制。本报告由概述、主动公开政府信息情况、"
        f"政府信息依申请公开工作情况、政府信息公开工作存在的主要问题及改进情况、政府信息公开情况统计表共五个部分组成。"
        f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日。"
    )
    sections = [
        f"一、概述 {year}年，{issuer.we}认真贯彻落实《条例》，进一步完善工作机制，拓展公开渠道，规范操作流程。",
        f"二、主动公开政府信息情况 {year}年{issuer.we}主动公开政府信息{figures['proactive_total'][0]}条。",
        f"三、政府信息依申请公开工作情况 {year}年{issuer.we}受理政府信息公开申请{received}件，均已按时答复。",
        "四、政府信息公开工作存在的主要问题及改进情况 一是公开内容还不够丰富；二是工作人员业务水平有待提高。",
    ]
    title = f"{issuer.name}{year}年政府信息公开工作年度报告"
    table = _legacy_table_text(rng, figures, glued)
    parts = [title, intro, *sections, "五、" + table]
    text = (" ".join(parts) if glued else "\n".join(parts)) + "\n"
    cells = {"TS": {k: {"this_year": a, "cumulative": b} for k, (a, b) in figures.items()}}
    notes = f"Synthetic pre-2019 report generated by evals/synth.py (seed {seed}, layout {layout}); " + (
        "the 统计表 run together; figures redrawn until every row has one reading under the rule of the "
        "统计表 (no leading zeros, 累计 ≥ 本年度, 其中 items adding up to their total in both columns)."
        if glued
        else "rows printed with spaces between label, unit and the two figures."
    )
    return year, text, cells, notes


def _legacy_questions(rng: random.Random, issuer: Issuer, year: int, slug: str, cells: dict) -> list[dict]:
    base = {"report": slug, "issuer": issuer.name, "year": year}
    asks = (
        ("proactive_total", "this_year", "{name}{year}年主动公开了多少条政府信息？"),
        ("applications_total", "this_year", "{name}{year}年受理了多少依申请公开？"),
        ("proactive_total", "cumulative", "{name}截至{year}年历年累计主动公开信息多少条？"),
    )
    items = []
    for row, column, question in asks:
        items.append(
            {
                "kind": "cell",
                "question": question.format(name=rng.choice(issuer.aliases), year=year),
                **base,
                "expected": {"table": "TS", "row": row, "column": column, "value": cells["TS"][row][column]},
            }
        )
    return items


def generate(n: int, out_dir: Path, seed: int = 0, layouts: tuple[str, ...] = LAYOUTS) -> list[Path]:
    """Write ``n`` synthetic reports with gold cells and questions into ``out_dir``; return the report paths.
    Layouts are taken round-robin from ``layouts`` (the text layouts by default; see ``ALL_LAYOUTS``)."""
    unknown = [layout for layout in layouts if layout not in ALL_LAYOUTS]
    if unknown:
        raise ValueError(f"unknown layouts {unknown}; known: {', '.join(ALL_LAYOUTS)}")
    out_dir = Path(out_dir)
    (out_dir / "gold").mkdir(parents=True, exist_ok=True)
    master = random.Random(f"reportqa-synth:{seed}")
    pairs = _pick_issuers(n, master)
    paths: list[Path] = []
    questions: list[dict] = []
    for i, (issuer, year) in enumerate(pairs):
        layout = layouts[i % len(layouts)]
        rng = random.Random(f"reportqa-synth:{seed}:{i}")
        slug = f"{issuer.slug}_{year}"
        path = out_dir / f"{slug}{SUFFIX.get(layout, '.txt')}"
        extra: dict = {}
        if layout in LEGACY_LAYOUTS:
            year, text, cells, notes = _build_legacy(issuer, layout, rng, seed, year)
            slug = f"{issuer.slug}_{year}"
            path = out_dir / f"{slug}.txt"
            path.write_text(text, encoding="utf-8")
            gold = {
                "file": path.name,
                "issuer": issuer.name,
                "year": year,
                "format": FORMAT_PRE_2019,
                "layout": layout,
                "cells": cells,
                "notes": notes,
            }
            (out_dir / "gold" / f"{slug}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8"
            )
            questions += _legacy_questions(rng, issuer, year, slug, cells)
            paths.append(path)
            continue
        if layout in PUBLISHED_LAYOUTS:
            doc, text, data, cells, notes, extra = _build_published(issuer, year, layout, rng, seed, i)
            path.write_bytes(data)
        else:
            doc, text, cells, notes = _build_report(issuer, year, layout, rng, seed)
            path.write_text(text, encoding="utf-8")
        gold = {
            "file": path.name,
            "issuer": issuer.name,
            "year": year,
            "format": FORMAT_2021,
            "layout": layout,
            **extra,
            "cells": cells,
            "notes": notes,
        }
        (out_dir / "gold" / f"{slug}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8")
        questions += _questions(rng, doc, slug, cells, text)
        paths.append(path)
    with (out_dir / "questions.jsonl").open("w", encoding="utf-8") as f:
        for number, item in enumerate(questions, 1):
            f.write(json.dumps({"id": f"syn-{number:04d}", **item}, ensure_ascii=False) + "\n")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write synthetic annual reports with gold cells and questions.")
    parser.add_argument("n", type=int, help="number of reports")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--layouts",
        default=",".join(LAYOUTS),
        help=f"comma-separated, taken round-robin (default: the text layouts); known: {', '.join(ALL_LAYOUTS)}",
    )
    args = parser.parse_args(argv)
    paths = generate(args.n, args.out, args.seed, tuple(args.layouts.split(",")))
    questions = sum(1 for _ in (args.out / "questions.jsonl").open(encoding="utf-8"))
    print(f"wrote {len(paths)} reports, {len(paths)} gold files and {questions} questions to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
