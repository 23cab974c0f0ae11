"""Who gave or wrote a document, and when it was published: its byline, for `2023年那份政府工作报告
是谁作的`, `那篇文章作者是谁`; its dateline, for `那篇文章哪天发的` — or, for an official document with
none, the date it is signed with at its end (`…的通知是哪天印发的`).

A speech prints its speaker under the title (`国务院总理` / `李　强`), an article its author in a
credit line (`(作者:廊坊市民族宗教事务局党组书记、局长 杨毅)`); no sentence of the body says it,
so a clause finder cannot answer. The byline is read from the document's first and last lines
and quoted with its exact span, post included, so the same span answers `…当时是啥职务`. A web
page also credits its reporters in its dateline (`长城网·冀云客户端讯(孙兴兴 李昭)`) and its editor
in its footer (`责任编辑:于倩`, kept by ingest/clean.py): `记者是哪两位`, `责任编辑是谁`, `于倩是干啥的`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.asking import CLOCK_ASKED, KEYWORD_ROLE, LAST_KEYWORD
from assistant.answering.places import ISSUER_ENDINGS, is_a_post
from assistant.answering.question import Question
from assistant.answering.text import DOCUMENT_NOUNS
from assistant.ingest.clean import CLOCK, DATE, EDITOR_CREDIT, SPEECH_DATELINE, is_dateline
from assistant.ingest.dates import FULL_DATE
from assistant.ingest.normalize import normalize
from assistant.tokens import tagged

# The question asks who made the document, not who did something it reports.
# A post may stand after 哪位 when the document is given or written (`哪位总理念的`), not told of (`…动员
# 部署会上的讲话，是哪位书记讲的`: a speech the document reports), and the post be asked of the time it
# was given (`作…报告时是什么职务`).
ASKS_AUTHOR = re.compile(r"作者|撰稿|执笔|报告人|(?:谁|哪位领导|哪位|什么人)(?:作|做|写|念|讲|撰写|发表)的"
                         # on whose behalf it was given may stand between (`哪位总理代表国务院作的`)
                         r"|哪位(?:总理|主席|书记|部长|局长|省长|市长|同志)(?:代表[\u4e00-\u9fff]{2,12})?"
                         r"(?:作|做|写|念|撰写|发表)的"
                         r"|(?:作|做|写|念|讲)(?:的)?(?:报告|文章|讲话)?的?(?:人)?是谁"
                         r"|(?:作|做|写|念)\S{0,8}(?:报告|文章|讲话)(?:的|时)\S{0,8}(?:什么)(?:职务|身份)")
DOCUMENT_WORDS = re.compile(rf"{DOCUMENT_NOUNS}|那篇|这篇")
# The question asks when the document came out, not when something it reports happened (发放,
# 发展, 发生, 登记 are no publishing); a page is also `挂` on its site, where it ends the clause
# (`什么时候挂的牌`, `挂的职` are no publishing). An official document is 印发 or 签发 (下发 is as often
# said of funds and goods: `补助资金哪天下发的`).
ISSUED = "印发|签发"
ASKS_PUBLISHED = re.compile(rf"(?:哪天|哪一天|什么时候|啥时候|何时|几号|几月几[号日]|{CLOCK_ASKED.pattern})"
                            rf"(?:(?:发布|发表|刊发|刊登|推送|{ISSUED}|发出来|发出|发|登出来|登出|登|贴|挂(?=[到在上]))"
                            r"(?:到|在|上)?(?:网上|网站上?|网)?(?=的|了|$|[?？。])"  # `几号发到网上的`
                            r"|(?:挂出来|挂出|挂网|挂)(?:的|了)?(?=$|[?？。，,]|吗|呢))"
                            rf"|(?:发布|发表|刊发|刊登|推送|{ISSUED}|成文)(?:的)?(?:时间|日期)")
# A report or speech given (`报告是哪天作的`: its dateline), asked right after it — not something done it tells of
# (`报告里提到的专题调研是什么时候做的`)
GIVEN_ASKED = re.compile(r"(?:报告|讲话|致辞|发言)(?:是)?(?:在)?(?:哪天|哪一天|什么时候|啥时候|何时|几号|几月几[号日])(?:作|做|讲)(?=的|了|$|[?？。])")
TITLE = re.compile(r"《[^》]{4,80}》")
# An official document named by its kind right before the asking words (`这个通知是哪天印发的`, `…的通知
# （财办〔2020〕7号）是哪天印发的`), or by a title (`关于…的意见`): not `按照上级意见，补助什么时候下发`.
OFFICIAL_KIND = r"通知|公告|通告|意见|方案|办法|规定|决定|细则|条例|指南"
KIND_BEFORE_ASKING = re.compile(rf"(?:关于.{{2,60}}?的(?:{OFFICIAL_KIND})|通知|公告|通告)(?:[(（][^()（）]{{1,24}}[)）])?(?:是|在|于|的)?$")
CREDIT = re.compile(r"(?:作者|撰稿|文)\s*[:：]\s*([^)）\n]{2,40})")
HEAD_LINES = 8  # a speech's byline stands within its first lines (title, dateline, post, name)
TAIL_CHARS = 300  # an article's credit line stands at its end
CREDIT_CHARS = 300  # a page's reporters stand in its first lines, its editor in its last
NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,4}$")


def asks_for_author(question: Question) -> bool:
    return question.intent in ("fact_person", "fact_post") and bool(
        ASKS_AUTHOR.search(question.text) and DOCUMENT_WORDS.search(question.text))


def when_published_asked(question: Question) -> tuple[int, int] | None:
    """Where the question asks when its document came out (`那篇文章哪天发的`), else None."""
    asked = ASKS_PUBLISHED.search(question.text) or GIVEN_ASKED.search(question.text)
    named = DOCUMENT_WORDS.search(question.text) or TITLE.search(question.original) \
        or asked and KIND_BEFORE_ASKING.search(question.text[:asked.start()])
    return asked.span() if question.intent == "fact_date" and asked and named else None


def dateline(display: str, with_time: bool = False) -> tuple[int, int] | None:
    """(start, end) of the date on a page's dateline (ingest/clean.py keeps it under the title) or a speech's
    (`——2023年3月5日在…会议上`), `with_time` of day where it states one (`2022-04-21 15:41:36`, for
    `几点几分发的`); None when the document has none."""
    offset = 0
    for line in display.split("\n")[:HEAD_LINES]:
        said = normalize(line)
        if (is_dateline(said) or SPEECH_DATELINE.match(said.strip())) and (found := DATE.search(line)):
            end = found.start() + len(found.group().rstrip())
            end = clock.end() if with_time and (clock := CLOCK.match(line, end)) else end  # ingest.clean keeps it
            return offset + found.start(), offset + end
        offset += len(line) + 1
    return None


# An official document is dated by its signature, its issuer and then the date at its very end (`财  政  部
# 　　2020年1月31日`, `…指挥部 二〇二〇年一月二十七日`, a page's furniture after it): a date after another
# line (`有效期至2020年6月30日`, `填表日期：2020年2月1日`) is none.
CLOSE_CHARS = 120
SIGNER_ENDS = re.compile(rf"(?:{ISSUER_ENDINGS}|部|署|中心|院|会|组)[\s\u3000]*$")
SENTENCE_AFTER = re.compile(r"[。；;！!？?：:]")


def signature_date(display: str, furniture_start: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the date an official document is signed with (its text ends at
    `furniture_start`, where a page's furniture begins), or None."""
    text = display[:furniture_start]
    found = list(FULL_DATE.finditer(text, max(len(text) - CLOSE_CHARS, 0)))
    if not found or SENTENCE_AFTER.search(text, found[-1].end()):
        return None
    signer = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text[max(found[-1].start() - 40, 0):found[-1].start()])
    return (found[-1].start(), found[-1].end()) if SIGNER_ENDS.search(signer) else None


# 出来: what is left of `发出来`/`挂出来` once the tagger splits it
PUBLISHING = re.compile(rf"^(?:发|发出|发布|发表|刊发|刊登|推送|{ISSUED}|登出|挂|挂出|挂网|出来)$")


def document_named(question: Question) -> Question:
    """The question without the words that name the document itself (`那篇文章`, `报告`) or its
    coming out (`发布`): what must cover it is the rest (`杨毅`, `政府工作`), in the document's
    title or byline."""
    return replace(question, terms=[term for term in question.terms
                                    if not DOCUMENT_WORDS.search(term.text) and not PUBLISHING.match(term.text)])


def byline(display: str) -> tuple[int, int] | None:
    """(start, end) of the byline in the display text: a credit line's name with its post, or
    the name line under a speech's title with the post line above it; None when there is none."""
    tail_start = max(0, len(display) - TAIL_CHARS)
    credit = CREDIT.search(display, tail_start) or CREDIT.search(display, 0, min(len(display), TAIL_CHARS))
    if credit:
        return credit.start(1), credit.end(1)
    offset, previous = 0, None
    for number, line in enumerate(display.split("\n")[:HEAD_LINES]):
        if NAME.match(line.strip()) and _is_a_name(line):
            start = previous if previous is not None else offset
            return start, offset + len(line.rstrip())
        previous = offset if line.strip() and is_a_post(line.strip()) else None
        offset += len(line) + 1
    return None


def _is_a_name(line: str) -> bool:
    """A lone person's name, printed with spaces between its characters or not (`李　强`)."""
    words = tagged(re.sub(r"[\s\u3000]", "", normalize(line)))
    return bool(words) and words[0][1].startswith("nr") and len(words) <= 2


# Who a page credits, by role, in either script: its editor (`责任编辑:于倩`, ingest/clean.py) and its
# reporters, in its dateline's brackets (`…客户端讯(孙兴兴 李昭)`, `（记者 张三）`), never a bare 记者
# in a sentence (`记者从市民宗局获悉`).
CREDITS = {
    "编辑": EDITOR_CREDIT,
    "记者": re.compile(r"(?:[讯訊电電]\s*[（(]\s*(?:记者|記者)?|[（(]\s*(?:记者|記者))\s*"
                     r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3})\s*[)）]"),
}
ROLE_SAID = re.compile(r"编辑|編輯|记者|記者")
# The holder of the role is what is asked (`记者是哪两位`, `哪两个记者写的`, `责任编辑是谁`, `电头里署名的是
# 哪两个人`), not someone acting beside it (`回答记者提问的是谁`, `谁在文件上署名`).
HOLDER = r"(?:是|为)?(?:谁|哪[几两三]?[位个]|什么人|叫什么)"
# A search-box query names the role last (`长城网那篇杨毅稿子 责任编辑`): its holder is asked too.
EDITOR_SAID = r"(?:(?:责任)?编辑|责编)"  # `责编是谁`: the editor, as a reader shortens it
CREDIT_ASKED = {"编辑": re.compile(rf"{EDITOR_SAID}(?:又|都|分别|各)?{HOLDER}|哪[几两三]?[位个]{EDITOR_SAID}|\s{EDITOR_SAID}{LAST_KEYWORD}"),
                "记者": re.compile(rf"记者{HOLDER}|哪[几两三]?[位个]记者|(?:电头|开头)\S{{0,6}}署名\S{{0,3}}{HOLDER}"
                                 rf"|\s记者{LAST_KEYWORD}")}
CREDIT_WORDS = re.compile(r"责任编辑|编辑|责编|记者|电头|署名|开头|括号")
# What a person named in a credit did there (`于倩是干啥的`, `于倩是什么角色`), not anything else of them.
ROLE_ASKED = re.compile(rf"干啥|干什么|做什么的|什么角色|什么身份|什么职务|啥角色|啥身份|{KEYWORD_ROLE.pattern}")


def credit_asked(question: Question) -> str | None:
    """The role a question asks the holder of (`责任编辑是谁`, `哪两个记者写的`)."""
    return next((role for role, asked in CREDIT_ASKED.items() if asked.search(question.text)), None)


def credit_line(display: str, role: str) -> tuple[int, int] | None:
    """(start, end) of the names a page credits in that role, in its first or last lines."""
    head, tail = min(len(display), CREDIT_CHARS), max(0, len(display) - CREDIT_CHARS)
    found = CREDITS[role].search(display, 0, head) or CREDITS[role].search(display, tail)
    return found.span("names") if found else None


def credit_of(display: str, persons: list[str]) -> tuple[int, int] | None:
    """(start, end) of a credit (role and name) naming one of the persons (`于倩是干啥的`: 责任编辑:于倩)."""
    for pattern in CREDITS.values():
        for found in pattern.finditer(display):
            names = normalize(found.group("names"))
            # only a credit saying the role (`讯(孙兴兴 李昭)` says no post)
            if ROLE_SAID.search(found.group()) and any(person in names for person in persons):
                return found.start(), found.end("names")
    return None


def credit_named(question: Question) -> Question:
    """The question without the words naming the document or the credit asked (`记者`, `署名`): the
    rest (`长城网`, `杨毅`) must be in the document's title, first or last lines."""
    named = document_named(question)
    return replace(named, terms=[term for term in named.terms if not CREDIT_WORDS.search(term.text)])
