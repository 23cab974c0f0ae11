"""Question analysis: type, expected unit, key terms by kind, focus."""

from __future__ import annotations

import pytest

from assistant.answering.asking import read_question
from assistant.answering.parts import question_parts
from assistant.answering.question import analyse


@pytest.mark.parametrize("question, kind, unit", [
    ("拉萨市民委2022年上半年共召开理论学习中心组集中学习几次?", "count", ("次", "场", "场次", "期")),  # events are written in 场 or 期 too
    ("拉萨市民委开展活动共接访群众多少名?", "count", ("名", "人", "位", "例")),
    ("拉萨民委上半年有几个人改了民族成分？", "count", ("名", "人", "位", "例")),
    ("2022年日喀则市政协提案办复率是多少?", "count", ("%",)),
    ("廊坊市民族宗教事务局局长是谁?", "person", ()),
    ("乌兰浩特市制定的“五个清单”是指哪些清单?", "list", ()),
    ("哪些文件里提到了“三个离不开”“五个认同”?", "which_docs", ()),
    ("哪几篇讲到了推广国家通用语言文字", "which_docs", ()),  # 篇 counts documents
    ("哪些稿子里讲到了“三个离不开”？", "which_docs", ()),
    ("新疆维吾尔自治区民族团结进步条例何时开始施行?", "time", ()),
    ("会计档案的保管期限是多长", "time", ()),
    ("会计档案的保管期限和销毁办法由哪个部门制定？", "general", ()),  # the body setting the term is asked
    ("今年3月几号文化节开幕？", "time", ()),  # 几号 before 文化: a day asked
    ("那个通知是几号文？", "general", ()),  # a document's number
    ("3月几号开始施行", "time", ()),
    ("日喀则市政协连续几年推行包联指导制度?", "count", ("年",)),
    ("日喀则市政协累计帮扶困难群众多少人次?", "count", ("人次",)),
    ("“两路”精神纪念馆是第几批全国民族团结进步教育基地?", "count", ("批",)),
    # an indefinite 几 opening a clause asks nothing: the figure asked is 超过多少's, of no unit
    ("几家企业合并，光算中国境内营业额，加起来超过多少就得去申报", "count", ()),
    ("拉萨有几个县，多少人", "count", ("个", "家", "项", "条", "所", "种", "类")),
    ("几个部门参与，办了多少件实事？", "count", ("个", "家", "项", "条", "所", "种", "类")),  # both asked
    ("几个部门参与，投入多少资金？", "count", ("元",)),  # both asked; the whole is counted in the money's unit
    # money asked by what it is
    ("乌兰浩特2021年招商引资引进了多少资金", "count", ("元",)),
    ("拨付多少经费", "count", ("元",)),
    ("乌兰浩特 招商引资 引进资金 金额", "count", ("元",)),  # a search-box query naming an amount
    ("廊坊民品企业 年产值", "count", ("元",)),  # an output value: `7家民品企业` answers no 产值
])
def test_kind_and_unit(question, kind, unit):
    analysed = analyse(question)
    assert analysed.kind == kind and analysed.unit == unit


def test_terms_by_kind():
    analysed = analyse("拉萨市民委2022年上半年共召开理论学习中心组集中学习几次?")
    assert analysed.of_kind("place") == ["拉萨市"]
    assert analysed.of_kind("year") == ["2022年"]
    assert analysed.of_kind("period") == ["上半年"]
    assert "集中学习" in analysed.of_kind("thing")
    assert analysed.focus == ["理论学习中心组", "集中学习"]


def test_a_named_day_is_what_the_question_is_about():
    # the tagger calls 春节/国庆节/元旦 time words; `春节放假几天` was answered with 元旦's line
    for day in ("春节", "国庆节", "元旦", "植树节"):
        assert day in analyse(f"{day}放假几天？").of_kind("thing")
    assert "今天" not in analyse("今天放假几天？").of_kind("thing")


def test_quoted_phrases_stay_whole_and_traditional_questions_are_normalized():
    analysed = analyse("“四查四問”自查工作提出整改措施多少條?")
    assert analysed.of_kind("phrase") == ["四查四问"]
    assert analysed.unit == ("条",)


def test_focus_is_the_counted_thing():
    assert analyse("日喀则市政协机关有多少名干部职工奋战在防疫第一线?").focus == ["干部职工"]
    assert analyse("廊坊市民族宗教事务局副局长是谁?").focus == ["事务局", "副局长"]
    assert analyse("拉萨市民委2022年上半年召开党组会议多少次?").focus == ["党组", "会议"]
    assert analyse("累计帮扶困难群众多少人次?").focus == ["困难群众"]  # 人次 is the unit
    assert analyse("开展文明实践活动多少场次用于疫情防控?").focus == ["疫情", "防控"]
    assert analyse("单位私设账本被查到，最多罚多少钱？").focus == []  # 查到 belongs to the clause before
    # the tagger's 要降 is a modal and a verb: the text says 降低, never 要降
    assert analyse("贷款综合融资成本要降多少").focus == ["融资", "成本", "降"]
    # a modal glued to a one-character verb is no thing asked about (`要树的…品牌`: the text says 树立)
    assert "要树" not in analyse("乌兰浩特要树的“红色创建品牌”靠啥来打造").of_kind("thing")
    assert "要求" in analyse("山西煤炭企业复工要求有哪些").of_kind("thing")  # a word the dictionary knows
    # a level says at what scope, which the word before it names (`在全市层面`); asked of, it is a thing
    assert analyse("廊坊今年在全市层面要办哪些比赛").of_kind("thing") == ["全市", "比赛"]
    assert "层面" in analyse("层面是什么意思").of_kind("thing")
    assert analyse("数据共享在哪些层面还存在障碍？").focus == ["层面"]  # which level is what is asked


def test_a_level_changed_to_is_stated_by_the_thing_changed_not_the_verb():
    # texts write `担保费率由原来的0.8％下调为不超过0.5％`, `实际税负可下降至5%到8.4%`
    assert analyse("担保费率降到多少？").focus == ["费率"]
    assert analyse("租房提取标准提高到多少了").focus == ["标准"]
    assert analyse("价格下调为多少").focus == ["价格"]
    assert analyse("招聘了多少人").focus == ["招聘"]  # a count of what was done: the verb
    assert analyse("全市共筛查到多少人").focus == ["筛查"]  # reached, not changed to


def test_what_grows_or_falls_is_the_words_before_the_verb_of_change():
    # `一般公共预算支出规模28.5万亿元` states no 国防预算's growth (policy_dev pd010 was answered so)
    assert analyse("2024年政府工作报告里国防预算增长多少？").focus == ["国防", "预算", "增长"]
    assert analyse("全市财政收入下降了多少").focus == ["财政收入", "下降"]  # not the whole jurisdiction
    assert analyse("拉萨民委领导走访多少户").focus == ["走访"]  # who acts, before any other verb
    # against what a change is reckoned is no part of what changes
    assert analyse("社会消费品零售总额预计增长多少").focus == ["消费品", "零售总额", "增长"]
    # which figure is asked stays: `环比增长0.56%`, not the sentence's `同比增长7.0%`
    assert analyse("全市规模以上工业增加值环比增长多少").focus == ["工业", "增加值", "环比", "增长"]
    assert analyse("投资计划增长多少").focus == ["投资", "计划", "增长"]  # a plan's growth is no investment's
    assert analyse("社会消费品零售总额与上年相比增长多少").focus == ["消费品", "零售总额", "增长"]


def test_a_count_before_a_predicate_counts_the_noun_before_it():
    # `业务有多少项可以通过网上办理`: 办理 ends the predicate; what is counted is 交管业务
    assert analyse("公安交管业务有多少项可以通过网上办理").focus == ["交管", "业务"]
    assert analyse("25年报告里打算发多少超长期特别国债").focus == ["国债"]
    assert analyse("拉萨市民委几名因身体原因不能接种疫苗").focus == ["身体", "原因"]  # a body is who, not what
    assert analyse("学校有多少名由国家资助的学生").focus != ["学校"]  # 由 says who, not how: no predicate


def test_who_is_asked_by_the_kind_of_person_the_names_answer():
    # `广泛宣传卓嘎、央宗等爱国守边先进事迹`: the names say who, the clause need not say 人物
    assert analyse("区直机关宣传的爱国守边先进人物是哪几位").focus == ["守边", "先进"]
    assert analyse("有多少名先进人物受到表彰").focus == ["先进人物"]  # a count still counts 人物


def test_a_deputy_post_stays_whole_and_posts_counted_with_ge_are_people():
    question = analyse("国务院组织法 副部长 几个")
    assert "副部长" in question.of_kind("thing") and "部长" not in question.of_kind("thing")
    assert "人" in question.unit


def test_a_question_asking_several_facts_is_split_with_its_subject():
    assert question_parts("拉萨市民委有多少名退休干部，几名因身体原因不能接种疫苗？") == [
        ("拉萨市民委有多少名退休干部", "拉萨市民委有多少名退休干部"),
        ("几名因身体原因不能接种疫苗", "拉萨市民委几名退休干部因身体原因不能接种疫苗"),
    ]
    # what the first part counts is not the second part's subject; a person asked for is
    assert question_parts("2022年上半年拉萨市民委集中学习几次，开展宣讲多少次？")[1][1] == "2022年上半年拉萨市民委开展宣讲多少次"
    assert question_parts("廊坊市民族宗教事务局局长是谁，何时到任？")[1][1] == "廊坊市民族宗教事务局局长何时到任"


def test_one_fact_with_context_clauses_stays_one_question():
    for question in ("2022年，日喀则市政协提案办复率是多少？", "铸牢中华民族共同体意识，有哪些举措，包括什么内容？",
                     "谁是局长，何时任职？"):  # the last has no subject to carry over
        assert question_parts(question) == [(question, question)]


def test_ordinals_and_list_sizes():
    assert analyse("有多少个单位被确定为第二批模范单位?").of_kind("ordinal") == ["第二批"]
    assert analyse("“两路”精神纪念馆是第几批教育基地?").asks_ordinal
    assert analyse("廊坊聚焦的四项工作重点是什么?").item_count == "四项"
    assert analyse("“五个清单”是指哪些清单?").item_count is None  # quoted: the phrase itself must match


def test_role_questions_and_role_words():
    analysed = analyse("杨毅担任什么职务?")
    assert analysed.kind == "role" and analysed.focus == ["杨毅"] and "职务" not in analysed.of_kind("thing")
    assert analyse("拉萨市民委主任是谁?").focus == ["民委", "主任"]  # 主任 is tagged b, not n
    assert "包括" not in analyse("“六个到位”包括哪些?").of_kind("thing")


def test_method_questions():
    analysed = analyse("乌兰浩特市采取了哪些措施推进民族团结进步创建?")
    assert analysed.asks_method and "措施" not in analysed.of_kind("thing") and "采取" not in analysed.of_kind("thing")
    assert analyse("拉萨市民委如何做好机关疫情防控工作?").asks_method
    assert not analyse("拉萨市民委有几名退休干部?").asks_method


@pytest.mark.parametrize("question, intent", [
    ("拉萨市民委上半年予以变更民族成分多少例?", "fact_figure"),
    ("廊坊市民宗局的一把手叫什么名字", "fact_person"),
    ("下基层的那位县级干部叫啥名字", "fact_person"),  # a name asked after what the person is
    ("那个培训老师叫啥名", "fact_person"),
    ("杨毅担任什么职务?", "fact_post"),
    ("健康茶展销中心 开业时间", "fact_date"),
    ("长城网那篇杨毅稿子 责任编辑", "fact_person"),  # a query naming a post last asks who holds it
    ("雅安雨城区政协主席 名字", "fact_person"),
    ("于倩 长城网那篇稿子 角色", "fact_post"),
    ("政府在乡村振兴中 角色", "fact_name"),  # no person named before the post asked
    ("会计法 单位负责人", "fact_name"),  # a head the law defines by duty, no one to name
    ("日喀则政协 委员 人数", "fact_figure"),  # a post before the measure asked is no person asked
    ("会计法 会计档案 保管年限", "fact_date"),  # how long: a span of years answers
    ("拉萨 学雷锋 志愿服务 内容", "list"),  # a query naming a list as its last word
    ("廊坊 民品企业 名单", "list"),
    ("廊坊全市民族广场舞大赛在哪个县办的", "fact_place"),
    ("上海城管部推广了什么APP?", "fact_name"),
    ("农业农村部支持哪几种企业加快复工复产?", "list"),
    ("廊坊聚焦的四项工作重点是什么?", "list"),
    ("拉萨市民委如何做好机关疫情防控工作?", "how"),
    ("区党委办公厅学中央民族工作会议精神，具体用了啥形式？", "how"),  # the form of the work done
    ("行政复议申请书能通过啥方式交", "fact_name"),  # a channel, which one clause names
    ("日喀则政协用了哪些手段推动提案办理", "how"),
    ("劳动合同应当以什么形式订立？", "fact_name"),  # a form a law names in one clause
    ("整治了哪些形式主义问题？", "list"),
    ("乌兰浩特民委2021年主要做了些什么，简单概括一下", "summary"),
    ("拉萨民委下半年打算干啥", "summary"),  # what is planned, in everyday words
    ("民主监督这块都干了啥", "summary"),
    ("烏蘭浩特今年在健全體制機制上有啥打算", "summary"),
    ("拉萨民委什么时候干这事", "fact_date"),  # 干…什么时候 asks when
    ("拉萨民委下半年工作思路主要有啥", "list"),  # what a plan sets out in points
    ("今年的重点任务是什么", "list"),
    ("重点是什么意思", "fact_name"),
    ("王淑琴是做什么工作的", "fact_post"),  # someone's work is a post asked (answer_kind.ROLE), not what was done
    ("专项资金用来做什么", "fact_name"),
    ("哪个文件讲了低氟健康茶推广工作", "which_documents"),
    ("上半年和下半年的工作重点有什么不同?", "comparison"),
    ("春节和国庆谁放的假长", "comparison"),
    ("刑法2020版和2023版的行贿罪量刑有啥不一样", "comparison"),  # spoken comparisons
    ("提案的办复率和满意率比一比", "comparison"),
    ("廊坊的“四老一困”走访慰问是赶在哪个节点搞的", "fact_date"),  # an occasion asked is a when-question
    ("哪个县人口最多", "fact_place"),  # one side named: which one is asked, nothing compared
    ("未来产业先导区具体设在哪些城市？", "fact_place"),  # places asked as a list are still places
    ("工作还有哪些地方需要改进", "list"),  # 哪些地方: which aspects
    ("哪些市场主体可以享受减税", "list"),  # 市场 is no 市
    ("哪个单位捐款多少？", "fact_figure"),
    ("拉萨民委的退休干部是不是都打了新冠疫苗", "yes_no"),
    ("拉萨市民委工作还存在哪些问题?", "list"),  # 存在哪些 is not 在哪
    # a count asking for the items (`哪四种`, `…是什么`), not one qualifying the topic
    ("疫情防控系统将居民信息登记分为哪四种颜色进行管理？", "list"),
    ("“六个到位”指什么", "list"),
    ("杨毅说廊坊今年民族工作聚焦哪四项重点？概括下", "list"),  # the set counted, though asked summed up
    ("三类以上道路客运班线客车在春节后严格执行什么运输？", "fact_name"),
    # not the ten counted: the requirement asked, the clauses setting it (`…应当…，不得…`)
    ("江西省强化疫情防控十条措施对零售药店出售退烧药品有什么要求？", "list"),
    ("常规口罩戴多久换一次比较科学？", "fact_date"),  # 比较 before a judgement compares nothing
    ("帮扶的那16个应届大学生现在找到工作没有？", "yes_no"),
    ("全市还有哪些乡镇没有？", "fact_place"),  # a wh-question ending in 没有 asks no yes/no
    ("线上办理和线下办理哪个比较好？", "comparison"),  # two sides before 比较
    ("十条措施对药店有什么规定？", "fact_name"),
    ("这两项政策为什么要调整？", "fact_name"),
    ("三类及以上客车有什么规定", "fact_name"),  # a count bounding the topic asks no list
    ("三类及以上客车有什么要求", "list"),  # … but a requirement asked is the clauses setting it
    ("乌兰浩特的六个纳入都有啥", "list"),
    ("写信反映诉求寄到哪个地址", "fact_place"),  # an address is where
    ("举报邮箱地址是什么", "fact_name"),  # a mailbox's address is no place
    ("刑法是在哪次会议通过的", "fact_name"),  # an occasion, not a place
    ("新行政复议法大概规定了哪几块内容", "summary"),  # the parts of a whole
    ("2023年报告大概讲了哪几大块", "summary"),
    ("行政复议申请书包括哪几个部分", "list"),  # the parts of a thing
    ("基层立法联系点是在哪部法里规定的", "which_documents"),  # the documents saying it
    ("会计法2024：具有不予处罚情形的，依照哪部法律的规定处理", "fact_name"),  # a law the text cites, not the documents
    ("清明节放假是根据哪份文件规定的", "which_documents"),  # the document saying it
    ("依据哪部法律规定了基层立法联系点", "which_documents"),
    ("在这几份文件中，哪些对个体工商户作出了规定或部署？", "which_documents"),  # the set named, then which of it
    ("这几份文件里，哪些提到了会计年度", "which_documents"),  # 这几份 counts nothing asked
    ("上述几份文件中，哪份提到了个体工商户", "which_documents"),
    ("拉萨今年实施了三个民生项目，这几个中，哪个涉及教育？", "fact_figure"),  # no documents named
    ("重点抓了哪三项工作，怎么抓的", "how"),  # a count, but how is asked
    ("条例实施一周年那会儿，是哪个机关开座谈会总结创建成效的", "fact_name"),  # one body asked: its 总结 is what it did
    ("哪个部门如何开展督查", "how"),  # …but how it acts is asked
    ("哪个部门有哪些职责", "list"),
    ("拉萨民委上半年的工作，总结一下", "summary"),
])
def test_intent(question, intent):
    assert analyse(question).intent == intent


def test_keyword_queries_say_what_they_want():
    assert analyse("健康茶展销中心 低氟普洱茶 吨数").unit == ("吨",)
    assert analyse("日喀则政协 2022 提案 办复率").kind == "count"
    assert "名字" not in analyse("廊坊市民宗局的一把手叫什么名字").of_kind("thing")
    # a full name asked is a name asked: no passage writes 全称 beside it
    assert analyse("拉萨跟普洱合作成立的那个茶叶展销中心全称叫啥").focus == ["中心"]


def test_places_named_by_their_unit():
    assert analyse("保定市民族宗教事务局局长是谁?").of_kind("place") == ["保定市"]
    assert analyse("拉萨民委建议参照的林芝市经费是多少").of_kind("place") == ["拉萨", "林芝"]  # 拉萨 by the division table
    assert analyse("党组书记").of_kind("place") == []


def test_a_place_written_before_one_inside_it_only_says_where_that_one_is():
    chain = analyse("北京市丰台区政务服务管理局从哪天起推行零见面审批")
    assert chain.of_kind("place") == ["丰台区"] and chain.of_kind("enclosing") == ["北京市"]
    assert analyse("西藏自治区拉萨市民委上半年学习了几次").of_kind("place") == ["拉萨市"]
    assert analyse("河北省和山西省的热线电话").of_kind("place") == ["河北省", "山西省"]  # side by side, not one in another
    assert analyse("丰台区北京市的规定").of_kind("place") == ["丰台区", "北京市"]  # a narrower one first encloses nothing


def test_a_division_named_like_an_everyday_word_is_a_place_when_it_opens_the_question():
    assert analyse("开封的餐饮店想复工，需要办什么备案手续？").of_kind("place") == ["开封"]
    assert analyse("开封餐饮单位提交复工备案后，多少个工作日内审核完？").of_kind("place") == ["开封"]
    assert analyse("2020年开封餐饮单位多少个工作日内审核完？").of_kind("place") == ["开封"]
    assert analyse("请问开封餐饮单位多少个工作日内审核完").of_kind("place") == ["开封"]
    assert analyse("开封后能保存多久").of_kind("place") == []  # 开封 opened, a verb
    assert analyse("保障群众幸福安康有哪些举措").of_kind("place") == []


def test_asks_listed_with_a_pause_mark_are_several_facts():
    parts = question_parts("拉萨民委下基层一共接访了多少群众、走访了多少户？")
    assert [standalone for _, standalone in parts] == ["拉萨民委下基层一共接访了多少群众", "拉萨民委下基层一共走访了多少户"]


def test_each_side_of_a_comparison_is_asked_on_its_own():
    parts = question_parts("拉萨民委建议参照的阿里地区和林芝市，民族团结创建经费分别是多少")
    assert [written for written, _ in parts] == ["拉萨民委建议参照的阿里地区,民族团结创建经费是多少",
                                                "拉萨民委建议参照的林芝市,民族团结创建经费是多少"]
    quoted = question_parts("日喀则政协《未成年人保护法》专项监督和“双减”视察，各提了多少条意见建议？")
    assert [written for written, _ in quoted] == ["日喀则政协《未成年人保护法》专项监督,提了多少条意见建议?",
                                                 "日喀则政协“双减”视察,提了多少条意见建议?"]


@pytest.mark.parametrize("question, unit", [("长三角铁路累计运送物资多少吨？", ("吨",)), ("经费是多少万元?", ("万元",))])
def test_every_unit_of_the_figures_vocabulary_is_asked_for(question, unit):
    assert analyse(question).unit == unit


def test_a_place_name_holding_he_is_no_comparison():
    assert question_parts("新疆和田地区与喀什地区分别投入多少资金")[0][0].startswith("新疆和田地区")
    assert analyse("投入1950万元用于什么").of_kind("year") == []


def test_a_later_part_keeps_the_first_parts_year_and_period():
    parts = question_parts("拉萨市民委召开了2022年上半年党组会议多少次，集中学习几次")
    assert parts[1][1] == "拉萨市民委2022年上半年集中学习几次"


def test_what_a_which_documents_question_asks_for_is_not_its_topic():
    asked = analyse("哪些材料讲了少数民族流动人口服务管理")
    assert asked.kind == "which_docs" and "材料" not in asked.of_kind("thing")
    assert {"少数民族", "流动人口"} <= set(asked.of_kind("thing"))


def test_bodies_are_names_ending_in_what_a_body_is():
    assert analyse("廊坊统战部部长是谁").bodies == ["统战部"]
    assert analyse("市民宗局局长是谁").bodies == ["民宗局"]
    assert analyse("全市民族工作格局怎么样").bodies == []  # 格局 ends in 局 but is no body


def test_a_body_the_tagger_cuts_apart_is_read_after_its_place_unit():
    assert analyse("区医保局 服务窗口 数量").bodies == ["医保局"]
    assert analyse("拉萨市住建局开展的是什么研究").bodies == ["住建局"]


def test_a_ministry_whose_ending_the_tagger_leaves_alone_is_one_body():
    # `交通运输` + `部`, `健康` + `委`: a swapped ministry (`文化和旅游部…`) had answered another's measure
    assert analyse("交通运输部规定货车通行费怎么收？").bodies == ["交通运输部"]
    assert analyse("国家卫生健康委发布了什么？").bodies == ["国家卫生健康委"]
    # a topic written before the body is no part of its name
    assert analyse("养老金人社部今年涨多少").bodies == ["人社部"] and "养老金" in analyse("养老金人社部今年涨多少").of_kind("thing")
    assert analyse("高速公路交通运输部有什么新规").bodies == ["交通运输部"]
    assert analyse("自治区卫生健康委怎么规定").bodies == ["卫生健康委"]
    assert "医保" in analyse("区医保局对医保报销有什么规定").of_kind("thing")  # asked outside the body too
    assert analyse("工业和信息化部统计口罩产能多少").bodies == ["工业和信息化部"]
    assert analyse("要求交通运输部做什么").bodies == ["交通运输部"]  # no verb in the name
    assert "交通运输" in analyse("交通运输部对交通运输企业补贴多少").of_kind("thing")  # asked outside the name too
    assert analyse("拉萨民委委党组2021年度民主生活会是哪天开的").bodies == ["民委"]  # 委党组 is the body's own
    assert analyse("基层干部有多少").bodies == []


def test_words_of_ability_are_no_topic():
    assert "能够" not in analyse("温州企业何时能够复工？").of_kind("thing")
    assert "需要" in analyse("对需要转为永久性建设用地的有何政策？").of_kind("thing")


def test_a_place_name_the_tagger_cuts_in_two_is_one_place():
    assert analyse("科右前旗评上全国民族团结进步先进集体的是哪家单位？").of_kind("place") == ["科右前旗"]
    assert "拉萨全市" not in analyse("3月5日当天拉萨全市组织了多少家单位开展志愿服务？").of_kind("place")
    assert analyse("模范区创建有哪些").of_kind("place") == []
    assert analyse("區直機關駐村工作隊還上哪兒去宣講？").of_kind("place") == []  # 机关 + 驻村: a doing at a village
    # a county the tagger cuts after its first character (增/城区, 从/化区), read whole by its full name
    assert analyse("增城区将哪家医院作为定点救治医院？").of_kind("place") == ["增城区"]
    assert analyse("从化区有多少人返岗").of_kind("place") == ["从化区"]
    assert analyse("新增城区绿地多少").of_kind("place") == []


def test_both_sides_of_a_coordination_keep_what_they_share():
    assert [standalone for _, standalone in question_parts("區人社廳和區醫保局在服務群眾上各自做了什麼？")] == [
        "区人社厅在服务群众上做了什么?", "区医保局在服务群众上做了什么?"]
    asked = analyse("区人社厅在服务群众上做了什么?")
    assert asked.bodies == ["人社厅"] and "区人" not in asked.of_kind("thing")  # not the tagger's 区人 + 社厅
    # a year read out of the question leaves a gap, not a place unit: 提案办 is no body
    assert "提案办" not in analyse("日喀则市政协2022年提案办复率是多少").bodies


def test_yes_no_words_are_no_topic():
    asked = analyse("廊坊民宗局有没有开展民族团结进步宣传月活动")
    assert asked.intent == "yes_no" and "有没有" not in asked.of_kind("thing")


def test_a_what_asked_beside_a_fact_is_a_part_of_its_own_with_the_subject():
    parts = question_parts("乌兰浩特在全盟率先成立了几级促进会，在全区率先做到了什么")
    assert [standalone for _, standalone in parts] == ["乌兰浩特在全盟率先成立了几级促进会", "乌兰浩特在全区率先做到了什么"]
    assert question_parts("全省民委主任会议明确的是哪年的全省民族工作要求，强调了哪些原则")[1][1] == "全省民委主任会议强调了哪些原则"


def test_a_category_noun_after_the_question_word_is_what_is_asked_not_the_topic():
    assert "位置" not in analyse("区直机关在贯彻自治区党委决策部署中处在什么位置").of_kind("thing")
    # a text states the answer by instance (`以红、黄、绿三色构成`), not by the category word
    assert "颜色" not in analyse("杭州市“健康码”以什么颜色构成？").of_kind("thing")
    assert "作用" not in analyse("民委委员制度起什么作用").of_kind("thing")
    assert "作用" in analyse("民委委员制度的作用是什么").of_kind("thing")  # named as the topic
    assert "民族乡" in analyse("廊坊有哪些民族乡").of_kind("thing")  # a topical noun stays
    # the kinds a list names one by one (`模范单位、流动人口优秀窗口、民族工作先进集体`)
    assert "类别" not in analyse("下半年参加评选申报的都有哪些类别").of_kind("thing")
    assert "类型" in analyse("案件的类型是什么").of_kind("thing")  # named as the topic


def test_a_question_is_read_without_how_it_is_put_politely():
    assert read_question("请问一下，日喀则政协提案的办复率和满意率比一比呀") == "日喀则政协提案的办复率和满意率比一比"
    assert read_question("麻烦问下，拉萨民委有多少干部啊？") == "拉萨民委有多少干部?"
    assert read_question("问题清单有几项") == "问题清单有几项" and read_question("是否收费吗").endswith("吗")
    assert read_question("请问下半年计划开展多少场") == "下半年计划开展多少场"  # 下 is the period's
    assert read_question("问下级部门报送了几份材料").startswith("问下级") and read_question("大昭寺有多少喇嘛").endswith("喇嘛")
    from assistant.answering.parts import question_parts
    assert len(question_parts("请问一下，阿里和林芝的创建经费，哪个多呀")) == 2  # still two sides compared


def test_spoken_question_words_are_read_as_written_ones():
    assert analyse("拉萨民委上半年机关党建这块做了些啥，简单归纳下").intent == "summary"
    assert analyse("廊坊的民族团结品牌叫啥").kind == "list"
    assert analyse("健康茶展销中心啥时候开业的").kind == "time"
    assert "归纳" not in analyse("简单归纳下拉萨民委上半年的工作").of_kind("thing")


def test_how_a_which_documents_question_asks_is_not_its_topic():
    assert analyse("驻村工作队在哪几份材料里出现过").of_kind("thing") == ["驻村", "工作队"]
    assert analyse("优化营商环境是哪份材料讲的？").kind == "which_docs"
    assert analyse("搞志愿服务的内容在哪几篇里有？").of_kind("thing") == ["志愿", "服务"]  # what they say of it
    assert analyse("志愿服务内容在哪几篇里有").of_kind("thing") == ["志愿", "服务"] and "内容" in analyse("工作内容包括哪些").of_kind("thing")


def test_a_law_asked_for_is_a_document_asked_for():
    assert analyse("哪部法规讲了国务院常务会议？").kind == "which_docs"
    assert analyse("哪几部规定里讲到了“会计年度”").of_kind("phrase") == ["会计年度"]
    assert analyse("哪份文件规定了清明节放假").of_kind("thing") == ["清明节", "放假"]
    assert analyse("哪几年的政府工作报告提到了超长期特别国债").kind == "which_docs"
    # a consequence, a rule's content, a name or a date asked are not documents asked for
    assert analyse("违反会计法要承担哪些法律责任").kind != "which_docs"
    assert analyse("行政复议法对申请期限有什么规定").kind != "which_docs"
    assert analyse("上海这个备案审查条例施行时同时废止的是哪个规定").kind != "which_docs"
    assert analyse("哪部法律规定了国庆节是什么时候").kind == "time"
    # laws told to people are what the text names, not the documents saying something
    assert analyse("拉萨民委下基层大接访，都给群众宣讲了哪些法律法规").kind != "which_docs"
    assert analyse("哪些法律讲了基层立法联系点").kind == "which_docs"
    assert analyse("违反规定的有哪些法律责任").kind != "which_docs"  # 法律 of 法律责任 is no law asked for
    assert analyse("哪个法院有管辖权").kind != "which_docs" and analyse("哪些法人有资格申请").kind != "which_docs"
    assert analyse("会计法对会计档案有哪些规定").kind != "which_docs"  # what a rule says


def test_spoken_words_are_replaced_only_where_they_ask():
    from assistant.answering.asking import read_question

    assert read_question("令人咋舌的做法咋办") == "令人咋舌的做法怎么办"
    assert read_question("廊坊准备咋防范风险隐患") == "廊坊准备怎么防范风险隐患"
    assert analyse("材料咋递上去").intent == "how"
    assert read_question("“啥都干”活动做了些啥") == "“啥都干”活动做了些什么"  # a quoted name stays as written


def test_two_digit_years_and_years_that_name_a_document():
    asked = analyse("23年那份报告里2022年GDP涨了多少")
    assert sorted((term.text, term.kind) for term in asked.terms if "year" in term.kind) == [
        ("2022年", "year"), ("2023年", "doc_year")]
    assert [term.kind for term in analyse("2024年政府工作报告定的增长目标是多少").terms if "year" in term.kind] == ["doc_year"]
    assert not any("year" in term.kind for term in analyse("土地承包再延长30年的政策是什么").terms)


def test_where_a_fact_is_read_is_how_the_question_is_put():
    terms = {term.text for term in analyse("拉萨民委那篇2022年上半年总结，网页上显示是晚上几点几分发布的？").terms}
    assert not {"网页", "显示"} & terms and "总结" in terms
    # a page and what it shows, asked about, stay what is asked about
    assert "网页" in analyse("政务网站网页有多少个").focus
    assert {"网页", "显示"} <= {term.text for term in analyse("哪些网页要显示备案编号").terms}


def test_a_spoken_adverb_before_the_question_word_is_how_the_question_is_put():
    assert "实际" not in analyse("“3·28”进乡村活动，实际是哪天办的").focus
    for question in ("复议法2017：行政复议一般咋审？", "剥夺政治权利一般多长", "行政复议通常多长时间出结果"):
        assert not {"一般", "通常"} & {term.text for term in analyse(question).terms}, question
    # the same words naming a kind of thing stay what is asked about
    assert "一般" in {term.text for term in analyse("一般纳税人是什么").terms}
    assert "实际" in {term.text for term in analyse("少数民族发展资金预算安排多少，实际多少").terms}  # actual against budget
    assert "实际" in "".join(term.text for term in analyse("实际控制人是谁").terms)


def test_a_year_before_or_after_a_laws_name_names_its_version():
    def years(question: str) -> list[tuple[str, str]]:
        return [(term.text, term.kind) for term in analyse(question).terms if "year" in term.kind]

    assert years("代表法2025：至少多少名代表联名能提质询案") == [("2025年", "doc_year")]
    assert years("放假辦法2013年版，春节放几天") == [("2013年", "doc_year")]
    assert years("2024年修正的监督法对年度监督工作计划怎么规定") == [("2024年", "doc_year")]
    assert years("按2017年行政复议法，申请复议要不要交钱") == [("2017年", "doc_year")]
    # the grounds a question is asked on, in book-title marks (the official register)
    assert years("根据1982年《中华人民共和国国务院组织法》，各部设副部长几人？") == [("1982年", "doc_year")]
    # the year something was done about a law is no version of it
    assert years("全国人大常委会2024年有没有对监督法搞执法检查") == [("2024年", "year")]
    assert years("2022年法治建设投入多少钱") == [("2022年", "year")]
    assert years("2023年依法查处案件多少起") == [("2023年", "year")]  # 依法, 执法, 做法 name no law
    # the version named, then a year asked of it: each year as written
    assert years("放假办法2013：2013年那次修订是哪天？") == [("2013年", "doc_year"), ("2013年", "year")]
    assert years("2023年开展执法检查多少次") == [("2023年", "year")]
    assert years("2017年颁布的行政复议法第一条") == [("2017年", "doc_year")]
    # a name in book-title marks, however long, with its year before or bracketed after
    assert years("根据2024年修订的《国务院关于经营者集中申报标准的规定》，经营者集中是指哪些情形") == [("2024年", "doc_year")]
    assert years("根据《国务院关于经营者集中申报标准的规定》（2024年修订），经营者集中是指哪些情形") == [("2024年", "doc_year")]
    # a year before a name in book-title marks with no change said dates what is asked
    assert years("2023年《西藏自治区民族团结进步模范区创建条例》宣传活动开展了多少场") == [("2023年", "year")]
    assert years("2023年《西藏日报》刊发民委稿件多少篇") == [("2023年", "year")]
    assert years("根据2023年《政府工作报告》，2022年粮食产量是多少") == [("2023年", "doc_year"), ("2022年", "year")]
    # how a version is named is not what is asked of it
    assert "修正" not in analyse("2023年修正的立法法总则对立法提了哪些新要求").of_kind("thing")


def test_the_focus_stays_in_the_question_words_clause_and_planning_words_are_how_it_asks():
    assert "报告" not in analyse("2022年全年GDP涨了多少，看23年那份报告").focus
    assert "打算" not in [term.text for term in analyse("2025年打算发多少超长期特别国债").terms]
    # tagged a noun, but right before the question word it plans, as a verb would (`今年9月召开…表彰大会`)
    assert analyse("自治区民族团结进步表彰大会计划啥时候开？").focus == ["民族团结进步", "表彰大会"]
    assert "计划" in analyse("这项计划什么时候出台").of_kind("thing")  # a plan, the topic
    assert "计划" in analyse("西部计划怎么报名").of_kind("thing") and analyse("招生计划多少人").focus != ["招生"]
    assert analyse("过境免签能在境内待多长时间").focus != ["多长时间"]


def test_a_not_a_asks_yes_or_no():
    assert analyse("人大代表在会上发言会不会被追究法律责任").intent == "yes_no"
    assert analyse("申请行政复议要不要交钱").intent == "yes_no"
    assert "不会" not in [term.text for term in analyse("会不会被追究法律责任").terms]


def test_two_digit_spans_stay_spans_and_money_is_asked_only_as_an_amount():
    for question in ("国债期限有10年、20年、30年几种", "工作满10年、20年的年假各几天", "12年义务教育包括哪些"):
        assert not any("year" in term.kind for term in analyse(question).terms), question
    assert analyse("罚款是涉案金额的几倍").unit == ("倍",)
    assert analyse("补贴金额是多少").unit == ("元",)
    assert "人" not in analyse("设立了几个工作组").unit and "名" in analyse("能委托几个律师").unit
    assert "名" in analyse("14个退休干部里有几个因为身体原因没打疫苗").unit  # some of the people named before
    assert "人" in analyse("國務院每個部一般配幾個副部長？").unit  # a post counted by 个: laws count it in 人


@pytest.mark.parametrize("question, asks_outcome", [
    ("拉萨民委向市财政要的资金批下来没有？", True),
    ("展销中心开业了吗", True),
    ("项目是否已经完工", True),
    ("申请行政复议要不要交钱", False),  # may or must, not whether it was done
    ("人大代表在会上发言会不会被追究法律责任", False),
    ("资金到位没有", True),
    ("考试能通过吗", False),  # whether it can be, not whether it was
])
def test_a_question_whether_something_was_done(question, asks_outcome):
    analysed = analyse(question)
    assert analysed.intent == "yes_no" and analysed.asks_outcome is asks_outcome


def test_a_keyword_query_naming_an_amount_asks_a_figure():
    assert analyse("2023 地方专项债 额度").kind == "count"
    assert analyse("GDP总量").kind == "count" and analyse("专项债额度怎么用").kind != "count"


def test_a_place_word_saying_which_kind_is_content_a_spoken_where_is_not():
    outdoor = analyse("户外宣传条数有多少")
    assert "户外" in outdoor.of_kind("thing") and outdoor.unit == ("条",)
    assert "村里" not in analyse("下基层大接访在村里蹲了多少天").of_kind("thing")


def test_a_word_before_a_kind_of_unit_names_no_place():
    assert "指导" not in analyse("日喀则政协包联指导县区坚持了几年").of_kind("place")  # 县区: counties and districts
    assert "门巴乡" in analyse("门巴乡有多少户").of_kind("place") or "门巴" in analyse("门巴乡有多少户").of_kind("place")
    # 小区, 景区, 疫区…: kinds of area, so 地区 + 小区 is no place the tagger cut in two
    assert analyse("交道口地区小区封闭管理后，快递和外卖怎么拿？").of_kind("place") == []


def test_a_number_in_brackets_is_part_of_a_name():
    assert analyse("刑法修正案（十二）是哪天通过的").of_kind("phrase") == ["修正案(十二)"]  # not 修正案（十一）
    assert analyse("根据刑法修正案（十二），哪天施行").of_kind("phrase") == ["修正案(十二)"]  # not 据刑法…


def test_a_verb_of_continuing_asked_with_how_many_years_is_the_duration_not_the_thing():
    asked = analyse("日喀则政协指导乡镇联络办建设坚持了几年")  # the text says `连续6年指导…`
    assert asked.unit == ("年",) and "坚持" not in asked.focus
    assert "集中学习" in analyse("拉萨民委集中学习了几次").focus  # a count of something else keeps its verb


def test_the_procedure_a_how_or_whether_question_asks_about():
    assert analyse("廊坊的义务监督员是怎么招募选拔的？").action == ["招募", "选拔"]
    assert analyse("廊坊的单位想评上示范单位，要咋申报、找哪个部门？").action == ["申报"]
    assert analyse("拉萨净土低氟健康茶展销中心能不能免费品茶").action == ["免费"]
    assert analyse("乌兰浩特对少数民族流动人口是咋服务的？").action == []  # how a body works, not a procedure
    assert analyse("人大代表证丢了咋补办？").action == ["补办"]  # a card issued again: a procedure
    assert analyse("育儿补贴，老百姓咋申领？").action == ["申领"]  # applied for and collected
    # the event whose day is asked: a passage must speak of it (not of the report made at that meeting)
    assert analyse("十四届全国人大一次会议那次大会哪天闭幕").action == ["闭幕"]
    assert analyse("民族团结月活动哪天办的").action == []  # 办: said in any verb
    assert analyse("会计法什么时候生效").action == []  # a law writes 施行



def test_a_noun_for_a_set_figure_before_the_question_word_is_how_it_asks():
    # the text states the figure without it: `十人以上联名`, `赤字率拟按4%左右安排`
    assert "要求" not in analyse("联名人数要求是多少").of_kind("thing")
    assert "目标" not in analyse("2024年的赤字率目标定的多少").of_kind("thing")
    # closing a clause before one holding only the year asked: `单位国内生产总值能耗降低2.5%左右`
    assert "目标" not in analyse("单位GDP能耗降低目标，2024年定的多少").of_kind("thing")
    assert "目标" in analyse("能耗降低目标，2024年完成得怎么样").of_kind("thing")
    assert "标准" in analyse("补贴标准，多少人能领到").of_kind("thing")  # another figure asked after it
    assert "目标" in analyse("2024年的主要预期目标有哪些").of_kind("thing")  # the topic of a list
    assert "境内" in analyse("境内营业额合计的门槛是多少").of_kind("thing")  # a kind of turnover, not `在村里`


def test_the_word_ending_a_count_is_what_is_counted_whatever_its_tag():
    # the tagger calls 提案 a verb after 多少件; a verb going on (`参加了`) is no counted thing
    assert analyse("日喀则政协2022年一共收到多少件提案？").focus == ["提案"]
    assert analyse("有多少人参加了培训").focus != ["参加"]


def test_some_of_a_kind_is_what_is_asked_about_and_a_document_name_is_no_body():
    terms = [(term.text, term.kind) for term in analyse("放假办法里只给部分公民放假的节日有哪些？").terms]
    assert ("部分", "thing") in terms and ("公民", "thing") in terms  # 第三条 部分公民放假的节日
    assert not any(kind == "body" for _, kind in terms)  # 放假办法 is no 放假办
    assert "部分" not in analyse("那部分主要说了啥").of_kind("thing")  # a part of the text


def test_the_kind_of_the_things_a_list_asks_for():
    assert analyse("日喀则政协说要不断提高哪几种政治能力？").category == "能力"
    assert analyse("廊坊要办哪些文体比赛").category == "比赛"
    assert analyse("拉萨市民委如何做好机关疫情防控工作?").category is None
    assert analyse("拉萨民委下半年打算搞第几个“民族团结月”？").focus == ["民族团结月"]  # the quoted name counted
    assert "对象" not in analyse("那场低氟茶培训，培训对象都有谁？").of_kind("thing")  # the people asked, by a noun
    assert "对象" in analyse("培训对象有哪些要求？").of_kind("thing")  # what is asked of them
    forms = analyse("常委会开专题询问可以用哪几种会议形式？")  # the kinds of 会议: 形式 names no topic
    assert forms.category == "会议" and "形式" not in forms.of_kind("thing")
    keywords = analyse("行政复议法2023 证据 种类")  # a search box's last word asks the kinds of the one before
    assert keywords.intent == "list" and keywords.category == "证据" and "种类" not in keywords.of_kind("thing")


def test_a_four_character_dictionary_word_the_tagger_reads_as_a_name_names_no_person():
    assert analyse("三类以上客车要严格执行什么运输？").persons == []  # 严格执行/nr
    assert analyse("张流波建议对衣物如何进行清洗消毒？").persons == ["张流波"]
    # two characters jieba's dictionary tags nr are everyday words: a document with no 修正 in it refused
    assert analyse("根据2024年修正的《上海市人民代表大会常务委员会规范性文件备案审查条例》，报谁批转有关委员会？").persons == []
    assert analyse("城市文明创建开展了哪些活动").persons == [] and analyse("张燕一行几个人").persons == ["张燕"]
    assert analyse("两条路比一比").persons == [] and analyse("立法权归谁").persons == []  # nr in the dictionary, names no one


@pytest.mark.parametrize("question, place", [
    ("大围河回族满族乡在廊坊哪个县？", "大围河回族满族乡"),  # the tagger reads 大围/河/回族/满族/乡
    ("管家务回族乡在哪个县", "管家务回族乡"),
])
def test_a_division_named_after_its_peoples_is_one_place(question, place):
    places = analyse(question).of_kind("place")
    assert place in places and not any(other in place for other in places if other != place)


@pytest.mark.parametrize("question", [
    "他是回族乡干部吗",  # nothing before 回族 names the division
    "哪些县设有回族乡", "成立回族乡是哪一年", "张三回族乡长", "民族团结回族乡",  # a verb, a person, a designation
    "管家务回族乡干部有多少", "扶持回族乡镇企业",  # the unit opens a longer word: 乡干部, 乡镇企业
])
def test_peoples_alone_name_no_division(question):
    assert not any(place.endswith(("回族乡", "族乡")) for place in analyse(question).of_kind("place"))


def test_whether_asked_by_a_closing_meiyou_is_no_word_of_what_about():
    assert "没有" not in analyse("文史馆升级改造开始搞了没有？").of_kind("thing")
    assert "没有" in analyse("哪些乡镇没有卫生院").of_kind("thing")  # what the question is about


def test_what_a_question_sets_aside_is_read_item_by_item():
    question = analyse("除了中心组学习、党组会这些，别的学习会一共开了多少回")
    assert question.excluded == ["中心组学习", "党组会"]
    question = analyse("专项组除了常务副组长，一般副组长是由什么人来当的？")
    assert question.set_aside_kinds == ["常务副组长"] and "常务" not in question.of_kind("thing")
    # items in brackets are set aside whole, and no item set aside is what is asked; `还有` asks, it names nothing
    question = analyse("拉萨下半年申报第二批自治区评选，除了模范县（区）、模范单位还有哪些类别？")
    assert question.excluded == ["模范县(区)", "模范单位"] and question.focus == []
    question = analyse("立法法2023：除了国务院各部委，还有哪些机构能定部门规章")
    assert "还有" not in question.of_kind("thing") and question.bodies == []  # a body set aside is no qualifier
    assert analyse("除了市政府办公室，市政府还有哪些部门参与了督查？").bodies == ["市政府"]  # named again, outside it


def test_which_ones_have_none_keeps_its_meiyou_and_nothing_is_set_aside_by_other_chu_words():
    assert "没有" in analyse("卫生院哪些乡镇还没有？").of_kind("thing")
    for question in ("解除隔离的重点人员，还要做什么", "排除安全隐患企业，还要做什么", "除夕夜还有哪些活动", "除此之外还有什么"):
        assert analyse(question).excluded == [], question
    assert analyse("除北京以外还有哪些城市").excluded == ["北京"]


def test_chu_le_inside_another_word_sets_nothing_aside_and_wai_closes_what_is():
    assert analyse("解除了隔离的人员，还要做什么").excluded == []
    assert analyse("除了北京外，还有哪些城市").excluded == ["北京"]


def test_a_figures_unit_and_bound_after_its_count_word_are_no_content():
    # `多少天内`: the text says `三十日内`, so 天内 is how the figure is asked, not what about
    terms = analyse("司法解释公布后多少天内要报备案？").of_kind("thing")
    assert "天内" not in terms and "备案" in terms
    assert "项目" in analyse("今年开工了多少项目").of_kind("thing")  # a noun after the count word stays


def test_a_spoken_verbs_direction_is_not_what_a_text_writes():
    # `收进去的修正案`: the text says `…修正案（十一）` was passed, never 收进去; the verb is 收
    assert "收进去" not in analyse("刑法2020年版收进去的修正案（十一）是哪天通过的？").of_kind("thing")
    asked = analyse("一共查摆出来多少条问题")  # a two-character verb keeps its head word
    assert "查摆" in asked.of_kind("thing") and "查摆出来" not in asked.of_kind("thing")
    assert "达到" in analyse("目标达到了吗").of_kind("thing")  # a result is not a direction
    assert analyse("这个项目看起来投了多少钱").focus == ["看起来"]  # a hedge stays as it is
    assert "停不" not in analyse("停不下来的项目有多少个").of_kind("thing")  # nor 不 between


def test_a_version_named_by_two_digits_is_a_year_but_a_span_before_a_word_in_ban_is_not():
    assert read_question("82年版和24年版组织法写法有啥区别").startswith("1982年版和2024年版")
    assert read_question("摄影作品享有50年版权保护吗") == "摄影作品享有50年版权保护吗"
    assert "1982年版和2024年版有" in read_question("国务院由哪些人组成，82年版和24年版有啥不一样")


def test_versions_and_years_written_bare_are_years_but_counts_and_pages_are_not():
    assert read_question("会计法2017和2024有啥区别").startswith("会计法2017年和2024年")
    assert read_question("行政复议法17版和23版有啥不同").startswith("行政复议法2017年版和2023年版")
    assert read_question("2017版会计法").startswith("2017年版")
    assert read_question("2023与2024年的报告").startswith("2023年与2024年")
    assert read_question("报纸第17版登了什么") == "报纸第17版登了什么"
    assert read_question("两地分别有2017和2023人参加") == "两地分别有2017和2023人参加"
    assert read_question("2023和2024年人均收入分别是多少").startswith("2023年和2024年人均")  # 年 once
    assert read_question("面积分别为2017和2023平方米") == "面积分别为2017和2023平方米"
    assert read_question("人民日报17版") == "人民日报17版" and read_question("报纸今天共16版") == "报纸今天共16版"
    assert read_question("首页分为12版块") == "首页分为12版块"


def test_this_year_of_a_named_report_is_its_year_and_last_year_the_one_before():
    assert "2023年" in analyse("2023年政府工作报告对当年工作提了哪几项重点").of_kind("year")
    assert analyse("2025政府工作报告：超长期特别国债去年安排了多少").of_kind("year") == ["2024年"]
    assert analyse("2023年政府工作报告说过去一年城镇新增就业多少人").of_kind("year") == ["2022年"]
    assert not analyse("2023年政府工作报告对如今年轻人就业有什么措施").of_kind("year")  # 如今 + 年轻人
    assert not analyse("2024年政府工作报告里去年GDP增长多少，今年目标多少").of_kind("year")  # two years asked
    assert not analyse("2023年修订的行政复议法今年什么时候开始施行").of_kind("year")  # the asker's year
    assert analyse("2024年报告里今年和2025年的目标").of_kind("year") == ["2025年"]  # another year written


def test_a_verb_and_its_object_split_by_the_count_are_one_word_counted():
    assert analyse("过年春节法定给放几天假").focus == ["放假"]  # the text writes `春节，放假4天`
    assert analyse("一年开几次会").focus == ["开会"]
    assert analyse("每人补贴多少元钱").focus == ["补贴"]  # 贴 is half of 补贴, no verb of its own


def test_the_whole_jurisdiction_is_a_scope_not_what_is_counted():
    assert analyse("2024年全国GDP总量到底是多少").focus == ["gdp"]
    assert analyse("全国有多少个民族乡").focus == ["民族乡"]


def test_a_meeting_is_asked_when_it_is_what_is_named_not_a_qualifier():
    assert analyse("国务院组织法是在哪次会议上通过的").asks_name == "meeting"
    assert analyse("刑法是在第几次会议上通过的").asks_name == "meeting"
    assert analyse("哪次会议上提出的GDP目标是多少").asks_name is None  # the figure is asked
    assert analyse("你是哪届人大代表").asks_name is None  # a term, not a meeting


def test_any_verb_asked_whether_so_is_a_yes_no_question():
    asked = analyse("三八妇女节赶上礼拜六，补不补假")
    assert asked.intent == "yes_no" and "补假" in asked.of_kind("thing")
    assert "补不" not in asked.of_kind("thing")  # the tagger's half of 补不补假 is no content word
    assert analyse("对该办不办、该管不管的干部怎么问责").intent == "how"  # a set phrase, not A-not-A
    assert analyse("上级时不时下来检查，该怎么准备").intent == "how"


def test_the_verb_an_ordinal_is_asked_with_is_not_what_is_asked_about():
    assert "办到" not in analyse("日喀则市政协委员读书活动办到第几届了").focus  # text: `第二届“书香政协”委员读书活动`
    assert analyse("拉萨市民委2022年上半年集中学习几次").focus == ["集中学习"]  # a count's verb is what it counts


def test_word_pairs_are_content_words_the_question_writes_together():
    pairs = analyse("针对现场招聘活动，考察什么").word_pairs
    assert "现场招聘" in pairs and "招聘活动" in pairs
    assert "现场活动" not in pairs and "活动考察" not in pairs  # not side by side: a comma between


def test_word_pairs_leave_out_what_is_set_aside():
    assert "常务副组长" not in analyse("除了常务副组长还有哪些副组长").word_pairs


def test_a_year_in_a_documents_number_names_the_document_not_a_period():
    def dated(question: str) -> list[tuple[str, str]]:
        return [(term.text, term.kind) for term in analyse(question).terms if term.kind in ("year", "doc_year", "doc_number")]

    assert dated("财政部、海关总署、税务总局公告2020年第6号将受赠人范围增加了哪类单位") == [("公告2020年第6号", "doc_number")]
    assert dated("财办〔 2020 〕7号是哪天印发的") == [("财办〔2020〕7号", "doc_number")]
    assert dated("2020年第一季度发放了多少贷款") == [("2020年", "year")]  # no number: a period
    assert dated("2019年第9号台风登陆了吗") == [("2019年", "year")]  # a typhoon's number names no document
    assert dated("（2021）7号楼在哪") == [("2021年", "year")]
    # the words before a number's code are still asked about
    asked = analyse("结对帮扶的拉委办发〔2022〕31号通知要求什么")
    assert "帮扶" in asked.of_kind("thing") and asked.of_kind("doc_number") == ["拉委办发〔2022〕31号"]


def test_a_national_body_the_tagger_cuts_apart_is_one_body():
    assert analyse("国家能源局哪天印发了通知").bodies == ["国家能源局"]  # tagged 国家/能源/局
    assert analyse("当前国家安全局面怎么样").bodies == []  # 局面 is no bureau


def test_someones_work_asked_is_a_post_and_a_word_ending_in_what_asks():
    asked = analyse("乌兰浩特的全国模范个人王淑琴是干啥工作的？")
    assert asked.kind == "role" and asked.intent == "fact_post"
    assert analyse("王淑琴从事什么工作").kind == "role"
    assert analyse("拉萨民委是干什么工作的").kind != "role"  # a body's work is what it does
    assert "干什么" not in [term.text for term in analyse("王慧是干什么的").terms]


def test_a_site_named_after_a_place_is_no_place_but_a_place_before_other_words_stays():
    assert ("长城网", "thing") in [(t.text, t.kind) for t in analyse("杨毅那篇访谈属于长城网哪个栏目").terms]
    assert "西藏" in analyse("西藏网信办负责什么工作").of_kind("place")
    assert "北京" in analyse("北京网约车有哪些规定").of_kind("place")


def test_how_a_document_deals_with_the_topic_is_no_word_of_it():
    asked = analyse("在这几份文件中，哪些对个体工商户作出了规定或部署？")
    assert asked.of_kind("thing") == ["个体", "工商户"]


def test_a_question_word_in_a_condition_set_is_not_what_is_asked():
    ruling = analyse("法律之间的规定不一致，不能确定如何适用时，由哪个机关裁决？")
    assert ruling.intent != "how" and not ruling.asks_method
    assert analyse("不知道如何办理时，怎么办？").intent == "how"  # the later clause asks how


def test_any_festival_names_no_day():
    assert analyse("拉萨过节那阵子搞了哪些共庆佳节的群众性活动").named_days == []
    assert analyse("春节期间搞了哪些活动").named_days == ["春节"]


def test_a_time_word_ending_in_shi_is_no_condition():
    assert analyse("如何做到及时，由谁来监督？").asks_method  # 及时 ends no condition


def test_the_within_of_a_time_limit_asked_is_the_questions_not_the_next_words():
    # the tagger reads `多长时间内报` as 内报: the 内 is the limit's (三十日内), and what must be held comes after
    assert analyse("规章应当在公布后多长时间内报有关机关备案？").focus == ["机关", "备案"]
    assert analyse("有关部门一般多长时间内要答复").focus == ["内要"]  # a modal: a made-up word (prepared.py)


def test_a_bureau_heads_post_after_a_place_or_a_person_names_no_body():
    assert analyse("廊坊局长说要真正做到哪几个“有”").bodies == []  # 廊坊 + 局长, no `廊坊局`
    assert analyse("杨毅局长讲了什么").persons == ["杨毅"]
    assert analyse("区医保局长是谁").bodies == ["医保局"]  # an abbreviated bureau's head: its bureau asked


def test_a_famous_name_before_a_post_is_a_person_and_a_requirement_asked_is_not_what_it_means():
    assert analyse("习近平总书记对疫情防控提出了哪些要求").persons == ["习近平"]
    assert analyse("李强总理在报告中提出了什么").persons == ["李强"]
    assert analyse("这项要求是什么意思").asks_name is None and analyse("这个要求有什么依据").asks_name is None
    assert analyse("2025年政府工作报告里去年和今年的赤字率是多少").of_kind("year") == []  # two years asked


def test_a_body_asked_by_who_is_asked_as_which_body():
    # `…的集体服务机构是谁` asks which body, as `是哪个机构` does; a post before 是谁 still asks a person
    assert analyse("代表法2015：给代表执行职务提供服务保障的集体服务机构是谁").kind != "person"
    assert analyse("这个部门的负责人是谁").kind == "person"
    assert analyse("哪个部门是谁分管的").kind == "person"  # 谁 asked of the body, not the body asked
    assert analyse("负责备案审查的工作委员会是谁").kind != "person"


def test_an_item_set_aside_by_pointing_at_it_is_set_aside_without_the_pointer():
    asked = analyse("日喀则政协协助自治区政协调研的7个课题，除了固体废物那个，还有哪些？列一下")
    assert asked.excluded == ["固体废物"]
    assert analyse("除了固体废物那一项，还有哪些课题").excluded == ["固体废物"]


def test_a_light_verb_leaves_the_act_it_carries_as_the_verb_asked():
    assert analyse("报送单位不按时报备，由哪个部门给予处分？").acting_verb == "处分"
    assert analyse("这项工作由哪个部门负责").acting_verb == "负责"


def test_a_section_named_in_quotes_is_named_by_its_headings_words_not_a_phrase():
    assert analyse("代表法2025：“对代表的监督”一章主要规定了哪些内容").of_kind("phrase") == []
    assert "监督" in analyse("代表法2025：“对代表的监督”这一章主要规定了哪些内容").of_kind("thing")
    assert analyse("“五个认同”指的是什么").of_kind("phrase") == ["五个认同"]  # a quoted name stays one
    assert analyse("“五一”节放几天假").of_kind("phrase") == ["五一"]  # a festival, not a section
    assert analyse("“十四五”编制工作什么时候开始").of_kind("phrase") == ["十四五"]


def test_a_rule_pointed_at_after_it_is_named_is_no_word_to_find():
    def things(question: str) -> list[str]:
        return analyse(question).of_kind("thing")

    assert "法律" not in things("代表法2025：这部法律最早是哪天通过的")
    assert "办法" not in things("《全国年节及纪念日放假办法》中，该办法规定春节放几天")
    assert "法院" in things("代表法2025：该法院由谁监督")  # a court, not the law
    assert "法律" in things("这部法律最早是哪天通过的")  # named nowhere: what is asked of


def test_a_focus_only_the_item_set_aside_holds_is_not_asked():
    assert analyse("行政法规公布后，除了国务院公报，还得登在哪个网上").focus == []
    assert analyse("除了区纪委监委机关，区直机关还有哪些模范单位").focus  # its 机关 names the kind asked


def test_a_website_asked_is_a_site_named_by_what_it_holds():
    assert analyse("还得登在哪个网上").asks_name == "website"
    assert analyse("在哪个网站发布").asks_name == "website"
    assert analyse("上网能不能办").asks_name is None
    assert analyse("可以通过什么网上平台申请").asks_name is None  # a platform online, not a site


def test_several_is_no_count_asked_but_a_verb_ending_in_hao_still_asks():
    assert analyse("财政、审计、税务好几个部门都要查").kind != "count"
    assert analyse("政府工作报告2025：今年要办好几件民生实事？").kind == "count"


def test_a_rule_pointed_at_is_not_a_word_holding_its_kind():
    assert "规定" in analyse("会计法2024：会计核算的基本规定有哪些").of_kind("thing")  # 基本, not 本
    assert "法律责任" in "".join(analyse("代表法2025：这项法律责任由谁承担").of_kind("thing"))


def test_spoken_words_for_when_and_how_often_are_no_words_of_the_topic():
    asked = analyse("日喀則政協委員疫情那陣子給住地政府捐錢，前前後後一共捐了多少？")
    things = asked.of_kind("thing")
    assert "那阵子" not in things and "前前后后" not in things and "捐钱" in things


def test_a_law_whose_article_is_acted_on_is_named_in_the_text_not_a_document_asked():
    assert analyse("有人阻挠代表依法履职，够不上刑事责任的，能按哪部法律的哪一条处罚").kind != "which_docs"
    assert analyse("阻碍代表执行职务的，可以适用哪部法律的哪一条处罚规定").kind != "which_docs"
    assert analyse("哪部法律规定了代表的权利").kind == "which_docs"


def test_a_verb_asked_with_its_negation_asks_whether():
    assert analyse("廊坊参加全省运动会，拿没拿到奖牌？").intent == "yes_no"
    assert analyse("去没去过边境县调研").intent == "yes_no"
    assert analyse("企业合并该报没报，被查到罚款罚多少").intent == "fact_figure"  # a condition of a figure asked
    assert analyse("单位该交没交的社保，后果呢").intent != "yes_no"  # a duty left undone
    assert analyse("时不时下乡检查，这种做法符合规定").intent != "yes_no"  # a set phrase


def test_an_address_or_a_periodicals_name_is_what_is_asked():
    assert analyse("拉萨净土低氟健康茶展销中心 地址").intent == "fact_place"
    assert analyse("怎么修改注册地址").intent == "how" and analyse("企业变更注册地址，去哪里办").place_unit is None
    assert analyse("市纪委举报电子邮件地址").intent != "fact_place"
    assert analyse("廊坊民宗局开辟的那个民族工作专刊，刊名叫啥？").asks_name == "name"
    assert analyse("拉萨市医保定点药店名单有哪些").asks_name is None  # a list, no name


def test_a_channel_is_a_word_asked_about():
    assert "网上" in analyse("2017年那版复议法，能不能在网上递交复议申请？").of_kind("thing")


def test_a_count_with_nothing_counted_in_its_clause_counts_the_state_after_it():
    assert analyse("大接访收上来的那些诉求，还剩几个在协调、没办完？").focus == ["协调"]
    assert analyse("被查到，最多罚多少钱").focus == []  # no verb after the count: nothing counted by its state
