"""What a question asks for, as one table: the first row whose pattern (or question kind,
question.py) the question matches names its intent; a keyword query such as `健康茶展销中心 开业时间`
is read by the same rows. extractive.py says how each intent is answered."""

from __future__ import annotations

import re

from assistant.answering.asking import KINDS_OF_KINDS, REQUIREMENT_ASKED
from assistant.answering.figures import ITEM_COUNT

# also the form or means of work asked (`具体用了啥形式`, `用了哪些手段`): what was done, as for 如何 — not a
# channel (`申请书能通过啥方式交`, `…途径`), nor a form a law names in one clause (`以什么形式订立`, `有哪些形式`,
# `采取什么形式`): policy_blind7/9 lost two so; nor 形式主义, 形式多样, 方法论.
METHOD = re.compile(r"如何|怎样|怎么|(哪些|什么)(措施|举措|做法|办法)"
                    r"|(?<![以按依有取])(?:哪些|什么)(?:形式(?!主义|多样)|方法(?!论)|手段)")
# `…，哪个多？`, `…谁放的假长`, `…哪个放假时间长`: two quantities compared, by what is measured
# (`放的假`) and how (多, 长…); sides.py asks for each.
WHICH_MORE = re.compile(r"[，,]?\s*(?:相比|比较|之中|比|中|里)?[，,]?\s*(?:哪个|哪一个|哪项|哪类|哪家|谁)(?:的)?"
                        r"(?P<measured>[^，,？?。]{0,6}?)(?:更|比较)?(?<![多最])(?P<degree>[多少高低大小长短])(?:一些|些|一点|点)?[?？。]?$")
# Only two sides named make one a comparison: `哪个县人口最多`, `哪个月开会多` ask a place or a date.
TWO_SIDES = r"(?:和|与|跟|同|及|还是)[^？?。]{0,30}?"
# `比较科学`, `比较合适`: 比较 as a degree adverb before a judgement compares nothing — unless two
# sides or a which-word stand before it (`线上和线下哪个比较好`).
JUDGED = r"(?!科学|合适|好|妥当|安全|方便|稳妥|理想|有效|恰当|适宜|重要|常见|容易|困难)"
COMPARISON = re.compile(rf"区别|不同|不一样|差别|差异|异同|相比|对比|比较{JUDGED}|(?:和|与|跟|同|还是|哪|谁)[^？?。]{{0,20}}比较|比一比|有何变化|有什么变化|变化|{TWO_SIDES}(?:{WHICH_MORE.pattern})")
# Whether something was done (`资金批下来没有`, `完工了没有`, `建成了吗`, `材料准备好没有`,
# `是否已经落实`) — not whether it can be (`能办成吗`, `考试能通过吗`): a yes/no question only a sentence
# saying what came of it answers (sentences.states_the_outcome_asked), not a request or a plan.
# The words of a wh-question (`哪些乡镇还没有` asks which, not whether): not 这几, 几乎.
WH_WORDS = r"哪|谁|什么|啥|多少|(?<![这那])几(?!乎)|怎|如何|为何"
OUTCOME = re.compile(r"(?<![能可会])(?:(?:了|下来|完|到位|出来)(?:没有?|吗)|过没有?|(?:好|成|完)没有?)[?？]?$"
                     # `找到工作没有`: the object between the verb and 没有 — not a wh-question (`哪些乡镇没有`)
                     # nor whether there is something (`有上限没有`)
                     rf"|^(?!.*(?:{WH_WORDS}))(?:.*[，,])?[^有，,]*[^有没，,]没有?[?？]?$"
                     r"|是否已|有没有(?:批|完成|落实|到位|建成|通过)")
# Which of several dated events is asked (`最近一次修改`, `第一次修正`): a law lists its amendments
# with a date each, and the words `修正`/`修改` match them all alike.
LATEST = re.compile(r"最近(?:的)?一次|最后一次|最新")
EARLIEST = re.compile(r"最早|(?:首次|第一次|头一次)(?=[\u4e00-\u9fff]{0,3}(?:修正|修改|修订|通过|公布|施行|发布|召开|举办))")
# Whether it was done, the verb asked with 没 (`拿没拿到`, `去没去过`; its 不 form, `补不补`, reads 是否补: asking.A_NOT_A);
# not a duty left undone (`该交没交`), nor a condition of a wh-question (`报没报，罚款罚多少`)
VERB_NOT_VERB = r"(?<![该应])([\u4e00-\u9fff])没\1"  # its one group: a pattern holding it holds no other
DONE_OR_NOT = rf"^(?!.*(?:{WH_WORDS})).*{VERB_NOT_VERB}"
YES_NO = re.compile(rf"是否|有没有|有无|能否|可否|是不是|{DONE_OR_NOT}|^.*吗[?？]?$|{OUTCOME.pattern}")
# An address asked (`寄到哪个地址`, `地址在哪`, a query ending `… 地址`): not a mailbox's, site's or page's (page_facts.py),
# nor one named in another question (`怎么修改注册地址`)
ADDRESS = r"(?<!邮箱)(?<!邮件)(?<!网站)(?<!网络)(?<!网页)(?<!官网)(?<!IP)地址"
ADDRESS_ASKED = re.compile(rf"(?:哪个|什么){ADDRESS}|{ADDRESS}(?:是|在)?(?:哪|什么)|^(?!.*(?:{WH_WORDS})).*{ADDRESS}[\s?？。]*$")
# `哪些城市`, `哪几个县` ask places too, and so does an address; not `哪些地方` (which aspects: `哪些地方需要改进`).
# Not `在哪次会议` (an occasion) nor `在哪部法里`, `在哪份文件`, `在哪条里` (a document or its part): a place in
# a law's title answered them. `在哪部门` is a place to go.
PLACE = re.compile(rf"哪里|哪儿|在哪(?!些|几|一|次|届|部(?!门)|本|份|篇|项|条|款|章)|什么地方|何地|地点|{ADDRESS_ASKED.pattern}|哪[个条](地方|地区|城市|县|区|市|乡|镇|村|街|路(?![线径]))"
                   r"|哪(?:些|几个)(?:地区|城市|省份?|县|区|市|乡镇?|镇|村|街道)(?![场民级村干块域长委])")  # not `哪些市场`, `哪些村民`
# What was done or is planned, asked in everyday words (`下半年打算干啥`, `这块都干了些啥`, `简单说说`):
# the section's items answer, not one sentence sharing the question's words.
# Not `是做什么工作的`, `用来做什么`, `叫做什么`, `需要做什么准备`: a bare 做什么 asks what a thing is.
DONE_OR_PLANNED = (r"(?:(?:打算|准备|计划)(?:干|做|搞)(?:些|点)?|(?<![是叫用来要])(?:都)?(?:干|做|搞)(?:了些?|了点|些|点))"
                   r"(?:啥|什么)(?!时候|时间|地方|样|用|的|工作的|准备)")
SUMMARY = re.compile(r"概括|总结|归纳|(讲|说|谈)了些?什么|大概(讲|说)|主要(做了|开展了|干了|工作|内容)|(有|取得了?|取得的)哪些(成绩|成效|成果|亮点)|工作(成绩|成效|情况)|情况如何"
                     rf"|{DONE_OR_PLANNED}|有(?:啥|什么|哪些)(?:打算|安排|计划)|简单(?:说说|讲讲|谈谈|介绍)|说个大概"
                     # the parts of a whole document said (`大概规定了哪几块内容`), not of a thing (`申请书包括哪几个部分`)
                     r"|(?:规定|讲|说|写|谈|部署)了?(?:哪几(?:大)?(?:块|部分|个部分)|几大(?:块|部分))")
# also a search-box query naming a list as its last word (`拉萨 学雷锋 志愿服务 内容`, `廊坊 民品企业 名单`, `证据 种类`), and
# what a plan sets out in points asked with 什么 (`下半年工作思路主要有啥`, `今年的重点任务是什么`)
LIST_ONLY = re.compile(rf"哪些|哪几|包括|包含|有几个方面|\s(?:内容|名单|清单|{'|'.join(KINDS_OF_KINDS)})[\s?？。]*$"
                       r"|(?:思路|重点|任务|要点)(?:主要)?(?:有|是)(?:些)?(?:什么|啥)(?=[?？。\s]*$)")  # not `重点是什么意思`
# A list asked by how many items it has (`四项工作重点是什么`, `“六个到位”指什么`, `哪四种颜色`) — not a
# count that only qualifies the topic (`三类以上道路客运班线客车…执行什么运输`, `十条措施对药店有什么要求`).
LIST_BY_COUNT = re.compile(rf"哪(?!一)(?:{ITEM_COUNT.pattern})|(?:{ITEM_COUNT.pattern})(?!及?以[上下内外])[^，,。？?、]{{0,8}}?"
                           r"(?:(?:是|指|为(?!什么)|包括|包含|分别是)(?:什么|哪些|啥|些什么|哪几)|有(?:哪些|哪几)|有(?:些什么|什么|啥)(?=[?？。\s]*$))")
COUNTED_NOT_HOW = re.compile(rf"^(?!.*(?:{METHOD.pattern})).*?(?:{LIST_BY_COUNT.pattern})")
ONE_BODY_ASKED = re.compile(rf"^(?!.*(?:{METHOD.pattern}|哪些|哪几)).*哪(?:一?个|家)(?:部门|机关|机构|单位)")  # not how, nor a list
INTENTS = (  # (intent, pattern or question kind)
    ("which_documents", "which_docs"),
    ("comparison", COMPARISON),
    ("yes_no", YES_NO),
    ("fact_post", "role"),
    ("fact_person", "person"),
    ("fact_date", "time"),
    ("fact_place", PLACE),
    ("fact_figure", "count"),
    # `四项工作重点是什么`: names how many items it wants — the set counted, even when asked summed up
    # (`聚焦哪四项重点？概括下`: a sentence naming the four answers, not the document's outline), though not
    # asked how (`重点抓了哪三项工作，怎么抓的`)
    ("list", COUNTED_NOT_HOW),
    # `哪个机关开座谈会总结创建成效的`: one body asked, whatever it did (its 总结 asks no summary)
    ("fact_name", ONE_BODY_ASKED),
    ("summary", SUMMARY),
    ("how", METHOD),
    # `复工要求？`: what a requirement sets is often several clauses (`实行弹性工作制…。煤炭企业采掘一线先复工…`)
    ("list", REQUIREMENT_ASKED),
    ("list", LIST_ONLY),
    ("list", LIST_BY_COUNT),
)
# Intents answered by a sentence and what follows it in its paragraph (text.elaborated).
ELABORATED_INTENTS = frozenset({"how", "list", "summary"})


# A question word inside a condition the question sets (`…不能确定如何适用时，由哪个机关裁决`): not what it asks.
ASKED_IN_A_CONDITION = re.compile(r"[^，,。？?]*(?:如何|怎么|怎样|是否)[^，,。？?]*(?:(?<![及同按临准适随])时|的时候)[，,]")


def asked_part(text: str) -> str:
    """The question without a condition holding a question word, when a later clause asks."""
    unconditioned = ASKED_IN_A_CONDITION.sub("", text)
    return unconditioned if re.search(WH_WORDS, unconditioned) else text


def question_intent(text: str, kind: str) -> str:
    """The first row of INTENTS that holds in `text`, the part asked (asked_part); a question naming a thing
    (`搭建了什么平台`) is fact_name."""
    for intent, test in INTENTS:
        if test == kind if isinstance(test, str) else test.search(text):
            return intent
    return "fact_name"

