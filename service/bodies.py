"""The gazetteer of indexed bodies, and which of them a question names.

One body may be printed under several names over the years (洪泽区人民政府 / 淮安市洪泽区人民政府; 平潭综合实验区 /
平潭综合实验区管委会): it gets one canonical id, so that years, trends and follow-ups join across the names.
People name a body by any part of its chain (江苏 → 淮安市 → 洪泽区) and by the usual short forms of its organ
(发改委 for 发展和改革局, 区政府, 市科委). The rule that keeps wrong bodies out: every place and organ the question
names must be explained by the chosen body's own chain; a name left unexplained means the body is not indexed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from pypinyin import Style, pinyin

from indexing import divisions
from indexing.body_names import (
    DEPARTMENT_SHORT_FORMS,
    PROVINCES,
    BodyName,
    Place,
    department_forms,
    infer_province,
    same_body,
    split_name,
)
from indexing.body_names import (
    organ_core as organ_core_of,
)
from indexing.metadata import OCR_PLACE_CORRECTIONS

# Place words that are not a body: 全区, 本市, 哪个区, 辖区 …
GENERIC_PLACE = re.compile(
    r"^(?:[本全我该各哪这那此其每贵辖城社小地园景片街省个比某外邻两一]|区县|市县|省市|市区|直辖)"
)
# (a county may have a one-character stem: 沛县, 丰县)
# (收集市民意见 / 市场监管 / 区域 / 区别: a level word starting a common word ends no place's name)
PLACE_NAME = re.compile(
    r"([\u4e00-\u9fff]{2,6}?(?:自治区|街道|片区|省|市|区|县|州|旗|镇|乡)(?![民场值面域别分间容])|[\u4e00-\u9fff][县旗])"
    r"(?:人民政府|政府)?"
)
# 关于海岛县政务的论文 / 沿海城市 / 百强县: a kind of county or city, described, names none
KIND_OF_PLACE = re.compile(
    r"(?:海岛|山区|沿海|内陆|边境|边远|贫困|欠发达|发达|农业|工业|资源型|旅游|人口|经济|百强|强|大|小|中等|地级|县级"
    r"|少数民族|民族|革命老|老区|平原|丘陵)(?:县|市|区|镇|乡|城市)$"
)
GENERIC_AREAS = ("地区", "山区", "城区", "景区", "社区", "园区", "辖区", "郊区", "农村地区", "沿海地区", "专区", "分区")
# A place's stem followed by one of these is another place (平潭镇 is not 平潭综合实验区)
PLACE_SUFFIX_CHARS = "镇乡村县区市州省旗街"
PLACE_SUFFIXES = tuple(PLACE_SUFFIX_CHARS)
# An organ printed right after a place (平潭综合实验区财政金融局, 平潭海关): any such organ must be explained too
NOT_AN_ORGAN_CORE = ("公开", "申请", "复议", "诉讼", "处理", "结转", "收费", "提供", "不予")
# (办 before what is done is a verb: 去平潭办企业 / 办手续 / 办证)
NOT_AN_ORGAN_TAIL = (
    "办理",
    "办结",
    "办件",
    "办法",
    "办案",
    "办事",
    "办完",
    "局面",
    "委托",
    "办企业",
    "办公司",
    "办厂",
    "办手续",
    "办证",
    "办个",
)
ORGAN_AFTER_PLACE = re.compile(r"^([\u4e00-\u9fff]{0,10}?)(委员会|管理局|局|委|办公室|办|厅|海关|中心|署|法院|检察院)")
# 那市教委呢 / 县住建局的呢: a level word, a short core and an organ's tail, at the start of a turn or before 呢/的
ORGAN_AFTER_LEVEL = re.compile(
    r"(?:^|(?<=那)|(?<=那么))(?P<level>[市县区省])(?P<core>[\u4e00-\u9fff]{1,4}?)(?P<tail>委员会|委|局|办)(?=呢|的|$|[，,？?])"
)
LEVEL_OF_WORD = {"省": "province", "市": "city", "区": "county", "县": "county", "州": "city"}
GOVERNMENT_WORDS = ("人民政府", "管委会", "政府")
# 政府 in 政府信息公开 / 政府网站 names no body
NOT_A_BODY_AFTER_GOVERNMENT = (
    "信息",
    "网站",
    "公报",
    "门户",
    "热线",
    "部门",
    "机关",
    "工作",
    "规章",
    "文件",
    "集中采购",
)
# 府办公厅 / 府办: 市府办公厅 is 市政府办公厅 (the level read from the character before, as for 市政府办公厅)
OFFICE_WORDS = (
    "人民政府办公厅",
    "人民政府办公室",
    "政府办公厅",
    "政府办公室",
    "府办公厅",
    "府办公室",
    "政府办",
    "办公厅",
    "府办",
)
DEPARTMENT_TAILS = ("委员会", "局", "委", "办")
RESOLUTIONS_KEPT = 256
GOVERNMENT_AND_OFFICE_WORDS = sorted(OFFICE_WORDS + GOVERNMENT_WORDS, key=len, reverse=True)
PROVINCE_PATTERNS = [
    (stem, re.compile(stem + "(?:省|市|自治区)?")) for stem in sorted(PROVINCES, key=len, reverse=True)
]
ZONE_GOVERNMENTS = ("管委会", "管理委员会")
ZONE_KINDS = ("综合实验区", "实验区", "开发区", "高新区", "新区", "保税区", "自贸区")
# (a slash or a question mark lists bodies too: 平潭/上海市政府办公厅/沭阳县, …谁多？上海市政府办公厅呢 — a comma
# does not: 看到平潭发展很快，平潭综合实验区2024年… names one body after a remark)
BODY_JOINERS = re.compile(r"和|与|跟|同|及|以及|、|比|对比|相比|还是|或|[/／？?；;]")


def split_at_joiners(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The question cut at 和 / 、 / 比 …, never inside a name (沭阳县发展和改革局和淮安市: one cut, after 局)."""
    parts, start = [], 0
    for joiner in BODY_JOINERS.finditer(text):
        if any(s < joiner.end() and joiner.start() < e for s, e in spans):
            continue
        parts.append(text[start : joiner.start()])
        start = joiner.end()
    parts.append(text[start:])
    return [p for p in parts if p]


@dataclass
class Body:
    body_id: str
    printed: list[str]  # every printed name, newest report's first
    name: BodyName  # the fullest chain seen
    province: str | None  # stem (江苏), from the name or the reports' text
    city: Place | None  # the parent city where known

    @property
    def display(self) -> str:
        return self.printed[0]

    def chain_places(self) -> list[Place]:
        places = list(self.name.places)
        if self.city and self.city not in places:
            places.insert(0, self.city)
        return places


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # place / province / organ
    places: frozenset[Place] = frozenset()  # a place name may fit several places (平潭: 平潭县, 平潭综合实验区)
    province: str | None = None
    level: str | None = None
    organ: str | None = None  # government / government_office / department core
    text: str = ""


@dataclass
class BodyResolution:
    bodies: list[str] = field(default_factory=list)  # body ids explaining every name the question gives
    spans: list[tuple[int, int]] = field(default_factory=list)
    named: bool = False  # the question names some body (indexed or not)
    unexplained: list[str] = field(default_factory=list)  # names no indexed body explains
    read_as: list[str] = field(default_factory=list)  # "按‘沭阳县’理解" for a name read through a typo
    understood: str = ""  # the body as the question names it, for not_found answers
    several: bool = False  # two or more bodies, each named by its own part of the question (淮安市和沭阳县)
    parts: dict[str, str] = field(default_factory=dict)  # body id → the part of the question naming it


@lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


# Characters people (handwriting input, OCR) put for one another by their look, not their sound: 沐阳 for 沭阳,
# 虹囗 for 虹口, 市科季 for 市科委, 不予公井 for 不予公开, 行政外罚 for 行政处罚
LOOK_ALIKE = frozenset(
    frozenset(pair)
    for pair in (
        "囗口",
        "沐沭",
        "淮准",
        "末未",
        "己已",
        "己巳",
        "已巳",
        "日曰",
        "土士",
        "人入",
        "戍戌",
        "委季",
        "开井",
        "处外",
        "予子",
        "申由",
        "诉拆",
        "理埋",
        "复夏",
        "议仪",
        "持特",
        "开幵",
        "开升",
    )
)


def slip_of(typed: str, meant: str, near_sound: bool = False) -> bool:
    """One character typed for another that sounds the same (pinyin keyboards) or looks the same (handwriting, OCR);
    with ``near_sound``, also one whose pinyin is one key off (公来 for 公开: lai / kai)."""
    if readings(typed) & readings(meant) or frozenset((typed, meant)) in LOOK_ALIKE:
        return True
    return near_sound and any(one_key_off(a, b) for a in readings(typed) for b in readings(meant))


def one_key_off(a: str, b: str) -> bool:
    """Two pinyin syllables of two letters or more that differ in one letter: one replaced, added or left out."""
    if min(len(a), len(b)) < 2 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def homophone_windows(text: str, phrase: str, near_sound: bool = False) -> list[int]:
    """Start positions where ``text`` spells ``phrase`` with exactly one character replaced by a homophone or a
    look-alike (or, with ``near_sound``, a syllable one key off)."""
    n = len(phrase)
    found = []
    # With one character replaced, a window of two or more still holds the phrase's first or second character in
    # place: only those starts are compared (the same answer as comparing every start, in a tenth of the time).
    starts: Iterable[int] = range(len(text) - n + 1)
    if n >= 2:
        starts = sorted({i - k for k in (0, 1) for i in _positions(text, phrase[k]) if 0 <= i - k <= len(text) - n})
    for start in starts:
        differing = [i for i in range(n) if text[start + i] != phrase[i]]
        if len(differing) == 1:
            i = differing[0]
            if slip_of(text[start + i], phrase[i], near_sound):
                found.append(start)
    return found


def one_slip_windows(text: str, word: str, within: int | None = None) -> list[tuple[int, int]]:
    """(start, position) where ``text`` spells ``word`` with exactly one character replaced — never the first, and
    (``within``) only among the first characters; the caller decides which replacements are slips."""
    n, found = len(word), []
    for start in _positions(text, word[0]):
        if start > len(text) - n:
            break
        differing = [i for i in range(n) if text[start + i] != word[i]]
        if len(differing) == 1 and 0 < differing[0] < (within or n):
            found.append((start, differing[0]))
    return found


def _occurrences(text: str, form: str) -> Iterator[int]:
    """Starts of the non-overlapping occurrences of ``form``, left to right (``re.finditer`` of the escaped form)."""
    if not form:
        yield from (m.start() for m in re.finditer("", text))
        return
    i = text.find(form)
    while i != -1:
        yield i
        i = text.find(form, i + len(form))


def _positions(text: str, char: str) -> Iterator[int]:
    i = text.find(char)
    while i != -1:
        yield i
        i = text.find(char, i + 1)


def one_homophone_edit(a: str, b: str) -> bool:
    """One character typed for another that sounds the same (红口区 for 虹口区, 淮按市 for 淮安市) — the typo a
    pinyin keyboard makes. A character that sounds different names another place (泗阳县 is not 沭阳县)."""
    return len(a) == len(b) and homophone_windows(a, b) == [0]


class _Claims:
    """The characters of one question already read as part of a mention: each is read once, by the first pass that
    reaches it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = [False] * len(text)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        self.taken[start:end] = [True] * (end - start)

    def claim(self, start: int, end: int) -> bool:
        """Take the span if none of it is taken yet."""
        if not self.free(start, end):
            return False
        self.take(start, end)
        return True

    def level_before(self, start: int) -> tuple[str | None, int]:
        """The level word right before an organ (市政府, 县发改委), if no earlier pass read it: the level and where
        the organ's mention starts."""
        if start > 0 and self.text[start - 1] in "市县区省" and not self.taken[start - 1]:
            return LEVEL_OF_WORD[self.text[start - 1]], start - 1
        return None, start


class Gazetteer:
    def __init__(self, bodies: list[Body]) -> None:
        self.bodies = {b.body_id: b for b in bodies}
        self.body_of_issuer = {name: b.body_id for b in bodies for name in b.printed}
        forms: dict[str, set[Place]] = {}
        for body in bodies:
            for place in body.chain_places():
                for form in place.forms:
                    forms.setdefault(form, set()).add(place)
                for wrong, right in OCR_PLACE_CORRECTIONS.items():  # 沐阳县 as OCR printed it
                    if place.name == right:
                        forms.setdefault(wrong, set()).add(place)
                        forms.setdefault(wrong[:-1], set()).add(place)
        # 实验区呢 / 那个新区: the kind of zone alone names the zone, where exactly one indexed place is of that kind
        for kind in ZONE_KINDS:
            zones = {p for places in forms.values() for p in places if p.name.endswith(kind)}
            if len(zones) == 1 and kind not in forms:
                forms[kind] = zones
        self.place_forms = forms
        self.known_departments = {b.name.organ for b in bodies if b.name.organ_kind == "department"}
        self._bodies_of_organ: dict[str, list[Body]] = {}  # a body explains a question only with its own organ
        self._bodies_at_place: dict[Place, set[str]] = {}  # …and, where places are named, with one of them in its chain
        for body in bodies:
            self._bodies_of_organ.setdefault(body.name.organ, []).append(body)
            for place in body.chain_places():
                self._bodies_at_place.setdefault(place, set()).add(body.body_id)
        # Precomputed once per snapshot (a question's reading is most of a figure answer's cost): the forms by the
        # characters a match needs, so a question is compared with the few forms it can contain, in the same order.
        self._form_order = {form: i for i, form in enumerate(sorted(forms, key=lambda f: (-len(f), f)))}
        self._forms_by_first: dict[str, list[str]] = {}
        self._forms_by_first_two: dict[str, list[str]] = {}  # forms of 2+ characters, by their 1st and 2nd character
        self._forms_by_length_and_last: dict[tuple[int, str], list[str]] = {}
        for form in self._form_order:
            if not form:
                continue
            self._forms_by_first.setdefault(form[0], []).append(form)
            self._forms_by_length_and_last.setdefault((len(form), form[-1]), []).append(form)
            if len(form) >= 2:
                for char in dict.fromkeys(form[:2]):
                    self._forms_by_first_two.setdefault(char, []).append(form)
        # sorted: a short form two cores share (文旅) must resolve the same way in every process
        self._cores = {form: core for core in sorted(self._department_cores()) for form in department_forms(core)}
        self._core_forms = sorted(self._cores, key=lambda f: (-len(f), f))
        self._core_patterns = [
            (form, re.compile(re.escape(form) + "(?:" + "|".join(DEPARTMENT_TAILS) + ")")) for form in self._core_forms
        ]
        self._abbreviations = {form: core for form, core in self._cores.items() if form != core and len(form) >= 2}
        self._abbreviation_forms = sorted(self._abbreviations, key=lambda f: (-len(f), f))
        # A question is read three times (its intent, its topic words, its arithmetic's operands): read once. Small:
        # the questions in flight, not a memo of every question ever asked.
        self._resolve_cached = lru_cache(maxsize=RESOLUTIONS_KEPT)(self._resolve)
        # Organ names a slip is read in (longest first), each with how many of its characters a slip may touch:
        # a department's slip is in its core (发展和改革委 is the 委 form, no slip of 发展和改革局)
        organ_words = {w: len(w) for w in GOVERNMENT_AND_OFFICE_WORDS if len(w) >= 4}
        organ_words |= {core + tail: len(core) for core in sorted(self.known_departments) for tail in DEPARTMENT_TAILS}
        self._organ_words = dict(sorted(organ_words.items(), key=lambda wl: (-len(wl[0]), wl[0])))

    def _forms_among(self, index: dict[str, list[str]], text: str) -> list[str]:
        """The forms ``index`` files under the characters of ``text``, in the gazetteer's order."""
        found = {form for char in set(text) for form in index.get(char, ())}
        return sorted(found, key=self._form_order.__getitem__)

    # --- building -------------------------------------------------------------------------------------

    @classmethod
    def build(cls, reports: Sequence[Mapping[str, Any]], texts: dict[str, str] | None = None) -> Gazetteer:
        """Bodies from the indexed reports (newest first), names merged where they are one body."""
        texts = texts or {}
        bodies: list[Body] = []
        for report in sorted(reports, key=lambda r: -r["year"]):
            name = split_name(report["issuer"])
            body = next((b for b in bodies if same_body(b.name, name)), None)
            if body is None:
                body = Body(report["issuer"], [], name, None, None)
                bodies.append(body)
            if report["issuer"] not in body.printed:
                body.printed.append(report["issuer"])
            if len(name.places) > len(body.name.places):
                body.name = name
            text = texts.get(report["report_id"], "")
            body.province = body.province or _province_of(name) or infer_province(text)
            body.city = body.city or _city_of(name) or _city_in_text(name, text)
        for body in bodies:
            _complete_chain(body)
        for body in bodies:  # the canonical id: the fullest printed name, stable across years
            body.body_id = max(body.printed, key=lambda n: (len(split_name(n).places), len(n)))
        return cls(bodies)

    # --- questions --------------------------------------------------------------------------------------

    def mentions(self, text: str) -> tuple[list[Mention], list[str]]:
        """Places, provinces, level words and organs the question names; and read-as notes for typos.

        The passes run in order of trust, and a character read by one pass is not read again by a later one."""
        claims = _Claims(text)
        read_as: list[str] = []
        found = self._known_places(claims)
        found += self._unknown_places(claims, read_as)
        found += self._homophone_places(claims, read_as)
        found += self._provinces(claims)
        found += self._organs(claims)
        found += self._organs_after_places(claims, found)
        found += self._organs_after_levels(claims)
        return sorted(found, key=lambda x: x.start), read_as

    def _known_places(self, claims: _Claims) -> list[Mention]:
        """The forms of the indexed places, longest first."""
        text, found = claims.text, []
        for form in self._forms_among(self._forms_by_first, text):
            for start in _occurrences(text, form):
                end = start + len(form)
                if text[end : end + 1] in PLACE_SUFFIXES and not form.endswith(PLACE_SUFFIXES):
                    continue  # 平潭镇: a stem followed by a place suffix is another place
                if claims.claim(start, end):
                    found.append(Mention(start, end, "place", places=frozenset(self.place_forms[form]), text=form))
        return found

    def _unknown_places(self, claims: _Claims, read_as: list[str]) -> list[Mention]:
        """A place the gazetteer does not know, or knows through a one-character typo."""
        text, found = claims.text, []
        for m in PLACE_NAME.finditer(text):
            # 2020年全区 / 申请的城区: a place name does not run across these characters
            # (nor across question words and measure words: 编发了几期区政府公报 / 开了多少场市政府发布会)
            name = re.split(
                r"[年的在和与及或对向从于把被将了是有为中里那这几多少哪么个期场次出说听问想看去到让跟同比]", m.group(1)
            )[-1]
            # 想知道县政府: a verb before the level word is no place's name
            name = re.sub(r"^(?:知道|了解|请问|想问|看看|查查|问问|咨询|打听)", "", name)
            # 通过县政府门户网站 / 按照市里要求: a preposition before the level word is no place's name either
            name = re.sub(r"^(?:通过|经过|按照|根据|依据|依托|利用|借助|围绕|针对|关于|对于|依照|遵照)", "", name)
            start, end = m.end(1) - len(name), m.end(1)
            while start < end and not claims.free(start, start + 1):
                start += 1  # 上海黄浦区: the province already read, the district after it is a place of its own
            name = text[start:end]
            if len(name) < 2 or (len(name) == 2 and name[-1] not in "县旗"):
                continue  # 场市 / 出区 / 乡镇: a one-character stem is a county's (沛县), never a city's or town's
            if not claims.free(start, end) or GENERIC_PLACE.match(name) or name in ("政府", "人民政府"):
                continue
            if name.endswith(GENERIC_AREAS) or KIND_OF_PLACE.search(name):
                continue  # 海岛地区 / 山区 / 城区 / 海岛县 / 贫困县: a kind of area, not a place's name
            if name.rstrip("省市区县州旗") in PROVINCES:
                continue  # read later as a province
            near = self._places_typed_as(name)
            if len(near) == 1 and claims.claim(start, end):
                place = next(iter(near))
                found.append(Mention(start, end, "place", places=frozenset(near), text=name))
                read_as.append(f"“{name}”按“{place.name}”理解")
            elif claims.claim(start, end):
                found.append(Mention(start, end, "place", text=name))
        return found

    def _places_typed_as(self, name: str) -> set[Place]:
        """The known places ``name`` may be a typo of. A typo keeps the kind of place: 红口区 → 虹口区, but 平潭镇 is
        no 平潭县."""
        near = {
            p
            for form in self._forms_by_length_and_last.get((len(name), name[-1]), ())
            if one_homophone_edit(form, name)
            for p in self.place_forms[form]
        }
        # 平潭区: a known stem with the suffix of one of its places' kinds (平潭综合实验区 is a 区; 平潭镇 is none)
        same_kind = {p for p in self.place_forms.get(name[:-1], ()) if p.name.endswith(name[-1])}
        if not near and len(same_kind) == 1:
            return same_kind
        return near

    def _homophone_places(self, claims: _Claims, read_as: list[str]) -> list[Mention]:
        """A known place typed with a homophone and no suffix (平谭 for 平潭): read, and said so. A form of two or
        more characters spelt with one slip keeps its first or second character in place."""
        text, found = claims.text, []
        for form in self._forms_among(self._forms_by_first_two, text):
            for start in homophone_windows(text, form):
                end = start + len(form)
                if text[end : end + 1] in PLACE_SUFFIXES and not form.endswith(PLACE_SUFFIXES):
                    continue
                if claims.claim(start, end):
                    found.append(
                        Mention(start, end, "place", places=frozenset(self.place_forms[form]), text=text[start:end])
                    )
                    read_as.append(f"“{text[start:end]}”按“{form}”理解")
        return found

    @staticmethod
    def _provinces(claims: _Claims) -> list[Mention]:
        text, found = claims.text, []
        for stem, pattern in PROVINCE_PATTERNS:
            if stem not in text:
                continue
            for m in pattern.finditer(text):
                if claims.claim(m.start(), m.end()):
                    found.append(Mention(m.start(), m.end(), "province", province=stem, text=m.group(0)))
        return found

    @staticmethod
    def _organs_after_levels(claims: _Claims) -> list[Mention]:
        """那市教委呢: an organ the vocabulary does not know, after a level word alone — a body of its own (not
        indexed, so said), never the conversation's body."""
        text, found = claims.text, []
        for m in ORGAN_AFTER_LEVEL.finditer(text):
            start, end = m.start("level"), m.end()
            if not claims.free(start, end) or any(w in m.group("core") for w in NOT_AN_ORGAN_CORE):
                continue
            claims.take(start, end)
            organ = organ_core_of(m.group("core") + m.group("tail"))
            found.append(
                Mention(start, end, "organ", organ=organ, level=LEVEL_OF_WORD[m.group("level")], text=m.group(0))
            )
        return found

    def _organs_after_places(self, claims: _Claims, found: list[Mention]) -> list[Mention]:
        """An organ the vocabulary does not know, printed right after a place: it names a body of its own."""
        text, extra = claims.text, []
        for place in [m for m in found if m.kind in ("place", "province")]:
            m = ORGAN_AFTER_PLACE.match(text[place.end :])
            if not m:
                continue
            start, end = place.end, place.end + m.end()
            core = m.group(1)
            if not claims.free(start, end) or re.search(
                r"[的年了有是在和与及或因被把向对给让从去来搞做共总都也还就一]", core
            ):
                continue
            # 平潭予以公开占办理结果…: a table's words before 办理 / 办结 are the question, not an organ's name
            if any(w in core for w in NOT_AN_ORGAN_CORE) or text.startswith(NOT_AN_ORGAN_TAIL, start + len(core)):
                continue
            claims.take(start, end)
            organ = organ_core_of(core + m.group(2))
            extra.append(Mention(start, end, "organ", organ=organ, text=text[start:end]))
        return extra

    def _organs(self, claims: _Claims) -> list[Mention]:
        """Governments and their offices, then departments: by name, by abbreviation, by a homophone."""
        found = self._governments(claims)
        found += self._departments(claims)
        found += self._department_abbreviations(claims)
        found += self._department_homophones(claims)
        return found

    @staticmethod
    def _governments(claims: _Claims) -> list[Mention]:
        text, found = claims.text, []
        for word in GOVERNMENT_AND_OFFICE_WORDS:
            if word not in text:
                continue
            for m in re.finditer(word, text):
                # 政府信息 is information, not a body; a 管委会 is a body whatever follows (管委会信息处理费)
                # (an office is a body whatever follows: 市府办信息公开工作)
                compound = word in GOVERNMENT_WORDS and word != "管委会"
                compound = compound and text.startswith(NOT_A_BODY_AFTER_GOVERNMENT, m.end())
                if not claims.free(m.start(), m.end()) or compound:
                    continue
                level, start = claims.level_before(m.start())
                claims.take(start, m.end())
                organ = "government_office" if word in OFFICE_WORDS else "government"
                found.append(Mention(start, m.end(), "organ", organ=organ, level=level, text=text[start : m.end()]))
        return found

    def _departments(self, claims: _Claims) -> list[Mention]:
        """A known core or short form followed by 局/委/委员会/办 (发改委, 卫健委, 市场监管局, 科委)."""
        text, found = claims.text, []
        for form, pattern in self._core_patterns:
            if form not in text:
                continue
            for m in pattern.finditer(text):
                if not claims.free(m.start(), m.end()):
                    continue
                level, start = claims.level_before(m.start())
                claims.take(start, m.end())
                found.append(
                    Mention(start, m.end(), "organ", organ=self._cores[form], level=level, text=text[start : m.end()])
                )
        return found

    def _department_abbreviations(self, claims: _Claims) -> list[Mention]:
        """沭阳发改2023年: a department's abbreviation right after a place, its 局/委 left out. Abbreviations only —
        平潭财政 is as likely to be the zone's finances as its 财政局."""
        text, found = claims.text, []
        for form in self._abbreviation_forms:
            for begin in _occurrences(text, form):
                end = begin + len(form)
                if not claims.free(begin, end) or begin == 0 or not claims.taken[begin - 1]:
                    continue
                claims.take(begin, end)
                found.append(Mention(begin, end, "organ", organ=self._abbreviations[form], text=form))
        return found

    def _department_homophones(self, claims: _Claims) -> list[Mention]:
        """发该局 for 发改局: a department's short form typed with a homophone."""
        text, found = claims.text, []
        for form in self._core_forms:
            if len(form) < 2 or (form[0] not in text and form[1] not in text):
                continue
            for begin in homophone_windows(text, form):
                tail = next((t for t in DEPARTMENT_TAILS if text.startswith(t, begin + len(form))), None)
                end = begin + len(form) + len(tail or "")
                if tail is None or not claims.free(begin, end):
                    continue
                level, start = claims.level_before(begin)
                claims.take(start, end)
                found.append(Mention(start, end, "organ", organ=self._cores[form], level=level, text=text[start:end]))
        found += self._department_tail_slips(claims)
        return found

    def _department_tail_slips(self, claims: _Claims) -> list[Mention]:
        """市科季 for 市科委: a one-character short form whose 委 / 局 was typed with a slip — only right after a level
        word or a place, where a department is expected."""
        text, found = claims.text, []
        for form in self._core_forms:
            if len(form) != 1 or form not in text:
                continue
            for begin in _positions(text, form):
                end = begin + 2
                slipped = text[begin + 1 : end]
                tail = next((t for t in ("委", "局", "办") if slipped and slipped != t and slip_of(slipped, t)), None)
                after_place = begin > 0 and (claims.taken[begin - 1] or text[begin - 1] in "市县区省")
                if tail is None or not after_place or not claims.free(begin, end):
                    continue
                level, start = claims.level_before(begin)
                claims.take(start, end)
                found.append(Mention(start, end, "organ", organ=self._cores[form], level=level, text=text[start:end]))
        return found

    def _department_cores(self) -> set[str]:
        return set(DEPARTMENT_SHORT_FORMS) | self.known_departments

    def resolve(self, text: str) -> BodyResolution:
        r = self._resolve_cached(text)
        return replace(
            r, bodies=list(r.bodies), spans=list(r.spans), unexplained=list(r.unexplained), read_as=list(r.read_as)
        )

    def _resolve(self, text: str) -> BodyResolution:
        corrected, slips = self._organ_slips(text)
        result = self._resolve_names(corrected)
        if slips:  # 平潭县人民政付 / 沭阳县发展和改草局: read as the organ's own name, and said so
            result = replace(result, read_as=[*slips, *result.read_as])
        return result

    def _organ_slips(self, text: str) -> tuple[str, list[str]]:
        """An organ's full name typed with one slip: 人民政府 (four characters) with a homophone or look-alike, a
        department's full name (five characters or more, 发展和改革局) with any one character but its first."""
        notes: list[str] = []
        words = self._organ_words
        for word, within in words.items():
            if word in text or word[0] not in text:
                continue
            if len(word) < 5:
                starts = homophone_windows(text, word)
            else:  # another Chinese character in the name
                starts = [i for i, k in one_slip_windows(text, word, within) if "\u4e00" <= text[i + k] <= "\u9fff"]
            for start in starts:
                typed = text[start : start + len(word)]
                if any(other in typed or typed in other for other in words):
                    continue  # 政府办公厅 is a word of its own, no slip of 政府办公室
                text = text[:start] + word + text[start + len(word) :]
                notes.append(f"“{typed}”按“{word}”理解")
        return text, notes

    def _resolve_names(self, text: str) -> BodyResolution:
        single = self._resolve_one(text)
        # 淮安市和沭阳县 / 洪泽区（2023年）和淮安市（2024年）: several bodies, each explained by its own part of the
        # question — tried even where one body explains every name (淮安市 as 洪泽区's parent), since a joiner
        # between two names that each name a body of their own means two bodies
        parts = split_at_joiners(text, single.spans)
        if len(parts) < 2:
            return single
        resolved = [self._resolve_one(p) for p in parts]
        named = [r for r in resolved if r.named]
        if len(named) < 2:
            return single
        unexplained = [n for r in named for n in r.unexplained]
        if unexplained and any(r.bodies for r in named) and all(r.bodies or r.unexplained for r in named):
            # 沭阳县住建局和沭阳县发改局: one of the bodies asked about is not indexed — say so, never answer for the
            # other one alone
            return BodyResolution(
                bodies=list(dict.fromkeys(b for r in named for b in r.bodies)),
                spans=single.spans,
                named=True,
                read_as=[n for r in resolved for n in r.read_as],
                understood="、".join(r.understood for r in named),
                unexplained=unexplained,
                several=True,
            )
        if any(r.unexplained or not r.bodies for r in named):
            return single
        if len({frozenset(r.bodies) for r in named}) < 2:
            return single  # 平潭县政府和平潭县政府办公室? one body named twice is one body
        offsets, spans, start = [], [], 0
        for part in parts:  # spans in the whole text's coordinates
            start = text.index(part, start)
            offsets.append(start)
            start += len(part)
        for part_resolution, offset in zip(resolved, offsets, strict=True):
            spans += [(s + offset, e + offset) for s, e in part_resolution.spans]
        bodies = list(dict.fromkeys(b for r in named for b in r.bodies))
        return BodyResolution(
            bodies=bodies,
            spans=spans,
            named=True,
            read_as=[n for r in resolved for n in r.read_as],
            understood="、".join(r.understood for r in named),
            several=len(bodies) > 1,
            parts={b: part for part, r in zip(parts, resolved, strict=True) if r.named for b in r.bodies},
        )

    def _resolve_one(self, text: str) -> BodyResolution:
        mentions, read_as = self.mentions(text)
        result = BodyResolution(spans=[(m.start, m.end) for m in mentions], read_as=read_as, named=True)
        if not mentions:
            return BodyResolution(read_as=read_as)
        organs = [m for m in mentions if m.kind == "organ"]
        places = [m for m in mentions if m.kind == "place"]
        if (
            not places
            and not any(m.kind == "province" for m in mentions)
            and not any(m.level or m.organ not in ("government", "government_office") for m in organs)
        ):
            return BodyResolution(read_as=read_as)  # a bare 政府 / 人民政府 names no body
        unknown = [m.text for m in places if not m.places]
        result.understood = "".join(m.text for m in mentions)
        if unknown:
            result.unexplained = unknown
            return result
        organ = organs[-1] if organs else None
        wanted_organ = (organ.organ if organ else None) or "government"
        candidates = self._explaining(mentions, wanted_organ)
        if not candidates and wanted_organ == "government_office":
            # 淮安市政府办公室: the office compiles its government's report; where only that report is indexed, it is
            # the one the question means
            candidates = self._explaining(mentions, "government")
        if not candidates and wanted_organ == "government":
            # 上海市 / 上海市政府: where the government itself is not indexed, its general office publishes the
            # government's report (上海市人民政府办公厅).
            candidates = self._explaining(mentions, "government_office")
        if not candidates:
            result.unexplained = [result.understood]
        result.bodies = sorted(b.body_id for b in candidates)
        return result

    def _explaining(self, mentions: list[Mention], organ: str) -> list[Body]:
        """The bodies of ``organ`` that explain every mention. Where a place is named, only bodies with a named place
        in their chain can (a place outside the chain is explained only as the parent city of a named lowest place,
        itself in the chain), so only those are tried."""
        bodies = self._bodies_of_organ.get(organ, [])
        named = {p for m in mentions if m.kind == "place" for p in m.places}
        if named:
            near = {body_id for p in named for body_id in self._bodies_at_place.get(p, ())}
            bodies = [b for b in bodies if b.body_id in near]
        return [b for b in bodies if self._explains(b, mentions, organ)]

    def _explains(self, body: Body, mentions: list[Mention], organ: str | None) -> bool:
        if body.name.organ != organ:
            return False
        chain = body.chain_places()
        lowest = body.name.lowest
        lowest_named = any(m.kind == "place" and lowest in m.places for m in mentions)
        if any(m.kind == "organ" and m.text.endswith(ZONE_GOVERNMENTS) for m in mentions) and not (
            lowest is not None and lowest.name.endswith(ZONE_KINDS)
        ):
            return False  # 平潭管委会: a 管委会 governs a zone (平潭综合实验区), never a county (平潭县)
        named_lowest = False
        for m in mentions:
            if m.kind == "place":
                # A city named above a county whose city no report states cannot be contradicted (淮安市洪泽区 for
                # a report printed as 洪泽区人民政府); any other place must be in the chain.
                # …only written right before the county (淮安市洪泽区, not 淮安市和沭阳县)
                unknown_parent_city = (
                    body.city is None
                    and lowest is not None
                    and lowest.level == "county"
                    and lowest_named
                    and all(p.level == "city" for p in m.places)
                    and lowest not in m.places
                    and any(n.kind == "place" and lowest in n.places and n.start == m.end for n in mentions)
                )
                if not m.places & set(chain) and not unknown_parent_city:
                    return False
                named_lowest = named_lowest or lowest in m.places
            elif m.kind == "province":
                if body.province and body.province != m.province:
                    return False
                named_lowest = named_lowest or (
                    lowest is not None and lowest.level == "province" and lowest.stem == m.province
                )
            elif m.kind == "organ" and m.level and (lowest is None or not _level_matches(m.level, lowest)):
                return False
            elif (
                m.kind == "organ"
                and m.organ not in ("government", "government_office")
                and any(p.kind == "province" and p.end == m.start for p in mentions)
                and (lowest is None or lowest.level != "province")
            ):
                return False  # 江苏省发改委 is the province's own department, not a county's 发改局 in 江苏
        if named_lowest:
            return True
        # Named by its organ alone (市科委, 县发改委, 市政府办公厅): a department, or a government or its office with
        # its level said; the places given must still fit.
        return any(
            m.kind == "organ" and (m.level or m.organ not in ("government", "government_office")) for m in mentions
        )

    def display(self, body_id: str) -> str:
        return self.bodies[body_id].display if body_id in self.bodies else body_id


def _level_matches(level: str, place: Place) -> bool:
    if level == "city":
        return place.level == "city" or (place.level == "province" and place.stem in ("北京", "天津", "上海", "重庆"))
    return place.level == level


def _province_of(name: BodyName) -> str | None:
    return next((p.stem for p in name.places if p.level == "province"), None)


def _city_of(name: BodyName) -> Place | None:
    return next((p for p in name.places if p.level == "city"), None)


def _complete_chain(body: Body) -> None:
    """The city and province of a body's lowest place from the table of divisions, where the reports do not print
    them (沭阳县 → 宿迁市, 江苏): only where the name is one division (in the province the reports name, if any)."""
    lowest = body.name.lowest
    if lowest is None or lowest.level not in ("county", "city") or (body.city and body.province):
        return
    fitting = [
        d
        for d in divisions.named(lowest.name)
        if d.level == lowest.level and (body.province is None or _stem_of(divisions.parents(d)[0]) == body.province)
    ]
    if len(fitting) != 1:
        return  # 朝阳区 (Beijing or Changchun) with no province printed: the chain stays as printed
    province, city = divisions.parents(fitting[0])
    body.province = body.province or _stem_of(province)
    if body.city is None and city is not None and lowest.level == "county" and city.name != lowest.name:
        body.city = Place(city.name, _stem_of(city) or city.name, "city")


def _stem_of(division: divisions.Division | None) -> str | None:
    """江苏省 → 江苏, 宿迁市 → 宿迁, 内蒙古自治区 → 内蒙古."""
    if division is None:
        return None
    province = next((p for p in PROVINCES if division.name.startswith(p)), None)
    if division.level == "province" or (province and division.name.rstrip("市") == province):
        return province
    return re.sub(r"(?:自治州|地区|盟|市)$", "", division.name)


def _city_in_text(name: BodyName, text: str) -> Place | None:
    """A county's parent city where the report prints the two together (宿迁市沭阳县)."""
    lowest = name.lowest
    if lowest is None or lowest.level != "county" or not text:
        return None
    m = re.search(r"([\u4e00-\u9fff]{2})市" + re.escape(lowest.name), text)  # most city names have two characters
    return Place(m.group(1) + "市", m.group(1), "city") if m else None
