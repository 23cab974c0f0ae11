"""Typed clause answers in one-passage documents: the clause that holds what a fact question asks."""

from __future__ import annotations

from assistant.answering.clauses import find_span
from assistant.answering.dated import states_when
from assistant.answering.question import analyse
from assistant.retrieval import Passage


def answer_span(text: str, question: str) -> str | None:
    """The span find_span picks in a one-passage document holding `text`."""
    span = find_span(analyse(question), Passage("d", "t", "", None, None, text, 0, len(text), 1.0))
    return None if span is None else text[span[0]:span[1]]


def test_find_span_requires_the_expected_unit():
    passage = Passage("d", "t", "", None, None, "共收集问题75个,走访群众110户。", 100, 118, 1.0)
    start, end, _ = find_span(analyse("走访群众多少户?"), passage)
    assert (start, end) == (109, 117)
    assert find_span(analyse("走访群众多少名?"), passage) is None


def test_a_figure_over_several_years_is_no_one_years():
    asked = "2022年全国粮食产量是多少"
    assert answer_span("2022年,粮食产量连年稳定在1.3万亿斤以上。", asked) is None
    assert answer_span("2022年,五年来粮食产量累计增长3000亿斤。", asked) is None
    assert answer_span("2022年,粮食产量1.37万亿斤,增产74亿斤。", asked).endswith("1.37万亿斤")
    # only the clause holding the figure tells: years spanned in another clause, one year's review
    assert answer_span("2022年,粮食产量1.37万亿斤,实现连年丰收。", asked).endswith("1.37万亿斤")
    assert answer_span("回顾过去一年,2022年粮食产量1.37万亿斤。", asked).endswith("1.37万亿斤")


def test_a_figure_counting_another_thing_is_not_the_answer():
    text = "对县(区)、单位、学校和企业共计170余家,成立了七个测评小组分赴机关单位和企业开展模范单位评选工作。"
    assert answer_span(text, "对多少家单位开展模范单位评选测评?").endswith("共计170余家")
    # `十二个必须` is followed by nothing it counts, but the counted thing is only named after it
    text = "强化落实民族工作的“十二个必须”,全市成功创建x个国家级民族团结进步示范单位。"
    assert answer_span(text, "成功创建了几个国家级民族团结进步示范单位?") is None


def test_the_clause_stating_the_asked_qualifier_is_chosen():
    text = "收集问题及诉求75个,已解决问题的诉求68个,正在协调解决7个。"
    assert answer_span(text, "收集到的问题及诉求中已解决多少个?") == "已解决问题的诉求68个"


def test_years_spans_and_ordinals_are_answers_of_their_own_kind():
    text = "连续2年开展协商调研,连续3年推行主席班子包联指导县(区)政协工作制度,2022年出台。"
    assert answer_span(text, "连续几年推行主席班子包联指导县(区)政协工作制度?").startswith("连续3年推行")
    text = "守好用活“两路”精神纪念馆,发挥其作为第六批全国民族团结进步教育基地的作用。"
    assert "第六批" in answer_span(text, "“两路”精神纪念馆是第几批全国民族团结进步教育基地?")


def test_a_list_of_counted_items_gives_the_one_asked_about():
    text = "年内召开理论学习中心组学习会议17次、党组会议10次、主席会议8次、常委会议4次,其他学习会议40余次。"
    assert answer_span(text, "召开党组会议几次?") == "党组会议10次"
    text = "主題界別活動,累計幫扶困難群眾200余人次、涉及資金500余萬元。"  # Traditional units too
    assert answer_span(text, "累计帮扶困难群众多少人次?") == "累計幫扶困難群眾200余人次"
    # items without a figure of their own are context, kept whole
    text = "发放科普、法律、环保等宣传资料15000余份、宣传品13000余个。"
    assert answer_span(text, "发放宣传资料多少份?").startswith("发放科普")


def test_the_span_reaches_back_to_what_is_counted():
    # the counted thing is named before the figure's clause (and again later, which must not count)
    text = "机关支部集中学习,上半年共10次,下半年机关支部集中学习另行安排。"
    assert answer_span(text, "机关支部集中学习几次?") == "机关支部集中学习,上半年共10次"


def test_a_month_alone_answers_a_question_asking_for_the_month():
    text = "按照自治区今年9月召开民族团结进步表彰大会的安排,广泛开展推荐评选工作。"
    assert "9月" in answer_span(text, "自治区民族团结进步表彰大会安排在几月份开")
    assert "9月" in answer_span(text, "表彰大会在哪个月召开")
    assert answer_span(text, "表彰大会在哪一年召开") is None


def test_figures_dates_and_actors_as_laws_and_reports_write_them():
    assert answer_span("2023年城镇新增就业1244万人，城镇调查失业率平均为5.2%。", "2023年城镇新增就业多少人") \
        == "2023年城镇新增就业1244万人"
    assert "六十日内" in answer_span("行政复议机关应当自受理申请之日起六十日内作出行政复议决定。", "行政复议机关多少天内作出决定")
    assert "一月三十一日前" in answer_span("每年一月三十一日前，制定机关应当将规范性文件目录报送备查。", "制定机关每年几号之前报送目录")
    assert "委托一至二名律师" in answer_span("申请人、第三人可以委托一至二名律师代为参加行政复议。", "申请人能委托几个律师")
    # who does it: in a law, the post it charges; who holds a post: a name
    assert "由总理签署" in answer_span("国务院发布的行政法规、决定、命令，由总理签署。", "行政法规由谁签署")
    assert answer_span("成立专项组，组长由市人大常委会主任担任。", "专项组组长是谁") is None


def test_a_law_names_itself_this_law():
    text = "第九十条 本法自2024年1月1日起施行。"
    span = find_span(analyse("行政复议法什么时候施行"), Passage("d", "中华人民共和国行政复议法", "", None, None, text, 0, len(text), 1.0))
    assert span is not None and "2024年1月1日" in text[span[0]:span[1]]


def test_a_post_acts_only_as_a_clauses_subject_or_after_you():
    assert answer_span("记者从市民委获悉，宣传月活动已全面启动。", "宣传月活动由谁组织") is None
    assert answer_span("全面深入贯彻军委主席负责制。", "谁负责军队工作") is None
    assert "由总理签署" in answer_span("国务院发布的行政法规，由总理签署。", "国务院发布的行政法规由谁签署")


def test_a_list_named_by_its_number_starts_at_the_clause_listing_that_many():
    # the clause naming the topic calls the items `两张网`; they are listed two clauses before
    text = "“一网通办”和“一网统管”紧密结合，不断提高发现解决问题的能力效率，“两张网”共同助力疫情防控和企业有序复工。"
    span = answer_span(text, "通过哪两张网助力疫情防控和企业有序复工？")
    assert span.startswith("“一网通办”和“一网统管”")
    # without a number asked, a listing two clauses before is another matter
    assert answer_span(text, "通过什么助力疫情防控和企业有序复工？") == "“两张网”共同助力疫情防控和企业有序复工"


def test_a_list_is_the_clause_before_the_topic_when_it_lists_more_than_the_topics_clause():
    # the topic's clause has an `和` of its own; the titles before it are what was drawn up
    text = "制定《提案工作条例》《协商工作规则》《信息工作实施细则》,首次以制度形式对常委会会议和社情民意信息工作进行了规范。"
    assert answer_span(text, "去年新制定了哪些制度").startswith("制定《提案工作条例》")


def test_a_post_asked_of_a_body_is_one_written_before_the_name_naming_that_body(corpus_assistant):
    asked_elsewhere = corpus_assistant.ask("王慧在拉萨市政协担任什么职务")  # 市政协 is 格桑次旦's post
    assert asked_elsewhere.refused
    answered = corpus_assistant.ask("格桑次旦在拉萨市政协担任什么职务")
    assert not answered.refused and "市政协党组副书记" in answered.answer
    # a reporter's name in a dateline has no post beside it, whatever post the sentence names later (民委主任会议)
    assert corpus_assistant.ask("李昭是什么职务").refused


def test_an_occasion_asked_is_answered_by_the_day_a_text_names_by_what_it_marks():
    text = "开展送文化系列活动,组织庆“七一”“四老一困”走访慰问活动。"
    assert answer_span(text, "“四老一困”走访慰问是赶在哪个节点搞的") == "组织庆“七一”“四老一困”走访慰问活动"
    marked = "各县(区)也以庆祝“3·28”活动为契机,开展民族团结进步模范区创建活动。"
    assert "“3·28”" in answer_span(marked, "各县区是借着哪个纪念日的由头搞创建活动的")
    plain = "开展送文化系列活动,组织“四老一困”走访慰问活动。"
    assert answer_span(plain, "“四老一困”走访慰问是赶在哪个节点搞的") is None  # no day named: refused


def test_a_month_named_by_its_year_relation_is_a_date():
    answer = answer_span("按照自治区今年9月召开民族团结进步表彰大会的安排,开展推荐评选工作。", "自治区民族团结进步表彰大会啥时候开")
    assert answer is not None and "今年9月" in answer


def test_the_date_naming_the_event_asked_about_is_no_answer():
    text = "如,3月25日,自治区民委在甲玛乡赤康村举办庆祝“3·28”民族团结进步创建进乡村活动。"
    said = answer_span(text, "自治区民委在赤康村搞“3·28”进乡村活动是哪天")
    assert said.startswith("3月25日,自治区民委在甲玛乡赤康村举办")  # a bare date is said with what it dates


def test_a_bare_date_opening_a_sentence_dates_what_the_sentence_says(corpus_assistant):
    # `2021年,经过…,区纪委监委机关等15个单位被确定为第一批…` against a plan's `力争到2025年…建成…模范单位`
    answer = corpus_assistant.ask("第一批自治区民族团结进步模范单位是哪年确定的")
    assert "2021年" in answer.answer and "被确定为第一批" in answer.answer and "2025年" not in answer.answer



def test_a_post_acting_after_an_articles_number_answers_who():
    text = "第十条 国务院秘书长在总理领导下，负责处理国务院的日常工作。国务院设副秘书长若干人，协助秘书长工作。"
    assert answer_span(text, "国务院的日常工作是谁负责处理的？").startswith("第十条 国务院秘书长")


def test_whose_word_is_followed_is_answered_by_a_body():
    text = "拟对2012年出台的《拉萨市民族团结进步条例》内容进行了修改,按照市司法局修改指导意见和市人大修改建议,目前已修改完毕。"
    assert "市司法局" in answer_span(text, "拉萨民族团结进步条例修订按谁的意见改")
    assert answer_span(text, "拉萨民族团结进步条例修订由谁主持") is None  # who acts: a body named is no person


def test_a_body_named_after_its_members_names_no_post():
    text = "代表有下列情形之一的，由代表资格审查委员会向本级人民代表大会常务委员会报告。"
    assert answer_span(text, "代表资格审查委员会的主任一般由什么职务的人来当？") is None
    assert "主任" in answer_span("代表资格审查委员会的主任由常务委员会副主任兼任。", "代表资格审查委员会的主任一般由什么职务的人来当？")


def test_with_no_focus_a_date_answers_only_in_a_sentence_sharing_the_question_words():
    text = "拟对《民族团结进步条例》进行修改。3月1日至20日委领导赴门巴乡开展“下基层大接访办实事”活动。"
    assert answer_span(text, "民族团结进步条例 修订后 通过日期") is None
    assert answer_span("《民族团结进步条例》于2022年3月1日修订通过。", "民族团结进步条例 修订后 通过日期") is not None


def test_a_date_before_the_version_asked_is_not_when_that_version_took_effect():
    text = "监督法自2007年1月1日起施行。"
    assert answer_span(text, "2024年改过的监督法是从哪天起施行的") is None
    assert "2007年1月1日" in answer_span(text, "监督法是从哪天起施行的")


def test_a_list_asked_by_the_kind_of_its_things_is_answered_by_things_of_that_kind():
    text = "把捍卫“两个确立”作为最高政治原则,不断提高政治判断力、政治领悟力、政治执行力。"
    assert answer_span(text, "要不断提高哪几种政治能力") == "不断提高政治判断力、政治领悟力、政治执行力"
    assert answer_span("不断提高政治站位和理论水平。", "要不断提高哪几种政治能力") is None  # no 能力 listed
    assert answer_span("凝聚合力、激发活力。", "要不断提高哪几种政治能力") is None  # nor 政治


def test_a_list_written_with_commas_is_one_enumeration_of_its_kind():
    # each 制度 is a clause of its own; the clause listing other things with 、 won before
    text = ("结合改进作风狠抓落实工作,进一步规范了干部职工上下班考勤制度,干部职工外出报备制度,干部职工请销假登记制度,"
            "切实从上下班制度、整治文风会风、规范调研考核等多方面持续加强和改进作风。")
    assert answer_span(text, "改进作风时规范了干部职工哪几项制度") == \
        "进一步规范了干部职工上下班考勤制度,干部职工外出报备制度,干部职工请销假登记制度"
    # commas joining clauses of other kinds join nothing, nor words ending as the kind ends (力度, 满意度)
    assert answer_span("规范了考勤制度,加强了作风建设。", "规范了哪几项制度") == "规范了考勤制度"
    assert answer_span('要求各单位"加大工作力度,提高群众满意度"。', "规范了哪几项制度") is None


def test_a_date_dating_a_document_the_clause_names_says_when_that_document_came_out():
    text = "拟对2012年出台的《拉萨市民族团结进步条例》内容进行了修改,修改完善后,再次提交市司法局审议。"
    assert answer_span(text, "条例改完以后，啥时候再送市司法局审") is None
    assert "2012年" in answer_span(text, "拉萨市民族团结进步条例是哪年出台的")
    assert "2012年" in answer_span(text, "拉萨市民族团结进步条例是哪年颁布的")  # the same act by another name


def test_a_kind_of_county_is_counted_like_any_noun_not_read_as_a_place():
    text = "区税务局加强全区93个办税服务厅和17个地方政务服务厅办税窗口、边境县局防疫工作指导。"
    assert answer_span(text, "区税务局管着全区多少个边境县局") is None
    assert "93个办税服务厅" in answer_span(text, "区税务局管着全区多少个办税服务厅")


def test_the_figure_written_beside_what_is_counted_answers():
    text = ("对新增的重点保障企业专项再贷款，在中央财政按人民银行再贷款利率的50%给予贴息的基础上，"
            "省财政统筹资金再给予25%的贴息支持。")
    assert answer_span(text, "省财政对新增的重点保障企业专项再贷款再给予多少贴息支持？").endswith("25%的贴息支持")
    # either way round: `提出整改措施20条` answers `多少条整改措施`
    text = "召开民主生活会,共查摆问题77条,提出整改措施20条;开展学习,列出13条学习篇目。"
    assert "20条" in answer_span(text, "民主生活会一共提了多少条整改措施")


def test_goods_are_counted_in_their_own_units_after_digits():
    text = "截至2月12日，国内生产企业累计向湖北运抵医用防护服72.67万件，负压救护车156辆，呼吸机2286台。"
    assert answer_span(text, "截至2月12日国内生产企业累计运抵了多少台呼吸机？").endswith("呼吸机2286台")
    assert analyse("采购了多少只口罩").unit == ("只",)
    assert answer_span("推出了首批197款云服务项目，由20家云服务商提供。", "首批推荐了多少款云服务项目").startswith("推出了首批197款")
    assert answer_span("对10款项进行核查。", "核查了多少款") is None  # 款项 is a word of its own
    assert answer_span("各地要统一台账管理，建立工作机制。", "建立了多少台账") is None  # `一台` after a Chinese numeral is no quantity


def test_a_day_asked_is_not_answered_by_another_days_figure():
    text = "湖北医用N95口罩日产量从2月2日的4.5万只增长到11日的15.8万只。"
    assert answer_span(text, "湖北医用N95口罩2月20日的日产量是多少万只？") is None
    assert "15.8万只" in answer_span(text, "湖北医用N95口罩2月11日的日产量是多少万只？")
    # a day stated alone in a sentence is of the month the one before it names
    text = "2月7日以来，邮政业有序开展复工复产工作。至18日，全行业揽件量达1.2亿件，投件量达8000万件。"
    assert answer_span(text, "到2月18日邮政快递全行业揽件量达到了多少？") == "全行业揽件量达1.2亿件"


def test_what_came_before_is_not_the_day_of_the_sentence_before_it():
    text = ("该局将于2月25日起再次向市内蔬菜批发市场投放政府冬春储备蔬菜1500吨。"
            "该局在前期已向市内蔬菜批发市场投放2000吨政府冬春储备蔬菜。")
    assert "1500吨" in answer_span(text, "2月25日起再次向蔬菜批发市场投放多少政府冬春储备蔬菜")


def test_a_day_alone_or_a_span_of_days_is_no_other_months_day():
    text = "2月7日以来，邮政业有序开展复工复产工作。至18日，全行业揽件量达1.2亿件。"
    assert answer_span(text, "到3月18日邮政快递全行业揽件量达到了多少？") is None
    text = "截至2月12日，连续14日无新增病例，全省累计治愈1200人。"
    assert answer_span(text, "截至2月14日全省累计治愈多少人？") is None
    assert answer_span("当地1200台区完成改造。", "改造农网多少台") is None  # 台区 is a word of its own


def test_a_figure_of_several_named_together_is_none_of_theirs_alone():
    text = "通用技术集团、国药集团、华润集团等国家集中采购平台累计已从国内外釆购口罩6721.66万只。"
    assert answer_span(text, "国药集团从国内外采购了多少只口罩？") is None
    assert "6721.66万只" in answer_span(text, "国家集中采购平台从国内外采购了多少只口罩？")
    # things named after the figure, or done (参与…) rather than named, share nothing
    text = "成立了七个测评小组分赴各县(区)、学校、机关单位和企业等开展评选工作。"
    assert "七个" in answer_span(text, "评选成立了几个测评小组")
    text = "各界别委员参与救治病人、场所消杀等疫情防控各领域工作120余人次。"
    assert "120余人次" in answer_span(text, "委员参与疫情防控多少人次")
    # a place opening the list is where they all are
    text = "武汉市金银潭医院、协和医院等定点医院共收治患者3000人。"
    assert "3000人" in answer_span(text, "武汉市定点医院共收治了多少患者")


def test_a_stage_or_a_comparison_is_no_earlier_time():
    text = "2月20日，省发改委下达第二批预算内投资5000万元。其中项目前期工作经费2000万元。"
    assert "2000万元" in answer_span(text, "2月20日下达的项目前期工作经费是多少")


def test_a_verb_reaching_a_figure_without_changing_it_is_what_is_counted():
    text = "截至2月20日，共筛查到发热病人1200人，全市确诊病例50人。"
    assert "1200人" in answer_span(text, "全市共筛查到多少人")
    assert "5000人" in answer_span("项目带动直接就业2000人，间接就业5000人。", "项目带动多少间接就业")  # 间接 is no 间


def test_a_list_asked_by_its_count_is_where_the_text_introduces_that_many_not_its_headline():
    text = ("10项措施稳定疫情防控期间贫困家庭收入 当前，疫情防控正处于关键期。我省迅速制定10项针对性措施，切实稳定贫困家庭收入。"
            "据了解，此次推出的10项措施包括落实地方政府主体责任、开发“扶贫特岗”、安排公益性岗位、强化贫困人口网上培训等内容。")
    for question in ("稳定疫情防控期间贫困家庭收入的10项措施具体有哪些？", "稳定贫困家庭收入的十项措施具体有哪些"):
        answer = answer_span(text, question)
        assert answer is not None and "开发“扶贫特岗”" in answer


def test_a_time_of_day_a_notice_sets_answers_when():
    text = "各设区市需将每日新增病例的具体情况说明，于次日中午12时前报省疫情防控应急指挥部办公室。"
    answer = answer_span(text, "每日新增病例的具体情况说明要在什么时间之前报省疫情防控应急指挥部")
    assert answer is not None and "次日中午12时前" in answer
    assert answer_span("各设区市需在24小时内将新增病例情况报省指挥部。", "新增病例情况要在哪天报省指挥部") is None


def test_a_figure_asked_as_of_a_day_is_the_one_stated_for_that_day_not_the_headlines():
    # the headline holds 3月5日 only through the month of the report; the body states the day
    text = "某银行已发放超100亿元抗疫专项贷款 本报3月5日电 记者从某银行获悉，截至5日，该行已发放108亿元抗疫专项贷款。"
    answer = answer_span(text, "截至3月5日，某银行抗疫专项贷款实际发放了多少")
    assert answer is not None and "108亿元" in answer


def test_a_word_the_tagger_made_up_holds_where_its_characters_stand_close_in_order():
    # `报市财政局` is tagged 报市 + 财政局; the text says 报送市财政局
    text = "各区财政部门审核汇总后于2020年5月15日前报送市财政局，市财政局审核后于2020年5月31日前报送财政部。"
    answer = answer_span(text, "区财政部门最晚什么时候报市财政局")
    assert answer is not None and "5月15日前" in answer
    assert answer_span("区财政部门于2020年5月15日前报告了本市的财政局。", "区财政部门最晚什么时候报市财政局") is None


def test_a_recurring_or_planned_day_is_no_figure_as_of_that_day():
    for day_said in ("每月10日发放消费券500万元", "10日将再次发放消费券500万元"):
        text = f"本报3月10日电 全市已累计发放消费券5000万元。{day_said}。"
        answer = answer_span(text, "截至3月10日全市发放了多少消费券")
        assert answer is not None and "5000万元" in answer, day_said


def test_a_figure_restated_right_after_it_is_said_with_it():
    text = "对支付房租压力较大的职工，可在原1000元/月·户标准基础上提高50%，即按1500元/月·户标准提取，同时职工可灵活选择提取时间。"
    answer = answer_span(text, "租房提取标准提高到多少了")
    assert answer is not None and "50%" in answer and "1500元/月·户" in answer and "灵活选择" not in answer


def test_from_this_day_or_about_to_is_no_restatement():
    assert answer_span("全市新增就业岗位3000个，即日起开放报名500个名额。", "新增就业岗位多少个") == "全市新增就业岗位3000个"
    assert "800万元" not in answer_span("共发放补贴1200万元，即将启动第二批发放800万元。", "发放了多少补贴")


def test_people_asked_by_what_they_are_are_answered_by_their_post_or_group():
    text = "行政复议机构可以组织听证。听证由一名行政复议人员任主持人，两名以上行政复议人员任听证员。"
    assert answer_span(text, "行政复议开听证会，一般是什么人当主持人？").startswith("听证由一名行政复议人员任主持人")
    text = "落实党组成员联系党员委员、党员委员联系党外委员等制度。"
    assert "联系党外委员" in answer_span(text, "党员委员要负责联系哪些人？")
    # the question's own word names no one: `主持人` alone is no answer to `什么人当主持人`
    assert answer_span("听证会的主持人应当依法履职。", "听证会一般是什么人当主持人？") is None
    # a name is still asked by 谁: a post alone does not answer it
    assert answer_span("听证由一名行政复议人员任主持人。", "听证会的主持人是谁？") is None


def test_a_sentence_going_on_with_an_item_is_about_its_title():
    # the occasion is told in the sentence after the item's title, which alone names the opening
    text = "一是拉萨净土低氟健康茶展销中心开业。在庆祝“西藏百万农奴解放63周年纪念日”之际,拉萨市和云南普洱再次携手,成立展销中心。"
    assert "纪念日" in answer_span(text, "低氟健康茶展销中心是趁什么日子开业的")


def test_a_kind_of_the_focus_set_aside_does_not_answer():
    text = "成立了以贺鹏为组长,王慧和格桑次旦为常务副组长,市人大、政府、政协分管领导为副组长的专项组。"
    answer = answer_span(text, "专项组除了常务副组长，一般副组长是由什么人来当的？")
    assert answer is not None and "分管领导为副组长" in answer and "常务" not in answer
    # a person set aside is no kind of what is asked: the clause naming the others with them answers
    assert "格桑次旦" in answer_span("王慧和格桑次旦为常务副组长。", "常务副组长除了王慧还有谁")


def test_people_asked_by_what_they_are_need_people_named_not_a_body_or_the_question_again():
    assert answer_span("补贴标准由市委员会另行确定。", "哪些人可以申请补贴") is None  # 委员 in 委员会
    assert answer_span("补贴资金由领导小组统筹安排。", "哪些人可以申请补贴") is None
    assert answer_span("申请补贴需提交学生证复印件。", "哪些人可以申请补贴") is None
    assert answer_span("党员委员每季度联系一次。", "党员委员要联系哪些人") is None  # the question's own people
    assert answer_span("困难群众可以申请补贴。", "哪些人可以申请补贴") == "困难群众可以申请补贴"
    # with nothing asked of them but the act, a post named anywhere is no answer
    assert answer_span("审批时限为20个工作日，请各部门领导高度重视。", "什么人负责审批") is None


def test_what_is_set_aside_is_blanked_for_counts_too():
    assert answer_span("领导小组设常务副组长2名，副组长若干名。", "除了常务副组长，副组长有几名") is None


def test_people_asked_with_no_focus_need_every_word_of_the_act_and_no_body_named_after_people():
    assert answer_span("请各部门领导负责抓好落实。", "什么人负责审批") is None
    assert answer_span("补贴由专家委员会评审后发放。", "哪些人可以申请补贴") is None
    assert answer_span("补贴标准由市人民代表大会常务委员会另行确定。", "哪些人可以申请补贴") is None


def test_a_total_asked_with_gong_you_counts_the_noun_before_it():
    text = "7万铁警驻守铁路站车一线。目前，全国铁路2256个办理客运的车站全部启动旅客进出站体温检测。"
    question = analyse("全国铁路启动旅客进出站体温检测的办理客运车站共有多少个？")
    assert question.focus == ["客运", "车站"]  # not 共有, which only says a total is asked
    assert "2256个" in answer_span(text, "全国铁路启动旅客进出站体温检测的办理客运车站共有多少个？")


def test_a_part_of_a_month_answers_until_when():
    text = ("将1月、2月应缴社会保险费征收期延长至3月底。对于旅游、住宿、餐饮等受影响较大的行业企业，"
            "可将疫情影响期间应缴社会保险费征收期延长至7月底。")
    asked = "对旅游、住宿、餐饮等受疫情影响较大的行业企业，应缴社会保险费征收期可延长至何时？"
    assert analyse(asked).focus == []  # 可延长 is a modal and a verb, no noun the text must hold
    assert answer_span(text, asked).endswith("延长至7月底")


def test_a_date_the_question_states_is_where_it_starts_not_its_answer():
    text = ("一、对按月申报的纳税人，2月份纳税申报期限进一步延长至2月28日。"
            "二、对受疫情影响到2月28日仍无法办理纳税申报的纳税人，最迟在疫情防控解除之日起10个工作日内补办延期申报手续。")
    asked = "到2月28日仍无法申报的纳税人最迟应在疫情防控解除之日起多长时间内补办延期申报？"
    assert answer_span(text, asked).endswith("10个工作日内补办延期申报手续")  # working days are a span too
    # a whole date of the question only: `1月1日` is no part of `11月1日`
    from assistant.answering.dated import states_when
    assert states_when(analyse("11月1日起暂停的业务什么时候恢复？"), "业务将于1月1日恢复办理")
    assert answer_span("各地3月初步完成摸底。", "各地摸底什么时候完成？") is None  # 初步 is no part of a month
    assert analyse("可视化平台有多少个").focus == ["可视化", "平台"]  # a noun opening with 可 is still a noun


def test_taking_effect_on_issue_answers_when_a_rule_takes_effect_only():
    from assistant.answering.dated import states_when
    assert states_when(analyse("集中申报标准2018从啥时候开始施行"), "第五条 本规定自公布之日起施行")
    assert not states_when(analyse("这个实施方案什么时候出台的"), "本方案自发布之日起实施")  # 实施 names the plan


def test_a_month_coming_back_every_year_answers_when():
    from assistant.answering.dated import states_when
    asked = analyse("计划、预算执行情况啥时候向人大常委会报告")
    assert states_when(asked, "国务院和县级以上地方各级人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会报告")
    assert not states_when(asked, "向本级人民代表大会常务委员会报告本年度上一阶段的执行情况")
    assert not states_when(analyse("计划是哪一年报告的"), "应当在每年六月报告")  # a year asked: every year names none


def test_how_long_is_answered_by_a_length_not_by_the_day_named():
    text = "第三条 部分公民放假的节日及纪念日：\n（二）青年节（5月4日），14周岁以上的青年放假半天；"
    assert answer_span(text, "青年节放的假多久").endswith("放假半天")


def test_a_rule_is_quoted_with_its_proviso_but_not_with_another_figure_set_against_it():
    text = "第七十三条 拘役的缓刑考验期限为原判刑期以上一年以下，但是不能少于二个月。"
    assert answer_span(text, "拘役缓刑，考验期最少是多久").endswith("但是不能少于二个月")
    text = "一季度全市完成固定资产投资50亿元，但二季度仅完成20亿元。"
    assert answer_span(text, "一季度全市完成固定资产投资多少亿元").endswith("50亿元")


def test_the_bound_asked_picks_the_clause_stating_it():
    text = "拘役的缓刑考验期限为原判刑期以上一年以下；拘役的缓刑考验期限不能少于二个月。"
    assert answer_span(text, "拘役的缓刑考验期限最少多久").endswith("不能少于二个月")  # the range first, alike in words


def test_a_length_is_counted_time_not_a_month_an_anniversary_or_a_plan():
    from assistant.answering.dated import states_a_length
    assert states_a_length("连续两个多月奋战") and states_a_length("自交办之日起三个月内答复")
    assert not any(map(states_a_length, ("自今年9月起施行", "庆祝建国70周年", "实施三年行动计划", "三年级学生", "青年节（5月4日）")))


def test_a_figure_in_what_the_asked_figure_builds_on_is_not_the_answer():
    text = "在省委已下拨30万元党费资金的基础上,从委管党费中配套71万元,用于慰问一线医务工作者。"
    assert "71万元" in answer_span(text, "在省委下拨党费的基础上，从委管党费中配套了多少资金")
    # asked of the base itself
    assert answer_span(text, "在省委已下拨多少万元党费资金的基础上，委管党费配套了71万元") == "在省委已下拨30万元党费资金的基础上"


def test_how_long_is_answered_by_the_period_a_notice_sets_under_its_titled_topic():
    title = "关于阶段性降低企业用电成本支持企业复工复产的通知"
    text = ("二、降价措施 自2020年2月1日起至6月30日止，电网企业在计收电费时，统一按原到户电价水平的95%结算。"
            "三、进一步明确支持性两部制电价政策执行时间 2020年2月7日，我委出台的《关于采取支持性两部制电价政策降低企业用电成本的通知》，"
            "进一步明确执行至2020年6月30日。")
    def span(question: str, titled: str) -> str | None:
        found = find_span(analyse(question), Passage("d", titled, "", None, None, text, 0, len(text), 1.0))
        return None if found is None else text[found[0]:found[1]]
    # the period is written without the topic, which the title names; a date alone is one end of it
    assert "自2020年2月1日起至6月30日止" in span("降低企业用电成本时间为多久？", title)
    # a title naming another topic lends the sentences nothing: only the one naming the topic answers
    assert "2020年2月7日" in span("降低企业用电成本时间为多久？", "关于做好春耕生产的通知")
    # nor does the title hold the topic for a question asking no date
    assert span("降低企业用电成本按原到户电价的百分之多少结算？", title) is None


def test_a_titled_topic_lends_a_date_only_to_the_period_or_the_act_asked():
    def span(question: str, title: str, text: str) -> str | None:
        found = find_span(analyse(question), Passage("d", title, "", None, None, text, 0, len(text), 1.0))
        return None if found is None else text[found[0]:found[1]]
    rule = "经营者集中申报标准"
    assert "2008年8月3日" in span("经营者集中申报标准是哪天公布的", rule, "2008年8月3日 中华人民共和国国务院令第529号公布。")
    # any date of the document is no answer to when its topic begins
    notice = "关于做好2020年春耕生产工作的通知"
    assert span("春耕生产什么时候开始？", notice, "2020年3月5日，自治区召开视频会议，部署疫情防控工作。") is None


def test_a_figure_before_a_series_closed_by_its_kind_counts_that_kind():
    text = "第十七条 申请人、第三人可以委托一至二名律师、基层法律服务工作者或者其他代理人代为参加行政复议。"
    assert "一至二名" in answer_span(text, "申请人最多能委托几个代理人参加复议")
    text = "全区设立3家银行、保险公司等金融机构网点。"
    assert "3家" in answer_span(text, "全区设立了几家金融机构网点")
    for counted_apart in ("全区设立3家银行、两家保险公司等金融机构网点。", "全区设立3家银行、2家保险公司等金融机构网点。"):
        assert answer_span(counted_apart, "全区设立了几家金融机构网点") is None  # each figure counts its own
    # the series must close with the kind asked: not a unit named in it after another figure
    text = "加强全区93个办税服务厅和17个地方政务服务厅办税窗口、边境县局防疫工作指导。"
    assert answer_span(text, "区税务局管着全区多少个边境县局") is None


def test_the_lines_of_a_laws_titled_history_are_of_that_law():
    title = "中华人民共和国各级人民代表大会常务委员会监督法"
    text = (f"{title}\n2006年8月27日 第十届全国人民代表大会常务委员会第二十三次会议通过\n"
            "2024年11月8日 第十四届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国各级人民代表大会常务委员会监督法〉的决定》修正）")
    passage = Passage("jiandufa_2024", title, "", None, None, text, 0, len(text), 1.0)
    start, end, _ = find_span(analyse("监督法2024最早是哪天通过的"), passage, text)
    assert text[start:end].startswith("2006年8月27日")
    start, end, _ = find_span(analyse("监督法最近一次是哪天修改的"), passage, text)
    assert text[start:end].startswith("2024年11月8日")


def test_a_figure_right_after_the_thing_counted_before_the_count_word_answers():
    from assistant.answering.clauses import find_span
    from assistant.answering.question import analyse
    from assistant.retrieval import Passage

    text = "第九条 各部设部长一人，副部长二至四人。各委员会设主任一人，副主任二至四人，委员五至十人。"
    passage = Passage("d", "国务院组织法", "", None, None, text, 0, len(text), 1.0)
    start, end, _ = find_span(analyse("各委员会设委员几人"), passage)
    assert text[start:end] == "委员五至十人"  # not 各委员会设主任一人, whose 委员 is of 委员会
    text = "副部长协助部长工作，各部设部长一人，副部长二至四人。"
    passage = Passage("d", "国务院组织法", "", None, None, text, 0, len(text), 1.0)
    start, end, _ = find_span(analyse("各部设副部长几人"), passage)
    assert text[start:end] == "副部长二至四人"  # the thing counted whole: 副部长 is no 部长


def test_a_clause_dating_only_another_act_of_the_rule_states_another_day():
    from assistant.answering.dated import states_when
    passed = analyse("上海备案审查条例2021是哪天通过的")
    assert states_when(passed, "2021年5月21日上海市第十五届人民代表大会常务委员会第三十一次会议通过")
    assert not states_when(passed, "本条例自2021年7月1日起施行")  # when it took effect
    assert states_when(analyse("条例什么时候生效"), "本条例自2021年7月1日起施行")  # 生效 is 施行
    assert states_when(analyse("办法哪天公布的"), "本办法自2021年7月1日发布之日起施行")
    # passing is how a law is issued; 通过 as a means and the act naming a version ask no act
    assert states_when(analyse("行政复议法是哪年颁布的"), "1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过")
    assert states_when(analyse("什么时候起可以通过互联网申请行政复议"), "本法自2024年1月1日起施行")
    assert not states_when(analyse("2023年修订的行政复议法什么时候施行"), "2023年9月1日第十四届全国人民代表大会常务委员会第五次会议修订")
    # an amendment asked with the day it passed: its 题注 line names only the amendment
    assert states_when(analyse("立法法第二次修改是哪天通过的"), "2023年3月13日第十四届全国人民代表大会第一次会议《关于修改〈中华人民共和国立法法〉的决定》第二次修正")


def test_who_does_it_is_said_through_the_clause_saying_they_do_it():
    text = "第十条 国务院秘书长在总理领导下，负责处理国务院的日常工作。"
    assert answer_span(text, "国务院的日常工作由谁负责处理？").endswith("负责处理国务院的日常工作")
    # people asked by their kind are answered by the posts charged with it, however many
    members = "国务院常务会议由总理、副总理、国务委员、秘书长组成。"
    assert "秘书长组成" in answer_span(members, "国务院常务会议由哪些人员组成？")


def test_a_when_does_it_take_effect_question_is_not_answered_by_when_an_amendment_passed():
    amended = "2024年6月28日第十四届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国会计法〉的决定》第三次修正"
    assert answer_span(amended, "会计法2024年那次修改，是从哪天开始施行的") is None
    assert answer_span(amended, "会计法2024年那次修改是哪天通过的") is not None
    assert "2000年7月1日" in answer_span("会计法自2000年7月1日起施行。", "会计法从哪天开始施行的")
    assert states_when(analyse("这个办法从哪天开始执行？"), "本办法自2020年3月1日起实行。")  # 实行 takes effect too


def test_the_means_asked_are_read_back_to_the_clause_naming_them():
    text = ("第二十一条 对规范性文件进行审查研究，可以通过座谈会、听证会、论证会、委托第三方研究等方式，"
            "听取有关国家机关、社会团体、企业事业组织、人大代表、专家学者以及利益相关方的意见。")
    assert "座谈会、听证会" in answer_span(text, "规范性文件审查研究 听取各方意见 可以用哪些方式")
    assert "座谈会" not in answer_span(text, "审查研究要听取哪些方面的意见")  # no means asked
