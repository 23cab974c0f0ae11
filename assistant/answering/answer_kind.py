"""What kind of answer a question wants — a figure and its unit, a person, a post, a date, a
list, which documents — read from its question words (`多少家`, `谁`, `担任什么职务`, `何时`,
`哪些`), or from the measure a search-box query names (`…办复率`, `…开业时间`)."""

from __future__ import annotations

import re

from assistant.answering.asking import CLOCK_ASKED, CONTACT_ASKED, DOCUMENT_NUMBER_ASKED, KEYWORD_ROLE, LAST_KEYWORD, OCCASION_NOUNS, URL_ASKED
from assistant.answering.figures import CHAR_UNITS, GOODS_UNIT, WORD_UNITS, WORKING_DAYS
from assistant.answering.places import POSTS, names_a_person
from assistant.answering.text import DOCUMENT_NOUNS

# People are counted as 名, 人, 位 or, case by case, 例 (`予以变更民族成分8例`).
PEOPLE = ("名", "人", "位", "例")
# Days are 天 in speech and 日 in laws (`六十日内`); money asked as 钱 is stated in 元 (万元, 亿元).
# 个 is the general classifier: `几个部门` is answered by `项`, `条`…; people are counted in 名/人 when
# 个 counts people (`几个律师` → `一至二名律师`), never a count of groups (`几个工作组` ≠ `干部20名`).
# The unit as asked comes first (figures.same_unit): only it is answered by a longer unit of its
# start (`多少人` by `200余人次`); a headcount asked by 名, 位 or 人数 is not answered by visits
# (`委员20余人次`), so HEADCOUNT opens with 名.
HEADCOUNT = PEOPLE
UNIT_EQUIVALENTS = {"名": HEADCOUNT, "人": ("人", "名", "位", "例"), "位": ("位", "名", "人", "例"),
                    "个": ("个", "家", "项", "条", "所", "种", "类"),
                    "家": ("家", "个"), "天": ("天", "日", *WORKING_DAYS),
                    # events are asked in 次 and written in 场 or 期 (`开展“委员讲堂”活动3场`, `举办培训班2期`)
                    "次": ("次", "场", "场次", "期"), "场": ("场", "次", "场次")}
# People named by what they are (`律师`, `党员`), not by name: counted (`几个律师`) and asked (`什么人`).
PEOPLE_GROUPS = ("干部", "代表", "委员", "党员", "职工", "专家", "律师", "群众", "学生", "选民", *POSTS)
PERSON_NOUN = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,3}}(?:人|员|师|者|{'|'.join(PEOPLE_GROUPS)}))")
# People or posts counted before the count word (`副部长 几个`, `委员可以设几个`): laws count them in 人; also
# some of them (`14个退休干部里有几个`, `委员中有几个`).
PERSON_BEFORE = re.compile(rf"(?:人员|干部|代表|委员|党员|职工|专家|律师|{'|'.join(POSTS)})(?:里|中|当中|之中)?[\s有设可以能共一]{{0,4}}$")
# Money asked by what it is (`引进了多少资金`, `多少经费`), not only by 钱: an amount in 元 answers, not
# `完成招商引资项目一个` beside a placeholder (`引进资金xxxx万元`). Not `涉案金额的几倍`.
MONEY = re.compile(r"(多少|几)(块)?钱|(金额|资金|经费|款项)(是|有|为)?多少(?![万亿]?元)|多少(?:万|亿)?(?:的)?(?:资金|经费|款项|补助资金|奖金)")

# `哪几篇讲到了…`: 篇 counts documents, no noun needed. A law is a document too when asked which
# (`哪部法规讲了国务院常务会议`, `哪几年的政府工作报告提到了…`), but `承担哪些法律责任` asks a
# consequence, `哪个法院` a court, and `有哪些规定` what a rule says: 规定 is a document only
# counted by 部 (`哪几部规定里讲到了“会计年度”`).
LAW_NOUNS = r"(?!法律(?:责任|援助|服务|关系|效力|地位|意识|程序|后果|义务|权利|职责|文书)|法[院庭官人定治制务条])(?:法律|法规|条例|法)"
WHICH_DOCS = re.compile(rf"(哪些|哪个|哪几个|哪份|哪几份|哪篇|哪几篇|什么)({DOCUMENT_NOUNS})|哪几?篇"
                        rf"|(哪些|哪个|哪几个|哪一?部|哪几部)({LAW_NOUNS})|哪一?部规定|哪几部规定"
                        rf"|哪几?年的?[^，,？?]{{0,8}}报告"
                        # laws named before, asked by their classifier alone (`…这三部里，哪几部提到了…`)
                        r"|哪[一几]?部(?=提到|提及|涉及|讲到|写到|说到|规定了)"
                        # the documents named as a set, then asked which of them (`在这几份文件中，哪些对…作出了规定`)
                        rf"|(?:这|那|以上|上述)(?:些|几)(?:[份篇部]|[份篇部]?(?:{DOCUMENT_NOUNS}|{LAW_NOUNS}))(?:中|里|当中|之中)[，,]?\s*有?哪(?:些|几?[份篇部个])")
# How a document is said to deal with the topic (`对个体工商户作出了规定或部署`): what the documents asked do, not
# words of their topic
DEALT_WITH = re.compile(r"(?:作出|做出|作|做)了?(?:相关|有关|具体)?(?:规定|部署|安排)(?:(?:或|和|或者|及)(?:规定|部署|安排))?")
# not an act of telling people (`给群众宣讲了哪些法律法规`: the laws preached are what the text names)
MENTION = re.compile(r"(?<![宣演听主])(提到|提及|提过|涉及|出现|包含|讲到|谈到|写到|说到|讲过|讲了|谈了|写了|说了|讲的|说的|写的|谈的|规定了?|部署|安排|有)")
# `多少吨`, `几名` (units from figures.py); `哪几种` asks which ones, not how many; `这几份` (documents) counts nothing asked — `那几所学校`
# does: read as a list, `全市x所双语学校…` (a draft's blank count) answered `分别叫啥` (everyday_blind10/15 lost two refusals)
# 几 saying "several" (`好几个部门`, `十几个人`, `几十年`), not asked; 好 ending a verb still asks (`办好几件实事`)
SEVERAL = r"(?<=(?<![做抓办搞管干弄写讲])好)几|(?<=十)几|几(?=十)"
COUNT = re.compile(rf"(?<!哪)(?!(?<=[这那上述])几[份篇部])(?!{SEVERAL})(多少|几)({WORD_UNITS}|[{CHAR_UNITS}年级]|{GOODS_UNIT})?|多大|多高|比例|百分之几|比率|率是")  # not 多少间接就业, nor several (SEVERAL)
# Posts one person holds, which a keyword query names last to ask who (`…那篇文章 责任编辑`, `国务院 总理`): not 委员
# or 常委 (`政协 委员` may ask how many), nor the heads a law defines by their duty (`会计法 单位负责人`).
KEYWORD_POSTS = "|".join((*(post for post in POSTS if post not in ("委员", "常委", "负责人", "总会计师", "首长")),
                          "责任编辑", "作者", "一把手"))
# `那位县级干部叫啥名字`: a person's name asked after what the person is
PERSON = re.compile(r"谁|哪一?位|哪几位|哪[几两三]个(?:人|记者|编辑|作者)|哪些人(?![群口数次])|何人|什么人|姓名|姓什么|姓啥"
                    r"|(一把手|负责人|领导|书记|长|主任|主席|人)(叫|是)什么(名字)?[?？!！。\s]*$"
                    r"|(一把手|负责人|领导|书记|长|主任|主席|人|干部|同志|委员|代表|记者|编辑|作者|老师|讲师|专家)"
                    r"(?:叫(?:什么|啥)(?:名字?)?|(?:是)?(?:什么|啥)名字?)[?？!！。\s]*$"  # not `人大代表是什么`
                    # a search-box query naming the post last (`…那篇文章 责任编辑`, `雨城区政协主席 名字`): who holds it
                    rf"|(?:\s\S{{0,12}}?(?:{KEYWORD_POSTS})|(?:{KEYWORD_POSTS})叫?\s*的?(?:名字|姓名)){LAST_KEYWORD}")
# People asked by what they are, not who (`副组长由什么人来当`, `党员委员要联系哪些人`, `撤销监察委员会哪些人的职务`):
# a text names them by their post or group (`分管领导为副组长`, `联系党外委员`), seldom by name.
PEOPLE_KIND = re.compile(r"什么人(?![数次口])|哪些人员?(?![群数次口])")  # the forms PERSON reads as a person question
# A post asked; not `什么身份`, which a trade answers as well (`培训讲师`)
ROLE = re.compile(r"(担任|任|是)(何|哪些)(职务|职位)|(职务|职位)是(什么|啥)|(什么|啥)(职务|职位)")
# Someone's work asked (`王淑琴是干啥工作的`, `…从事什么工作`): a post, when a person is named before it;
# a body's work (`拉萨民委是干什么工作的`) is what it does
WORK_ASKED = re.compile(r"是(?:干|做)(?:什么|啥)工作的?|从事(?:什么|啥)工作")
# An occasion asked (asking.OCCASION_NOUNS): a named day answers as a date does (dated.OCCASION).
OCCASION_ASKED = re.compile(rf"(?:什么|啥|哪一?个?)(?:{'|'.join(OCCASION_NOUNS)})")
TIME = re.compile(rf"何时|什么时候|哪一?年|哪一?天|几月|哪一?个?月|(?<!第)几号(?![\u4e00-\u9fff]{0,3}?令|文(?:件)?(?:[？?，,。\s]|$))|{CLOCK_ASKED.pattern}|什么时间|日期|哪[两几些一]?个?(?:日子|天)|时间(?=$|\s)|多久|多长时间|期限|年限"
                  rf"|{OCCASION_ASKED.pattern}")
LIST = re.compile(r"哪些|什么|是指|指的是|包括|包含|内容")

# A search-box query names what it wants instead of asking (`…办复率`, `…吨数`, `…开业时间`,
# `2023 地方专项债 额度`); the text states the figure without the word (`专项债券3.8万亿元`), and
# `条数有多少` asks a figure counted in 条.
# `专项债 额度`: an amount in 元, not `分两期`; `民品企业 年产值`: not `7家民品企业`
MONEY_MEASURES = ("金额", "总额", "数额", "额度", "产值", "营业额", "销售额", "营收")
KEYWORD_COUNT = re.compile(rf"([{CHAR_UNITS}])数(?=$|\s|是|有|为|多少)"
                           rf"|(数量|总数|总量|增幅|增速|比例|率|{'|'.join(MONEY_MEASURES)})(?=$|\s)")


def question_kind(text: str) -> str:
    """which_docs, role, person, time, count, list or general, by the first question words that say."""
    if _asks_only_which_documents(text):
        return "which_docs"
    # a keyword query's last 角色 asks a post only after a person named (not `政府在乡村振兴中 角色`)
    if ROLE.search(text) or any((asked := pattern.search(text)) and names_a_person(text[:asked.start()])
                                for pattern in (WORK_ASKED, KEYWORD_ROLE)):
        return "role"
    if PERSON.search(BODY_ASKED_BY_WHO.sub(r"\1", text)):
        return "person"
    if TIME.search(text) and not _a_term_of_what_a_body_is_asked_for(text):
        return "time"
    if DOCUMENT_NUMBER_ASKED.search(text) or CONTACT_ASKED.search(text) or URL_ASKED.search(text):
        return "general"  # `文号是多少`, `咨询电话是多少`, `网址是多少`: a number that is a name, not a figure
    if COUNT.search(text) or KEYWORD_COUNT.search(text):
        return "count"
    if LIST.search(text):
        return "list"
    return "general"


# `会计档案的保管期限和销毁办法由哪个部门制定`: the body setting a term is asked, not the term
TERM_NOUNS = re.compile(r"期限|年限")
BODY_ASKED = re.compile(r"哪[个些家](?:部门|机关|机构|单位)")
# `…的集体服务机构是谁`: a body asked by 谁, as by 是哪个 (`…办事机构和工作机构是代表执行代表职务的集体服务机构`),
# not a person
BODY_ASKED_BY_WHO = re.compile(r"(部门|机关|机构|单位|委员会|政府|[局厅])(?:是|为|究竟是|到底是)谁(?=[呢啊呀]?[？?。！!\s]*$)")
# A set the asker points at (`乌兰浩特那几个专项推进组，牵头单位都是哪些部门`): what the next clause asks of, no part of
# its own (parts.py)
SET_NAMED = re.compile(r"(?<=[这那])几(?=[个所项名位家条类种批])")


def _a_term_of_what_a_body_is_asked_for(text: str) -> bool:
    return BODY_ASKED.search(text) is not None and all(TERM_NOUNS.fullmatch(asked.group()) for asked in TIME.finditer(text))


def expected_unit(text: str) -> tuple[str, ...]:
    """The units an answering figure may be stated in (`多少人` → 名/人/位/例, `多少钱` → 元), or ()."""
    if re.search(r"比例|百分之几|比率|率(是|为|有)?多少|率$", text):
        return ("%",)
    if MONEY.search(text):
        return ("元",)
    match = COUNT.search(text)
    if match and match.group(2) == "个" and text[match.end():match.end() + 1] == "人":
        return PEOPLE  # `几个人`
    if match and match.group(2) == "个" and (PERSON_NOUN.match(text[match.end():match.end() + 5])
                                            or PERSON_BEFORE.search(text[:match.start()])):
        return ("个", *PEOPLE)  # `几个律师`, `副部长设几个`
    if match and match.group(2):
        return UNIT_EQUIVALENTS.get(match.group(2), (match.group(2),))
    keyword = KEYWORD_COUNT.search(text)
    if keyword and keyword.group(1):
        return HEADCOUNT if keyword.group(1) == "人" else UNIT_EQUIVALENTS.get(keyword.group(1), (keyword.group(1),))
    if keyword and keyword.group(2) in MONEY_MEASURES:
        return ("元",)  # `招商引资 引进资金 金额`: an amount, not `完成招商引资项目一个`
    return ()


# A law whose provisions are acted on (`依照哪部法律的规定处理`) is one the text cites, named in it; not the
# document saying something (`清明节放假是根据哪份文件规定的`, `依据哪部法律规定了…`).
GROUNDS_BEFORE = re.compile(r"(?:依照|按照|(?<![照安])按|根据|依据|适用|参照|违反)$")  # `能按哪部法律的哪一条处罚`
PROVISIONS_ACTED_ON = re.compile(r"的(?:有关)?规定(?![的了？?。]|$)|的哪一?条")


def _asks_only_which_documents(text: str) -> bool:
    """`哪份文件规定了清明节放假`: the documents saying something. Not `…废止的是哪个规定` (a name
    asked: nothing said of it) nor `哪份文件规定了…是谁/是什么时候` (a person or a date asked, which
    the answer must state; which document says it is the citation). A count asked beside
    (`哪些材料写了理论学习中心组学习了几次`) lists the documents stating it (which_documents.py)."""
    asked = WHICH_DOCS.search(text)
    if not asked or GROUNDS_BEFORE.search(text[:asked.start()]) and PROVISIONS_ACTED_ON.match(text, asked.end()):
        return False
    rest = f"{text[:asked.start()]} {text[asked.end():]}"
    return bool(MENTION.search(rest)) and not any(other.search(rest) for other in (PERSON, TIME))
