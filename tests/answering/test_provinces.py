"""Which province a place lies in: a province asked holds over a page on a city of it."""

from __future__ import annotations

from assistant.answering.provinces import inside_the_province, places_inside


def test_a_province_holds_its_prefectures_by_the_division_table():
    assert {"梧州", "南宁", "桂林"} <= set(places_inside("广西")) and set(places_inside("广西壮族自治区")) == set(places_inside("广西"))
    assert {"拉萨", "林芝", "日喀则"} <= set(places_inside("西藏"))  # not cut to 西 by its peoples' suffix (藏)
    assert places_inside("梧州") == () and places_inside("墨竹工卡县") == ()


def test_a_text_is_inside_the_province_asked_only_by_places_it_names_as_written():
    assert inside_the_province("广西壮族自治区", "广西梧州市第二批政府储备冻猪肉陆续出库")  # the province named too
    # 朝阳区 is 北京's and 长春's, no 辽宁 朝阳市: a Beijing notice is no 辽宁 city's
    assert not inside_the_province("辽宁", "朝阳区新型冠状病毒肺炎疫情防控工作领导小组通告。即日起，朝阳区各小区实行封闭式管理")
    assert not inside_the_province("梧州", "我市大润发超市梧州店")  # a city asked is no province
