"""How a question asks, as opposed to what it asks about: the words a cadre types to say what
kind of answer is wanted (`叫什么名字`, `处在什么位置`, `概括一下`), and spoken question words
(`做了些啥`, `咋办`) and two-digit years (`23年`) read as the written ones every pattern in
question.py knows; and what a who-question asks is done (acting_verb)."""

from __future__ import annotations

import re

from assistant.answering.figures import CHAR_UNITS, GOODS_UNIT, WORD_UNITS
from assistant.answering.text import quoted
from assistant.ingest.normalize import normalize
from assistant.tokens import in_dictionary, tagged

# Words that say what kind of answer is wanted, not what it is about (`叫什么名字`, `开业时间`).
ASKING_WORDS = frozenset({"名字", "名称", "全称", "全名", "时间", "日期", "数量", "金额", "总数", "地点", "日子", "文号",
                          "概括", "归纳", "简单", "简要", "总的看", "总的来说", "大概", "具体", "主要", "起来", "一下",
                          "部分", "这块", "一块", "方面"})  # `…那部分主要说了啥`, `在民生方面`: where, not what
# Where a fact is read (`网页上显示是几点几分发布的`), not what it is about: the page before 上 and the verb after
# it (not `政务网站网页有多少个`, `哪些网页要显示备案编号`).
READ_ON = re.compile(r"(?:网页|页面|网站)上(?:显示|写着|标着|标注)?")
# A place's belonging asked (`赤康村属于哪个乡`, `隶属哪个县`): the text writes the place within the
# larger one (`甲玛乡赤康村`), not the verb.
BELONGING_VERBS = frozenset({"属于", "隶属", "隶属于", "归属", "归属于"})
# An occasion asked (`趁什么日子开业`, `赶在哪个节点`, `借着哪个纪念日`): the text names the day (`庆“七一”`),
# not the noun (answer_kind.OCCASION_ASKED). Not 节日 (`什么节日放几天假` counts days) nor 由头 (a reason).
OCCASION_NOUNS = ("日子", "节点", "纪念日", "时机", "契机")
# Nouns that, right after a question word, name the kind of answer wanted (`处在什么位置`,
# `起什么作用`, `采取了哪些方式`): the text states the answer without them (`是…的“最先一公里”`).
CATEGORY_NOUNS = frozenset({"位置", "地位", "作用", "角色", "方式", "形式", "方面", "地方", "内容", "情况", "事情",
                            "东西", "渠道", "途径", "手段", "特点", "意义", "目的", "效果", "结果",
                            # what the answer is, which a text states by instance: `以什么颜色构成` — 红、黄、绿三色
                            "颜色", "型号", "名称", "名字", "全称",
                            # the kinds a list names one by one: `都有哪些类别` — 模范单位、流动人口优秀窗口…
                            "类别", "类型", "种类",
                            *OCCASION_NOUNS})
WHICH_KIND = r"(?:什么|哪些|哪个|哪种|哪几种|哪几个|哪类|何种)"
ASKING_BEFORE_CATEGORY = re.compile(rf"{WHICH_KIND}$")
# Nouns naming only that there are kinds of the noun before them (`哪几种会议形式`, `哪些证据种类`): the text
# lists that noun's kinds (`全体会议、联组会议或者分组会议`) without them
KINDS_OF_KINDS = frozenset({"形式", "种类", "类型", "类别"})
ASKING_BEFORE_KINDS = re.compile(rf"{WHICH_KIND}[\u4e00-\u9fff]{{2,4}}$")
KEYWORD_BEFORE_KINDS = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{2,8}\s+$")  # a search box's last word: `…证据 种类`
# Nouns for a figure a rule or plan sets, right before the question word (`联名人数要求是多少`,
# `营业额合计的门槛是多少`, `赤字率目标定的多少`, `出决定的期限是多少`): the text states the figure
# without them (`十人以上联名`, `超过120亿元`, `赤字率拟按4%左右安排`, `六十日内作出…决定`).
SET_FIGURE_NOUNS = frozenset({"要求", "门槛", "标准", "目标", "期限", "时限", "上限", "下限", "限额"})
ASKING_SET_FIGURE = r"(?:是|为|大概是|一般是|定的|定为|定了|设定为?|设的)?(?:多少|几|多久|多长)"
# The noun may close the clause before one holding only the year or period asked and the question
# word (`单位GDP能耗降低目标，2024年定的多少`; the analysis has blanked years and periods out): the
# question word asks the same figure, not another (`补贴标准，多少人能领到`).
ASKING_AFTER_SET_FIGURE = re.compile(rf"^{ASKING_SET_FIGURE}|^[，,](?:\s|\d{{2}}年|[今明去前]年|[和与各])*"
                                     rf"{ASKING_SET_FIGURE}\s*[？?。!！呢啊]*$")
# Nouns for the people asked, right before who (`培训对象都有谁`, `参会人员是哪些人`): the text names them
# without the noun (`为…驻村工作队及寺庙管委会负责人等进行了全面培训`)
PEOPLE_NOUNS = frozenset({"对象", "人员", "人选"})
ASKING_AFTER_PEOPLE = re.compile(r"^(?:都|主要|具体|分别)?(?:有|是|包括)?(?:谁|哪些人|哪些|什么人)(?=[？?。，,\s]|$)")
# A thing's name asked in so many words (`H5叫什么名字`, `那本书叫什么`, `啥型号`, `全称`): only a sentence
# naming one the question does not — quoted, a model's (`C919`) or one ending in the kind asked
# (`便民办税春风行动`) — answers; one that only mentions the thing (`制作H5并…转发2000余次`) does not.
# A bare `叫什么` is not enough: a text states many designations unmarked (`…的机构叫什么`), and
# reading it as a name asked lost two answers on policy_blind11.
# Also a periodical's, a show's or a shop's name (`刊名叫啥`; not `药店名单`).
NAME_ASKED = re.compile(r"(?:什么|哪个)名(?![义额次单])(?:字|称)?|名字|名称|全称|全名|书名|[刊剧片曲歌店]名(?![单录额次义])"
                        r"|哪本书|什么书|什么型号|哪个型号")
# A theme or slogan asked (`主题是啥`, `活动主题口号是啥`, `以什么主题`): the text says it is one
# (`以“…”为主题`, `…主题经典歌曲大赛`); a sentence naming the event with no theme word states none, nor one
# naming a 主题教育 or 主题活动 (a kind of activity, not its theme). Not when or why (`主题是什么时候定的`).
THEME_ASKED = re.compile(r"(?:主题|口号|标语|题目|议题)(?:口号)?(?:是|叫)(?:啥|什么)(?!时候|时间|意思)"
                         r"|(?:什么|啥)(?:主题|口号|标语|题目|议题)(?=$|[？?，,。呢吗的])")  # `议的是啥题目`
# A theme stated: after its quote or as 为主题, or 主题 not naming a kind of activity (主题教育, 主题党日, 主题活动);
# a meeting's topic after its quote (`围绕“加强培养和使用农业专业技术人员工作”重大议题`)
THEME_WORDS = re.compile(r"[”」](?:重大|重要)?(?:主题|议题|题目)|为主题|主题(?!教育|党日|活动|实践)|口号|标语"
                         r"|议题(?:是|为)|为题|题为")  # `…的议题是审议…`, `作了题为《…》的讲话`
# A requirement asked (`复工要求？`, `有什么明确要求`, `要求是什么`): a sentence setting one answers (`山西要求复工企业
# 实行弹性工作制…`, `…应当…`), not one only saying where things stand (`已有70户煤炭企业进入正常生产状态`).
# Not a figure a rule sets (`联名人数要求是多少`: SET_FIGURE_NOUNS), nor whose requirement (`按谁的要求`).
REQUIREMENT_ASKED = re.compile(r"(?:什么|啥|哪些)(?:明确|具体|新的?)?要求(?=$|[？?，,。呢吗])|要求(?:是|有)(?:啥|什么|哪些)(?=$|[？?，,。呢吗])|(?<![的按])要求[？?]?$")
# Modals setting what must (not) be done: 应 not in 应对, 相应, 供应, 回应, 应急, 应邀, 应届, 应聘…; 要 not in 重要, 主要,
# 需要, 要点, 要素; 需 not in 需求. (provisos.RULE_WORDS reads a proviso's rule words, a narrower set.)
REQUIREMENT_WORDS = re.compile(r"要求|须|(?<![必])需(?!求)|不得|不准|不能|严禁|禁止|一律|务必|确保"
                               r"|(?<![对相供响适反效呼答顺感理回])应(?![对急用变运收邀届聘])"
                               r"|(?<![重主需只想必纪摘概提])要(?![求点素闻害员件地领])")
BOOK_ASKED = re.compile(r"哪本书|什么书|书名|那本书|那部书")  # a book's name is in 《》
# A meeting asked by its number (`在哪次会议上通过的`, `第几次会议`, `哪届人大`, `什么会议上`): a numbered
# meeting answers (`第五届全国人民代表大会第五次会议`); not `哪届人大代表` (a term), `哪次会见`.
MEETING_ASKED = re.compile(r"(?:哪一?|第几)[次届][\u4e00-\u9fff]{0,8}?(?:会议|大会|全会|常委会|人大(?!代表))|什么会议上")
# A document's number asked (`方案的文号是多少`): `拉创办发〔2022〕3号` answers, not a figure.
# A document's number asked: an issuer's (`文号`, `是几号文`) or a decree's (`国务院第几号令`, `第几号主席令`, `令号`:
# `国务院令第773号`)
DOCUMENT_NUMBER_ASKED = re.compile(r"文号|发文字号|发文号|第?几号(?:[\u4e00-\u9fff]{0,3}?令|文(?:件)?(?=[？?，,。\s]|$))|令号|令第几号")
# A contact asked (`立案咨询电话是多少`, `热线号码`, `打哪个电话`, `联系方式`, keyword-style `复工申请 电话`):
# a telephone number or mailbox answers, which a text writes with no unit (`010-65669856-300`), so it
# is no figure. Not how to use one (`如何电话咨询`): that asks a way.
# Not a count of lines or calls (`接到举报电话多少个`, `开通了多少条热线`), nor when one opened (`热线什么时候开通`),
# nor who runs one (`热线哪个部门负责`).
MAILBOX_ASKED = re.compile(r"邮箱|信箱|邮件|电子邮|[Ee]-?mail")  # a mailbox, not a telephone number, is wanted
CONTACT_WORDS = ("电话", "热线", "号码", "手机", "传真", "邮箱", "信箱")  # what a line is called (contacts.py)
CONTACT_ASKED = re.compile(rf"(?:{'|'.join(CONTACT_WORDS)})(?:号码?)?(?:是|为)?(?:多少|几号|什么|哪个)(?![个条件次通人部单时候])"
                           r"|拨打(?:哪个|什么|几号)|联系方式|联系电话(?:是|为)?(?:多少)?$|(?<!少[条个部])(?<!几[条个部])(?:电话|热线|邮箱|信箱)(?:号码)?$")
# An online service's name asked (`手机APP叫啥`, `用的哪个小程序`, `平台叫什么`): a name ending in its kind
# answers (`豫事办APP`, names.ONLINE_VENUE), not the words naming the service the question gives.
# Not who runs one (`这个APP是哪个部门开发的`) nor when it opened (`平台是什么时候上线的`).
SERVICE_ASKED = re.compile(r"(?i)(?:app|小程序|公众号|平台|软件)(?:的?(?:名字|名称)(?:是|叫)?(?:什么|哪个)|叫(?:什么|哪个))"
                           r"|(?:什么|哪个)(?:app|小程序|公众号)[?？]?$")
# A keyword query ends with what it wants (`…那篇文章 责任编辑`, `…信息平台 网址`), perhaps a mark after it.
LAST_KEYWORD = r"[?？。\s]*$"
# …and a post or role asked so (`于倩 廊坊那篇稿子 角色`): of the person named before it (answer_kind, byline).
KEYWORD_ROLE = re.compile(rf"\s(?:职务|职位|角色|身份){LAST_KEYWORD}")
# The time of day asked (`几点几分`, `几点钟`, `几点发的`; not `哪几点要求`)
CLOCK_ASKED = re.compile(r"(?<!哪)几点(?:几分|钟|(?=发|出|挂|登|推))")
# A web address asked (`信息平台 网址`, `链接是什么`, `原文链接在哪`): an address answers (names.URL), not the words
# naming the site. Not a rule on domain names (`域名注册管理办法`).
URL_ASKED = re.compile(rf"网址|网站地址|网页地址|链接(?:地址)?(?:是|为|在)?(?:什么|多少|哪里?|哪儿)?{LAST_KEYWORD}|域名是")
WEBSITE_ASKED = re.compile(rf"(?:哪个|哪家|什么)网站(?!是)|(?:哪个|哪家|什么)网(?=[上里]?(?:[？?。]|$))|网站名|{URL_ASKED.pattern}")  # not `这个网站是哪个单位办的`  # a website's name ends in 网/网站
# Words of ability or duty (`何时能够复工`) say how a question is put, not what it is about
# (not 需要: `需要转为…` vs `不需转为…`).
MODAL_WORDS = frozenset({"能够", "能否", "可以", "可否", "应该", "应当", "得以"})
# A modal the tagger glues to a one-character verb (`成本要降多少`: 要降, `能减多少`) is how the
# question is put: the text states the verb without it (`较上年降低0.5个百分点`; focus.py).
MODAL_CHARS = "要将会能可需应"


def without_modal(word: str) -> str:
    """`成本要降多少`, `乌兰浩特要树的…品牌`: the tagger's 要降, 要树 are a modal and a verb (MODAL_CHARS), the
    verb alone; a word the dictionary knows (要求, 应急, 可能) as it is."""
    return word[1:] if len(word) == 2 and word[0] in MODAL_CHARS and not in_dictionary(word) else word


# Spoken adverbs right before the question word (`行政复议一般咋审`, `通常多长时间`) or, for 实际, before 是
# (`…活动，实际是哪天办的`): how the question is put, not what it is about — the text says 原则上 or nothing, and
# the tagger reads 实际 and 一般 as a noun and an adjective. Elsewhere they are words of the text
# (`一般纳税人`, `实际控制人`, `预算安排多少，实际多少`).
ADVERBS_BEFORE_ASKING = frozenset({"一般", "通常", "平时", "平常", "往往", "还有"})  # `除了…，还有哪些`: besides, which
ADVERBS_BEFORE_IS = frozenset({"实际"})
ASKED_AFTER_ADVERB = re.compile(r"(?:是|要|会|得|该|需要)?(?:怎么|如何|多少|多长|多久|多大|几|什么|啥|哪|谁)")
# Verbs of planning (`2025年打算发多少国债`, `计划搞的…行动`) say a plan is asked about; the text
# says 拟发行 or nothing at all. As nouns they are topics (`行动计划`), so only when tagged a verb.
PLANNING_VERBS = frozenset({"打算", "准备", "计划", "想要", "拟"})

# Spoken question words as written ones. 咋 asks how before any verb (`咋办`, `咋防范`, `咋递`), not
# in `咋舌`, `咋呼`.
SPOKEN = (("啥时候", "什么时候"), ("为啥", "为什么"), ("干啥", "做什么"), ("啥子", "什么"), ("啥", "什么"),
          ("几时", "何时"), ("哪儿", "哪里"), ("多会儿", "什么时候"))
SPOKEN_HOW = re.compile(r"咋(?![舌呼])")
# A year said with two digits (`23年那份报告`, `25年报告说…`, `24年GDP…`, `24年和25年各…`), written
# out where what follows says it is a year; elsewhere two digits and 年 are a span (`再延长30年`,
# `20年期限`, `工作满10年、20年的`).
SHORT_YEAR = re.compile(r"(?:(?<=^)|(?<=[，,\s：:（(])|(?<=\d年[和与跟及]))([12]\d)年"
                        r"(?=那|的|全年|上半年|下半年|[a-z]|[和与跟及][12]\d年|[和与跟及]20\d\d年|[各分]"
                        r"|[\u4e00-\u9fff]{0,6}?(?:报告|文件|材料|方案|规划|纲要|总结|综述|通知|意见|工作))"
                        r"|(?<![\d.])([12]\d)年(?=那|的报告|报告|政府|工作报告)")
# A year said relative to the year a document speaks of (`过去一年，…全年国内生产总值增长3%` in the report
# of March 2023 is 2022's); not a comparison's base (`比去年`, `与去年同期相比`, `高于去年`), nor inside
# another word (`过去年度`, `除去年终奖`, `如今年轻人`, `至今年均`). Read in texts (stated_times.py) and in
# questions naming a report's year (question.py).
PAST_YEAR = "过去一年"  # in a report dated the next year, the year before; in one titled with its year, that year
RELATIVE_YEAR = re.compile(r"过去一年|(?<![比较同于与和跟除至如当迄过])(?:去年|今年|明年)(?!同期|相比)")
# A year a question asks relative to its asker's now (`前年开了几次`, `明年打算…`), which is never the year
# a document speaks of, whether its asker reads 今年 as that year or the next: scope.py resolves it against
# the document's year (`截至前年底` too). Not inside another word (`提前年度`, `说明年限`, `今后年均`, `目前年龄`).
FAR_YEAR_ASKED = re.compile(r"(?<![比较同与和跟除如当迄过今此以之提说证表声目先])(?:大前年|明后年|前年|明年|后年)"
                            r"(?![度均限龄报货金份会检终薪休收]|同期|相比)")  # not `目前年龄`, `春节前年货`, `退休后年金`
# A question's own word for the year of the report it names (`2023年报告对当年工作…`), as 今年 is.
SAME_YEAR_ASKED = re.compile(r"(?<![比较同于与和跟除至如迄过])(?:当年|本年)(?!同期|相比|以来)")


# A version named by its year (`82年版和24年版`, `24年版组织法`, `2017版`): a law's, of either century;
# not a span before a word in 版 (`50年版权`, `20年版画`, `30年版税`, `12版块`), nor a page (`第17版`).
# Two bare digits are a version's year only beside another version (`17版和23版`): alone they
# are a page or a count (`人民日报17版`, `共16版`).
NOT_A_VERSION = "权画面图税式本次号块纳"
VERSION_YEAR = re.compile(rf"(?<![\d.第\sA-Za-z])(\d{{2}}年|(?:19|20)\d{{2}}年?)版(?![{NOT_A_VERSION}])")
VERSION_PAIR = re.compile(rf"(?<![\d.第\sA-Za-z共])(\d{{2}})版([和与跟、])(\d{{2}})版(?![{NOT_A_VERSION}])")
LAST_CENTURY_FROM = 50  # `82年版` is 1982's, `24年版` 2024's, `54年版` 1954's
# Two years written bare (`会计法2017和2024有啥区别`, `2023与2024年`): years, as two such
# numbers joined are, unless a unit follows the second (`2017和2023人`, `2017和2023平方米`).
BARE_YEARS = re.compile(rf"(?<![\d.第])((?:19|20)\d{{2}})([和与跟及、至到])((?:19|20)\d{{2}})"
                        rf"(?:年|(?![\d.‰万亿千百多余]|{WORD_UNITS}|[{CHAR_UNITS}]|{GOODS_UNIT}))")


def _full_year(digits: str) -> str:
    if len(digits) == 2:
        return ("19" if int(digits) >= LAST_CENTURY_FROM else "20") + digits
    return digits


def _version_year(match: re.Match) -> str:
    return f"{_full_year(match.group(1).rstrip('年'))}年版"


def _version_pair(match: re.Match) -> str:
    first, joined_by, second = match.group(1, 2, 3)
    return f"{_full_year(first)}年版{joined_by}{_full_year(second)}年版"


def _bare_years(match: re.Match) -> str:
    first, joined_by, second = match.group(1, 2, 3)
    return f"{first}年{joined_by}{second}年"


# A yes/no question asked A-not-A (`会不会被追究`, `要不要交钱`, `可不可以`) is a 是否 question.
# A-not-A (`会不会`, `要不要紧` → 是否要紧, `补不补假`, `放不放假`): whether it is so, the verb once. Not a set
# phrase (`该办不办`, `动不动就罚款`, `时不时`, `见怪不怪`, `一动不动`, `爱理不理`).
A_NOT_A = re.compile(r"(?<![该能一见爱])((?![不时动])[\u4e00-\u9fff])不\1(?!就)")
# An indefinite 几 (`几家企业合并，…超过多少就得申报`: several companies) asks nothing: with its
# classifier it is dropped where it opens a clause stating a condition, no modal in it, and a
# later clause asks what then follows (a question word, then 就/才/便). `几个部门参与，投入多少
# 资金`, `几个工作日能办结，超期找谁` ask both.
INDEFINITE_JI = re.compile(r"(?:(?<=^)|(?<=[，,；;：:\s]))几[个家名位项条种类批次件所座户]"
                           r"(?=(?:(?!能|可以|要|会|需)[^，,；;：:])*[，,；;：:].*(?:多少|几|什么|哪|谁)[^，,？?]*?(?:就|才|便))")
QUOTED_TEXT = quoted(0, None, single=True, capture="whole")


def is_category_noun(word: str, before: str, after: str = "") -> bool:
    """A category noun right after a question word (`处在什么位置`) or after the noun it asks the kinds
    of (`哪几种会议形式`, `证据 种类`), or one for a set figure or the people asked right before it (`门槛是多少`,
    `培训对象都有谁`)."""
    return (word in CATEGORY_NOUNS and ASKING_BEFORE_CATEGORY.search(before) is not None
            or word in KINDS_OF_KINDS and (ASKING_BEFORE_KINDS.search(before) is not None
                                           or KEYWORD_BEFORE_KINDS.search(before) is not None and not after.strip(" ？?。"))
            or word in SET_FIGURE_NOUNS and ASKING_AFTER_SET_FIGURE.match(after) is not None
            or word in PEOPLE_NOUNS and ASKING_AFTER_PEOPLE.match(after) is not None)


# How a question is put politely (`请问一下，…`, `麻烦问下…`, `…呀`, `…啊`), not what it asks: read without it, so
# what ends a question (`…比一比`, `…哪个多`) still ends it. Not 吗 (whether) nor 呢 after a part (`难办的呢`).
POLITE_OPENING = re.compile(r"^\s*(?:(?:请问|麻烦问|想问|问)下(?=[，,：:\s])|(?:请问|请教|打听|问|(?:我)?想(?:问|了解|知道)|麻烦(?:问|请教)?)一下"
                            r"|请问|请教|我想知道|(?:我)?想(?:问|了解)|麻烦(?:问|请教))[，,：:\s]*")  # not `请问下半年` → 半年
TRAILING_PARTICLES = re.compile(r"(?<=[\u4e00-\u9fff])[呀啊哦啦]+(?=[？?。！!～~\s]*$)")  # not 嘛 (喇嘛) nor 哈
# How much of a list is wanted, said last (`…哪些情形要从重处罚，列几条`, `，举几个例子就行`): no second question.
ITEMS_WANTED = re.compile(r"[，,]\s*(?:请|麻烦)?(?:简单)?(?:列|列出|列举|举|说|讲)(?:出|一下|下)?几(?:条|个|项|点|种|例)(?:例子)?"
                          r"(?:就行|即可|就可以)?吧?(?=[？?。！!\s]*$)")


def plainly(question: str) -> str:
    """The question without how it is put politely, nor how much of a list it wants."""
    return ITEMS_WANTED.sub("", TRAILING_PARTICLES.sub("", POLITE_OPENING.sub("", question)))


def read_question(question: str) -> str:
    """The question as every analysis reads it: search-normalized (Simplified, half-width), with
    spoken question words, A-not-A questions (`会不会` → 是否会, `补不补假` → 是否补假), an indefinite 几 (`几家企业…，
    超过多少…` → 企业…) and years written out (`24年`, `17版`, `2017和2024`) — outside quotes, which must match the
    text as written."""
    pieces = QUOTED_TEXT.split(SECTION_QUOTED.sub(r"\1", plainly(normalize(question).strip())))
    for number in range(0, len(pieces), 2):  # the even pieces are outside quotes
        for spoken, written in SPOKEN:
            pieces[number] = pieces[number].replace(spoken, written)
        pieces[number] = SPOKEN_HOW.sub("怎么", pieces[number])
        pieces[number] = A_NOT_A.sub(r"是否\1", pieces[number])
        pieces[number] = INDEFINITE_JI.sub("", pieces[number])
        pieces[number] = SHORT_YEAR.sub(lambda m: f"20{m.group(1) or m.group(2)}年", pieces[number])
        pieces[number] = VERSION_PAIR.sub(_version_pair, VERSION_YEAR.sub(_version_year, pieces[number]))
        pieces[number] = BARE_YEARS.sub(_bare_years, pieces[number])
    return "".join(pieces)


# A section named by its heading in quotes (`“对代表的监督”一章主要规定了哪些内容`): the heading's words, not a
# phrase some sentence must hold — what the section lists answers (outline.py), as for the heading unquoted
SECTION_QUOTED = re.compile(r"[“\"]([^”\"]{2,30})[”\"](?=(?:这|那)?一(?:章|节|编)|(?:这|那)(?:章|节|编)|(?:这|那)?部分)")  # not `“五一”节`


# Who is asked about as the one acted on, not the one who acts (`应当向谁报告`, `对谁来说`, `找谁`).
WHO_ACTED_ON = "向对给找跟与和"
# Words between 谁 and what is done (`谁可以申请`, `谁有权撤销`, `谁在负责`): the verb comes after them.
MODALS_BEFORE_VERB = MODAL_WORDS | {"能", "可", "有权", "要", "会", "才能", "需要", "得", "在", "正在", "去"}
CLAUSE_END = re.compile(r"[，,；;。？?！!]")
# Words before an act saying only that it starts, must be or is done to something (`什么时候开始施行`, `哪天正式实施`,
# `是否必须缴纳`, `是否会被追究`); modals (MODALS_BEFORE_VERB) and light verbs (LIGHT_VERBS) are read past as well
BEFORE_THE_ACT = frozenset({"开始", "正式", "加以", "被", "必须"})


def act_after(text: str, start: int) -> str | None:
    """The act written first after `start`, past modals, adverbs, conjunctions and a phrase of where, to whom or
    with whom (`是否能同时在两家公司兼职` → 兼职, `几月份之前要向社会公布` → 公布); None when the clause ends first,
    or when the tagger reads the act as a noun after such a phrase (`啥时候向人大常委会报告`: 报告/n)."""
    in_phrase, named_until = False, -1
    words = tagged(CLAUSE_END.split(text[start:], 1)[0])
    for at, (word, flag) in enumerate(words):
        if _says_which(words, at):
            named_until = at + 2  # `把拿到的授权再转给…`: 拿到 says which 授权, the thing the act is done to
        if flag == "p" or in_phrase and not flag.startswith("v") or at <= named_until:
            in_phrase = True  # 在 too: `是否在推进…` reaches 推进 all the same
            continue
        if word in MODALS_BEFORE_VERB | BEFORE_THE_ACT | LIGHT_VERBS or flag in ("d", "c", "f", "uj", "ul", "y", "q", "m", "mq"):
            continue  # how, when (`之前`) and how many (`几月份`'s 份) are no act
        return word
    return None


def _says_which(words: list[tuple[str, str]], at: int) -> bool:
    """A verb before 的 and a word says which thing (`拿到的授权`), not what is done (`是哪天召开的`)."""
    return words[at + 1:at + 2] == [("的", "uj")] and any(flag != "x" for _, flag in words[at + 2:at + 3])


# Who, or which body by the kind of it, acts (`由哪个部门来定`, `由哪一级政府批准`)
WHO_ASKED = re.compile(r"谁|(?<=由)(?:哪个|哪家|哪些|哪几个|哪一?级|什么)(?:部门|机关|机构|单位|(?:人民)?政府)|(?<=由)(?:哪些|哪几[个类种]?|什么)(?:人员|人(?![民大士物才口]))")


# How or when the one asked acts, before the verb (`由谁定期组织`: 定期/vn, the verb is 组织)
MANNER_BEFORE_VERB = frozenset({"定期", "及时", "统一", "共同", "依法", "专门", "一并", "具体", "直接"})


# Verbs that only carry the act named after them (`给予处分`, `予以公告`, `作出决定`)
LIGHT_VERBS = frozenset({"给予", "予以", "作出", "做出", "进行"})
LIGHT_VERB = "|".join(sorted(LIGHT_VERBS))  # as a pattern, before the act (`依法给予处分`)
# Verbs that only say a thing was made or done (`该报告是哪天所作的`, `哪年搞的`): the thing is what happened
MAKING_VERBS = frozenset({"作", "做", "搞", "所作", "所做", "弄", "干"})


def acting_verb(text: str) -> str | None:
    """What the question asks who (or which body: WHO_ASKED) does (`由谁通过` → 通过, `由谁来定` → 定, `由哪个部门来定` → 定,
    `谁可以申请` → 申请, `委员长是谁，由谁任命` → 任命), in the clause of the who asked; None when it asks only who
    someone is (`委员长是谁`) or whom something is done to (`向谁报告`)."""
    for who in WHO_ASKED.finditer(text):
        if who.start() > 0 and text[who.start() - 1] in WHO_ACTED_ON:
            continue
        end = CLAUSE_END.search(text, who.end())
        tags = [(word, flag) for word, flag in _tagged_after(text[who.start():end.start() if end else len(text)], len(who.group()))
                if word.strip()]
        words = [word for word, _ in tags]
        if words and words[0] != "来" and words[0].startswith("来") and len(words[0]) == 2:
            words[0] = words[0][1:]  # the tagger's `来定`: 来 then the verb
        while words and (words[0] == "来" or words[0] in MODALS_BEFORE_VERB or words[0] in MANNER_BEFORE_VERB and len(words) > 1):
            words.pop(0)
        if words[:1] == ["负责"] and len(words) > 1 and dict(tags).get(words[1], "")[:1] in ("v", "n"):
            words.pop(0)  # `由谁负责联系的`: in charge of 联系 (tagged n), what is done; not `由谁负责呢`
        if words[:1] and words[0] in LIGHT_VERBS and len(words) > 1 and dict(tags).get(words[1], "")[:1] in ("v", "n"):
            words.pop(0)  # `由哪个部门给予处分`: what is given is what is done (`由…给予处分`)
        if words and words[0] not in ("的", "是", "和", "由") and not QUESTION_WORD.match(words[0]):
            return words[0]
    return None


def _tagged_after(text: str, asked: int) -> list[tuple[str, str]]:
    """The words after the first `asked` characters (the who asked), tagged with it before them: alone, the
    tagger cuts a verb it knows (`制发` of `谁制发` read alone is 制 + 发)."""
    tags, read = tagged(text), 0
    while tags and read < asked:
        read += len(tags.pop(0)[0])
    return tags if read == asked else tagged(text[asked:])


QUESTION_WORD = re.compile(r"怎|如何|什么|啥|哪|多少|几|谁")
