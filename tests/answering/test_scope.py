"""Scope: a qualifier holds at the nearest scope that states something of its kind."""

from __future__ import annotations

from assistant.answering.question import analyse
from assistant.answering.scope import LEAD_CHARS, Scope, document_lead, issued_by_its_place
from assistant.answering.stated_times import stated_periods

TITLE = "中共拉萨市民族事务委员会党组关于2022年上半年工作总结暨下半年工作思路"


def scope(sentence: str, heading: str = "", title: str = TITLE, before: str = "", document: str = "") -> Scope:
    return Scope(sentence, before, before + sentence, heading, title, "2022-07-01", document or title + sentence)


def test_a_sentence_stating_another_year_is_out_of_scope_whatever_the_title_says():
    assert scope("2021年共召开学习6次").missing(analyse("拉萨市民委2022年召开学习几次?")) == ["2022年"]
    assert scope("共召开学习6次").missing(analyse("拉萨市民委2022年召开学习几次?")) == []
    assert scope("共召开学习6次").missing(analyse("拉萨市民委2021年召开学习几次?")) == ["2021年"]


def test_the_year_last_stated_before_the_sentence_is_its_year():
    asked = analyse("2021年共召开学习几次?")
    assert scope("共召开学习6次", before="2021年,委党组高度重视。").missing(asked) == []
    assert scope("共召开学习6次", before="2021年成绩显著。2022年,委党组高度重视。").missing(asked) == ["2021年"]


def test_a_heading_naming_a_period_overrides_a_title_naming_two():
    first_half, second_half = analyse("上半年共接访群众多少名?"), analyse("下半年共接访群众多少名?")
    assert scope("共接访群众300余名", heading="三、下半年工作思路").missing(first_half) == ["上半年"]
    # no period in the sentence or heading: the section belongs to the period the title names first
    assert scope("共接访群众300余名", heading="一、工作开展情况").missing(second_half) == ["下半年"]
    assert scope("共接访群众300余名", heading="一、工作开展情况").missing(first_half) == []
    # a month says which half: 3月 is in the first
    assert scope("3月1日至20日共接访群众300余名", heading="三、下半年工作思路").missing(first_half) == []


def test_months_tell_their_half_year_and_quarter():
    assert stated_periods("3月1日至20日") == ["上半年", "一季度"]
    assert stated_periods("下半年,9月底前") == ["下半年", "三季度"]


def test_a_place_named_once_beside_a_figure_for_another_place_is_out_of_scope():
    text = "今年我市经费预算才100万元,建议参照阿里地区(1000余万元)等兄弟城市"
    document = TITLE + "工作开展情况。" * 30 + text
    asked = analyse("林芝市民族团结创建经费是多少?")
    assert scope("市财政解决1000万元资金", document=document + "林芝市").missing(asked) == ["林芝"]
    assert scope("建议参照林芝市(600余万元)", document=document + "林芝市").missing(asked) == []
    assert scope("建议参照林芝市(600余万元)", document=document).local_places(asked) == ["林芝"]


def test_a_sentence_naming_another_place_holds_only_in_a_document_about_the_asked_one():
    asked = analyse("墨竹工卡县什么时候被命名为模范县?")
    document = TITLE + "工作开展情况。" * 30 + "赴墨竹工卡县门巴乡开展活动。"
    assert scope("拉萨市命名100家模范单位", document=document).missing(asked) == ["墨竹工卡"]
    assert scope("墨竹工卡县2021年被命名为模范县", document=document).missing(asked) == []


def test_the_documents_own_place_holds_throughout():
    asked = analyse("上海市交通银行对受影响企业提供什么支持?")
    document = "2月10日,复工首日。" + "在上海,……" * 3 + "交通银行设置直接融资服务绿色通道。"
    assert scope("交通银行设置直接融资服务绿色通道", title="", document=document).missing(asked) == []
    assert scope("交通银行设置直接融资服务绿色通道", title="", document="交通银行设置绿色通道").missing(asked) == ["上海市"]


def test_designations_are_not_places():
    assert analyse("墨竹工卡县何时被命名为市级模范县?").of_kind("place") == ["墨竹工卡"]
    assert analyse("全市有几个示范区?").of_kind("place") == []


def test_a_sentence_about_the_whole_province_is_not_about_one_of_its_cities():
    asked = analyse("杨毅对廊坊今年民族工作要达到的总体效果是怎么概括的")
    document = "杨毅:" + "廊坊市民族宗教事务局。" * 3  # an interview: its lead names him
    assert scope("全省民族工作整体跃升", title="", document=document).missing(asked) == ["廊坊"]
    assert scope("全市民族工作整体跃升", title="", document=document).missing(asked) == []


def test_a_year_a_sentence_compares_with_is_not_its_year():
    asked = analyse("2021年全市完成固定资产投资多少万元")
    assert scope("2022年全市完成投资500万元,比2021年增长5%").missing(asked) == ["2021年"]


def test_a_month_is_matched_whole():
    assert scope("11月召开会议3次", title="").missing(analyse("1月召开几次会议")) == ["1月"]
    assert scope("1月召开会议3次", title="").missing(analyse("1月召开几次会议")) == []


def test_a_document_titled_with_another_place_is_not_about_the_asked_one():
    title = "林芝市民宗局2022年上半年工作总结"
    document = title + "工作开展情况。" * 30 + "赴拉萨学习。" * 4 + "共下拨资金500万元。"
    assert scope("共下拨资金500万元", title=title, document=document).missing(analyse("拉萨市下拨资金多少万元")) == ["拉萨市"]


def test_a_whole_the_place_only_ranks_in_leaves_the_sentence_to_the_place():
    asked = analyse("廊坊的民族团结进步品牌叫啥名")
    document = "廊坊市民族宗教事务局。" * 3
    ranked = "持之以恒抓“石榴花开”民族团结进步品牌建设,争取进入全国、全省示范行列"
    assert scope(ranked, title="", document=document).missing(asked) == []
    assert scope("在全省率先建成品牌", title="", document=document).missing(asked) == []
    # after a dateline's bracket the whole opens the sentence: it speaks of the province
    assert scope("长城网讯(记者 李昭)全省民委主任会议明确了品牌", title="", document=document).missing(asked) == ["廊坊"]


def test_a_body_holds_only_where_it_is_named_or_what_the_document_is_about():
    asked = analyse("拉萨市政协上半年开展了几次视察")
    assert asked.bodies == ["政协"]
    assert scope("上半年开展视察3次").missing(asked) == ["政协"]  # a 民委 report says nothing of the 政协
    assert scope("市政协上半年开展视察3次").missing(asked) == []
    assert scope("上半年开展视察3次", before="市政协组织委员深入基层。").missing(asked) == []
    about_the_body = "2022年日喀则市政协工作综述"
    assert scope("上半年开展视察3次", title=about_the_body).missing(analyse("日喀则政协上半年开展了几次视察")) == []
    # an abbreviation holds through the full name the document uses
    assert scope("上半年召开会议3次").missing(analyse("拉萨民委上半年开会几次")) == []


def test_a_body_named_now_and_then_is_not_what_the_document_is_about():
    asked = analyse("拉萨市政协上半年机关支部集中学习了几次？")
    document = TITLE + "工作。" * 50 + "市政协党组副书记格桑次旦。区政协主席。市政协委员。" + "工作。" * 60
    assert scope("上半年机关支部集中学习10次", document=document).missing(asked) == ["政协"]


def test_a_body_signing_the_document_at_its_end_holds():
    asked = analyse("民宗局有没有开展宣传月活动")
    document = "长城网讯 全省民委主任会议召开。" + "工作。" * 80 + "(作者:廊坊市民族宗教事务局党组书记、局长 杨毅)"
    assert scope("组织开展好全市宣传月活动", title="杨毅:紧扣主线", document=document).missing(asked) == []


def test_a_body_the_opening_lines_name_as_guide_or_in_a_post_is_not_the_documents_own():
    asked = analyse("拉萨市委统战部一共查出多少条问题？")
    lead = TITLE + "\n2022年上半年,在市委、市政府的正确领导及市委统战部的悉心指导下,市委常委、统战部部长王某任副组长。"
    document = lead + "各族群众安居乐业。" * 30 + "领导干部开展自查工作,查找出问题84条。"  # the closing lines name no body
    assert "统战部" in scope("查找出问题84条", document=document).missing(asked)
    document = TITLE + "\n市委统战部2022年上半年工作总结。领导干部开展自查工作,查找出问题84条。"
    assert scope("查找出问题84条", document=document).missing(asked) == []


def test_a_year_naming_the_document_holds_by_its_date_or_title_not_the_year_it_reviews():
    asked = analyse("24年报告说的新三样是哪三样")
    review = Scope("“新三样”产品出口增长近30%", "", "", "一、2023年工作回顾", "政府工作报告", "2024-03-05", "")
    assert review.missing(asked) == []
    assert Scope("“新三样”产品出口增长近30%", "", "", "一、2023年工作回顾", "政府工作报告", "2023-03-05", "").missing(asked) \
        == ["2024年"]
    assert Scope("“新三样”…", "", "", "", "zhengfu_gongzuo_baogao_2024", None, "").missing(asked) == []


def test_a_dated_document_is_of_its_dates_year_whatever_years_its_title_names():
    asked = analyse("23年预算报告里赤字规模是多少")
    title = "关于2023年中央和地方预算执行情况与2024年中央和地方预算草案的报告"
    assert Scope("赤字规模4.06万亿元", "", "", "", title, "2024-03-05", "").missing(asked) == ["2023年"]
    assert Scope("赤字规模4.06万亿元", "", "", "", title, None, "").missing(asked) == ["2023年"]  # two years: neither


def test_a_peer_place_listed_for_comparison_is_not_what_the_sentence_is_about():
    compared = "今年我市民族团结创建工作专项经费预算才100万元,建议参照阿里地区(1000余万元)、林芝市(600余万元)等兄弟城市,市财政解决1000万元资金"
    report = TITLE + "。一、工作开展情况" + "委党组高度重视。" * 20  # the opening lines are the report's own
    assert scope(compared, document=report + compared).missing(analyse("林芝市是怎么推进模范区创建的")) == ["林芝"]
    # the figure beside it is its own
    assert scope(compared, document=report + compared).missing(analyse("林芝市模范区创建经费有多少")) == []
    # a place below the document's own is part of it; posts listed after a place are no places
    projects = "加快堆龙德庆区乃琼街道加木村人居环境整治项目、松盘乡草畜一体化建设项目、嘎巴村乡村生态旅游改造提升项目"
    assert scope(projects, document=report + projects).missing(analyse("松盘乡有什么项目")) == []
    visit = "四川省雅安市雨城区政协主席、藏茶产业发展工作领导小组组长张燕一行11人莅临拉萨市调研健康茶工作"
    assert scope(visit, document=report + visit).missing(analyse("雅安市政协主席是谁")) == []
    listed = "林芝市、山南市联合举办民族团结进步展览"  # listed, but not to compare with
    assert scope(listed, document=report + listed).missing(analyse("林芝市是怎么开展民族团结宣传的")) == []


def test_a_pages_dateline_pushes_nothing_out_of_its_lead():
    opening = "标题\n" + "区直机关" * 35 + "西藏"
    dated = "标题\n2022年04月01日 08:56\n" + "区直机关" * 35 + "西藏"
    assert len(opening) <= LEAD_CHARS and "西藏" in document_lead(dated)


def test_a_person_holds_only_where_named_near_or_what_the_document_is_about():
    asked = analyse("全国模范个人王淑琴是哪个单位的？")
    listing = "培树了全国民族团结进步模范个人王淑琴、云峰等先进典型。"
    assert scope("协调民委委员单位出台配套举措", before="全市创建示范单位。").missing(asked) == ["王淑琴"]
    assert scope(listing).missing(asked) == []
    assert scope("她现任社区党支部书记", before=listing).missing(asked) == []  # the sentence before names her
    assert scope("协调民委委员单位出台配套举措", title="王淑琴:扎根社区二十年").missing(asked) == []


def test_a_demonstrative_the_tagger_takes_for_a_name_is_no_person():
    assert analyse("日喀则政协启动修编的那本书叫什么").persons == []


def test_a_law_is_of_the_year_of_its_version_or_its_files_name():
    header = "中华人民共和国国务院组织法\n1982年12月10日 第五届全国人民代表大会第五次会议通过\n2024年3月11日 第十四届全国人民代表大会第二次会议修订\n第一条 …"
    law = Scope("第一条 …", "", "第一条 …", "", "中华人民共和国国务院组织法", None, header, "zuzhifa")
    assert law.missing(analyse("国务院组织法2024年版，国务院由哪些人组成")) == []
    assert law.missing(analyse("国务院组织法1982年版，国务院由哪些人组成")) == ["1982年"]
    # a file named by its version holds that year when its header stops at an earlier amendment
    named = Scope("第一条 …", "", "第一条 …", "", "全国年节及纪念日放假办法", None,
                  "全国年节及纪念日放假办法\n2007年12月14日 《国务院关于修改〈全国年节及纪念日放假办法〉的决定》第二次修订", "fangjia_banfa_2013")
    assert named.missing(analyse("放假办法2013年版，全体公民放假的节日有哪些")) == []


def test_the_last_month_stated_before_a_sentence_gives_both_its_half_year_and_its_quarter():
    before = "上半年共召开学习6次。1月25日召开民主生活会;4月28日召开安排部署会议,签订责任书6份;"
    assert scope("职级晋升干部2名", before=before).missing(analyse("上半年职级晋升的干部有多少")) == []
    assert scope("职级晋升干部2名", before=before).missing(analyse("二季度职级晋升的干部有多少")) == []
    assert scope("职级晋升干部2名", before=before).missing(analyse("下半年职级晋升的干部有多少")) == ["下半年"]


def test_digits_inside_a_files_hash_name_no_year():
    report = Scope("共收到提案114件", "", "共收到提案114件", "", "政协工作综述", None, "政协工作综述\n共收到提案114件", "ncp-382026010d")
    assert report.missing(analyse("2026年政府工作报告说收到多少件提案")) == ["2026年"]


def test_a_notice_calling_its_place_by_its_unit_alone_is_about_the_place_it_is_signed_or_named_with():
    asked = analyse("天津市场监管委对专利评估费用单笔最高补贴多少？")
    sentence = "给予单笔补贴金额最高不超过3万元。"
    body = "各单位要认真贯彻落实，切实做好服务企业工作，加强指导协调，确保各项措施落到实处。" * 4  # past the lead

    def missing(document: str, question=asked) -> list[str]:
        return Scope(sentence, "", sentence, "", "", None, document).missing(question)

    named = "市市场监管委印发关于服务企业第二批措施的通知 各区局：" + sentence + body + "天津市市场监督管理委员会负责解释。"
    assert missing(named) == []
    signed = "关于服务企业的通告 市市场监管委决定：" + sentence + body + " 天津市市场监督管理委员会 2020年2月10日"
    assert missing(signed) == []
    headquarters = "关于进一步强化十条措施的公告 结合我省实际。" + sentence + body + " 天津市新型冠状病毒感染的肺炎疫情防控应急指挥部 2020年2月5日"
    assert missing(headquarters, analyse("天津对专利评估费用单笔最高补贴多少？")) == []
    assert missing(headquarters) == ["市场监管委"]  # the body asked is named nowhere near
    # the place only named in passing, `市场` no bare unit, a closing sentence no signature
    assert missing("市市场监管委印发关于服务企业措施的通知 " + sentence + body + "对来自天津市的人员要登记。") == ["天津"]
    assert missing("市场监管总局关于严厉打击哄抬价格的公告 " + sentence + body + "天津市市场监督管理委员会负责解释。") == ["天津"]
    assert missing("关于服务企业的通告 " + sentence + body + "会议要求，天津市各区全部2020年底前完成。") == ["天津", "市场监管委"]


def test_a_named_day_holds_where_the_opening_lines_of_a_file_with_no_title_name_it():
    asked = analyse("春节后错峰返程中客车要严格执行什么运输？")
    sentence = "三类以上道路客运班线客车要严格执行“点对点”运输。"
    notice = "关于统筹做好春节后错峰返程疫情防控和交通运输保障工作的通知 各省交通运输厅：" + sentence
    assert Scope(sentence, "", sentence, "", "ncp-02e6d1d8a6", None, notice).missing(asked) == []
    assert Scope(sentence, "", sentence, "", "ncp-1", None, "关于做好运输保障工作的通知 " + sentence).missing(asked) == ["春节"]
    # a titled document's opening lines are no title: `春节前夕…` there says nothing of this section
    assert Scope(sentence, "", sentence, "", "3·28纪念活动综述", None, notice).missing(asked) == ["春节"]


def test_a_sentence_naming_other_batches_or_counting_them_all_is_not_about_the_batch_asked():
    asked = analyse("第五批国家中医医疗队共有多少名队员？")
    assert scope("其中35名医务人员将编入第五批国家中医医疗队。").missing(asked) == []
    assert scope("共投放队员300名。").missing(asked) == []  # names no batch: the nearer scopes decide
    assert scope("河南第十一批、第十二批医疗队出征，随即209名医疗队员赶赴机场。").missing(asked) == ["第五批"]
    assert scope("截至目前，我省共出发十二批，队员1199人。").missing(asked) == ["第五批"]
    # an article's number is no batch
    assert scope("依照第三条规定处理。").missing(analyse("第五条规定了什么？")) == []


def test_a_year_said_relative_to_the_documents_date_is_that_year():
    report = "政府工作报告"  # dated 2022-07-01 by scope(): its 去年 is 2021
    asked = analyse("2021年国内生产总值增长多少")
    assert scope("全年国内生产总值增长8.1%", title=report, before="过去一年，我国经济发展稳中有进。").missing(asked) == []
    assert scope("去年国内生产总值增长8.1%", title=report).missing(asked) == []
    assert scope("今年国内生产总值预期增长5.5%", title=report).missing(asked) == ["2021年"]
    assert scope("比去年增长5%", title=report).missing(analyse("2022年增长多少")) == []  # a comparison's base is no year said



def test_a_year_asked_relative_to_now_is_never_the_documents_own():
    asked = analyse("拉萨民委前年写了多少篇心得体会")  # the document speaks of 2022: 前年 is 2020 or 2021
    assert scope("上半年撰写心得体会24篇").missing(asked) == ["前年"]
    assert scope("2021年撰写心得体会20篇").missing(asked) == []
    assert scope("明年计划撰写心得体会30篇").missing(analyse("拉萨民委明年计划写多少篇心得体会")) == []  # 2023
    assert Scope("撰写心得体会24篇", "", "", "", TITLE.replace("2022年", ""), None, "").missing(asked) == []  # no year known
    assert scope("2024年计划撰写心得体会30篇").missing(analyse("拉萨民委后年计划写多少篇心得体会")) == []  # 2024 or 2025
    assert scope("2023年计划撰写心得体会30篇").missing(analyse("拉萨民委后年计划写多少篇心得体会")) == ["后年"]
    for inside in ("提前年度预算怎么安排", "目前年龄满60周岁的有多少", "春节前年货供应", "退休后年金怎么领取"):
        assert analyse(inside).of_kind("relative_year") == []  # 前年, 后年 inside other words
    assert analyse("截至前年底有多少").of_kind("relative_year") == ["前年"]


def test_a_comparison_with_last_year_or_a_word_holding_its_characters_states_no_year():
    asked = analyse("2022年增长多少")
    assert scope("全市增长4.5%，与去年同期相比提高1.2个百分点").missing(asked) == []  # dated 2022
    assert scope("对过去年度结余资金进行清理").missing(asked) == []


def test_a_titles_relative_year_is_of_a_part_it_announces():
    title = "拉萨市民委2022年工作总结和明年工作计划"
    assert scope("共召开学习12次", heading="一、主要工作", title=title).missing(analyse("2022年召开学习几次")) == []



def test_a_relative_year_is_counted_from_the_year_a_titled_document_speaks_of():
    title = "拉萨市民委2022年工作总结"  # published in January 2023: its 今年 is 2022
    late = Scope("今年共召开学习12次", "", "今年共召开学习12次", "", title, "2023-01-05", title)
    assert late.missing(analyse("2022年召开学习几次")) == []


def test_a_documents_number_holds_where_the_document_writes_it_however_bracketed():
    asked = analyse("财办〔2020〕7号要求各级财政部门怎么保障经费")
    sentence = "各级财政部门要及时足额安排疫情防控经费"
    assert scope(sentence, document="财政部办公厅关于…的通知 财办[2020]7号 " + sentence).missing(asked) == []
    assert scope(sentence, document="财政部办公厅关于…的通知 财办〔2020〕17号 " + sentence).missing(asked) == ["财办〔2020〕7号"]
    assert scope(sentence, document="国务院办公厅关于…的通知 国办发〔2020〕7号 " + sentence).missing(asked) == ["财办〔2020〕7号"]


def test_a_month_asked_as_its_month_holds_only_where_that_month_is_stated():
    asked = analyse("将2020年3月份纳税申报期限延长至哪一天")
    assert "3月" in asked.of_kind("period")
    assert scope("2020年2月份纳税申报期限进一步延长至2月28日").missing(asked) == ["3月"]
    assert scope("2020年3月份纳税申报期限延长至3月18日").missing(asked) == []


def test_a_place_the_sentence_excepts_is_not_what_it_is_about():
    asked = analyse("湖北省2月份的申报纳税期限延长至哪一天")
    assert "湖北省" in scope("除湖北省外，全国范围内2月份申报纳税期限再次延长至2月28日").missing(asked)
    assert "湖北省" not in scope("湖北省2月份申报纳税期限延长至3月6日").missing(asked)
    assert "湖北省" not in scope("免除湖北省外贸企业2月份的滞纳金").missing(asked)  # 免除 excepts nothing


def test_a_notice_naming_no_place_is_its_signers_in_either_numerals():
    body = "关于做好疫情防控工作的通知 各有关单位：" + "现将有关事项通知如下，请认真贯彻执行。" * 40 + "特此通知。 "
    for signed in ("江西省卫生健康委员会 2020年1月27日", "江西省卫生健康委员会 二〇二〇年一月二十七日"):
        assert issued_by_its_place("江西", "关于做好疫情防控工作的通知", body + signed)
        assert not issued_by_its_place("湖南", "关于做好疫情防控工作的通知", body + signed)


def test_a_figure_restated_without_its_day_is_still_that_days():
    # the headline restates the body's `截至2月11日…` figure: it is no 16th's, though the title names February
    headline, title = "医用N95口罩产能利用率已达128%", "2月12日国新办发布会"
    document = f"{title}\n{headline}\n截至2月11日，全国口罩产能利用率已经达到94%，医用N95口罩产能利用率已达到128%。"
    assert scope(headline, title=title, document=document).missing(analyse("截至2月16日，N95口罩产能利用率达到多少？")) == ["2月16日"]
    assert scope(headline, title=title, document=document).missing(analyse("截至2月11日，N95口罩产能利用率达到多少？")) == []
    # a figure stated nowhere else holds through its month, as before
    assert scope("产能利用率已达128%", title=title, document=f"{title}\n产能利用率已达128%").missing(
        analyse("截至2月16日，产能利用率达到多少？")) == []
    # in its passage, after the title's line: still the body's day
    assert scope(headline, title=title, before=f"{title}\n", document=document).missing(
        analyse("截至2月12日，N95口罩产能利用率达到多少？")) == ["2月12日"]
    # a two-digit figure is many facts': the sentence before dates it
    before = "截至2月15日24时，全省累计治愈出院病例10例。2月16日0—24时，全省新增确诊病例1933例。"
    assert scope("其中，武汉市新增确诊病例10例。", before=before, document=before + "其中，武汉市新增确诊病例10例。").missing(
        analyse("2月16日武汉市新增确诊病例多少例？")) == []


def test_a_sentence_going_on_from_the_one_before_is_in_its_place_but_a_new_one_is_not():
    asked = analyse("雨城区一行的座谈交流会在哪儿开的？")
    visit = "6月16日,四川省雅安市雨城区政协主席张燕一行11人莅临拉萨市调研健康茶工作。"
    document = TITLE + "工作开展情况。" * 30 + visit
    assert scope("并在市政府召开座谈交流会。", before=visit, document=document).missing(asked) == []
    assert scope("在市政府召开座谈交流会。", before=visit, document=document).missing(asked) == ["雨城区"]
    assert scope("并不在市政府召开座谈交流会。", before=visit, document=document).missing(asked) == ["雨城区"]
    assert scope("并购重组完成12起。", before=visit, document=document).missing(asked) == ["雨城区"]  # 并 in a word
    # one going on that names a place of its own, or the whole, speaks of that
    assert scope("期间,日喀则市召开座谈交流会。", before=visit, document=document).missing(asked) == ["雨城区"]
    assert scope("之后,全区召开座谈交流会。", before=visit, document=document).missing(asked) == ["雨城区"]


def test_a_province_asked_holds_in_a_document_on_a_city_of_it_that_never_names_the_province():
    asked = analyse("广西第二批储备冻猪肉的销售价如何？")
    title = "第二批储备冻猪肉投放市场"
    city = title + "。我市第二批政府储备冻猪肉陆续定点销售，在市区大润发超市梧州店等投放点的基础上再增加。"
    sentence = "第二批储备冻猪肉的销售最高限价为出库价。"
    assert scope(sentence, title=title, document=city + sentence).missing(asked) == []
    # a city of another province, or one beside a place of another province, is not the province's
    assert scope(sentence, title=title, document=city.replace("梧州", "株洲") + sentence).missing(asked) == ["广西"]
    assert scope(sentence, title=title, document=city + "参照长沙做法。" + sentence).missing(asked) == ["广西"]
    # a city asked is not held by its province's other cities
    assert scope(sentence, title=title, document=city.replace("梧州", "柳州") + sentence).missing(
        analyse("梧州第二批储备冻猪肉的销售价如何？")) == ["梧州"]
