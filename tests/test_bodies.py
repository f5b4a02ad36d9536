"""Which body a question names: the gazetteer built from printed names, by rule per kind of place and organ."""

from __future__ import annotations

import pytest

from indexing.body_names import same_body, split_name
from service.bodies import Gazetteer

PRINTED = [
    ("上海市虹口区人民政府", 2021),
    ("上海市人民政府办公厅", 2025),
    ("上海市科学技术委员会", 2024),
    ("沭阳县人民政府", 2025),
    ("沭阳县发展和改革局", 2023),
    ("淮安市人民政府", 2024),
    ("洪泽区人民政府", 2023),
    ("淮安市洪泽区人民政府", 2024),
    ("平潭综合实验区", 2025),
    ("平潭综合实验区管委会", 2014),
    ("平潭县人民政府", 2012),
]
# What the reports' own text says of their parents (the county report prints 宿迁市沭阳县, Pingtan's 福建省).
TEXTS = {"沭阳县人民政府-2025": "宿迁市沭阳县…", "平潭综合实验区-2025": "福建省平潭综合实验区…"}
GAZETTEER = Gazetteer.build([{"report_id": f"{n}-{y}", "issuer": n, "year": y} for n, y in PRINTED], TEXTS)


def test_names_split_into_places_and_organ():
    name = split_name("淮安市洪泽区人民政府")
    assert [p.name for p in name.places] == ["淮安市", "洪泽区"] and name.organ == "government"
    assert split_name("沭阳县市场监督管理局").organ == "市场监督管理"  # not the city 沭阳县市
    assert [p.name for p in split_name("广州市天河区科学技术局").places] == ["广州市", "天河区"]
    assert same_body(split_name("洪泽区人民政府"), split_name("淮安市洪泽区人民政府"))
    assert same_body(split_name("平潭综合实验区"), split_name("平潭综合实验区管委会"))
    assert not same_body(split_name("平潭县人民政府"), split_name("平潭综合实验区"))


def test_one_body_across_printed_names():
    assert GAZETTEER.body_of_issuer["洪泽区人民政府"] == GAZETTEER.body_of_issuer["淮安市洪泽区人民政府"]
    assert GAZETTEER.body_of_issuer["平潭综合实验区"] == GAZETTEER.body_of_issuer["平潭综合实验区管委会"]
    assert len(GAZETTEER.bodies) == len(PRINTED) - 2


@pytest.mark.parametrize(
    "question,printed",
    [
        ("沭阳发改局2023年收到多少申请", "沭阳县发展和改革局"),  # short form of a department
        ("县发改委2023年收到多少申请", "沭阳县发展和改革局"),  # 委 for 局, the place by its level only
        ("市科委2024年行政复议几件", "上海市科学技术委员会"),
        ("江苏沭阳2025年新收申请", "沭阳县人民政府"),  # a province run into the name
        ("宿迁市沭阳县2025年", "沭阳县人民政府"),
        ("淮安市洪泽区2023年收到多少申请", "洪泽区人民政府"),  # not 淮安市
        ("洪泽区政府2024年", "淮安市洪泽区人民政府"),
        ("淮安2024年", "淮安市人民政府"),
        ("上海市政府2025年", "上海市人民政府办公厅"),  # the general office publishes the city government's report
        ("沐阳县2025年", "沭阳县人民政府"),  # the OCR'd name printed in the report
    ],
)
def test_body_named(question, printed):
    assert GAZETTEER.resolve(question).bodies == [GAZETTEER.body_of_issuer[printed]]


def test_one_character_typo_is_read_and_said():
    resolution = GAZETTEER.resolve("红口区2021年收到多少申请")
    assert resolution.bodies == [GAZETTEER.body_of_issuer["上海市虹口区人民政府"]]
    assert resolution.read_as == ["“红口区”按“虹口区”理解"]
    assert GAZETTEER.resolve("平潭镇2022年").unexplained  # another kind of place is no typo


@pytest.mark.parametrize(
    "question",
    [
        "沭阳县卫健委2025年收到多少申请",  # a department of an indexed county government
        "沭阳县公安局2025年新收多少",  # an organ the vocabulary does not know
        "上海市虹口区教育局2021年",
        "淮安市发改委2024年",  # a department of the city, not the county's 发改局
        "北京市科委2024年",  # the same organ in another city
        "淮安市清江浦区2024年",  # a neighbouring district
        "徐州市沭阳县2025年",  # a parent that contradicts the report's own
        "浙江平潭综合实验区2025年",  # another province than the one its reports name
        "惠州市惠阳区平潭镇2022年",
        "平潭海关2023年",
        "沭阳县市场监管局2025年",
        "沛县2023年收到多少申请",  # a county with a one-character stem
        "2023年丰县新收申请几件",
    ],
)
def test_names_the_chain_does_not_explain_are_not_indexed(question):
    resolution = GAZETTEER.resolve(question)
    assert not resolution.bodies and resolution.unexplained


def test_two_bodies_share_a_name():
    assert len(GAZETTEER.resolve("平潭2012年收到多少申请").bodies) == 2  # 平潭县 and 平潭综合实验区: the year decides
    assert not GAZETTEER.resolve("政府信息公开申请有多少").named  # 政府 in 政府信息 names no body


def test_several_bodies_in_one_question():
    both = GAZETTEER.resolve("2024年淮安市政府新收的申请比平潭综合实验区多多少件")
    assert set(both.bodies) == {GAZETTEER.body_of_issuer["淮安市人民政府"], GAZETTEER.body_of_issuer["平潭综合实验区"]}
    # a city written apart from a county is not its parent: 淮安市和沭阳县 are two bodies
    assert len(GAZETTEER.resolve("淮安市和沭阳县2025年").bodies) == 2


@pytest.mark.parametrize(
    "question,printed",
    [
        ("淮安市政府 vs 上海市科委 2024年新收申请", ["淮安市人民政府", "上海市科学技术委员会"]),
        ("2025 沭阳 虹口 复议", ["沭阳县人民政府", "上海市虹口区人民政府"]),  # bodies typed apart by a space
        ("沭阳县PK淮安市", ["沭阳县人民政府", "淮安市人民政府"]),
    ],
)
def test_bodies_separated_by_spaces_or_versus(question, printed):
    from service.understanding import normalise_question

    resolution = GAZETTEER.resolve(normalise_question(question))
    assert sorted(resolution.bodies) == sorted(GAZETTEER.body_of_issuer[p] for p in printed)
    assert resolution.several and not resolution.unexplained


def test_city_office_by_its_short_form():
    assert GAZETTEER.resolve("市府办公厅2025年行政复议").bodies == [GAZETTEER.body_of_issuer["上海市人民政府办公厅"]]


def test_one_body_of_several_not_indexed_is_said_not_dropped():
    # a sister department of an indexed one: the comparison must not be answered for the indexed one alone
    resolution = GAZETTEER.resolve("沭阳县住建局和沭阳县发改局2023年谁的申请多")
    assert resolution.unexplained and "住建局" in resolution.unexplained[0]
    assert resolution.bodies == [GAZETTEER.body_of_issuer["沭阳县发展和改革局"]]


def test_table_words_after_a_place_are_no_organ():
    # 办理结果 after a place is the question's figure, not a 办 (office) of that place
    resolution = GAZETTEER.resolve("2024年平潭予以公开占办理结果总计的比例")
    assert not resolution.unexplained and resolution.bodies
    assert GAZETTEER.resolve("沭阳县住建局2023年").unexplained  # a real organ after a place still is one


def test_a_question_read_once_hands_each_caller_its_own_lists():
    """A question's body names are read once (three callers ask); what one caller changes, the next never sees."""
    first = GAZETTEER.resolve("沭阳县和淮安市2024年谁的申请多")
    assert first.several and len(first.bodies) == 2
    first.bodies.clear()
    first.spans.append((0, 1))
    again = GAZETTEER.resolve("沭阳县和淮安市2024年谁的申请多")
    assert len(again.bodies) == 2 and (0, 1) not in again.spans
    fresh = Gazetteer.build([{"report_id": f"{n}-{y}", "issuer": n, "year": y} for n, y in PRINTED], TEXTS)
    assert again == fresh.resolve("沭阳县和淮安市2024年谁的申请多")


def test_a_committee_followed_by_words_and_generic_place_words():
    assert GAZETTEER.resolve("平潭综合实验区管委会信息处理费收了没").bodies == [
        GAZETTEER.body_of_issuer["平潭综合实验区"]
    ]
    assert not GAZETTEER.resolve("在对比直辖市的情况，上海市政府办公厅2025年").unexplained


@pytest.mark.parametrize(
    "question",
    [
        "虹口区2021年编发了几期区政府公报",  # 几期 + 区政府: a measure word, then the district's own government
        "上海市政府办公厅2025年开了多少场市政府新闻发布会",
        "虹口区2021年在网上特色专区放了什么",  # a section of a web site
        "平潭综合实验区2020年梳理出区直部门权责清单多少项",
        "平潭县2013年公开信息最多的乡镇是哪些",
        "顺便问一句，听说县里工作做得不错，沭阳县2025年复议几件",  # 听说 + 县里: no county named 听说县
        "我准备去平潭办企业，先问问平潭综合实验区2022年行政许可",  # 办 before what is done is a verb
    ],
)
def test_words_of_the_question_are_no_place_name(question):
    resolution = GAZETTEER.resolve(question)
    assert resolution.bodies and not resolution.unexplained


def test_a_zone_government_is_never_a_county_government():
    # 平潭 fits 平潭县 and 平潭综合实验区; 管委会 governs a zone only
    resolution = GAZETTEER.resolve("平潭管委会2013年收到多少申请")
    assert resolution.bodies == [GAZETTEER.body_of_issuer["平潭综合实验区"]]


def test_the_table_of_divisions_gives_a_county_the_chain_its_reports_do_not_print():
    # No report printed 福州市平潭县 or 江苏 for these; the table of China's divisions knows them
    bare = Gazetteer.build([{"report_id": "x", "issuer": "沭阳县人民政府", "year": 2025}])
    assert bare.resolve("宿迁市沭阳县2025年新收多少").bodies == ["沭阳县人民政府"]
    assert bare.resolve("江苏沭阳2025年新收多少").bodies == ["沭阳县人民政府"]
    assert not bare.resolve("淮安市沭阳县2025年新收多少").bodies  # 沭阳 lies in 宿迁, not 淮安
    assert not bare.resolve("浙江沭阳县2025年新收多少").bodies
    assert GAZETTEER.resolve("福州市平潭县2012年主动公开多少").bodies == ["平潭县人民政府"]


def test_a_real_district_run_into_its_city_is_a_place_of_its_own():
    resolution = GAZETTEER.resolve("上海黄浦区2021年新收申请")
    assert not resolution.bodies and resolution.unexplained == ["黄浦区"]
    listed = GAZETTEER.resolve("2025年虹口/上海市政府办公厅/沭阳县谁最多")
    assert len(listed.bodies) == 3 and listed.several
    asked_after = GAZETTEER.resolve("平潭实验区和沭阳县谁多？上海市政府办公厅呢")
    assert len(asked_after.bodies) == 3
    remark_first = GAZETTEER.resolve("看到平潭发展很快，平潭综合实验区2024年新收多少")
    assert not remark_first.several  # a comma after a remark lists nothing


def test_an_office_is_named_whatever_follows_it_and_a_slipped_tail_is_read():
    assert GAZETTEER.resolve("上海市府办信息公开工作存在什么问题").bodies == ["上海市人民政府办公厅"]
    assert GAZETTEER.resolve("上海市科季2024年自然人申请数量").bodies == ["上海市科学技术委员会"]


def test_a_province_right_before_a_department_is_the_provinces_own_department():
    assert not GAZETTEER.resolve("江苏省发改委2023年规范性文件几件").bodies
    assert GAZETTEER.resolve("江苏沭阳发改局2023年规范性文件几件").bodies == ["沭阳县发展和改革局"]
