"""Raw text → display text plus the metadata the page states (title, date, source).

Every rule here answers an artefact seen in real inputs (see documents/):
- pinyin glued after characters by a web annotator: `數(shù)字` → `數字`;
- GBK-shifted mojibake at heading starts: `。ㄒ唬┮荒陙砦覀儓` → `（一）一年來我們堅`;
- page chrome: breadcrumbs, date/source/visit lines, share/print buttons, editor, related
  links, copyright/ICP lines, CMS tags, teasers for other articles, injected spam.
Real brackets (`(中)`, `(试行)`, `(2021—2025)`) and redactions (`xxxx年`) are kept.
Chrome patterns are matched on the search-normalized line, so one Simplified pattern covers
Traditional and full-width variants.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from assistant.ingest.issuance import read_issuance
from assistant.ingest.normalize import normalize

TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_LETTERS = f"a-zü{TONED_VOWELS}"
CJK = "\u3400-\u9fff\uf900-\ufaff"
# A tone mark is required: it separates annotator pinyin from real bracketed text.
PINYIN_GROUP = rf"[(（](?=[{PINYIN_LETTERS}]*[{TONED_VOWELS}])([{PINYIN_LETTERS}]{{1,7}})[)）]"
GLUED_PINYIN = re.compile(rf"(?<=[{CJK}]){PINYIN_GROUP}")
GLUED_PINYIN_WITH_CHAR = re.compile(rf"([{CJK}]){PINYIN_GROUP}")
LEADING_PINYIN = re.compile(rf"^{PINYIN_GROUP}")

CMS_TAG = re.compile(r"\s*(?<![A-Za-z0-9_])[a-z]+(?:_[a-z0-9]+)+(?![A-Za-z0-9_])")
ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
NUMBERED_HEADING = re.compile(r"^(（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)")
SECTION_HEADING = re.compile(r"^([(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇\d]+[章节条部分])")
FINAL_PUNCTUATION = "。！？；!?;…"

DATE = re.compile(r"((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?")
CLOCK = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?")  # a dateline's time of day after its date
DATE_ONLY_LINE = re.compile(r"^((?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?)(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s+来源:.*)?$")
DATE_LABEL_LINE = re.compile(r"^(发布时间|发布日期|发文日期|成文日期|时间|日期)\s*:")
# A speech's dateline under its title (`——2023年3月5日在第十四届全国人民代表大会第一次会议上`):
# the day it was given, kept in the text as well.
SPEECH_DATELINE = re.compile(r"^[—-]{1,2}\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)在")
SOURCE_IN_LINE = re.compile(r"(?:来源|來源)\s*[:：]\s*([^\s“”\"]+)")
SOURCE_LINE = re.compile(r"^来源\s*:")

# Whole short lines that are page furniture (matched on the normalized line).
BREADCRUMB = r"(?:当前位置|您当前的位置|您的位置|当前的位置)"  # a page's place on its site, normalized
CHROME_LINE = re.compile(
    rf"^({BREADCRUMB}|新闻热线|访问量|浏览次数|阅读次数|点击数|字号|扫一扫|"
    r"【?打印(文本|本页)?】?$|【?关闭(窗口)?】?$|收藏本页|分享到?\s*:?\s*$|数字报系$|移动端$|-+$)"
)
# Lines that open a page footer: they and everything after them are dropped.
FOOTER_START = re.compile(
    r"^(责任编辑\s*:|编辑\s*:|审核\s*:|校对\s*:|相关(新闻|阅读|文章|链接|稿件)|版权声明|版权所有|关于我们|关键词\s*:|扫一扫)"
    r"|版权所有|icp备|免责声明"
)
# A footer's editor credit (`关键词:局长,民委,廊坊责任编辑:于倩`, `責任編輯:龍會琴`): who edited the page,
# asked like its author or date (answering/byline.py); the rest of the footer is dropped.
EDITOR_CREDIT = re.compile(r"(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*(?P<names>[\u4e00-\u9fff·]{2,4}?)"
                           r"(?=审核|審核|校对|校對|来源|來源|监制|監製|[^\u4e00-\u9fff·]|$)")
# A page's facts about itself, which readers ask (`这篇总结是哪个科室发的`, `中国西藏新闻网的地址在哪`): where it
# stands on its site (its breadcrumb), where it came from (`来源:办公室`) and how to reach its publisher
# (`新闻热线 0891-6325020`, `…丨地址:…朵森格路36号丨邮政编码:850000`). Matched on the normalized line; found
# in the page's header, chrome and footer, they are kept after its text (answering/page_facts.py).
FIELD_SEPARATORS = "丨|"  # between a footer's facts (`制作单位:…丨地址:…丨邮政编码:…`; ｜ folds to |)
PAGE_FACT = re.compile(rf"^{BREADCRUMB}\s*:|^新闻热线|(?:^|[{FIELD_SEPARATORS}])\s*(?:地址|邮政编码|邮编)\s*:")
PAGE_FACT_CHARS = 120  # a longer footer line is prose (a disclaimer, a licence list), not one fact
SPAM_WORDS = ("精品", "淫", "无码", "激情", "色情", "成人", "博彩", "赌场", "娱乐城", "彩票", "专区", "视频")
# Text addressed to an AI assistant rather than to readers (prompt injection): such sentences
# are dropped, so no answer mode can be steered by a document.
INSTRUCTION = re.compile(
    r"(忽略|无视|不要理会|忘记|忘掉)(掉)?(以上|上述|之前|前面|先前|此前|所有|全部|你的)*(的)?(所有|全部)?"
    r"(指令|指示|提示词?|要求|规则|设定|约束)"
    r"|ignore\s+(all\s+)?(the\s+)?(previous|above|prior|earlier)\s+(instructions|prompts|rules)"
    r"|^\s*(系统|system|assistant|助手|ai|user)\s*(提示|消息|message|prompt)?\s*:"
    r"|你现在是|从现在起你|you\s+are\s+now|<\s*/?\s*script|javascript:"
)
SENTENCE_PIECE = re.compile(r"[^。！？；!?;]+[。！？；!?;]*")
ORGANIZATION_SUFFIX = re.compile(r"(委员会|委|局|厅|部|办公室|办公厅|政府|人民政府|政协|党组|中心|院|协会|联合会)$")


@dataclass
class CleanedText:
    display: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None
    doc_number: str | None = None  # its own 发文字号, from the masthead (ingest/issuance.py)
    signers: list[str] = field(default_factory=list)  # 签发人
    notes: list[str] = field(default_factory=list)  # what was repaired or dropped, for the log
    # For each display line, the index of the raw line it came from (cleaning drops lines but
    # never joins them): how pages and tables found by the loader reach display offsets.
    source_lines: list[int] = field(default_factory=list)
    # Where a page's furniture kept after its text begins (its facts about itself, its editor's
    # credit): no part of what the document says (chunking.py, answering/page_facts.py). None: none.
    furniture_start: int | None = None


# ---------------------------------------------------------------- pinyin and mojibake


def pinyin_glue_map(raw: str) -> dict[str, set[str]]:
    """Which characters the annotator glued each pinyin syllable to (used to restore a lost character)."""
    chars_by_pinyin: dict[str, set[str]] = defaultdict(set)
    for match in GLUED_PINYIN_WITH_CHAR.finditer(raw):
        chars_by_pinyin[match.group(2)].add(match.group(1))
    return chars_by_pinyin


def strip_glued_pinyin(text: str) -> tuple[str, int]:
    return GLUED_PINYIN.subn("", text)


def _looks_gbk_shifted(line: str) -> bool:
    # A heading cannot begin with a full stop, and bopomofo never occurs in these documents:
    # both are what a one-byte shift of GBK `（` (A3 A8) produces (`。ㄒ`, `。ㄋ`…).
    head = line[:4]
    return line.startswith(("。", "，")) or any("\u3100" <= ch <= "\u312f" for ch in head)


def _decode_shifted(run: str) -> tuple[str, int | None]:
    """Re-encode as GBK, drop the shifted first byte, decode; return text and a dangling lead byte."""
    shifted = run.encode("gbk")[1:]
    try:
        return shifted.decode("gbk"), None
    except UnicodeDecodeError:
        try:
            return shifted[:-1].decode("gbk"), shifted[-1]
        except UnicodeDecodeError:
            return "", None


def _restore_lost_char(lead_byte: int | None, pinyin: str | None, glue: dict[str, set[str]]) -> str:
    """The character whose trail byte was lost: same GBK lead byte, same pinyin elsewhere in the file."""
    if lead_byte is None or not pinyin:
        return ""
    candidates = [ch for ch in glue.get(pinyin, ()) if ch.encode("gbk", errors="ignore")[:1] == bytes([lead_byte])]
    return candidates[0] if len(candidates) == 1 else ""


NUMERALS = "一二三四五六七八九十"
OPEN_BRACKET, CLOSE_TRAIL = "（".encode("gbk"), "）".encode("gbk")[1]


def _numeral_lost_its_trail(run: str) -> str | None:
    """`。ㄈ﹫` is `（三）` shifted by a byte and missing two: `（`, 三's lead byte, `）`'s trail
    byte. A heading's ordinal is a numeral, and only 三 of them leads with that byte."""
    shifted = run.encode("gbk")[1:]
    if not shifted.startswith(OPEN_BRACKET) or len(shifted) < 4 or shifted[3] != CLOSE_TRAIL:
        return None
    numerals = [numeral for numeral in NUMERALS if numeral.encode("gbk")[0] == shifted[2]]
    return f"（{numerals[0]}）" if len(numerals) == 1 else None


def repair_gbk_shift(line: str, glue: dict[str, set[str]]) -> tuple[str, str | None]:
    """Repair a line whose start is GBK mojibake; return the line and a note (None if untouched)."""
    if not _looks_gbk_shifted(line):
        return line, None
    run = re.match(r"[^\x00-\x7f]+", line)
    if not run:
        return line, None
    rest = line[run.end():]
    try:
        decoded, dangling = _decode_shifted(run.group())
    except UnicodeEncodeError:
        return line, None
    pinyin = LEADING_PINYIN.match(rest)
    restored = _restore_lost_char(dangling, pinyin.group(1) if pinyin else None, glue)
    if pinyin:
        rest = rest[pinyin.end():]
    decoded = _numeral_lost_its_trail(run.group()) or decoded
    if NUMBERED_HEADING.match(decoded) and re.fullmatch(rf"[{CJK}（）、]+", decoded):
        return decoded + restored + rest, f"repaired mojibake heading → {decoded + restored}"
    return restored + rest, f"dropped mojibake {run.group()!r} (no well-formed repair)"


# ---------------------------------------------------------------- metadata


def _iso_date(text: str) -> str | None:
    match = DATE.search(text)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def is_dateline(normalized: str) -> bool:
    """A page's dateline (`2022-04-21 15:41:36`, `发布时间:2022-12-24 22:40`), normalized."""
    return bool(DATE_LABEL_LINE.match(normalized) or DATE_ONLY_LINE.match(normalized))


def _dateline(line: str) -> str:
    """A page's dateline as written, through its date and time: not the source or the page
    furniture beside it (`2022年04月01日 08:56    來源:中國西藏新聞網`, `… 浏览次数:12`)."""
    date = DATE.search(line)
    time = CLOCK.match(line[date.end():]) if date else None
    return line[:date.end() + (time.end() if time else 0)].strip() if date else ""


def _source_of(line: str) -> str | None:
    match = SOURCE_IN_LINE.search(line)
    return match.group(1).strip() if match else None


def _is_title_like(line: str) -> bool:
    """A title ends in no punctuation and never in a colon (`各位代表：` opens a speech)."""
    return (4 <= len(line) <= 80 and line[-1] not in FINAL_PUNCTUATION + "：:"
            and not SECTION_HEADING.match(line))


# ---------------------------------------------------------------- line classification


def _is_spam(normalized: str) -> bool:
    return sum(word in normalized for word in SPAM_WORDS) >= 3


def page_fact(line: str) -> str | None:
    """What a page line states of the page itself, as written: the whole line, or only its source
    (`來源:中國西藏新聞網` beside a dateline, `來源:網絡整理` before a disclaimer); None for any other line."""
    if len(line) > PAGE_FACT_CHARS:
        return None
    normalized = normalize(line)
    if _is_spam(normalized):
        return None
    if (SOURCE_LINE.match(normalized) or is_dateline(normalized)) and (source := SOURCE_IN_LINE.search(line)):
        return source.group().strip()
    return line if PAGE_FACT.search(normalized) else None


def is_page_fact_line(line: str) -> bool:
    """A whole line stating a fact of the page (as cleaning keeps it after the text): it heads nothing."""
    return page_fact(line) == line


def _footer_start(lines: list[str], normalized: list[str]) -> int:
    """Index of the first footer line in the second half of the text, else len(lines)."""
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for index, (line, norm) in enumerate(zip(lines, normalized)):
        if seen >= total / 2 and FOOTER_START.search(norm):
            return index
        seen += len(line)
    return len(lines)


def _prepare_lines(raw: str, notes: list[str]) -> tuple[list[str], list[int]]:
    """Non-empty repaired lines, and the index of the raw line (split at \\n) each came from."""
    raw_lines = raw.split("\n")
    glue = pinyin_glue_map(ZERO_WIDTH.sub("", raw))
    lines, sources = [], []
    pinyin_removed = 0
    for index, raw_line in enumerate(raw_lines):
        # \r alone ends a line too (old Mac files): its pieces keep this raw line's index
        for line in ZERO_WIDTH.sub("", raw_line).replace("\xa0", " ").replace("\u3000", " ").split("\r"):
            line, count = _repair_line(line, glue, notes)
            pinyin_removed += count
            if line:
                lines.append(line)
                sources.append(index)
    if pinyin_removed:
        notes.append(f"removed {pinyin_removed} glued pinyin annotations")
    return lines, sources


def _repair_line(line: str, glue: dict[str, set[str]], notes: list[str]) -> tuple[str, int]:
    line, note = repair_gbk_shift(line.strip(), glue)
    if note:
        notes.append(note)
    line, count = strip_glued_pinyin(line)
    return CMS_TAG.sub("", line).strip(), count


def clean_text(raw: str, page_title: str | None = None) -> CleanedText:
    """Clean one document's raw text; `page_title` is an HTML <title> when there is one."""
    notes: list[str] = []
    lines, raw_lines = _prepare_lines(raw, notes)
    normalized = [normalize(line) for line in lines]

    footer = _footer_start(lines, normalized)
    issuance = read_issuance(lines[:footer])
    date = None
    source, credit, facts = _footer_furniture(lines, normalized, raw_lines, footer)
    if footer < len(lines):
        notes.append(f"dropped footer from {lines[footer][:20]!r} ({len(lines) - footer} lines)")

    kept: list[str] = []
    sources: list[int] = []
    header_title_candidate: str | None = None
    last_title_like: str | None = None
    masthead = 0  # kept lines that are the masthead (版头): never the title
    for index, (line, norm) in enumerate(zip(lines[:footer], normalized[:footer])):
        in_header = index < 15 and not any(len(k) > 120 for k in kept)
        is_date_line = is_dateline(norm)
        if in_header and (is_date_line or SOURCE_LINE.match(norm)):
            header_title_candidate = header_title_candidate or last_title_like
            if fact := page_fact(line):
                _keep_fact(facts, fact, raw_lines[index])
            if is_date_line and date is None and (dateline := _dateline(line)):
                kept.append(dateline)  # what `那篇文章哪天发的` is answered by, cited
                sources.append(raw_lines[index])
            date = date or (_iso_date(norm) if is_date_line else None)
            source = _source_of(line) or source
            continue
        if in_header and date is None and (dateline := SPEECH_DATELINE.match(norm)):
            date = _iso_date(dateline.group(1))
        if CHROME_LINE.match(norm) and (len(norm) <= 40 or is_page_fact_line(line)):
            if fact := page_fact(line):  # a breadcrumb, a hotline
                _keep_fact(facts, fact, raw_lines[index])
            continue
        if _is_spam(norm):
            notes.append(f"dropped spam line {line[:20]!r}")
            continue
        if INSTRUCTION.search(norm):
            line = _without_instructions(line)
            notes.append("dropped text addressed to an AI assistant (prompt injection)")
            if not line:
                continue
        if index < issuance.end:
            masthead += 1
        elif _is_title_like(line):
            last_title_like = line
        kept.append(line)
        sources.append(raw_lines[index])

    title = _choose_title(page_title, header_title_candidate,
                          [line for line in kept[masthead:] if not is_dateline(normalize(line))])
    positions = _without_repeated_title(kept, title)
    kept, sources = [kept[i] for i in positions], [sources[i] for i in positions]
    furniture = _furnish(kept, sources, [*sorted(facts.items(), key=lambda item: item[1]), *([credit] if credit else [])],
                         raw.count("\n") + 1)
    return CleanedText("\n".join(kept), title, date, source, issuance.number, issuance.signers, notes, sources, furniture)


def _footer_furniture(lines: list[str], normalized: list[str], raw_lines: list[int],
                      footer: int) -> tuple[str | None, tuple[str, int] | None, dict[str, int]]:
    """The page's source, its editor's credit and its facts about itself (→ raw line), read from
    its footer. A dated footer line is a teaser for another article (`2022-04-01 来源:新华网`): its
    source is not the page's."""
    source: str | None = None
    credit: tuple[str, int] | None = None  # the page's editor, asked for (`责任编辑是谁`): kept as its last line
    facts: dict[str, int] = {}
    for index in range(footer, len(lines)):
        line, norm = lines[index], normalized[index]
        if source is None and SOURCE_LINE.match(norm):
            source = _source_of(line)
        if not is_dateline(norm) and (fact := page_fact(line)):
            _keep_fact(facts, fact, raw_lines[index])
        if credit is None and (edited := EDITOR_CREDIT.search(line)):
            credit = (edited.group().strip(), raw_lines[index])
    return source, credit, facts


def _keep_fact(facts: dict[str, int], fact: str, raw_line: int) -> None:
    """Keep a page's fact once; of sources, the one printed first (the header's, else the footer's),
    whichever is read first."""
    if SOURCE_LINE.match(normalize(fact)):
        kept = next((other for other in facts if SOURCE_LINE.match(normalize(other))), None)
        if kept is not None and facts[kept] <= raw_line:
            return
        facts.pop(kept, None)
    facts.setdefault(fact, raw_line)


def _furnish(kept: list[str], sources: list[int], furniture: list[tuple[str, int]], raw_lines: int) -> int | None:
    """Add the page's furniture (line, raw line) after its text, in the order the page prints it;
    return where it begins in the display text (None: no furniture). Display lines map to raw lines
    in order (pages and tables are found by bisecting): a footer's line keeps its own, one printed
    before the text (a header's source) and all after it map past the raw text, so no page's lines,
    table or paragraph of the text stretches over them."""
    if not furniture:
        return None
    start = len("\n".join(kept)) + 1 if kept else 0
    for line, raw_line in furniture:
        kept.append(line)
        sources.append(raw_line if not sources or raw_line >= sources[-1] else raw_lines)
    return start


def _without_instructions(line: str) -> str:
    return "".join(piece for piece in SENTENCE_PIECE.findall(line) if not INSTRUCTION.search(normalize(piece))).strip()


def _choose_title(page_title: str | None, before_metadata: str | None, lines: list[str]) -> str | None:
    if page_title and page_title.strip():
        return page_title.strip()
    if before_metadata:
        return before_metadata
    if lines and _is_title_like(lines[0]):
        return lines[0]
    for line in reversed(lines[-3:]):  # a signature line: the issuing body
        if len(line) <= 30 and ORGANIZATION_SUFFIX.search(normalize(line)):
            return line
    return None  # the file's name is the title then (a section heading is none: `一、2024年工作回顾`)


def _without_repeated_title(lines: list[str], title: str | None) -> list[int]:
    """Pages often print the title twice (header and article); the positions of the lines kept
    (the first of the two)."""
    if not title:
        return list(range(len(lines)))
    kept, seen = [], False
    for index, line in enumerate(lines):
        if line == title and index < 10:
            if seen:
                continue
            seen = True
        kept.append(index)
    return kept
