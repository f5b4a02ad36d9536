"""Questions across reports, on the shared corpus: series over a body's years, comparisons of bodies, consistency of
consecutive reports, and questions that name no body."""

from __future__ import annotations

PINGTAN_NATURAL_PERSONS = {2019: 23, 2020: 20, 2021: 64, 2022: 71, 2023: 80, 2024: 217, 2025: 151}


def ask(answerer, question: str, conversation_id: str | None = None) -> dict:
    """The answer as the API sends it (JSON)."""
    return answerer.ask(question, conversation_id).model_dump(mode="json")


def by_year(answer: dict) -> dict[int, float]:
    return {f["year"]: f["value"] for f in answer["figures"] if not str(f["row"]).startswith("years:")}


def test_series_over_a_span_gives_every_year(answerer):
    answer = ask(answerer, "平潭综合实验区2019到2025年每年自然人申请了多少件？")
    assert answer["status"] == "answered"
    assert by_year(answer) == PINGTAN_NATURAL_PERSONS
    assert answer["table"]["kind"] == "series" and len(answer["table"]["rows"]) == 7
    assert answer["table"]["chart"]["values"] == list(PINGTAN_NATURAL_PERSONS.values())


def test_series_names_gaps_and_rows_another_format_lacks(answerer):
    answer = ask(answerer, "平潭历年法人或其他组织的申请各有多少")
    assert set(by_year(answer)) == set(range(2019, 2026))  # the 统计表 before 2019 has no applicant columns
    assert "不可比" in answer["answer"]
    total = ask(answerer, "平潭历年收到的申请数")
    years = by_year(total)
    assert {2011, 2016, 2024} <= set(years) and 2015 not in years
    assert "未收录2015、2017年" in total["answer"] and "旧版统计表" in total["answer"]


def test_recent_years_and_since(answerer):
    assert set(by_year(ask(answerer, "平潭近三年的行政复议总数"))) == {2023, 2024, 2025}
    assert set(by_year(ask(answerer, "平潭2021年以来每年的行政诉讼数量"))) == {2021, 2022, 2023, 2024, 2025}
    chinese = ask(answerer, "平潭综合实验区二〇二一年到二〇二三年自然人申请数")
    assert by_year(chinese) == {y: PINGTAN_NATURAL_PERSONS[y] for y in (2021, 2022, 2023)}


def test_series_pick_and_follow_ups_keep_the_years(answerer):
    first = ask(answerer, "平潭2019到2025年每年自然人申请多少")
    cid = first["conversation_id"]
    top = ask(answerer, "哪年最多？", cid)
    assert top["figures"][0]["value"] == 2024 and top["figures"][0]["unit"] == "年"
    total = ask(answerer, "平潭2019到2025年自然人申请加起来一共多少", cid)
    assert total["figures"][0]["value"] == sum(PINGTAN_NATURAL_PERSONS.values())
    organisations = ask(answerer, "那法人或其他组织呢", cid)
    assert set(by_year(organisations)) == set(range(2019, 2026)) and by_year(organisations)[2021] == 6


def test_comparison_of_bodies_with_different_years(answerer):
    answer = ask(answerer, "淮安市和沭阳县谁收到的申请多？")
    assert answer["status"] == "answered" and answer["table"]["kind"] == "comparison"
    values = {f["issuer"]: (f["year"], f["value"]) for f in answer["figures"]}
    assert values == {"淮安市人民政府": (2024, 3119), "沭阳县人民政府": (2025, 713)}
    assert answer["figures"][0]["issuer"] == "淮安市人民政府"
    assert "年份不同" in answer["answer"]
    follow = ask(answerer, "那自然人呢", answer["conversation_id"])
    assert {f["value"] for f in follow["figures"]} == {3001, 705}


def test_comparison_difference_and_order_asked(answerer):
    answer = ask(answerer, "淮安市比沭阳县多收到多少申请")
    assert answer["figures"][0]["value"] == 3119 - 713 and answer["figures"][0]["row"] == "bodies:difference"
    fewer = ask(answerer, "2024年各机关的予以公开率从低到高排个序")
    rates = [f["value"] for f in fewer["figures"]]
    assert rates == sorted(rates) and len(rates) == 3


def test_consistency_of_carried_over_applications(answerer):
    answer = ask(answerer, "平潭2021年和2022年的结转数对得上吗？")
    assert answer["status"] == "answered" and answer["table"]["kind"] == "consistency"
    rows = answer["table"]["rows"]
    assert rows and all(r[0] == "2021→2022" and r[4] == "一致" for r in rows)
    total = next(r for r in rows if r[1] == "总计")
    assert total[2] == total[3] == "1"
    legacy = ask(answerer, "平潭县2012年和2013年的历年累计对得上吗")
    assert legacy["status"] == "answered" and "对得上" in legacy["answer"]
    broken = ask(answerer, "平潭综合实验区2011年和2012年的历年累计能对上吗")
    assert "对不上" in broken["answer"]  # the reports themselves disagree: 1516 + 739 ≠ 4359


def test_question_naming_no_body_quotes_several_bodies_and_asks_which(answerer):
    answer = ask(answerer, "申请政府信息公开要收费吗？")
    assert answer["status"] == "ambiguous"
    assert len({p["issuer"] for p in answer["passages"]}) >= 2
    assert "请说明是哪个机关" in answer["answer"]


def test_api_answer_carries_the_table(client):
    response = client.post("/api/ask", json={"question": "淮安市和沭阳县谁的申请多"})
    assert response.status_code == 200
    table = response.json()["table"]
    assert table["kind"] == "comparison" and table["chart"]["type"] == "bar" and len(table["rows"]) == 2


def test_series_of_a_statistics_table_row_before_2019(answerer):
    answer = ask(answerer, "平潭县2011至2013年每年的当面申请数")
    assert answer["status"] == "answered" and set(by_year(answer)) == {2011, 2012, 2013}
    assert all(f["row"] == "applications_in_person" for f in answer["figures"])
    # 平潭 fits two bodies; the one with more reports in the years asked is taken, and the answer says so
    zone = ask(answerer, "平潭2011到2018年每年主动公开了多少条政府信息")
    assert {2011, 2014, 2016, 2018} <= set(by_year(zone)) and "平潭综合实验区" in zone["answer"]
    assert by_year(zone)[2016] == 3460


def test_series_follow_ups_switch_row_or_body_and_keep_the_years(answerer):
    first = ask(answerer, "平潭县2011到2013年主动公开信息数")
    zone = ask(answerer, "实验区呢", first["conversation_id"])  # the only indexed 实验区
    assert set(by_year(zone)) == {2011, 2012, 2013}
    assert all(f["issuer"].startswith("平潭综合实验区") for f in zone["figures"])
    penalties = ask(answerer, "平潭2021到2025年行政许可决定数")
    switched = ask(answerer, "行政处罚决定数呢", penalties["conversation_id"])
    assert (
        set(by_year(switched)) == set(range(2021, 2026)) and switched["figures"][0]["row"] == "administrative_penalty"
    )


def test_comparison_with_a_year_per_body(answerer):
    answer = ask(answerer, "洪泽区（2023年）和淮安市（2024年）行政复议结果维持的各几件")
    years = {f["issuer"]: f["year"] for f in answer["figures"]}
    assert years == {"洪泽区人民政府": 2023, "淮安市人民政府": 2024}
    pair = ask(answerer, "2011年平潭县和平潭综合实验区主动公开的信息谁多？")
    assert answer["status"] == pair["status"] == "answered" and len(pair["figures"]) == 2


def test_consistency_over_a_span_and_one_statistics_row(answerer):
    answer = ask(answerer, "平潭2019到2025年每年结转下年的数和下一年的上年结转一致吗")
    spans = {r[0] for r in answer["table"]["rows"]}
    assert spans == {f"{y}→{y + 1}" for y in range(2019, 2025)}
    one_row = ask(answerer, "平潭县2012年和2013年主动公开的历年累计对得上吗")
    assert {r[1] for r in one_row["table"]["rows"]} == {"主动公开信息数"} and "历年累计" in one_row["answer"]


def test_years_not_indexed_for_a_name_fitting_two_bodies(answerer):
    answer = ask(answerer, "平潭2015年和2017年各收到几件信息公开申请")
    assert answer["status"] == "not_found" and answer["reason"] == "year_not_indexed"


def test_contact_details_are_found_by_their_form(answerer):
    answer = ask(answerer, "洪泽区政府信息公开的联系电话是多少")  # a letter-spaced PDF: 电 话 ： 0517-87222589
    assert "电话：0517-87222589" in answer["answer"]
    email = ask(answerer, "淮安市2024年报告里的电子邮箱")
    assert "hazwgkc@163.com" in email["answer"]


def test_which_year_asked_without_the_word_most(answerer):
    answer = ask(answerer, "平潭综合实验区2019到2025年自然人申请，哪年多？")
    assert answer["figures"][0]["value"] == 2024 and answer["figures"][0]["unit"] == "年"


def test_consistency_asked_in_other_words(answerer):
    since = ask(answerer, "平潭综合实验区2019年以来每年的结转和下一年的上年结转是不是都一致")
    assert {r[0] for r in since["table"]["rows"]} == {f"{y}→{y + 1}" for y in range(2019, 2025)}
    columns = ask(answerer, "平潭实验区2021年转到2022年的，每一列都对得上吗")
    assert {r[1] for r in columns["table"]["rows"]} >= {"自然人", "商业企业", "总计"}
    chain = ask(answerer, "平潭县2011到2013年主动公开的历年累计是不是每年都等于上年累计加本年")
    assert chain["table"]["kind"] == "consistency" and "对得上" in chain["answer"]


def test_follow_ups_of_series_and_comparisons(answerer):
    first = ask(answerer, "平潭县2011到2013年每年主动公开多少条信息")
    same_years = ask(answerer, "那平潭实验区同期呢", first["conversation_id"])
    assert set(by_year(same_years)) == {2011, 2012, 2013}
    pair = ask(answerer, "2025年沭阳县政府和上海市政府办公厅收到的申请谁多")
    three = ask(answerer, "把平潭实验区也加进来比", pair["conversation_id"])
    assert len({f["issuer"] for f in three["figures"]}) == 3


def test_a_share_asked_again_keeps_the_whole_just_used(answerer):
    first = ask(answerer, "2025年沭阳县和上海市府办的予以公开率（予以公开÷新收）各多少")
    assert "本年新收" in first["answer"]
    again = ask(answerer, "那部分公开的占比呢", first["conversation_id"])
    assert "本年新收" in again["answer"] and "办理结果总计" not in again["answer"]


def test_a_bracketed_sum_after_the_division_sign_is_the_denominator(answerer):
    answer = ask(answerer, "2025年沭阳县、平潭实验区两家比一下：结果合计/(新收+上年结转)，保留一位")
    figures = {f["issuer_short"]: f for f in answer["figures"]}
    assert figures["沭阳县"]["value"] == round(718 / (713 + 36) * 100, 1)
    assert figures["平潭综合实验区"]["value"] == round(148 / (154 + 0) * 100, 1)


def test_a_written_formula_with_an_operand_not_read_is_refused_not_cut_short(answerer):
    # 某某项 is no figure: the bracket's sum alone would be the answer to another question
    across = ask(answerer, "2025年沭阳县、平潭实验区比一比：某某项/(新收+上年结转)")
    single = ask(answerer, "沭阳县2025年某某项÷(新收+上年结转)")
    assert across["status"] == single["status"] == "not_found"
    defined = ask(answerer, "沭阳县2025年办结率=办理结果总计除以（本年新收＋上年结转）")  # a definition, not a check
    assert defined["figures"][0]["value"] == round(718 / 749 * 100, 2)


def test_a_name_fitting_two_bodies_with_no_year_answers_from_the_newest_report(answerer):
    answer = ask(answerer, "平潭各类不予公开的加起来一共几件")
    figure = answer["figures"][0]
    assert (
        figure["year"] == 2025 and figure["issuer_short"] == "平潭综合实验区" and "平潭县人民政府" in answer["answer"]
    )


def test_bodies_joined_by_a_slash_or_asked_after_a_question_mark_are_compared(answerer):
    answer = ask(answerer, "2025年当作信访举报投诉不予处理的，平潭/上海市政府办公厅/沭阳县排一下")
    assert {f["issuer_short"]: f["value"] for f in answer["figures"]}.get("上海市政府办公厅") == 62
    assert all(f["unit"] == "件" for f in answer["figures"])  # the slash between names divides nothing
    unknown = ask(answerer, "2021年上海黄浦区和虹口区新收的申请谁多")
    assert unknown["status"] == "not_found" and "黄浦区" in unknown["answer"]


def test_a_row_after_a_side_question_on_applicants_is_the_row_total(answerer):
    first_turn = ask(answerer, "平潭综合实验区2025年新收申请总数")
    side = ask(answerer, "其中公司提的呢", first_turn["conversation_id"])
    assert side["figures"][0]["column"] == "commercial_enterprise"
    row = ask(answerer, "那结转到下一年的呢", first_turn["conversation_id"])
    assert row["figures"][0]["column"] == "total" and row["figures"][0]["value"] == 6
    kept = ask(answerer, "上海市政府办公厅2025年上年结转的申请中律师事务所的几件")
    again = ask(answerer, "那新收的呢？", kept["conversation_id"])
    assert again["figures"][0]["column"] == "legal_service_org"  # asked in the question itself: kept


def test_a_cross_report_figure_resting_on_unread_words_is_not_given(answerer):
    answer = ask(answerer, "平潭2020到2024年被打回去重新填写的申请每年多少")
    assert answer["status"] == "not_found" or answer["figures"][0]["row"] != "new_received"


def test_series_api_for_staff(client):
    response = client.get("/api/series", params={"body": "平潭综合实验区", "row": "new_received"})
    assert response.status_code == 200
    series = response.json()
    years = {p["year"]: p for p in series["points"]}
    assert years[2024]["value"] == 218 and years[2016]["kind"] == "absent"  # the 统计表 has no table 三
    assert series["gaps"] == [2015, 2017]
    assert any(c["from_year"] == 2021 and c["agrees"] for c in series["checks"])
    csv_text = client.get("/api/series.csv", params={"body": "平潭实验区", "column": "natural_person"}).text
    assert "2024," in csv_text and ",217," in csv_text
    unknown = client.get("/api/series", params={"body": "黄浦区"})
    assert unknown.status_code == 404 and "已收录" in unknown.json()["detail"]


def test_each_body_its_own_year_and_a_body_not_indexed(answerer):
    answer = ask(answerer, "沭阳县2025年跟淮安市2024年，新收申请哪个多")
    values = {f["issuer"]: (f["year"], f["value"]) for f in answer["figures"]}
    assert values == {"淮安市人民政府": (2024, 3119), "沭阳县人民政府": (2025, 713)}
    spaced = ask(answerer, "2024 淮安 上海科委 新收申请 谁多")
    assert {f["issuer"] for f in spaced["figures"]} == {"淮安市人民政府", "上海市科学技术委员会"}
    sister = ask(answerer, "沭阳县卫健委和沭阳县发改局2023年谁收到的申请多")
    assert sister["status"] == "not_found" and sister["reason"] == "body_not_indexed"


def test_the_year_picked_and_sums_over_years(answerer):
    first = ask(answerer, "平潭2021到2025年复议后又起诉的案子每年几件，哪年最多")
    assert first["figures"][0]["value"] == 2024  # 复议后起诉: 0, 0, 2, 19, 3
    that_year = ask(answerer, "那一年复议后起诉里结果维持的有几件", first["conversation_id"])
    assert that_year["figures"][0]["year"] == 2024 and "series" not in str(that_year.get("table"))
    summed = ask(answerer, "平潭2019-2025年重复申请的每年多少，最后加总")
    assert summed["figures"][0]["value"] == 8
    parts = ask(answerer, "平潭2021到2025年行政诉讼（直接起诉和复议后起诉合计）每年几件")
    assert not str(parts["figures"][0]["row"]).startswith("years:")  # 合计 joins the parts, not the years


def test_statistics_rows_across_years_in_other_words(answerer):
    chain = ask(answerer, "平潭县2013年的受理申请历年累计，是不是2012年累计加上2013年本年度")
    assert chain["table"]["kind"] == "consistency" and "受理依申请公开信息总数" in chain["answer"]
    carry = ask(answerer, "平潭2021年结转下年度的和2022年上年结转是同一个数吗")
    assert carry["table"]["kind"] == "consistency"
    letters = ask(answerer, "平潭实验区2014到2018年“信函、传真申请数”各几条")
    assert by_year(letters) == {2014: 1, 2016: 0, 2018: 0}
    both = ask(answerer, "平潭2016年行政复议和行政诉讼一共几件")
    assert both["status"] == "answered" and both["figures"][0]["value"] == 0


def test_a_share_across_bodies_whose_parts_are_not_read_is_not_answered(answerer):
    first = ask(answerer, "2024年淮安市、上海市科委各予以公开多少件")
    follow = ask(answerer, "两样合起来占办结总数的比例谁高", first["conversation_id"])
    assert follow["status"] == "not_found" and not follow["figures"]


def test_year_span_hyphen_is_no_minus_and_unread_rows_are_not_compared(answerer):
    summed = ask(answerer, "平潭复议后起诉的案件，2021-2025年一共几件")
    assert summed["figures"][0]["value"] == 24  # 0 + 0 + 2 + 19 + 3, not 复议后起诉 − anything
    unread = ask(answerer, "2025年要求补正却一直不补材料的，沭阳县和上海市政府办公厅谁多")
    assert unread["status"] != "answered" or unread["figures"][0]["row"] != "new_received"
    both_legacy = ask(answerer, "平潭县2012年和2013年法人或其他组织提的申请各几件")
    assert both_legacy["status"] == "not_found" and both_legacy["reason"] == "not_in_this_format"


def test_names_with_joiner_words_inside_and_years_that_describe_the_figure(answerer):
    # 发展和改革局 holds 和: the question is cut between the names, never inside one
    inside = ask(answerer, "2023年洪泽区政府跟沭阳县发展和改革局，行政许可决定各有多少")
    assert {f["issuer"] for f in inside["figures"]} == {"洪泽区人民政府", "沭阳县发展和改革局"}
    assert "没有收录" not in inside["answer"]
    # 结转到2026年 describes the figure: every body is asked for 2025, the year the question gives
    carried = ask(answerer, "2025年沭阳县和平潭实验区结转到2026年接着办的申请谁多")
    assert {(f["issuer"], f["year"]) for f in carried["figures"]} == {
        ("沭阳县人民政府", 2025),
        ("平潭综合实验区", 2025),
    }
    # 平潭 fits two bodies; in 2024 only one of them has a report, and that one is meant
    fitting = ask(answerer, "2024年淮安和平潭新收的申请各多少")
    assert {f["issuer"] for f in fitting["figures"]} == {"淮安市人民政府", "平潭综合实验区"}
    assert "没有收录" not in fitting["answer"]


def test_a_span_with_one_indexed_year_is_no_series(answerer):
    span = ask(answerer, "淮安市政府2019到2024年每年行政复议数量怎么变的")
    assert span["status"] == "not_found" and span["reason"] == "year_not_indexed"
    assert [f["year"] for f in span["figures"]] == [2024]  # the one year indexed, shown with its provenance
    every = ask(answerer, "淮安市历年行政复议数量")
    assert every["status"] == "answered" and "只收录了2024年" in every["answer"]
    # each year asked: the one year there is shown, but the span it asked for is not there
    each = ask(answerer, "淮安市政府2021到2024年每年行政复议几件")
    assert each["status"] == "not_found" and [f["year"] for f in each["figures"]] == [2024]


def test_the_picked_year_keeps_its_own_unit_and_rows_described_by_a_negated_act(answerer):
    most = ask(answerer, "平潭实验区从有史以来每年收到的申请数，哪年最多")
    assert most["figures"][0]["value"] == 2024 and "（218件）" in most["answer"]
    unpaid = ask(answerer, "平潭2021到2025年因为申请人一直没交处理费就不办了的每年几件")
    assert {f["row"] for f in unpaid["figures"]} == {"other_fee_unpaid_overdue"}
    assert len(unpaid["figures"]) == 5


def test_years_listed_one_by_one_and_running_totals_asked_as_continuous(answerer):
    listed = ask(answerer, "平潭县政府2011、2012、2013这三年主动公开信息一共多少条")
    assert listed["figures"][0]["derived"] and "合计" in listed["answer"]
    assert {f["year"] for f in listed["figures"][1:]} == {2011, 2012, 2013}
    chain = ask(answerer, "平潭县2011、2012、2013年主动公开的历年累计是连续的吗")
    assert chain["status"] == "answered" and "历年累计" in chain["answer"]
    each_year = ask(answerer, "平潭实验区这些年一共每年有多少人来申请？能查到的年份都列出来")
    assert not each_year["figures"][0]["derived"] and len(each_year["figures"]) >= 10


def test_presentation_words_ask_no_other_figure(answerer):
    # 有的年份都列出来 / 那块: how to show the figure, not another figure
    listed = ask(answerer, "平潭县2011到2013年主动公开信息数，有的年份都列出来")
    assert {f["year"] for f in listed["figures"]} == {2011, 2012, 2013}
    turn = ask(answerer, "2025年平潭、沭阳县行政复议各多少件")
    block = ask(answerer, "诉讼那块呢", turn["conversation_id"])
    assert block["status"] == "answered" and len(block["figures"]) >= 2


def test_two_bodies_of_one_name_compared_on_a_statistics_row(answerer):
    answer = ask(answerer, "2012年平潭县政府和平潭综合实验区，谁主动公开的信息条数多")
    values = {f["issuer"]: f["value"] for f in answer["figures"]}
    assert set(values) == {"平潭县人民政府", "平潭综合实验区"} and all(f["table"] == "TS" for f in answer["figures"])


def test_years_listed_are_those_years_and_two_named_each_are_a_series(answerer):
    listed = ask(answerer, "平潭2014年和2016年各主动公开了多少条")
    assert sorted(by_year(listed)) == [2014, 2016]
    none = ask(answerer, "平潭综合实验区2015年、2017年分别主动公开多少条")
    assert none["status"] == "not_found"  # neither year is indexed; 2016, between them, was not asked
    pair = ask(answerer, "平潭实验区2019和2020两年行政复议几件")
    assert by_year(pair) == {2019: 0, 2020: 0}


def test_a_comparison_follow_up_keeps_the_year_compared(answerer):
    first_turn = ask(answerer, "2024年平潭、淮安市、上海市科委各收到多少申请")
    again = ask(answerer, "本机关不掌握的呢，哪家最多", first_turn["conversation_id"])
    assert {f["year"] for f in again["figures"]} == {2024}


def test_bodies_added_together(answerer):
    answer = ask(answerer, "2025年沭阳县和平潭实验区新收申请合起来多少")
    assert answer["figures"][0]["row"] == "bodies:sum" and answer["figures"][0]["value"] == 713 + 154


def test_an_organ_named_by_its_level_alone_is_at_the_conversations_place(answerer):
    first_turn = ask(answerer, "沭阳县发改局2023年依申请公开有几件")
    assert first_turn["figures"][0]["value"] == 26
    county = ask(answerer, "县政府同一年呢", first_turn["conversation_id"])
    assert county["status"] == "not_found" and "沭阳县人民政府" in county["answer"]


def test_units_counted_are_the_bodies_and_each_newest_report_is_ranked(answerer):
    three = ask(answerer, "2023年洪泽区、沭阳县发改局、平潭这三个单位，不掌握信息没法提供的各几件")
    assert all(f["column"] == "total" for f in three["figures"])  # 单位 here are the bodies, not 法人或其他组织
    newest = ask(answerer, "每个单位按各自最新一期年报，新收申请排个名")
    assert newest["figures"][0]["issuer"] == "淮安市人民政府" and len({f["year"] for f in newest["figures"]}) > 1


def test_follow_ups_that_name_only_years_a_column_or_another_body(answerer):
    check = ask(answerer, "平潭2021年结转和2022年上年结转一致吗")
    again = ask(answerer, "23到24年呢", check["conversation_id"])
    assert "2023→2024" in again["answer"]
    series = ask(answerer, "平潭县2011-2013年受理申请数")
    online = ask(answerer, "其中网上申请多少", series["conversation_id"])
    assert by_year(online) == {2011: 0, 2012: 0, 2013: 4}
    beside = ask(
        answerer, "那2025年跟沭阳县政府比呢", ask(answerer, "上海市政府办公厅2025年新收多少")["conversation_id"]
    )
    assert {f["issuer"] for f in beside["figures"]} >= {"上海市人民政府办公厅", "沭阳县人民政府"}


def test_less_by_how_much_between_bodies_and_an_unknown_organ_after_a_level(answerer):
    less = ask(answerer, "沭阳县2025年新收申请比淮安市2024年少几件")
    assert less["figures"][0]["value"] == 3119 - 713
    first_turn = ask(answerer, "上海市科委2024年新收多少")
    other = ask(answerer, "那市教委呢", first_turn["conversation_id"])
    assert other["status"] == "not_found" and other["reason"] == "body_not_indexed"


def test_keyword_superlatives_sums_and_counts_no_row_counts(answerer):
    least = ask(answerer, "平潭 行政强制 2021-2025 历年 最少")
    assert least["figures"][0]["value"] == 2022
    total = ask(answerer, "平潭2021年以来有没有因为危及三安全一稳定不公开的？到2025年共几件")
    assert total["figures"][0]["row"].startswith("years:") and total["figures"][0]["value"] == 0
    visits = ask(answerer, "平潭政府网站历年的访问量是多少")
    assert visits["status"] == "not_found"
    rate = ask(answerer, "2025年沭阳县和平潭谁的公开率高？公开率=（予以公开+部分公开）/办结总计")
    assert {f["issuer_short"]: f["value"] for f in rate["figures"]}["平潭综合实验区"] == round(71 / 148 * 100, 2)


def test_a_span_that_begins_after_the_bodys_newest_report_is_not_indexed(answerer):
    answer = ask(answerer, "平潭县2020年以后每年的行政复议数")
    assert answer["status"] == "not_found" and answer["reason"] == "year_not_indexed"


def test_follow_ups_keep_bodies_and_years_across_turns(answerer):
    # a body added to a comparison keeps its year; after an unanswered turn its figure and year carry on
    pair = ask(answerer, "2024年淮安市和平潭实验区本机关不掌握各多少")
    three = ask(answerer, "也加上上海市科委", pair["conversation_id"])
    assert {f["issuer_short"]: f["year"] for f in three["figures"]} == {
        "淮安市": 2024,
        "平潭综合实验区": 2024,
        "上海市科委": 2024,
    }
    missing = ask(answerer, "福州市和平潭2024年谁收的申请多")
    assert missing["reason"] == "body_not_indexed"
    again = ask(answerer, "那就平潭跟淮安市比", missing["conversation_id"])
    assert {f["year"] for f in again["figures"]} == {2024} and len(again["figures"]) == 2
    empty = ask(answerer, "平潭县2020年以后的行政复议数")
    switched = ask(answerer, "那平潭综合实验区呢，2020到2025", empty["conversation_id"])
    assert set(by_year(switched)) == set(range(2020, 2026))
    figure = ask(answerer, "上海市政府办公厅2025年本年新收申请多少")
    change = ask(answerer, "跟2019年比多了多少", figure["conversation_id"])
    assert change["figures"][0]["value"] == 1295 - 859


def test_sums_ranks_and_gaps_between_bodies_and_years(answerer):
    summed = ask(answerer, "我在研究山区县的政务公开，想问平潭县2011至2013年邮件申请累计多少条")
    assert summed["figures"][0]["value"] == 6  # the years added up, not their running totals
    share = ask(answerer, "2025年沭阳县和平潭的结转下年度继续办理占（新收+上年结转）的百分比")
    assert {f["issuer_short"]: f["value"] for f in share["figures"]}["平潭综合实验区"] == round(6 / 154 * 100, 2)
    gap = ask(answerer, "沭阳县2025年新收申请和淮安市2024年新收申请差距多少")
    assert gap["figures"][0]["value"] == 3119 - 713
    signed = ask(answerer, "平潭综合实验区2025年新收申请比2024年变化多少（负数表示减少）")
    assert signed["figures"][0]["value"] == 154 - 218
    peak = ask(answerer, "平潭综合实验区2021到2025年新收申请最多的是哪年")
    assert peak["figures"][0]["value"] == 2024 and peak["figures"][0]["year"] == 2024  # the picked year's report
    larger = ask(answerer, "淮安市2024年行政复议和行政诉讼哪个多")
    assert larger["figures"][0]["value"] == 351 and larger["figures"][1]["value"] == 26 + 20


def test_rows_and_quantities_in_everyday_words(answerer):
    assert ask(answerer, "淮安市2024年行政复议结果为其他的有几件")["figures"][0]["value"] == 178
    assert ask(answerer, "虹口区2021年予以公来多少件")["figures"][0]["value"] == 23  # one key off (lai / kai)
    assert ask(answerer, "平潭综合实验区2018年主动工开了多少条")["figures"][0]["value"] == 2069
    assert ask(answerer, "平潭实验区2024年因为是单位内部事务不公开的有几件")["figures"][0]["value"] == 32
    links = ask(answerer, "沭阳县2025年失效链接整改了多少处")
    assert links["status"] == "answered" and "失效链接43处" in links["answer"]
    staff = ask(answerer, "沭阳县发改局2023年有几位专职人员负责信息公开")
    assert staff["status"] == "not_found"  # a sentence dated 2023年 states no count of people
    citizens = ask(answerer, "上海市政府办公厅2019年怎样收集市民的意见")
    assert citizens["status"] == "answered"  # 收集市 names no city
    plan = ask(answerer, "平潭综合实验区2025年下一步准备怎么加强队伍建设")
    assert "2025年政府信息公开工作年度报告" in plan["answer"]  # the 2025 report's own next steps


def test_follow_ups_keep_the_outcome_the_years_and_the_two_years_apart(answerer):
    review = ask(answerer, "沭阳县2025年行政复议结果维持的有几件")
    direct = ask(answerer, "那直接起诉的呢", review["conversation_id"])
    assert direct["figures"][0]["column"] == "litigation_direct.maintained"
    series = ask(answerer, "平潭21到25年本机关不掌握的申请每年多少")
    earlier = ask(answerer, "那2019年、2020年呢", series["conversation_id"])
    assert set(by_year(earlier)) == {2019, 2020}
    fees = ask(answerer, "平潭2022年行政事业性收费金额")
    later = ask(answerer, "2023年呢", fees["conversation_id"])
    apart = ask(answerer, "差多少？2023减2022，保留一位小数", later["conversation_id"])
    assert apart["figures"][0]["value"] == round(5949.088667 - 9116.36, 1)


def test_brackets_slips_and_offices_located(answerer):
    both = ask(answerer, "虹口区2021年行政复议、行政诉讼（直接起诉+复议后起诉）一共几件")
    assert both["figures"][0]["value"] == 11 + 0 + 4  # the bracket spells out the litigation part, no arithmetic
    granted = ask(answerer, "淮安市2024年公开的（包括部分公开）申请一共多少件")
    assert granted["figures"][0]["value"] == 1362 + 454
    slip = ask(answerer, "平潭2024年复议厚起诉的总数")
    assert slip["figures"][0]["value"] == 19
    peak = ask(answerer, "平潭综合实验区2019到2025年新收申请哪年最多？最多是多少件")
    assert peak["figures"][0]["value"] == 218
    office = ask(answerer, "平潭综合实验区2016年信息公开办公室在什么地方")
    assert "北厝镇竹屿口" in office["answer"]


def test_a_quantity_the_text_says_is_none_is_quoted(answerer):
    fees = ask(answerer, "虹口区2021年一共收了多少信息处理费")
    assert fees["status"] == "answered" and "未收取" in fees["answer"]
    gifts = ask(answerer, "虹口区2021年收到多少捐款")
    assert gifts["status"] == "not_found"


def test_slips_in_organ_names_remarks_and_bodies_at_their_own_years(answerer):
    slip = ask(answerer, "沭阳县发展和改草局2023年收到申请几件")
    assert slip["figures"][0]["issuer_short"] == "沭阳县发改局" and slip["figures"][0]["value"] == 26
    government = ask(answerer, "平潭县人民政付2013年主动公开信息数")
    assert government["figures"][0]["issuer"] == "平潭县人民政府"
    remark = ask(answerer, "写论文要用，平潭综合实验区截至2014年累计主动公开多少条")
    assert remark["figures"][0]["value"] == 78967  # the remark asks no change
    review = ask(answerer, "沭阳县2025年被人告到复议机关多少回")
    assert review["figures"][0]["value"] == 61
    got = ask(answerer, "平潭综合实验区2022年申请人拿到（全部或部分）信息的有几件")
    assert got["figures"][0]["value"] == 21 + 9
    hongze = ask(answerer, "洪泽区2023年行政许可决定多少")
    huaian = ask(answerer, "淮安市2024年呢", hongze["conversation_id"])
    apart = ask(answerer, "淮安比洪泽多多少", huaian["conversation_id"])
    assert apart["figures"][0]["value"] == 447228 - 550
    chain = ask(answerer, "平潭2013年到2014年主动公开累计数对得上吗")
    assert chain["table"]["kind"] == "consistency"
    rules = ask(answerer, "上海市政府办公厅2025年主动公开了多少件规章")
    assert rules["figures"][0]["value"] is None and "规章 22 件" in rules["answer"]  # unclear cell; the text's words


def test_final_pair_classes_in_other_words(answerer):
    running = ask(answerer, "平潭实验区2014年主动公开的截止当年累计有多少条")
    assert running["figures"][0]["value"] == 78967
    fewer = ask(answerer, "淮安市2024年规章现行有效的比行政规范性文件少多少件")
    assert fewer["figures"][0]["value"] == 66 - 11  # 现行有效 holds for both rows
    summed = ask(answerer, "平潭2021年和2022年新收申请加起来多少")
    assert summed["figures"][0]["value"] == 70 + 74
    same = ask(answerer, "平潭2011年主动公开信息数")  # both bodies' 2011 tables print the same figure
    assert same["status"] == "answered" and same["figures"][0]["value"] == 425
    hongze = ask(answerer, "洪泽区2023年行政许可决定多少")
    less = ask(answerer, "比淮安市2024年少多少", hongze["conversation_id"])
    assert less["figures"][0]["value"] == 447228 - 550
    granted = ask(answerer, "平潭2025年予以公开几件")
    partly = ask(answerer, "部分公开呢", granted["conversation_id"])
    share = ask(answerer, "两者加一起占办结总数的百分之几", partly["conversation_id"])
    assert share["figures"][0]["value"] == round((33 + 38) / 148 * 100, 2)
    police = ask(answerer, "沭阳县公安局2025年收到几件申请")
    county = ask(answerer, "那县政府的呢", police["conversation_id"])
    assert county["figures"][0]["issuer"] == "沭阳县人民政府"
    pairs = ask(answerer, "平潭综合实验区2020年到2021年、2023年到2024年的结转对得上吗")
    assert "2020→2021" in pairs["answer"] and "2023→2024" in pairs["answer"] and "2021→2022" not in pairs["answer"]
    done = ask(answerer, "市科委2024年针对存在的问题做了什么改进")
    assert "改进情况" in done["answer"]


def test_last_pair_classes_in_other_words(answerer):
    site = ask(answerer, "沭阳县2025年经过县政府门户网站主动公开了多少条信息")
    assert site["status"] == "answered" and "4511" in site["answer"]  # 经过县 names no county
    firms = ask(answerer, "平潭综合实验区2022年商业企业申请了多少件次")
    assert firms["figures"][0]["value"] == 3
    new = ask(answerer, "上海市科委2024年新收申请多少")
    total = ask(answerer, "再加上上年结转的一共多少", new["conversation_id"])
    assert total["figures"][0]["value"] == 34 + 2
    elsewhere = ask(answerer, "福州市2019到2023年每年新收多少申请")
    switched = ask(answerer, "那平潭实验区呢", elsewhere["conversation_id"])
    assert set(by_year(switched)) == set(range(2019, 2024))
    visits = ask(answerer, "平潭2011年政府信息公开专栏访问量是多少")
    assert visits["status"] == "answered" and "11460" in visits["answer"]  # both 2011 reports say it alike


def test_slash_alternatives_short_zone_names_and_breakdown_sentences(answerer):
    alternatives = ask(answerer, "虹口区2021年查不到/本机关不掌握的有几件")
    assert alternatives["figures"][0]["value"] == 38  # two names of one row, no division
    share = ask(answerer, "虹口区2021年本机关不掌握/办理结果总计是多少")
    assert share["figures"][0]["unit"] == "%"
    zone = ask(answerer, "平潭综试区2021到2025年企业申请每年几件")
    assert by_year(zone) == {2021: 0, 2022: 3, 2023: 1, 2024: 1, 2025: 3}
    fee = ask(answerer, "沭阳县2025年信息处理费收了多少，哪个部门收的")
    assert fee["status"] == "answered" and "380元" in fee["answer"]
    own = ask(answerer, "上海科委2024年申请的信息科委自己也没有的有几件")
    assert own["figures"][0]["value"] == 4
    part = ask(answerer, "平潭2014年区管委会及区直各部门主动公开了多少条信息")
    assert "1687" in part["answer"]  # the breakdown's own sentence, not the total's
    series = ask(answerer, "平潭综合实验区2016到2018年主动公开信息数")
    summed = ask(answerer, "那2014到2018年加起来呢", series["conversation_id"])
    assert summed["figures"][0]["value"] == 2543 + 3460 + 2069


def test_a_body_added_after_an_unanswered_turn_joins_the_comparison(answerer):
    pair = ask(answerer, "2023年平潭和洪泽区收到的申请数")
    missing = ask(answerer, "跟福州市比呢", pair["conversation_id"])
    assert missing["reason"] == "body_not_indexed"
    three = ask(answerer, "算上沭阳县发改局，这三家谁多", missing["conversation_id"])
    assert {f["issuer_short"] for f in three["figures"]} == {"平潭综合实验区", "洪泽区", "沭阳县发改局"}
