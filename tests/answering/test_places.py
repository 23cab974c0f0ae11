"""Places and bodies as texts name them."""

from __future__ import annotations

from assistant.answering.places import is_a_body, names_the_body, place_stem, place_words


def test_a_body_is_named_by_its_abbreviation_or_its_full_name():
    assert names_the_body("人社厅", "区人力资源和社会保障厅结合欠薪案件清零专项行动")
    assert names_the_body("医保局", "区医疗保障局制作办事指南")
    assert names_the_body("民宗局", "廊坊市民族宗教事务局")  # through the abbreviations table too
    assert not names_the_body("医保局", "区税务局加强办税服务厅")
    assert not names_the_body("政协", "市民委召开会议")


def test_bodies_and_places_by_what_their_names_end_in():
    assert is_a_body("统战部") and is_a_body("网信办") and not is_a_body("格局") and not is_a_body("举办")
    assert place_stem("上海市") == "上海" and place_stem("沪") == "沪"
    assert "墨竹工卡县" in place_words("墨竹工卡县甲玛乡赤康村") or "墨竹工卡" in place_words("墨竹工卡县甲玛乡赤康村")
