"""Places and posts as texts name them."""

from __future__ import annotations

from assistant.answering.places import POST, is_a_post, names_a_person, place_stem, place_words
from assistant.answering.question import analyse


def test_places_by_what_their_names_end_in():
    assert place_stem("上海市") == "上海" and place_stem("沪") == "沪"
    assert "墨竹工卡县" in place_words("墨竹工卡县甲玛乡赤康村") or "墨竹工卡" in place_words("墨竹工卡县甲玛乡赤康村")
    assert "堆龙德庆区" in place_words("助推堆龙德庆区乃琼街道加木村人居环境整治项目")  # jieba: 堆龙德庆/ns 区乃琼/nr
    assert place_words("建设美丽乡村") == [] and "河北县" not in place_words("推进河北县域经济")  # 乡村, 县域: words
    assert place_words("内蒙古盟市") == ["内蒙古"]


def test_provinces_and_prefectures_are_places_even_where_the_tagger_reads_a_person():
    # jieba tags 唐山 nr, 林芝 nrt and 保定 v; cpca's division table knows them
    assert {"唐山", "林芝", "保定"} <= set(place_words("唐山、林芝和保定的做法"))
    assert "恩施" in place_words("恩施开展民族团结创建")  # 恩施土家族苗族自治州 without its unit and peoples
    assert "新疆" in place_words("新疆各族群众")
    assert place_words("整合资源，加强合作，维护和平") == []  # counties named like everyday words are left out


def test_a_keyword_query_naming_a_prefecture_asks_about_that_place():
    from assistant.answering.question import analyse

    assert "唐山" in analyse("唐山 市直部门 承诺帮扶 民族乡").of_kind("place")
    assert "拉萨" in analyse("拉萨民委 2021年 四查四问 查找问题 条数").of_kind("place")


def test_a_post_named_with_its_body_asks_about_that_body():
    from assistant.answering.places import body_of
    from assistant.answering.question import analyse

    assert body_of("政协主席") == "政协" and body_of("统战部部长") == "统战部" and body_of("民宗局") == "民宗局"
    assert body_of("部长") is None and body_of("主席") is None
    assert analyse("廊坊市政协主席是谁").bodies == ["政协"]


def test_division_names_that_are_everyday_words_are_not_places():
    assert place_words("保障各族群众幸福安康，维护社会长治久安") == []
    assert "市辖区" not in place_words("廊坊市辖区内的民族乡")


def test_everyday_words_the_tagger_reads_as_places_are_not_places():
    # jieba's dictionary tags 普及, 归国 and 城市 ns
    assert place_words("二是举办低氟健康茶推广普及培训") == []
    assert place_words("做好归国华侨和城市民族工作") == []
    assert place_words("拉萨市和云南普洱再次携手") == ["拉萨市", "云南", "普洱"]  # places tagged ns stay


def test_words_the_tagger_makes_up_as_places_are_not_places():
    # no dictionary word and no unit at the end: 包联 (a cadre's assigned contact), 驻藏
    assert place_words("市政协主席班子包联指导县区政协工作") == []
    assert place_words("驻藏部队和松盘乡") == ["松盘乡"]


def test_a_village_the_tagger_reads_as_a_person_names_nobody():
    # 仁多岗/nr + 村: a village; the 1名县级干部 beside it is not named
    assert not names_a_person("委党政主要领导和1名县级干部分别赴墨竹工卡县门巴乡、仁多岗村开展活动")
    assert names_a_person("廊坊市民族宗教事务局党组书记、局长 杨毅")
    # a village the tagger cuts into names (玛乡赤, 康村), a congress by its number (二十大/nrt)
    assert not names_a_person("墨竹工卡县委县政府在墨竹工卡县甲玛乡赤康村共同举办喜迎党的二十大庆祝活动")
    # a name opening the name of a body of thought names no one acting
    assert not names_a_person("区商务厅等单位专题学习习近平法治思想，邀请法学专家面向全体干部宣讲")
    assert not names_a_person("以习近平新时代中国特色社会主义思想为指导")
    assert names_a_person("习近平总书记在西藏考察时指出")
    assert names_a_person("王建国同志政治思想坚定") and names_a_person("李村生同志任副组长")
    assert names_a_person("张伟市长在会上强调")  # a post after the name is no unit
    # a law's 题注 names no one: a title (立法法/nr) and an everyday word the dictionary tags nr (修正, 文明)
    assert not names_a_person("第十四届全国人民代表大会第一次会议《关于修改〈中华人民共和国立法法〉的决定》第二次修正）")
    assert not names_a_person("深入开展新时代文明实践活动")
    assert names_a_person("李强总理作政府工作报告") and names_a_person("王淑琴在《西藏日报》发表文章")
    # names the dictionary knows are people, with or without a post after them
    assert names_a_person("李强主持国务院常务会议") and names_a_person("国务院总理 李强") and names_a_person("彭真作说明")
    # a question reads them so too: 李强 is someone asked of, 修正 no one
    assert analyse("李强主持了哪次国务院常务会议").persons == ["李强"]
    assert analyse("2024年修正的《上海市人民代表大会常务委员会规范性文件备案审查条例》哪天施行").persons == []


def test_a_post_in_a_text_is_not_a_company_nor_a_place_running_through_it():
    assert POST.search("消费品工业司司长") and not POST.search("本公司长期关注中小企业，本司长期规划")
    assert POST.search("由省长签署") and not POST.search("湖南省长沙市")
    assert not POST.search("在市委常委(扩大)会议上的讲话精神") and POST.search("市委常委、副市长王慧")  # a meeting, no post


def test_a_word_standing_alone_names_a_post_by_its_ending():
    assert all(is_a_post(word) for word in ("局长", "政协主席", "司长", "村长", "委员长", "省长", "署长", "董事长", "盟长"))
    assert not any(is_a_post(word) for word in ("增长", "延长", "局面", "长沙", "公司长"))


def test_units_said_with_the_units_they_stand_for_name_no_place():
    assert place_words("推行主席班子包联指导县(区)政协工作制度,指导乡镇（街道）政协委员联络办建设") == []
    # a place in brackets, or named beside the units said for all, is still one
    assert "墨竹工卡县" in place_words("在墨竹工卡县召开，指导县(市、区)开展")
    assert "甲玛乡" in place_words("在墨竹工卡县（甲玛乡）开展")
    assert place_words("走访光明村") == ["光明村"]  # a common noun and its unit closing the text
    assert place_words("在达孜区(县)召开") == ["达孜区"] and place_words("在城关镇（街道）召开") == ["城关镇"]

