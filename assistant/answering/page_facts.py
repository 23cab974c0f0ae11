"""What a web page says of itself, not of its subject: the column it stands in
(`当前位置: 首页 / … / 规划计划 / 计划总结`, `【铸牢中华民族共同体意识】学习贯彻·局长说`), where it came from
(`来源:办公室`) and how to reach its publisher (`新闻热线 0891-6325020`, `地址:…朵森格路36号`,
`邮政编码:850000`). ingest/clean.py keeps those lines after the text; header.py answers with them as it
does with a byline: `拉萨民委这篇半年总结是哪个科室发出来的`, `中国西藏新闻网的地址在哪`.

A publisher's contact is asked of a site (`…网`, `网站`), so a notice's own `联系电话：…` stays with
contacts.py; where a page came from is asked of a document (`这篇`, `那篇文章`) or its site, so `资金来源`
stays with the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answering.byline import DOCUMENT_WORDS, document_named
from assistant.answering.question import Question
from assistant.ingest.clean import furniture_start

@dataclass(frozen=True)
class PageField:
    asked: re.Pattern  # how a question asks for it (search text)
    stated: re.Pattern  # how the page's furniture states it, label included (display text, either script)
    asked_of_site: bool  # a publisher's contact: the question names a site


SITE = re.compile(r"网站|[\u4e00-\u9fff]网(?![络格点])|客户端|报社|电视台")
PAGE_FIELDS = {
    "column": PageField(re.compile(r"栏目|频道|版块|板块"),
                        re.compile(r"^(?:当前位置|當前位置|您当前的位置|您當前的位置|您的位置|当前的位置)\s*[:：].+$", re.M),
                        asked_of_site=False),
    "source": PageField(re.compile(r"来源|出处|(?:哪个|哪家|什么)(?:网站|媒体|科室|处室|部门|单位|平台)\S{0,3}(?:发|登|刊|推送|转载)"
                                   r"|(?:发|登|刊)(?:在|于|到)(?:哪个|哪家|什么)(?:网站|媒体|平台)"),
                        re.compile(r"^(?:来源|來源)\s*[:：]\s*\S+", re.M), asked_of_site=False),
    "hotline": PageField(re.compile(r"热线|电话"), re.compile(r"^(?:新闻热线|新聞熱線)\s*[:：]?\s*\d[\d-]{6,}", re.M),
                         asked_of_site=True),
    "address": PageField(re.compile(r"地址"), re.compile(r"地址\s*[:：]\s*[^丨|\s]+"), asked_of_site=True),
    "postcode": PageField(re.compile(r"邮编|邮政编码"), re.compile(r"(?:邮政编码|郵政編碼|邮编|郵編)\s*[:：]\s*\d{6}"),
                          asked_of_site=True),
}
# A page with no breadcrumb may print its column as a kicker above the title (`【…】学习贯彻·局长说`).
COLUMN_KICKER = re.compile(r"\A【[^】\n]{2,20}】[^\n]{2,20}$", re.M)
# The words naming the field or where it is asked of (`网站栏目`, `哪个科室`), not the page it is asked of.
FIELD_WORDS = re.compile(r"栏目|频道|版块|板块|网站|来源|出处|科室|处室|部门|单位|平台|媒体|地址|邮编|邮政|编码|热线|电话|号码")


def page_field_asked(question: Question) -> str | None:
    """The field of a page a question asks for (`这篇总结是哪个科室发的`: its source), else None."""
    for name, field in PAGE_FIELDS.items():
        if field.asked.search(question.text) and (
                SITE.search(question.text) if field.asked_of_site else DOCUMENT_WORDS.search(question.text)
                or SITE.search(question.text) or name == "column"):
            return name
    return None


def page_named(question: Question) -> Question:
    """The question without the words naming the document or the field asked: the rest (`拉萨民委`,
    `半年`, `中国西藏新闻网`) must name the page, in its title, first or last lines or source."""
    named = document_named(question)
    return replace(named, terms=[term for term in named.terms if not FIELD_WORDS.search(term.text)])


def page_field(display: str, name: str) -> tuple[int, int] | None:
    """(start, end) of the line, or the part of one, stating the field, label included (`来源:办公室`),
    among the furniture kept after the text (ingest/clean.py); a column also in a kicker above the title."""
    found = PAGE_FIELDS[name].stated.search(display, furniture_start(display)) \
        or (COLUMN_KICKER.search(display) if name == "column" else None)
    return (found.start(), found.start() + len(found.group().rstrip())) if found else None
