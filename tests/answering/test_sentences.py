"""Sentence answers: the sentence in scope that shares the topic and says something new."""

from __future__ import annotations

from assistant.answering.clauses import find_span
from assistant.answering.coverage import check, speaker_words
from assistant.answering.question import analyse
from assistant.answering.names import names_what_is_asked
from assistant.answering.sentences import find_sentence, topic_share
from assistant.answering.synonyms import Synonyms
from assistant.retrieval import Passage


def answer_of(text: str, question: str, heading: str = "", title: str = "标题") -> str | None:
    passage = Passage("d", title, heading, None, None, text, 0, len(text), 1.0)
    span = find_sentence(analyse(question, Synonyms()), passage, title + text)
    return None if span is None else text[span[0]:span[1]]


def test_the_answer_is_what_the_sentence_adds_not_its_echo_of_the_question():
    text = ("上海城管部门加强服务。为提升服务沿街商户的效能,上海城管部推广城管“防疫通”App,"
            "商户可在线申报复工信息。")
    answer = answer_of(text, "为提升服务沿街商户的效能,上海城管部推广了什么APP?")
    assert answer is not None and "“防疫通”App" in answer


def test_a_lead_answers_for_the_case_of_an_item_it_announces():
    text = ("第六十一条 代表有下列情形之一的，暂时停止执行代表职务，由代表资格审查委员会向本级人民代表大会常务委员会报告：\n"
            "（一）因刑事案件被羁押正在受侦查、起诉、审判的；\n（二）被依法判处管制、拘役或者有期徒刑而没有附加剥夺政治权利，正在服刑的。")
    answer = answer_of(text, "代表因刑事案件被羁押，代表职务由哪个机构向常委会报告")
    assert answer is not None and "代表资格审查委员会" in answer
    assert answer_of(text.replace("：\n", "。\n"), "代表因刑事案件被羁押，代表职务由哪个机构向常委会报告") is None  # no lead: apart
    # an item holding the whole topic answers before its lead
    measures = "第十条 县级以上人民政府应当采取下列措施：\n（一）设立民族团结专项资金，用于奖励模范集体和个人；\n（二）开展宣传教育。"
    assert answer_of(measures, "民族团结专项资金用于什么").startswith("（一）")


def test_a_heading_line_is_never_the_answer():
    text = "紧扣主线 聚焦重点\n廊坊聚焦夯实思想文化基础、推动高质量发展等四项工作重点。"
    assert answer_of(text, "廊坊聚焦重点是什么?", title="紧扣主线 聚焦重点") .startswith("廊坊聚焦")


def test_a_where_question_needs_a_place_of_the_asked_kind():
    text = "举办全市民族广场舞大赛、乒乓球比赛,开展送文化活动。"
    assert answer_of(text, "民族广场舞大赛在哪个县办的?") is None
    assert answer_of(text, "民族广场舞大赛在哪里比?") is None  # 广场 in 广场舞 is no venue
    assert "乃琼街道" in answer_of("加快堆龙德庆区乃琼街道加木村人居环境整治项目实施进度。", "加木村属于哪个街道?")
    assert "门巴乡" in answer_of("委领导赴墨竹工卡县门巴乡开展下基层大接访活动。", "下基层大接访去了哪个乡?")
    # a township and its village named together, which the tagger reads as people's names
    village = answer_of("3月25日,自治区民委在墨竹工卡县甲玛乡赤康村共同举办庆祝“3·28”创建进乡村活动。",
                        "“3·28”创建进乡村活动在哪个村搞的")
    assert village is not None and "甲玛乡赤康村" in village


def test_out_of_scope_sentences_are_skipped():
    assert answer_of("2021年组织开展民族团结宣传月活动。", "2022年宣传月活动怎么开展的?") is None


def test_synonyms_count_towards_the_topic():
    question = analyse("上半年改变民族成分的有多少人?", Synonyms())
    assert topic_share(question, "予以变更民族成分8例") > topic_share(analyse("上半年改变民族成分的有多少人?", Synonyms("off")),
                                                               "予以变更民族成分8例")


def test_a_which_organisation_question_reads_on_to_the_name():
    text = ("工业和信息化部组织开展负压救护车重点生产企业督导检查,为做好疫情防控物资保障工作,加强负压救护车生产质量检查工作,"
            "工业和信息化部装备工业一司会同国家卫健委、国家药监局相关司局赴北京北铃专用汽车有限公司进行督导检查。")
    answer = answer_of(text, "工业和信息化部到哪家企业进行督导检查?")
    assert answer is not None and answer.endswith("北京北铃专用汽车有限公司进行督导检查")
    assert answer_of("工业和信息化部组织开展重点生产企业督导检查。", "工业和信息化部到哪家企业进行督导检查?") is None
    # the kind may be named with what it does (`哪家航空公司`): a plane's model names no airline
    assert analyse("是哪家航空公司首飞的？").asks_organisation and not analyse("有哪些措施帮企业").asks_organisation
    assert answer_of("国产大飞机C919投入商业运营，国产大型邮轮成功建造。", "国产大飞机C919投入商业运营，是哪家航空公司首飞的？") is None
    # a Party committee's office is a department (`市委网信办`)
    assert not names_what_is_asked(analyse("排查是哪个部门负责的？"), "按照市委统一部署，各单位开展了排查")  # a verb
    # a bureau named by a noun and the verb it governs (`乡村振兴局`); not a verb alone before the kind
    linked = analyse("拉萨把少数民族发展资金拿去助推乡村振兴，是跟哪个部门对接的？")
    assert names_what_is_asked(linked, "将少数民族发展资金用于助推乡村振兴战略,经与乡村振兴局对接")
    assert not names_what_is_asked(analyse("投资要找哪个机构"), "应当考虑银行等因素")
    # a body named after its place by a long name of what it does (`区人力资源和社会保障厅`)
    which_department = analyse("结合欠薪清零专项行动给群众解决问题的是哪个厅")
    assert names_what_is_asked(which_department, "区人力资源和社会保障厅结合我区欠薪案件清零专项行动")
    assert not names_what_is_asked(which_department, "结合我区欠薪案件清零专项行动，办好服务大厅")  # no body's name
    assert not names_what_is_asked(analyse("确诊患者送到哪家医院"), "确诊患者转诊医院接受治疗。")  # a subject's verb
    joint = "五是联合市委网信办做好健康茶网上舆论监测管控,市网络舆情监测平台设置“拉萨健康茶”监测专题。"
    assert "联合市委网信办" in answer_of(joint, "拉萨健康茶的网上舆论监测是跟哪个部门联手做的？", title="拉萨民委")
    # a public place where something is shown is named by what it is (`公交车站点`), the item set aside apart
    screens = analyse("乌兰浩特除了户外LED屏，还打算在哪儿播民族团结宣传标语和宣传片？")
    assert names_what_is_asked(screens, "利用户外及单位led屏、公交车站点等播放宣传民族团结进步宣传标语、宣传片等")
    assert not names_what_is_asked(screens, "利用户外及单位led屏等播放宣传民族团结进步宣传标语、宣传片等")
    # a city asked is not answered by a country or a region of countries; a city is
    forum = analyse("第三届“一带一路”国际合作高峰论坛是在哪个城市办的？")
    assert not names_what_is_asked(forum, "成功举办中国－中亚峰会、第三届“一带一路”国际合作高峰论坛等重大主场外交活动")
    assert names_what_is_asked(forum, "第三届“一带一路”国际合作高峰论坛在北京举行")
    assert names_what_is_asked(forum, "第三届“一带一路”国际合作高峰论坛在宁国举行")  # a city's name may end in 国
    assert not names_what_is_asked(analyse("这项试点在哪些城市开展？"), "这项试点在中国、东盟开展")
    # and so is a level's office called by what it does (`市作风办`); `城市举办` names none
    supervising = "各县(区)和相关单位启动工作参差不齐,缺乏有效监督,建议市作风办定期不定期进行专项督促。"
    assert "市作风办" in (answer_of(supervising, "拉萨民委觉得各县区启动工作参差不齐，建议让哪个部门来督促？", title="拉萨民委") or "")
    for verb in ("这座城市举办了活动，各单位加强督促", "老旧小区怎么办？各单位加强督促", "园区企业可办的事项，各单位加强督促",
                 "市县联办活动，各单位加强督促"):
        assert not names_what_is_asked(analyse("活动是哪个部门督促的？"), verb), verb
    # a kind of its own is answered by that kind: a 社区卫生服务中心 is no 医院
    assert analyse("哪家医院负责救治？").asks_organisation == "医院"
    assert answer_of("该区由社区卫生服务中心上门测量体温，负责救治。", "该区由哪家医院负责救治？") is None
    assert "卫生院" in (answer_of("该区由小楼镇卫生院负责救治。", "该区由哪家医院负责救治？") or "")
    assert "临床中心" in (answer_of("该市将上海市公共卫生临床中心作为定点救治医院。", "该市将哪家医院作为定点救治医院？") or "")
    assert not names_what_is_asked(analyse("理论学习在哪里开展的？"), "党员干部在工作中学习理论知识")  # 中学 is no kind here
    # a kind after verbs names no organisation (`考虑银行、保险…`); a name before it does
    which = analyse("国务院反垄断执法机构具体是哪个部门?", Synonyms())
    assert not names_what_is_asked(which, "应当考虑银行、保险等行业的实际情况，具体办法由国务院反垄断执法机构会同有关部门制定。")
    assert names_what_is_asked(which, "省医疗物资保障组委托甘肃药业投资集团统一收储。")
    assert names_what_is_asked(which, "会同教育部门扎实开展学校主题教育。")  # a department named by its field
    assert not names_what_is_asked(which, "具体办法应当考虑银行、保险等情况，由主管机关会同有关部门制定。")
    # a centre or an association named before its kind is an organisation; `以人民为中心` names none
    which = analyse("专业志愿者来自哪个机构？", Synonyms())
    assert names_what_is_asked(which, "经常参与大型活动保障的上海音速青年志愿服务中心专业志愿者正式到岗值守。")
    assert not names_what_is_asked(which, "志愿者坚持以人民为中心，正式到岗值守。")
    # an office inside a body (`哪个科室`) is answered by one named, not by any sentence on the topic
    which = analyse("拉萨民委现在是哪个科室在扛模范区创建的活", Synonyms())
    assert which.asks_organisation == "office" and analyse("哪个处罚最重", Synonyms()).asks_organisation == ""
    assert names_what_is_asked(which, "一是没有专职工作人员,现由我委宣传创建科2名工作人员承担。")  # tagged 宣传/创建/科
    assert names_what_is_asked(which, "来源:办公室") and names_what_is_asked(which, "交由政策法规处办理。")
    assert not names_what_is_asked(which, "民委系统及模范区创建单位积极组织开展宣传宣讲、义诊、科普等志愿服务活动。")
    assert not names_what_is_asked(which, "在会议室召开学科建设和本科教育座谈会。")  # words that only end so
    assert not names_what_is_asked(which, "审议了《关于完善专项组办公室工作机构的建议》。")  # in a document's title
    assert not names_what_is_asked(which, "对违反规定的，由公安机关处五日以下拘留。")  # 处 as a law's verb
    assert analyse("驾驶证考试有哪些科目？").asks_organisation == "" and analyse("哪个处长分管财务").asks_organisation == ""


def test_the_name_asked_for_may_come_in_the_sentence_after_the_topic():
    text = "计入省级储备库的医用口罩和防护服由省里统一调度。省医疗物资保障组委托甘肃药业投资集团统一收储。"
    assert "甘肃药业投资集团" in answer_of(text, "哪家企业负责收储甘肃省统一调度的医用口罩和防护服?")


def test_a_which_unit_question_is_answered_by_a_body_named_with_its_place():
    text = "培树了全国民族团结进步先进集体乌兰浩特市公安局和全国民族团结进步模范个人王淑琴等先进典型。"
    span = answer_of(text, "乌兰浩特评上全国民族团结进步先进集体的是哪家单位", title="乌兰浩特市民族事务委员会")
    assert span is not None and "乌兰浩特市公安局" in span


def test_an_articles_first_sentence_is_what_it_rules_not_a_heading():
    text = "第三十八条 代表在人民代表大会各种会议上的发言和表决，不受法律追究。"
    passage = Passage("d", "代表法", "第四章 代表执行职务的保障 > 第三十八条 代表在人民代表大会各种会议上的发言和表决，不受法律追究",
                      None, None, text, 0, len(text), 1.0)
    span = find_sentence(analyse("代表在会议上的发言是否受法律追究"), passage)
    assert span is not None and "不受法律追究" in text[span[0]:span[1]]


def test_whether_something_was_done_is_answered_only_by_a_sentence_saying_so():
    asked = "拉萨民委向市财政要的那1000万元资金批下来没有？"
    request = "建议参照兄弟城市,市财政解决1000万元资金用于模范区创建工作。"
    title = "拉萨市民委2022年上半年工作总结"
    assert answer_of(request, asked, title=title) is None  # a request, not its outcome
    assert "已拨付到位" in answer_of("市财政解决的1000万元资金已拨付到位。", asked, title=title)
    started = "启动文史馆升级改造工程。"
    assert answer_of(started, "文史馆升级改造完工了没有？", title=title) is None  # begun, not finished
    assert answer_of(started, "文史馆升级改造开始搞了没有？", title=title) == "启动文史馆升级改造工程"  # begun is what is asked
    assert "予以变更8例" in answer_of("收到8例变更申请,经审核,全部符合规定,予以变更8例。", "那8例变更申请都批了吗",
                                     title=title)


def test_whether_a_figure_is_reached_is_answered_only_by_a_sentence_stating_one():
    asked = "廊坊市直部门承诺给大围河回族满族乡的帮扶资金有没有超过500万元？"
    promised = "抓好市直有关部门对大围河回族满族乡承诺帮扶资金、项目的落实。"
    assert answer_of(promised, asked, title="廊坊") is None  # the funds, no sum
    assert "600万元" in answer_of("市直有关部门对大围河回族满族乡承诺帮扶资金600万元。", asked, title="廊坊")
    # a count naming what is asked of (`那16个大学生`) is no figure measured against
    students = "经联系目前我委帮扶的16名大学生都在准备参加全区公务员和事业单位考试。"
    assert answer_of(students, "拉萨民委帮扶的那16个大学生都已经找到工作了吗", title="拉萨民委") is not None
    # a threshold (`满500次`) and a figure asked beside the yes or no (`最多可以连任几届`) alike
    slander = "捏造事实诽谤他人，情节严重的，处三年以下有期徒刑。"
    assert answer_of(slander, "刑法里有没有写诽谤转发满500次就算情节严重", title="刑法") is None
    assert answer_of("全国人大代表可以参加代表小组活动。", "全国人大代表能否连任？最多可以连任几届？", title="代表法") is None
    assert answer_of("全国人大代表可以连任，连任不超过两届。", "全国人大代表能否连任？最多可以连任几届？", title="代表法") is not None


def test_a_laws_history_line_answers_only_what_is_asked_of_its_history():
    title = "中华人民共和国代表法"
    text = f"{title}\n2025年3月11日 第十四届全国人民代表大会第三次会议《关于修改〈中华人民共和国代表法〉的决定》第四次修正）"
    assert answer_of(text, "代表法：全国人大代表能否连任？", title=title) is None
    assert answer_of(text, "根据2025年修正的代表法，全国人大代表能否连任", title=title) is None  # the version named asks nothing
    assert "第三次会议" in answer_of(text, "代表法2025是哪次会议修正的", title=title)
    assert "第三次会议" in answer_of(text, "代表法是哪年修改的", title=title)
    assert answer_of(text, "代表法2025年第四次修正，主要改了哪些内容？概括一下", title=title) is None  # what it changed
    assert "第三次会议" in answer_of(text, "代表法2025修正涉及哪些条款，是哪次会议通过的", title=title)  # and when, asked
    # a dated sentence in the body of a report is no 题注 line
    report = "拉萨市民委工作简报\n一、竞赛\n2022年5月20日，拉萨市民委举办知识竞赛，评选出优秀作品30件，活动方案经党组研究通过。"
    assert "30件" in answer_of(report, "拉萨市民委知识竞赛评选出多少件优秀作品", title="拉萨市民委工作简报")


def test_a_how_question_whose_topic_ends_the_sentence_is_answered_by_the_means_before_it():
    text = "建强义务监督员队伍,采取联合执法、监督检查、实战演练等方式,提升依法行政能力。"
    answer = answer_of(text, "怎么提升依法行政能力")
    assert answer is not None and answer.startswith("建强义务监督员队伍") and "实战演练" in answer
    # also with a clause after the topic (`…依法处理,有效防范化解…风险隐患,守好阵地。`)
    text = "坚持部门联动,定期排查、及时研判、依法处理,有效防范化解涉及民族因素风险隐患,守好阵地。"
    answer = answer_of(text, "怎么防范化解涉及民族因素的风险隐患")
    assert answer is not None and answer.startswith("坚持部门联动") and "依法处理" in answer
    # but a longer clause after the topic says how itself, and what comes before is another matter
    text = "上半年，我委召开党组会议10次，加强政治理论学习，采取集中学习和个人自学相结合的方式。"
    answer = answer_of(text, "政治理论学习怎么学的")
    assert answer is not None and answer.startswith("加强政治理论学习") and "10次" not in answer


def test_a_things_name_asked_is_answered_only_by_a_sentence_naming_one():
    text = "组织网络志愿队开辟学雷锋专题报道20余篇,制作H5并组织网评员转载转发2000余次。"
    assert answer_of(text, "学雷锋那天做的H5叫什么名字") is None  # the sentence only mentions the H5
    named = answer_of("区税务局深化税收征管改革,推进便民办税春风行动。", "区税务局推进的便民办税行动叫什么名字")
    assert named is not None and "春风行动" in named  # named by what comes before the kind asked
    assert "C919" in answer_of("国产大飞机C919投入商业运营。", "投入商业运营的国产大飞机叫啥型号")
    # a book is named in 《》, not by a quoted theme
    reading = "举办“书香长伴凝聚共识”为主题的第二届“书香政协”委员读书活动,采取读书研讨等方式。"
    assert answer_of(reading, "第二届书香政协读书活动读的是哪本书") is None
    assert "《天意·国策》" in answer_of("启动《天意·国策》修编工作。", "启动修编的是哪本书")


def test_a_theme_asked_is_answered_only_by_a_sentence_stating_one():
    month = "组织开展好全市第三十一个民族团结进步宣传月活动,推动宣传教育常态化。会同教育部门开展学校主题教育实践活动。"
    assert answer_of(month, "第三十一个民族团结进步宣传月，活动主题口号是啥") is None  # a 主题教育 is no theme
    concert = "市委市政府举办盛世中国、幸福西藏——纪念西藏百万农奴解放63周年主题经典歌曲大赛成果汇报演出。"
    assert "盛世中国" in answer_of(concert, "经典歌曲大赛成果汇报演出，主题叫啥")
    assert analyse("活动主题是什么").asks_name == "theme" and analyse("开展了哪些主题活动").asks_name is None


def test_which_website_is_answered_only_by_a_sentence_naming_one():
    text = "区直机关工委修订创建工作方案,进一步突出工作重点、细化工作措施。"
    assert answer_of(text, "区直机关那篇文章是哪个网站发的") is None
    assert "上海人大公众网" in answer_of("审查建议可以通过上海人大公众网在线提交。", "审查建议在哪个网站提交")


def test_a_run_in_heading_answers_a_summary_with_its_paragraph():
    text = ("一年来,市政协常委会坚持人民至上,以主责主业促进民生事业发展。\n"
            "用心用情助力民生。结合创建文明单位工作,开展文明实践活动40余场次;捐款捐物价值累计11余万元。")
    answer = answer_of(text, "市政协用心用情助力民生主要做了哪些事？")
    assert answer is not None and answer.startswith("用心用情助力民生")


def test_a_name_asked_for_is_the_one_beside_what_is_asked_about():
    assert answer_of("国产大飞机C919投入商业运营，国产大型邮轮成功建造，新能源汽车产销量占全球比重超过60%。",
                     "建成的那艘国产大型邮轮叫什么名字？") is None  # C919 names the plane
    centre = answer_of("在庆祝“西藏百万农奴解放63周年纪念日”之际,拉萨市和云南普洱再次携手,成立拉萨净土低氟健康茶展销中心。",
                       "拉萨和普洱一起搞的那个低氟茶展销中心叫什么名字")
    assert centre is not None and "净土低氟健康茶展销中心" in centre  # its own characters before the kind


def test_a_document_number_asked_is_answered_by_one():
    asked = analyse("拉萨2022年模范区创建工作方案的文号是多少？", Synonyms())
    assert asked.kind == "general" and asked.asks_name == "number"  # a number is its name, not a figure
    assert names_what_is_asked(asked, "制定印发《…模范区工作方案》(拉创办发〔2022〕3号),细化分解11项任务清单。")
    assert not names_what_is_asked(asked, "制定印发《…模范区工作方案》,细化分解11项任务清单。")
    # a decree's number (`国务院第几号令`) is a name too, not a day (几号) nor a figure
    decree = analyse("经营者集中申报标准2024年那次修订，是国务院第几号令？", Synonyms())
    assert decree.kind == "general" and decree.asks_name == "number"
    assert names_what_is_asked(decree, "2024年1月22日 中华人民共和国国务院令第773号第二次修订")
    assert not names_what_is_asked(decree, "2018年9月18日 《国务院关于修改部分行政法规的决定》第一次修订")
    presidential = analyse("会计法那次修改是第几号主席令公布的？", Synonyms())
    assert presidential.asks_name == "number" and names_what_is_asked(presidential, "中华人民共和国主席令第三十五号公布")


def test_the_speaker_of_what_is_asked_is_named_in_the_opening_lines_not_the_answering_passage():
    lead = "新华社记者31日专访了中国疾控中心消毒学首席专家张流波。"
    text = "现在口罩是比较紧缺的。对于常规的口罩，4小时更换比较科学。"
    passage = Passage("d", "标题", "", None, None, text, 0, len(text), 1.0)
    question = analyse("中国疾控中心消毒学首席专家张流波认为，常规口罩戴多久换一次比较科学？", Synonyms())
    assert question.intent == "fact_date" and speaker_words(question)[-1] == "张流波"
    assert speaker_words(analyse("按照上级要求各单位要提交什么材料", Synonyms())) == []  # no one speaks
    assert check(question, text, "", "标题", lead + text).ok
    assert not check(question, text, "", "标题", "另一篇报道。" + text).ok
    span = find_span(question, passage, lead + text)
    assert span is not None and text[span[0]:span[1]].startswith("4小时更换")


def test_a_long_sentence_is_answered_where_it_speaks_of_the_topic_not_where_its_reasons_start():
    text = ("关于暂停办理婚姻登记业务的公告 广大市民朋友:鉴于当前新型冠状病毒肺炎防控严峻形势,为加强疫情防控工作,"
            "避免人员聚集,阻断疫情传播,有效地保障人民群众的生命安全和身体健康,经研究决定自即日起海陵区民政局婚姻登记处"
            "暂停办理所有婚姻登记业务(包括结婚登记、离婚登记、补领婚姻登记证等),恢复办理登记视疫情防控情况另行通知。")
    answer = answer_of(text, "海陵区民政局婚姻登记处疫情期间还能办离婚登记吗？", title="")
    assert answer is not None and "暂停办理所有婚姻登记业务" in answer
    # a few more of the question's words further on do not move the start past the subject
    text = ("为深入贯彻落实《关于开展地厅级及以上领导干部结对帮扶2022年应届高校毕业生就业创业工作的通知》精神,"
            "我委四级调研员以上9名同志,积极对接2022年应届高校毕业生,详细了解16名大学生的就业意愿。")
    answer = answer_of(text, "民委对接帮扶应届高校毕业生的是哪一级以上的干部", title="拉萨市民委上半年工作总结")
    assert answer is not None and "四级调研员以上" in answer


def test_where_something_is_done_online_is_the_service_named():
    text = ("为做好疫情防控期间投资项目审批管理工作，我省投资项目审批事项统一实行网上申报与网上办理。"
            "项目单位可通过河北省投资项目在线审批监管平台进行投资项目审批事项的在线申报。")
    answer = answer_of(text, "河北省投资项目审批事项在哪里网上申报？", title="")
    assert answer is not None and "在线审批监管平台" in answer
    assert answer_of("各单位要搭建工作平台，做好投资项目审批事项申报。", "河北省投资项目审批事项在哪里网上申报？", title="") is None


def test_an_apps_name_asked_is_answered_by_the_name_ending_in_its_kind():
    text = ("省大数据管理局抓紧征询收集企业群众节后急需办理事项。各单位通过政务服务网、12345政务服务热线、"
            "豫事办APP和微信公众号等渠道征询收集企业和群众近期需要办理的急事要事。")
    question = "大数据管理局征集企业群众急办事项用的手机APP叫啥"
    assert analyse(question, Synonyms()).asks_name == "service"
    assert analyse("这个APP是哪个部门开发的", Synonyms()).asks_name is None  # who runs it, not its name
    answer = answer_of(text, question, title="")
    assert answer is not None and "豫事办APP" in answer


def test_a_start_answers_whether_a_thing_has_begun_only_when_it_is_done_and_asked():
    assert answer_of("市里计划明年开始文史馆升级改造。", "文史馆升级改造开始搞了没有？") is None  # planned
    assert answer_of("对按期开工的企业，给予一次性开工补贴。", "开工补贴发了没有") is None  # a subsidy, not a start


def test_a_start_is_planned_only_by_a_plan_word_right_before_it_in_its_clause():
    asked = "应急响应启动了没有？"
    assert answer_of("按照疫情防控要求启动应急响应。", asked) == "按照疫情防控要求启动应急响应"  # 要求 plans nothing
    assert answer_of("启动文史馆升级改造工程。", "文史馆升级改造开始搞了没有呢？") == "启动文史馆升级改造工程"


def test_a_meeting_asked_needs_a_numbered_meeting_not_the_word_meeting():
    question = analyse("国务院组织法是在哪次会议上通过的")
    assert question.asks_name == "meeting"
    assert not names_what_is_asked(question, "国务院全体会议由国务院全体成员组成")
    assert names_what_is_asked(question, "1982年12月10日 第五届全国人民代表大会第五次会议通过")
    assert not names_what_is_asked(question, "这是第一次由新一届政府总理在大会上作报告")  # no term named


def test_the_dated_lines_under_a_title_are_about_the_document_when_a_name_is_asked():
    text = "中华人民共和国国务院组织法\n1982年12月10日 第五届全国人民代表大会第五次会议通过\n第一条 根据宪法，制定本组织法。"
    passage = Passage("d", "中华人民共和国国务院组织法", "", None, None, text, 0, len(text), 1.0)
    span = find_sentence(analyse("国务院组织法是在哪次会议上通过的"), passage, text)
    assert span is not None and "第五届全国人民代表大会第五次会议" in text[span[0]:span[1]]
    inside = Passage("d", "中华人民共和国国务院组织法", "第一章 总则", None, None, text, 0, len(text), 1.0)
    assert find_sentence(analyse("国务院组织法是在哪次会议上通过的"), inside, text) is None  # not its opening


def test_a_sentence_writing_the_questions_words_together_speaks_of_the_same_thing():
    text = ("如确属急需组织招聘的，尽量采用电话、视频等非现场方式办理，相关考察活动可延后开展。"
            "疫情防控期间，暂缓开展各类现场招聘活动，避免人员聚集。")
    answer = answer_of(text, "疫情防控期间针对现场招聘活动采用什么样的开展措施？")
    assert answer is not None and "暂缓开展各类现场招聘活动" in answer


def test_an_items_short_title_is_not_the_report_its_words_together_name():
    text = "三是认真开展民族成分变更工作。按照办法，上半年共收到8例变更子女民族成分的申请，予以变更8例。"
    answer = answer_of(text, "拉萨民委 民族成分变更 上半年", title="拉萨市民委上半年工作总结")
    assert answer is not None and "8例" in answer


def test_an_item_going_on_past_its_first_clause_is_no_mere_title():
    text = ("一是暂缓开展各类现场招聘活动，改为网上招聘。"
            "如确属急需组织招聘的，尽量采用非现场方式办理，相关考察活动可延后开展。")
    answer = answer_of(text, "针对现场招聘活动采取了哪些措施")
    assert answer is not None and "暂缓开展各类现场招聘活动" in answer


def test_a_short_bracketed_aside_does_not_part_the_words_it_stands_in():
    text = "区直各单位机关工委加强工作指导,印发创建工作方案。区（中）直机关首先是政治机关。"
    answer = answer_of(text, "區直機關說自己首先是個什麼機關？")
    assert answer is not None and "政治机关" in answer


def test_a_headings_title_with_a_comma_is_still_a_title():
    text = "（三）依法依规，认真开展民族成分变更工作。按照办法，上半年共收到8例变更子女民族成分的申请，予以变更8例。"
    answer = answer_of(text, "拉萨民委 民族成分变更 上半年", title="拉萨市民委上半年工作总结")
    assert answer is not None and "8例" in answer


def test_what_the_title_or_a_titleless_files_opening_says_counts_for_every_sentence_under_it():
    # a file named by a number has no title: its opening lines stand for one, so the sentence
    # repeating them (the call to act) has no edge over the one saying what is asked
    lead = "市文明办发出倡议 为做好疫情防控工作,市文明办向全市群众发出以下倡议:\n一、健康过节。"
    text = lead + "疫情期间不搞聚会,提倡行拱手礼,减少握手和近距离寒暄,避免交叉感染。"
    answer = answer_of(text, "市文明办倡议群众在疫情期间用什么礼节代替握手", title="d-0413")
    assert answer is not None and "拱手礼" in answer


def test_a_where_answer_reads_back_to_the_clause_naming_the_place():
    text = "在庆祝纪念日之际,拉萨市和云南普洱再次携手,成立净土健康茶展销中心。"
    answer = answer_of(text, "拉萨的健康茶展销中心是跟云南哪个地方合作搞的")
    assert answer == "拉萨市和云南普洱再次携手,成立净土健康茶展销中心"


def test_whether_there_is_a_thing_is_said_only_by_a_sentence_naming_it():
    from assistant.answering.sentences import names_what_is_asked_whether

    shop = analyse("拉萨净土低氟健康茶展销中心有没有开网店？")
    assert not names_what_is_asked_whether(shop, "成立拉萨净土低氟健康茶展销中心。")
    assert names_what_is_asked_whether(shop, "展销中心同步开设网店。")
    # the tagger's 能干 (of 能不能干) is no noun asked: the last word 会计 is
    accountant = analyse("因为做假账被追究刑事责任的人，以后还能不能干会计")
    assert names_what_is_asked_whether(accountant, "被依法追究刑事责任的人员，不得再从事会计工作。")
    # nor is a plan asked (`有没有打算…推…片子`): what is done, said in other words (`拍摄…短视频,在抖音…上广泛传播`)
    planned = analyse("乌兰浩特有没有打算在短视频平台上推民族团结主题的片子")
    assert names_what_is_asked_whether(planned, "拍摄民族团结进步主题创意短视频,在抖音、视频号上广泛传播")
    assert not names_what_is_asked_whether(analyse("有没有准备金制度"), "设立风险防范机制")  # a thing named 准备金
    # whether a rule holds is said in other words: only a thing's existence is asked so
    assert names_what_is_asked_whether(analyse("申请行政复议要不要交钱"), "行政复议机关受理行政复议申请，不得向申请人收取任何费用。")


def test_a_web_address_asked_is_answered_by_an_address_not_by_the_sites_name():
    asked = analyse("上海备案审查条例2021 备案审查信息平台 网址")
    assert asked.asks_name == "url"
    assert not names_what_is_asked(asked, "市人大常委会加强备案审查信息化建设，建立健全备案审查信息平台")
    assert names_what_is_asked(analyse("北京疾控中心 网址"), "（北京疾控中心网址：www.bjcdc.org）")
    assert analyse("北京疾控中心网址是多少").kind == "general"  # an address is no figure
    assert analyse("北京疾控中心 链接是什么？").asks_name == "url"
    assert analyse("域名注册管理办法规定了什么").asks_name != "url"


def test_a_meeting_held_at_a_government_or_committee_names_its_venue():
    where = analyse("调研组的座谈交流会在哪儿开的？")
    assert names_what_is_asked(where, "并在市政府召开座谈交流会,双方就继续加强推广进行了沟通交流")
    assert not names_what_is_asked(where, "双方就继续加强推广进行了沟通交流")
    assert not names_what_is_asked(analyse("市政府的座谈交流会在哪儿开的？"), "并在市政府召开座谈交流会")  # named already
    meeting = analyse("专题会议在哪儿开的？")
    for not_a_venue in ("关于市政府召开全市安全生产工作会议有关事项的通知", "在市委召开的全市经济工作会议上作部署",
                        "在此基础上县委召开专题会议"):  # 关于; who called it; a lead-in
        assert not names_what_is_asked(meeting, not_a_venue), not_a_venue


def test_a_sentence_going_on_from_the_one_before_shares_its_topic():
    text = ("6月16日,雨城区政协主席张燕一行11人莅临拉萨市调研健康茶工作,并深入城关区茶叶经销店实地调研低氟茶的销售行情。"
            "并在市政府召开座谈交流会,双方就继续加强推广进行了沟通交流。")
    answer = answer_of(text, "张燕一行来拉萨调研健康茶，座谈交流会在哪儿开的？")
    assert answer is not None and "在市政府召开座谈交流会" in answer


def test_the_means_asked_by_their_kind_are_read_from_the_clause_naming_the_kind():
    text = ("大力开展“民族团结月”系列活动,重点围绕模范典型事迹巡回宣讲,深入挖掘、选树和表彰一批模范集体和个人,"
            "采用模范事迹巡回报告、现场报告等方式深入社区、学校等开展事迹宣讲活动。")
    passage = Passage("d", "总结", "", None, None, text, 0, len(text), 1.0)
    start, end, _ = find_sentence(analyse("民族团结月打算用啥方式去宣讲模范事迹"), passage)
    assert text[start:end].startswith("采用模范事迹巡回报告、现场报告等方式")
    start, end, _ = find_sentence(analyse("民族团结月里，模范事迹宣讲打算用啥法子搞"), passage)  # the everyday word
    assert text[start:end].startswith("采用模范事迹巡回报告、现场报告等方式")
    start, end, _ = find_sentence(analyse("民族团结月打算去宣讲什么模范事迹"), passage)
    assert not text[start:end].startswith("采用")  # no means asked: from the first clause naming the topic
    # a clause naming the kind but none of the means (`创新宣讲方式`) is not where they are read
    text = "组织宣讲团采用巡回报告、现场报告深入社区宣讲模范事迹,不断创新宣讲方式,扩大覆盖面。"
    passage = Passage("d", "总结", "", None, None, text, 0, len(text), 1.0)
    start, end, _ = find_sentence(analyse("民族团结月打算用啥方式去宣讲模范事迹"), passage)
    assert "巡回报告" in text[start:end]


def test_a_bureau_asked_is_answered_by_a_named_bureau_not_the_departments_concerned():
    asked = analyse("承诺的帮扶资金，具体是市里哪个局牵头落实的")
    assert not names_what_is_asked(asked, "抓好市直有关部门对大围河回族满族乡承诺帮扶资金的落实")
    assert names_what_is_asked(asked, "由廊坊市民族宗教事务局牵头落实帮扶资金")


def test_a_which_word_before_a_post_or_a_word_ending_as_a_bureau_asks_no_bureau():
    assert analyse("市里哪个局长分管这项工作").asks_organisation == ""
    assert analyse("哪个局面最难应对").asks_organisation == ""
    bureau = analyse("帮扶资金是哪个局牵头落实的")
    assert not names_what_is_asked(bureau, "优化全市布局，牵头落实帮扶资金")
    assert not names_what_is_asked(bureau, "服务全市工作大局，牵头落实帮扶资金")
    assert not names_what_is_asked(analyse("哪个厅牵头落实"), "由市政务服务大厅牵头落实")



def test_a_theme_is_stated_not_a_kind_of_activity_and_when_it_was_set_asks_no_theme():
    month = "组织开展好第三十一个民族团结进步宣传月活动,开展主题党日活动,各单位开展主题活动120场。"
    assert answer_of(month, "第三十一个宣传月的主题是啥") is None
    assert analyse("活动主题是什么时候确定的").asks_name is None and analyse("主题为啥要这么定").asks_name is None
    # a name's own word before its kind, not the question's words met in another order or cut by the window
    assert answer_of("全市建成团结进步民族示范中心。", "那个民族团结进步示范中心叫什么名字") is None


def test_a_requirement_asked_is_answered_only_by_a_sentence_setting_one():
    mine = ("山西省属企业中已有70户煤炭企业进入正常生产状态，预计2月9日前陆续复工。"
            "正值疫情防控关键期，山西要求复工企业实行弹性工作制，错时、错峰、轮岗上班。煤炭企业采掘一线先复工。")
    for asked in ("山西煤炭企业复工要求？", "山西煤炭企业复工有什么要求", "山西对煤炭企业复工有哪些要求"):
        question = analyse(asked)
        assert question.asks_name == "requirement" and question.intent == "list"
        answer = find_span(question, Passage("d", "标题", "", None, None, mine, 0, len(mine), 1.0), "标题" + mine)
        assert answer is not None and "弹性工作制" in mine[answer[0]:answer[1]]
    assert answer_of(mine[:mine.index("正值")], "山西煤炭企业复工有什么要求") is None  # where things stand sets none
    # a figure a rule sets, or whose requirement, asks no requirement
    assert analyse("联名人数要求是多少").asks_name is None and analyse("按谁的要求整改的").asks_name is None


def test_a_requirement_is_set_by_a_modal_not_by_words_holding_one():
    from assistant.answering.names import sets_a_requirement
    asked = analyse("复工企业有什么要求")
    for setting in ("复工企业要做好员工健康监测", "返岗人员需持7日内核酸检测阴性证明", "不准聚集聚餐", "确保员工佩戴口罩"):
        assert sets_a_requirement(asked, setting), setting
    for status in ("企业应邀参加招聘会，应届毕业生已全部到岗", "相关部门积极回应企业诉求，已有70户企业复工", "主要领导亲自部署"):
        assert not sets_a_requirement(asked, status), status


def test_a_medium_asked_is_answered_by_a_medium_of_that_kind():
    aired = analyse("《红城竞开团结花》专题片在哪个电视台播出的？")
    assert aired.asks_organisation == "电视台"
    assert not names_what_is_asked(aired, "制作《红城竞开团结花》专题片等宣传精品展现全市守望相助的时代风貌")
    assert names_what_is_asked(aired, "《红城竞开团结花》专题片在内蒙古电视台播出")
    assert names_what_is_asked(aired, "《红城竞开团结花》专题片在内蒙古卫视播出")


def test_a_body_asked_of_an_act_is_one_named_with_that_act():
    punished = analyse("上海备案审查条例2021：报送单位不按时报备，由哪个部门给予处分？", Synonyms())
    assert not names_what_is_asked(punished, "市人民政府及其相关工作部门制定的规范性文件，由市人民政府办公厅报送备案")
    assert names_what_is_asked(punished, "对直接负责的主管人员，由市人民政府办公厅依法给予处分")
    assert names_what_is_asked(punished, "市人民政府办公厅依法给予处分")  # the body opening the sentence
    # a plain verb asked may be written otherwise: only an act a light verb carries must be stated
    assert names_what_is_asked(analyse("退休审批由哪个部门负责", Synonyms()), "退休审批由市人力资源和社会保障局办理")


def test_a_meetings_topic_asked_is_answered_by_the_clause_naming_it():
    text = "围绕“加强培养和使用农业专业技术人员工作”重大议题,召开首次专题议政性常委会会议,提出协商意见建议20条。"
    answer = answer_of(text, "日喀则政协头一回开专题议政性常委会，议的是啥题目", title="日喀则市政协工作综述")
    assert answer is not None and "农业专业技术人员" in answer
    assert answer_of("召开首次专题议政性常委会会议,提出协商意见建议20条。", "头一回开专题议政性常委会，议的是啥题目") is None
    assert names_what_is_asked(analyse("常委会第五次会议的议题是什么"), "常委会第五次会议的议题是审议市政府关于…的报告")
    assert names_what_is_asked(analyse("书记在大会上的讲话题目是什么"), "书记作了题为《坚定信心 奋力前行》的讲话")

