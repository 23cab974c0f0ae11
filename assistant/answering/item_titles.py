"""An item's title: the short sentence opening an item of a work report (`一是…展销中心开业。`,
`（二）支持中小微企业稳定就业。`) or a paragraph (a run-in title), which the item's following
sentences are about though they do not repeat its words. Read by clause leads (clauses.py) and
kept from crediting a sentence for writing the question's words together (sentences.py)."""

from __future__ import annotations

import re

# An item of a work report opened by its title sentence (`一是拉萨净土低氟健康茶展销中心开业。在庆祝…之际,
# …成立…展销中心。`, `（二）支持中小微企业稳定就业。…`): what the following sentences tell is that item's,
# though they do not repeat its words. A title is short; a long first sentence is the item's content.
ITEM_OPENING = re.compile(r"(?:^|(?<=[。！？!?；;\n]))\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,3}[）)])")
ITEM_TITLE_CHARS = 40


def is_an_item_title(text: str, start: int, end: int) -> bool:
    """Does the sentence at start..end open an item as its title, short, measured as item_title
    measures (`三是认真开展民族成分变更工作。`, `（一）提高站位，全面加强政治理论学习。`)? An `X是` item going on
    past a comma (`一是暂缓开展各类现场招聘活动，改为网上招聘。`) says what was done, and an item of an inline
    list (`主要措施有：一是减税；二是降费。`) titles nothing."""
    opening = ITEM_OPENING.match(text, start)
    if opening is None:
        return False
    if _in_an_inline_list(text, start):
        return False
    title = text[opening.start():end].rstrip("。！？!?；;：:\n ")
    goes_on = "是" in text[opening.start():opening.end()] and any(mark in title[opening.end() - opening.start():] for mark in "，,；;")
    return len(title) <= ITEM_TITLE_CHARS and not goes_on


def _in_an_inline_list(text: str, position: int) -> bool:
    """Is the item at `position` one a colon introduced in its own sentence (`主要措施有：一是减税；二是降费。`)?"""
    sentence_start = max(text.rfind(mark, 0, position) for mark in "。！？!?\n") + 1
    return any(colon in text[sentence_start:position] for colon in "：:")


def item_title(text: str, start: int) -> str:
    """The title sentence of the item the sentence at `start` goes on with, within its
    paragraph, or "" when it is none (or is the title itself)."""
    if ITEM_OPENING.match(text, start):
        return ""  # an item's own title: what it is about, it says
    paragraph = text.rfind("\n", 0, start) + 1
    opening = None
    for opening in ITEM_OPENING.finditer(text, paragraph, start):
        pass
    if opening is None:
        return _run_in_title(text, paragraph, start)
    if _in_an_inline_list(text, opening.start()):
        return ""  # an item of an inline list (`主要措施有：一是减税；二是降费。`) titles nothing after it
    title_end = min((end for mark in "。！？!?；;" if (end := text.find(mark, opening.end(), start)) >= 0), default=-1)
    if title_end < 0 or title_end - opening.start() > ITEM_TITLE_CHARS:
        return ""
    return text[opening.start():title_end + 1]


# A paragraph opened by a short sentence naming its topic, no number before it (`实施更加积极的财政政策。
# 统筹安排…。今年赤字率拟按4%左右安排…`, `用心用情助力民生。开展文明实践活动…`): a run-in title, which
# the paragraph's figures are of (`财政赤字率` asked: the sentence says only 赤字率).
# Not a statement about a named document (`拟对《民族团结进步条例》进行修改。`: no title of what follows),
# nor what was said or sent (`会议强调。`, `特此通知。`, `新华社北京电。`); only after a line break: a
# passage may start inside a paragraph.
RUN_IN_TITLE = re.compile(r"\s*[^\d\s，,、；;：:。！？!?“”\"「」『』（）()《》|%]{6,16}(?<!强调|指出|表示|获悉|通知|公布)(?<![电讯])。")


def _run_in_title(text: str, paragraph: int, start: int) -> str:
    if paragraph == 0:
        return ""
    title = RUN_IN_TITLE.match(text, paragraph, start)
    return title.group().strip() if title else ""
