"""Names of government bodies: the chain of places in a printed name and the organ at its end.

A report is issued by a body such as 淮安市洪泽区人民政府 (places 淮安市 → 洪泽区, organ: the government) or
沭阳县发展和改革局 (place 沭阳县, organ: 发展和改革局). People name the same body as 洪泽区政府, 洪泽, 沭阳发改局,
县发改委.
This module says how names are built, by rule per kind of place and organ — never per report — so that the
question side (service/bodies.py) can tell which body a question means, and the indexing side one body from the
next across the names it was printed under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Province-level divisions. 北京/天津/上海/重庆 are cities at province level.
PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
# The one-character names of provinces, as in document numbers (沪府办发〔2020〕1号) and in speech (沪府办 for
# 上海市人民政府办公厅). Read only right before a government word, where they cannot be an ordinary character.
PROVINCE_ABBREVIATIONS = {
    "沪": "上海",
    "京": "北京",
    "津": "天津",
    "渝": "重庆",
    "苏": "江苏",
    "浙": "浙江",
    "闽": "福建",
    "粤": "广东",
    "鲁": "山东",
    "皖": "安徽",
    "赣": "江西",
    "湘": "湖南",
    "鄂": "湖北",
    "豫": "河南",
    "冀": "河北",
    "晋": "山西",
    "辽": "辽宁",
    "黑": "黑龙江",
    "琼": "海南",
    "川": "四川",
    "黔": "贵州",
    "滇": "云南",
    "陕": "陕西",
    "陇": "甘肃",
}
_ABBREVIATED_GOVERNMENT = re.compile(
    r"(?<![\u4e00-\u9fff])([" + "".join(PROVINCE_ABBREVIATIONS) + r"])(府办公厅|府办公室|府办|政办|府)"
)
_GOVERNMENT_WORD_OF = {
    "府办公厅": "政府办公厅",
    "府办公室": "政府办公室",
    "府办": "政府办公厅",
    "政办": "政府办公厅",
    "府": "政府",
}


def expand_province_abbreviations(text: str) -> tuple[str, list[tuple[str, str]]]:
    """沪府办 → 上海市政府办公厅, 苏政办 → 江苏省政府办公厅; the (written, read) pairs for saying so."""
    pairs: list[tuple[str, str]] = []

    def expand(m: re.Match) -> str:
        stem = PROVINCE_ABBREVIATIONS[m.group(1)]
        full = stem + ("市" if stem in MUNICIPALITIES else "省") + _GOVERNMENT_WORD_OF[m.group(2)]
        pairs.append((m.group(0), full))
        return full

    return _ABBREVIATED_GOVERNMENT.sub(expand, text), pairs


PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市")

# Place suffixes below the province, longest first; the stem before them is the name people also use alone.
CITY_SUFFIXES = ("自治州", "地区", "市", "州", "盟")
COUNTY_SUFFIXES = (
    "综合实验区",
    "经济技术开发区",
    "高新技术产业开发区",
    "开发区",
    "实验区",
    "新区",
    "自治县",
    "区",
    "县",
    "旗",
)

# Organ names that are the government itself (管委会 governs a 开发区/实验区).
GOVERNMENT_ORGANS = ("人民政府", "政府", "管理委员会", "管委会")
GOVERNMENT_OFFICE_ORGANS = ("人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室", "政府办")
# The tails of a department's name: 局 and 委 are used for one another in speech (县发改委 for 发展和改革局).
ORGAN_TAILS = ("委员会", "办公室", "管理局", "局", "委", "办", "厅", "署", "中心")

# The official core of a department's name and the short forms people use for it. These are the national names
# of departments (the same in every province), not names taken from any one report.
DEPARTMENT_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "发展和改革": ("发展改革", "发改"),
    "科学技术": ("科技", "科"),
    "卫生健康": ("卫生和健康", "卫健", "卫生"),
    "卫生和计划生育": ("卫计", "卫生计生"),
    "市场监督管理": ("市场监管", "市监"),
    "人力资源和社会保障": ("人力资源社会保障", "人社"),
    "住房和城乡建设": ("住房城乡建设", "住建"),
    "生态环境": ("环保", "环境保护"),
    "自然资源和规划": ("自然资源规划", "资规"),
    "自然资源": ("国土资源", "国土"),
    "交通运输": ("交通",),
    "农业农村": ("农业", "农委"),
    "文化广电和旅游": ("文化广电旅游", "文广旅", "文旅"),
    "文化和旅游": ("文化旅游", "文旅"),
    "应急管理": ("应急",),
    "医疗保障": ("医保",),
    "退役军人事务": ("退役军人",),
    "城市管理": ("城管",),
    "行政审批": ("审批",),
    "教育": ("教体", "教育体育"),
    "工业和信息化": ("工业信息化", "工信", "经信", "经济和信息化"),
    "商务": ("商务",),
    "民政": ("民政",),
    "司法": ("司法",),
    "财政": ("财政",),
    "公安": ("公安",),
    "水利": ("水务",),
    "审计": ("审计",),
    "统计": ("统计",),
    "信访": ("信访",),
    "政务服务管理": ("政务服务", "政务办", "数据"),
    "国有资产监督管理": ("国资",),
    "民族宗教事务": ("民宗",),
}

_CHINESE = r"\u4e00-\u9fff"


@dataclass(frozen=True)
class Place:
    name: str  # as printed: 淮安市
    stem: str  # 淮安
    level: str  # province / city / county

    @property
    def forms(self) -> tuple[str, ...]:
        """How people write the place: the full name, and the stem where it is distinctive (two characters or more)."""
        forms = [self.name]
        if len(self.stem) >= 2 and self.stem != self.name:
            forms.append(self.stem)
        if self.name.endswith("综合实验区"):
            # 平潭综实区: the usual short form; 综试区 / 综合试验区: 实验 and 试验 said alike
            forms += [self.stem + "实验区", self.stem + "综实区", self.stem + "综试区", self.stem + "综合试验区"]
        return tuple(forms)


@dataclass(frozen=True)
class BodyName:
    places: tuple[Place, ...]
    organ: str  # "government", "government_office", or the official core of a department (发展和改革)
    organ_printed: str  # 人民政府 / 发展和改革局 / "" (平潭综合实验区: the zone itself)

    @property
    def lowest(self) -> Place | None:
        return self.places[-1] if self.places else None

    @property
    def organ_kind(self) -> str:
        return self.organ if self.organ in ("government", "government_office") else "department"


def _province_at(text: str) -> tuple[Place, int] | None:
    for stem in sorted(PROVINCES, key=len, reverse=True):
        if text.startswith(stem):
            for suffix in PROVINCE_SUFFIXES:
                if text.startswith(stem + suffix):
                    if suffix == "市" and stem not in MUNICIPALITIES:
                        break
                    return Place(stem + suffix, stem, "province"), len(stem) + len(suffix)
            if stem in MUNICIPALITIES and not text[len(stem) :].startswith(("市", "省")):
                return None  # 上海 alone at the start is read below with its 市
            return Place(stem + ("市" if stem in MUNICIPALITIES else "省"), stem, "province"), len(stem)
    return None


def _place_at(text: str, first: bool) -> tuple[Place, int] | None:
    """A city or county-level place at the start of ``text``: a stem, then a place suffix. Of the readings, the
    shortest wins: 淮安市洪泽区 is 淮安市 then 洪泽区; 沭阳县市场监督管理局 is 沭阳县, not 沭阳县市."""
    readings = []
    for suffixes, level in ((COUNTY_SUFFIXES, "county"), (CITY_SUFFIXES, "city")):
        for stem_length in range(1, 9):
            stem = text[:stem_length]
            if not re.fullmatch(rf"[{_CHINESE}]+", stem) or any(ch in stem for ch in "市县区省"):
                break
            if len(stem) < 2 and not (first and text[1:2] in ("县", "旗")):  # 沛县, but not 城市 in 城市管理局
                continue
            if any(w in stem for w in ("政府", "委员", "管理")):
                break
            suffix = next((s for s in suffixes if text.startswith(s, stem_length)), None)
            if suffix:
                readings.append((stem_length + len(suffix), Place(stem + suffix, stem, level)))
                break
    if not readings:
        return None
    length, place = min(readings, key=lambda r: r[0])
    return place, length


def split_name(name: str) -> BodyName:
    """淮安市洪泽区人民政府 → places (淮安市, 洪泽区), organ government. The places are read from the front while
    they last; what follows is the organ."""
    text = re.sub(r"\s+", "", name)
    places: list[Place] = []
    province = _province_at(text)
    if province:
        places.append(province[0])
        text = text[province[1] :]
    while text:
        found = _place_at(text, first=not places)
        if not found:
            break
        place, length = found
        rest = text[length:]
        # 市场监督管理局 is an organ, not the city 市场: a place must not swallow a known department core
        if any(rest.startswith(t) for t in ("场", "监")) and place.name.endswith("市"):
            break
        places.append(place)
        text = rest
    return BodyName(tuple(places), organ_core(text), text)


def organ_core(organ: str) -> str:
    """The organ as a comparable key: government, government_office, or a department's official core."""
    if organ in ("",) or organ in GOVERNMENT_ORGANS:
        return "government"
    if organ in GOVERNMENT_OFFICE_ORGANS or organ in ("办公厅", "办公室"):
        return "government_office"
    stripped = [organ[: -len(tail)] for tail in ORGAN_TAILS if organ.endswith(tail) and len(organ) > len(tail)]
    for core in stripped:  # 城市管理局 → 城市管理 (known) before 城市
        if canonical := canonical_department(core):
            return canonical
    return canonical_department(organ) or (stripped[0] if stripped else organ)


def canonical_department(word: str) -> str | None:
    """发改 / 发展改革 / 发展和改革 → 发展和改革; None when the word is no known department core."""
    if word in DEPARTMENT_SHORT_FORMS:
        return word
    for core, shorts in DEPARTMENT_SHORT_FORMS.items():
        if word in shorts:
            return core
    return None


def department_forms(core: str) -> tuple[str, ...]:
    return (core, *DEPARTMENT_SHORT_FORMS.get(core, ()))


def same_body(a: BodyName, b: BodyName) -> bool:
    """Two printed names of one body: the same lowest place and organ, and parents that do not contradict
    (洪泽区人民政府 = 淮安市洪泽区人民政府; 平潭综合实验区 = 平潭综合实验区管委会)."""
    if a.organ != b.organ or a.lowest != b.lowest:
        return False
    levels_a = {p.level: p for p in a.places}
    levels_b = {p.level: p for p in b.places}
    return all(levels_b.get(level, place) == place for level, place in levels_a.items())


def infer_province(text: str) -> str | None:
    """The province a report's text names most often (淮安市's report speaks of 江苏省…); None when it names none
    or two equally often."""
    counts = {stem: len(re.findall(stem + "(?:省|市|自治区)", text)) for stem in PROVINCES}
    ranked = sorted(((n, s) for s, n in counts.items() if n), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]
