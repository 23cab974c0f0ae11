"""What a web page says of itself, not of its subject: the column it stands in
(`当前位置: 首页 / … / 规划计划 / 计划总结`, `【铸牢中华民族共同体意识】学习贯彻·局长说`), where it came from
(`来源:办公室`) and how to reach its publisher (`新闻热线 0891-6325020`, `地址:…朵森格路36号`,
`邮政编码:850000`). ingest/clean.py keeps those lines after the text, where it records that its
furniture begins; header.py answers with them as it does with a byline: `拉萨民委这篇半年总结是哪个科室
发出来的`, `中国西藏新闻网的地址在哪`. A photo's credit stands in its caption, in the text (`省民委 供图`).

Each is asked of the page (`这篇`, `那篇文章`) or of its site (`中国西藏新闻网的…`), a contact only as the
site's own (`新闻热线`, `…网的电话`), and a photo's credit as who took or gave it: `资金来源`, `举报电话`,
`12345热线`, `在哪个板块上市` and `照片展览由谁提供场地` stay with the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answering.byline import DOCUMENT_WORDS, document_named
from assistant.answering.names import WEBSITE
from assistant.answering.question import Question
from assistant.ingest.clean import BREADCRUMB, FIELD_SEPARATORS, SOURCE_LINE
from assistant.ingest.normalize import normalize


@dataclass(frozen=True)
class PageField:
    asked: re.Pattern  # how a question asks for it (search text)
    stated: re.Pattern  # how the page states it, label included (a normalized line)
    # what else the question names: the page or its site; a publisher's contact, a site; None when
    # the words asking name the page's own thing (`那张照片是谁拍的`)
    asked_of: re.Pattern | None
    in_text: bool = False  # stated in the text (a photo's caption), not in the furniture kept after it
    names_a_place: bool = False  # an address: a place asked (`在拉萨哪条路上`) is the fact's, not the page's


@dataclass(frozen=True)
class FieldAsked:
    name: str  # of PAGE_FIELDS
    start: int  # where the question asks it (search text)
    end: int


# A site named as what is asked of (`中国西藏新闻网的地址`, `网站栏目`): a named website, not 国家电网, 互联网.
SITE = re.compile(rf"{WEBSITE.pattern}|网站|客户端|报社|电视台")
PAGE_OR_SITE = re.compile(rf"{DOCUMENT_WORDS.pattern}|{SITE.pattern}")
# A photo's credit in its caption, a label or a name set apart before 摄/供图 (`摄影：王五`, `（新华社记者
# 李四 摄）`, `省民委 供图`), not `加强影视拍摄：…` nor `（禁止拍摄）`.
PHOTO_CREDIT = re.compile(r"(?:^|(?<=[\s(（]))(?:图片来源|图片提供|供图|摄影|摄)\s*[:：/／]\s*[^\s，。,；;()（）]{2,20}(?=\s*[)）]|$)"
                          r"|[(（](?:[^()（）\n]{0,12}(?:记者|通讯员)\s*)?[^()（）\s]{2,10}\s+(?:供图|摄)[)）]"
                          r"|(?:(?<=[。\s])|^)[^\s。，,]{2,15}(?:\s[^\s。，,]{2,6})?\s+(?:供图|摄)$")
PHOTO = r"(?:照片|图片|相片|配图|插图)"
PAGE_FIELDS = {
    "column": PageField(re.compile(r"栏目|频道|版块|板块"), re.compile(rf"^{BREADCRUMB}\s*:.+"), PAGE_OR_SITE),
    # the page's own source (`这篇材料来源是哪`, `哪个科室发出来的`, `发在哪个网站`), not `资金来源`
    "source": PageField(re.compile(rf"(?:{DOCUMENT_WORDS.pattern}|网页|页面)的?(?:来源|出处)|^(?:来源|出处)"
                                   r"|(?<=[，,\s])(?:来源|出处)(?=是?(?:哪|什么|啥))"  # `那篇稿子，来源是哪家网站`
                                   r"|(?:哪个|哪家|什么)(?:网站|媒体|科室|处室|部门|单位|平台)\S{0,3}"
                                   r"(?:发出|发布|发表|刊发|刊登|登出|推送|转载|发的|登的)"
                                   r"|(?:发|登|刊)(?:在|于|到)(?:哪个|哪家|什么)(?:网站|媒体|平台)"),
                        re.compile(rf"{SOURCE_LINE.pattern}.+"), PAGE_OR_SITE),
    "hotline": PageField(re.compile(r"新闻热线|报料|(?:网|网站|的)(?:热线|电话)|^(?:热线|电话)"),
                         re.compile(r"^新闻热线\s*:?\s*[(（]?\d[\d()（）-]{6,}"), SITE),
    # `中国西藏新闻网的地址`, `…在拉萨哪条路上` (the question's last words: not `报道的哪条街道要改造`)
    "address": PageField(re.compile(r"地址|(?:哪条|什么|哪个)(?:大街|大道|路|街)(?![线径子况口道])上?\s*[?？。]?$"), re.compile(
        rf"(?:^|(?<=[{FIELD_SEPARATORS}\s]))地址\s*:\s*[^{FIELD_SEPARATORS}]+?(?=\s+(?:邮政编码|邮编|电话)|[{FIELD_SEPARATORS}]|$)"),
        SITE, names_a_place=True),
    "postcode": PageField(re.compile(r"邮编|邮政编码"), re.compile(r"(?:邮政编码|邮编)\s*:\s*\d{6}"), SITE),
    # who took or gave a photo (`杨毅那张照片是谁提供的`, `照片 供图单位`), not `照片展览由谁提供场地`
    "photo": PageField(re.compile(rf"{PHOTO}是?(?:谁|哪位|哪个单位|哪家|什么人)(?:拍|摄|提供|供)"
                                  rf"|{PHOTO}\s?的?(?:来源|出处|供图|摄影者)|供图(?:单位|方|者)|供图是?(?:谁|哪)"),
                       PHOTO_CREDIT, None, in_text=True),
}
# A page with no breadcrumb may print its column as a kicker above the title (`【…】学习贯彻·局长说`).
COLUMN_KICKER = re.compile(r"\A【[^】\n]{2,20}】[^\n]{2,20}$", re.M)
# The words naming where a field is asked of (`网站栏目`, `哪个科室`), not the page it is asked of.
FIELD_WORDS = re.compile(r"栏目|频道|版块|板块|网站|来源|出处|科室|处室|部门|单位|平台|媒体|地址|邮编|邮政编码|邮政|编码"
                         r"|新闻热线|热线|电话|号码|报料")


def page_fields_asked(question: Question) -> list[FieldAsked]:
    """The fields of a page a question asks for (`这篇总结是哪个科室发的`: its source)."""
    asked = []
    for name, field in PAGE_FIELDS.items():
        found = field.asked.search(question.text)
        if found and (field.asked_of is None or field.asked_of.search(question.text)):
            asked.append(FieldAsked(name, *found.span()))
    return asked


def page_named(question: Question, asked: list[FieldAsked]) -> Question:
    """The question without the words naming the document, where a field is asked of, or the fields
    asked (`照片`, `提供`): the rest (`拉萨民委`, `半年`, `中国西藏新闻网`) must name the page, in its
    title, first or last lines or source."""
    named = document_named(question)
    asking = [question.text[field.start:field.end] for field in asked]
    return replace(named, terms=[term for term in named.terms if not FIELD_WORDS.fullmatch(term.text)
                                 and not any(term.text in words for words in asking)])


def page_field(display: str, furniture_start: int | None, name: str) -> tuple[int, int] | None:
    """(start, end) of the line, or the part of one, stating the field, label included (`来源:办公室`),
    among the furniture kept after the text (a photo's credit: the text's first, as a page's lead
    photo stands under its title); a column also in a kicker above the title."""
    field = PAGE_FIELDS[name]
    offset = 0 if field.in_text else len(display) if furniture_start is None else furniture_start
    for line in display[offset:].split("\n"):
        searched = normalize(line)
        # a span is mapped back by position: whole lines are searched, so one folding unevenly is cited whole
        if found := field.stated.search(searched):
            start, end = found.span() if len(searched) == len(line) else (0, len(line))
            return offset + start, offset + start + len(line[start:end].rstrip())
        offset += len(line) + 1
    kicker = COLUMN_KICKER.search(display) if name == "column" else None
    return kicker.span() if kicker else None
