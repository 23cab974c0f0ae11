from assistant.answering.figures import (CHINESE_QUANTITY, LEVELS, NUMBER, QUANTITY, ordinal_written, same_unit, stated_unit,
                                        states_another_count)


def test_quantities_carry_their_unit_and_skip_ordinals():
    found = [m.group() for m in QUANTITY.finditer("第七次会议共召开6次，培训300余名干部，投入1.5万元，建成3平方米")]
    assert found == ["6次", "300余名", "1.5万元", "3平方米"]
    assert QUANTITY.search("投入1.5万元").group(1) == "万元"  # the longer unit, not 万
    # a harvest in 斤 (`粮食产量1.37万亿斤，增产74亿斤`)
    assert [m.group() for m in QUANTITY.finditer("粮食产量1.37万亿斤，增产74亿斤")] == ["1.37万亿斤", "74亿斤"]


def test_a_count_of_laws_is_in_部_but_departments_and_parts_are_no_count():
    found = [m.group() for m in QUANTITY.finditer("制定修订行政法规28部，12部门联合发文，3部委会同，分为2部分，机关12部室")]
    assert found == ["28部"]
    assert [m.group() for m in NUMBER.finditer("该方案由12部门联合印发，制定法规28部")] == ["12", "28部"]


def test_numbers_keep_units_and_date_parts():
    assert [m.group() for m in NUMBER.finditer("2022年办复率99.4%，共12个")] == ["2022年", "99.4%", "12个"]


def test_chinese_quantities():
    assert [m.group() for m in CHINESE_QUANTITY.finditer("召开六次会议，第三次会议，覆盖三百余名群众")] == ["六次", "三百余名"]
    # levels are read only where a count is asked in 级 (`几级`), never an emergency's or a rank's level
    assert [m.group() for m in LEVELS.finditer("成立市镇村三级促进会，第二级，启动一级响应，报上一级政府，6.5级")] == ["三级"]
    assert not QUANTITY.search("启动一级响应")


def test_a_magnitude_is_part_of_the_number_and_days_in_numerals_are_quantities():
    units = {m.group(): stated_unit(m) for m in QUANTITY.finditer("城镇新增就业1244万人，赤字1.2万亿元，六十日内，3月5日")}
    assert units == {"1244万人": "万人", "1.2万亿元": "万亿元", "六十日": "日"}  # `5日` is a date's day
    assert same_unit("万人", ("名", "人")) and same_unit("亿元", ("万元",)) and same_unit("人次", ("人",))
    assert not same_unit("万元", ("人",)) and not same_unit("万", ("人",))


def test_visits_answer_how_many_people_but_not_a_headcount():
    from assistant.answering.question import analyse
    assert same_unit("人次", analyse("累计帮扶困难群众多少人").unit)
    assert not same_unit("人次", analyse("日喀则政协一共有多少名委员").unit)
    assert not same_unit("人次", analyse("日喀则 政协委员 总人数").unit)


def test_events_asked_in_ci_are_written_in_chang_or_qi():
    from assistant.answering.question import analyse
    asked = analyse("2022年日喀则市政协开展了多少次委员讲堂").unit  # `开展“委员讲堂”活动3场`
    assert same_unit("场", asked) and same_unit("期", asked) and not same_unit("人", asked)


def test_a_magnitude_asked_alone_and_a_dates_day():
    assert same_unit("万人", ("万",)) and same_unit("万亿元", ("万亿",)) and not same_unit("人", ("万",))
    found = [m.group() for m in QUANTITY.finditer("每年一月三十一日前报送，六十日内作出决定")]
    assert found == ["六十日"]  # 三十一日 is the day of a date


def test_a_list_asked_by_its_number_is_not_answered_by_a_text_counting_another():
    assert states_another_count("四种", "颜色", "分别生成绿色、橙色两种不同颜色的健康码")
    assert not states_another_count("四种", "颜色", "分为红、橙、黄、绿四种颜色进行管理")
    assert not states_another_count("四项", "工作", "聚焦四项工作重点、两项任务")  # the asked number is among them
    assert not states_another_count("四个", "方面", "涉及全市12个区县的工作")  # counts no 方面
    assert not states_another_count("十条", "措施", "依照第35条、第十二条处理")  # article numbers count nothing


def test_working_days_answer_how_many_days():
    from assistant.answering.question import analyse
    units = {m.group(): stated_unit(m) for m in QUANTITY.finditer("自收到之日起五个工作日内进行审核，10个工作日内完成")}
    assert units == {"五个工作日": "个工作日", "10个工作日": "个工作日"}  # not `五个`: 个 counts no days here
    assert same_unit("个工作日", analyse("几天内审核").unit) and not same_unit("个工作日", analyse("几个部门").unit)


def test_a_part_typed_in_digits_is_read_as_laws_number_it():
    from assistant.answering.figures import part_as_written
    from assistant.answering.question import analyse

    assert [part_as_written(f"第{n}条") for n in (3, 10, 12, 20, 105, 120)] == \
        ["第三条", "第十条", "第十二条", "第二十条", "第一百零五条", "第一百二十条"]
    assert part_as_written("第5批") == "第5批"  # a batch is written as the text writes it
    assert analyse("会计法第3章主要讲了什么").of_kind("ordinal") == ["第三章"]
    assert analyse("刑法第一百二十条之一讲了啥").of_kind("ordinal") == ["第一百二十条之一"]  # an article of its own


def test_the_first_is_also_written_with_shou_or_as_who_did_it_first():
    assert ordinal_written("第一个", "日喀则市政协在全区七市地政协中首个成立专委会功能性党小组")
    assert ordinal_written("第一个", "率先在全盟成立三级铸牢中华民族共同体意识促进会")
    assert ordinal_written("第一批", "首批试点的徐汇斜土街道") and ordinal_written("第二批", "第二批模范单位")
    assert not ordinal_written("第一批", "率先试点")  # a batch is written 首批, never 率先
    assert not ordinal_written("第二批", "首批试点") and not ordinal_written("第一个", "成立促进会")
    assert not ordinal_written("第一个", "党员干部率先垂范") and not ordinal_written("第一条", "全国首条磁悬浮线路")


def test_a_share_of_a_whole_is_a_quantity_but_a_percentage_written_out_is_not():
    share = QUANTITY.search("被判处有期徒刑的犯罪分子，执行原判刑期二分之一以上")
    assert share.group() == "二分之一" and stated_unit(share) == "分之"
    assert [match.group() for match in QUANTITY.finditer("增长百分之五十，千分之三，十分之重要")] == []


def test_a_range_in_chinese_numerals_is_one_quantity():
    assert [m.group() for m in QUANTITY.finditer("各部设部长一人，副部长二至四人")] == ["一人", "二至四人"]
    assert stated_unit(QUANTITY.search("委员五至十人")) == "人"
    assert not QUANTITY.search("一月三十一日")  # a date's day, still
