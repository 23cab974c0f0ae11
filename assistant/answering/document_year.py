"""A year that names a document rather than dating a fact: a report's (`2024年政府工作报告`, `23年
那份报告`) or a law's version (`2024年版放假办法`, `2017年行政复议法`, `代表法2025`, `放假办法2013年版`,
`（2023年修订）`), which the document's date, its 题注 or its file's name holds (of_year), not the
sentence answering, which states none; and a document's number (`财办〔2020〕7号`, `公告2020年第6号`),
which the document itself or a text quoting it writes (names_the_number).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ingest.versions import HISTORY_LINE, version_facts, years_known

# `法` ends a law's name, not 依法, 执法, 违法, 方法, 做法, 说法, 合法, 司法… nor 法治, 法律, 法院.
LAW_NOUNS = r"(?<![依执违方做想说看手合非守司])法(?![治律院官庭人规定制])|条例|办法|规定|细则|规则|规程|章程|准则"
# Between the year and a law's name only the name and how it was changed or issued stand (`2024年
# 改过的监督法`, `2023年修订的中华人民共和国立法法`), not a verb of what was done that year (`2024年有没有
# 对监督法搞执法检查`). A report's year is the report's: its review of 2023 answers `24年报告里说的…`.
VERSION_CHANGE = r"(?:新)?(?:修正|修订|修改|改过|颁布|公布)"
# A document named in book-title marks, with how its version was changed (`根据2024年修正的《…监督法》`)
DOCUMENT_TITLED = re.compile(rf"(?:{VERSION_CHANGE}的)?《(?P<title>[^》]*)》")
# A version bracketed after a name (`行政复议法（2023年修订）`, `经营者集中申报标准（2018年修订版）`)
BRACKETED_VERSION = rf"(?<=[（(])((?:19|20)\d{{2}})年?(?:{VERSION_CHANGE}|版)(?:版|本)?(?=[）)])"
DOCUMENT_YEAR = re.compile(r"((?:19|20)\d{2})年?(?:版|(?:的|那份|那个|这份|版的?)?(?=[^，,。？?\s]{0,6}?"
                           r"(?:报告|文件|材料|方案|规划|纲要|总结|综述|通知|意见))"
                           rf"|(?:{VERSION_CHANGE}的|新版)?(?=[^，,。？?\s有没对在搞把是了]{{0,12}}?(?:{LAW_NOUNS}))"
                           # a name in book-title marks after how it was changed, however long (`2024年修订的《国务院关于…
                           # 的规定》`); not any year before one (`2023年《…条例》宣传活动开展了多少场`)
                           rf"|(?:{VERSION_CHANGE}的|新版)(?=《))"
                           rf"|(?:{LAW_NOUNS})[（(：:\s]?((?:19|20)\d{{2}})(?:年?的?(?:[那这][一个]?)?版本?|年?修[订正改]|(?![\d年]))"  # `会计法（2017年那版）`
                           rf"|》[（(]?((?:19|20)\d{{2}})(?:年版|年修[订正改]|版)"  # `《…的规定》（2024年修订）`
                           # the grounds a question is asked on (`根据1982年《中华人民共和国国务院组织法》，…`)
                           rf"|(?<=根据|依据|按照|依照)((?:19|20)\d{{2}})年?(?:通过|制定|施行)?的?(?=《)"
                           # a version bracketed after any name (`经营者集中申报标准（2018年修订）`)
                           rf"|{BRACKETED_VERSION}")
# `2023年修正的立法法`, `行政复议法（2023年修订）`: how a version is named, not what is asked of it
# (not `2023年修改了哪些条款`, where the change is what is asked).
VERSION_NAMED = re.compile(rf"((?:19|20)\d{{2}}年){VERSION_CHANGE}(?:的|后的?)(?=[^，,。？?\s]{{0,12}}?(?:{LAW_NOUNS}))"
                           rf"|(?<=[（(])((?:19|20)\d{{2}}年){VERSION_CHANGE}(?=[）)])")


# A document's number: its issuer's code and year name the document, not a period of what is asked (`公告2020年
# 第6号将…受赠人范围增加了哪类单位` is answered by `受赠人增加省级民政部门…`, which states no year). A code
# before a bracketed year (`财办〔2020〕7号`; not `（2021）7号楼`), or an announcement's (`公告2020年第6号`; not
# `2019年第9号台风`).
NUMBERED_DOCUMENT = re.compile(r"(?P<code>[\u4e00-\u9fff]{1,6})\s*[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*第?\s*\d{1,4}\s*号"
                               r"|(?P<kind>公告|通告|令)\s*(?:19|20)\d{2}\s*年?\s*第\s*\d{1,4}\s*号")


def naming_a_document(text: str) -> list[tuple[int, int]]:
    """Where the text writes a year naming a document (`2024年政府工作报告`, `放假办法2013`): a year
    elsewhere is a fact's (`放假办法2013：2013年那次修订是哪天` names the version, then asks of 2013's revision)."""
    return [found.span(group) for found in DOCUMENT_YEAR.finditer(text) for group in (1, 2, 3, 4, 5) if found.group(group)]


def document_numbers(text: str) -> list[str]:
    """The document numbers the text names, spaces out and a code cut to its last four characters (the
    tagger-free regex may take words before it: `帮扶的拉委办发〔2022〕31号` → `拉委办发〔2022〕31号`)."""
    found = []
    for number in NUMBERED_DOCUMENT.finditer(text):
        code = number.group("code") or ""
        found.append(re.sub(r"\s", "", number.group()[max(len(code) - 4, 0):]))
    return found


def without_numbers(text: str) -> str:
    """The text with each document number's year and serial blanked; its code stays, to be read as words
    (`…结对帮扶的拉委办发〔2022〕31号`: 结对, 帮扶, 拉委办 are still asked about)."""
    return NUMBERED_DOCUMENT.sub(lambda number: (number.group("code") or number.group("kind")) + " ", text)


def names_the_number(number: str, document: str) -> bool:
    """Does the document write the number, the end of its code included, however its year is bracketed
    or spaced (`财办[2020]7号` for `财办〔2020〕7号`; not `国办发〔2020〕7号`)?"""
    code = re.match(r"[\u4e00-\u9fff]*", number).group()[-2:]  # `…的通知财办〔2020〕7号`: the code's end is its own
    year, serial = re.findall(r"\d+", number)[:2]
    return re.search(rf"{code}\s*[〔\[［【(（]?\s*{year}\s*[〕\]］】)）]?\s*年?\s*第?\s*0*{serial}\s*号", document) is not None


def of_year(year: str, date: str | None, doc_id: str, document: str, title: str) -> bool:
    """Is the document of that year: a year it is known by (ingest.versions.years_known, as
    versions.version_years reads it: the latest date of its 题注, `2025年3月11日…第四次修正`, else its
    date, and the year its file is named by), else the one year its title states. Not its opening
    lines: a report opens with the year it reviews (`2022年是…极为重要的一年` opens the 2023 report)."""
    if known := years_known(_version_date(document), date, doc_id):
        return year[:4] in known
    return re.findall(r"(?:19|20)\d{2}", title) == [year[:4]]  # `关于2023年…与2024年…的报告`: neither


@lru_cache(maxsize=64)
def _version_date(document: str) -> str | None:
    """The latest date of a document's 题注 (ingest.versions), read once per document text."""
    return version_facts(document).version_date


# A line of a law's 题注 (`2025年3月11日 第十四届全国人民代表大会第三次会议…第四次修正）`), at the top of its first
# passage, says when and where it was passed or changed: it answers only a question asking that, not one sharing
# the law's words (`代表法能否连任`) — the version a question names by its change (`2025年修正的代表法`) asks nothing.
DATED_CLAUSE = re.compile(r"[（(]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*[，,]")
HISTORY_ASKED = re.compile(r"通过|修订|修正|修改|修了|改了|公布|发布|施行|印发|颁布|制定|会议|决定|哪一?年|何时|什么时候")


def is_a_history_line(sentence: str) -> bool:
    """A 题注 entry (`2025年3月11日 第十四届…会议…修正）`), not a report's dated sentence (`2022年5月20日，…通过。`)."""
    return HISTORY_LINE.match(sentence.lstrip()) is not None and DATED_CLAUSE.match(sentence.lstrip()) is None


@lru_cache(maxsize=64)
def history_lines(document: str) -> str:
    """A document's 题注 entries (is_a_history_line), one a line, read once per document text: where its own acts
    are dated — not a body line dating another document (`2012年4月19日…通过的《…规定》同时废止`)."""
    return "\n".join(line for line in document.splitlines() if is_a_history_line(line))


# What a change said (`第四次修正，主要改了哪些内容`): a 题注 line says when and by what decision, never what it changed
WHEN_OR_WHERE_ASKED = re.compile(r"哪次|哪一?年|哪天|何时|什么时候|会议")  # `…涉及哪些条款，是哪次会议通过的`: the 题注 line too
CONTENT_ASKED = re.compile(r"(?:哪些|什么|啥)(?:内容|方面|条款|条文)|(?:改|修改|修订|修正)了?(?:哪些|什么|啥)(?![会时年天])")


def unasked_history_line(question_text: str, sentence: str, passage_text: str, heading: str, title: str) -> bool:
    """A line of the 题注 opening a law's first passage (no heading, its text starting with the title), when the
    question does not ask when or how the law was passed or changed."""
    return not heading and passage_text.startswith(title) and is_a_history_line(sentence) and not asks_of_its_history(question_text)


def asks_of_its_history(question_text: str) -> bool:
    text = VERSION_NAMED.sub("", question_text)
    return HISTORY_ASKED.search(text) is not None and (CONTENT_ASKED.search(text) is None or WHEN_OR_WHERE_ASKED.search(text) is not None)
