"""A year that names a document rather than dating a fact: a document's number (`公告2020年第6号`,
`〔2020〕7号`), which the document itself or a text quoting it writes (names_the_number); a report's (`2024年政府工作报告`, `23年
那份报告`) or a law's version (`2024年版放假办法`, `2017年行政复议法`, `代表法2025`, `放假办法2013年版`,
`（2023年修订）`). The document's date, its 题注 or its file's name holds such a year
(scope.of_year), not the sentence answering, which states none.
"""

from __future__ import annotations

import re

# `法` ends a law's name, not 依法, 执法, 违法, 方法, 做法, 说法, 合法, 司法… nor 法治, 法律, 法院.
LAW_NOUNS = r"(?<![依执违方做想说看手合非守司])法(?![治律院官庭人规定制])|条例|办法|规定|细则|规则|规程|章程|准则"
# Between the year and a law's name only the name and how it was changed or issued stand (`2024年
# 改过的监督法`, `2023年修订的中华人民共和国立法法`), not a verb of what was done that year (`2024年有没有
# 对监督法搞执法检查`). A report's year is the report's: its review of 2023 answers `24年报告里说的…`.
VERSION_CHANGE = r"(?:新)?(?:修正|修订|修改|改过|颁布|公布)"
DOCUMENT_YEAR = re.compile(r"((?:19|20)\d{2})年?(?:版|(?:的|那份|那个|这份|版的?)?(?=[^，,。？?\s]{0,6}?"
                           r"(?:报告|文件|材料|方案|规划|纲要|总结|综述|通知|意见))"
                           rf"|(?:{VERSION_CHANGE}的|新版)?(?=[^，,。？?\s有没对在搞把是了]{{0,12}}?(?:{LAW_NOUNS})))"
                           rf"|(?:{LAW_NOUNS})[（(：:\s]?((?:19|20)\d{{2}})(?:年版|年修[订正改]|版|(?![\d年]))")
# `2023年修正的立法法`, `行政复议法（2023年修订）`: how a version is named, not what is asked of it
# (not `2023年修改了哪些条款`, where the change is what is asked).
VERSION_NAMED = re.compile(rf"((?:19|20)\d{{2}}年){VERSION_CHANGE}(?:的|后的?)(?=[^，,。？?\s]{{0,12}}?(?:{LAW_NOUNS}))"
                           rf"|(?<=[（(])((?:19|20)\d{{2}}年){VERSION_CHANGE}(?=[）)])")


# A document's number: the year in it names the document, not a period of what is asked (`公告2020年第6号将…
# 受赠人范围增加了哪类单位` is answered by `受赠人增加省级民政部门…`, which states no year).
DOCUMENT_NUMBER = re.compile(r"(?:19|20)\d{2}年?第\d{1,4}号|[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]第?\d{1,4}号")


def names_the_number(number: str, document: str) -> bool:
    """Does the document write the number (`2020年第6号`, `〔2020〕7号`), however its year is bracketed?"""
    year, serial = re.findall(r"\d+", number)[:2]
    return re.search(rf"(?<!\d){year}\D{{0,2}}第?0*{serial}号", document) is not None
