"""What counts as a figure in Chinese policy text: one list of units for every stage that looks
for figures (extractive answers, quiz questions, the check on generated answers)."""

from __future__ import annotations

import re

# Multi-character units first, so `万元` is not read as `万` followed by `元`.
# Days in rules are often working days (`五个工作日内进行审核`): a unit of their own, not 个.
WORKING_DAYS = ("个工作日", "工作日")
WORD_UNITS = f"%|万元|亿元|万吨|万|元|人次|场次|平方米|公里|公斤|千克|小时|分钟|周年|{'|'.join(WORKING_DAYS)}"
CHAR_UNITS = "个名次人件条项例家篇份户场天批所座类种期届位吨米亩岁倍块册辆斤"  # not 本/面/台/张: 本地, 面积, 台湾, 一张蓝图
# Units of goods, read only after Arabic digits (`呼吸机2286台`, `口罩6721.66万只`, `床位1000张`): after a Chinese
# numeral they open other words (`统一台账`, `一张蓝图`, `一只手`).
GOODS_UNITS = "台张只套副双箱支瓶剂盒袋顶款间栋枚部"  # `197款云服务项目`, `隔离房间300间`, `行政法规28部`
# …unless the character goes on into a word of its own (`1200台区`, `1正2副县长`, `3支部`, `只有`, `套餐`,
# `12部门`, `3部委`, `2部分`, `12部室`).
GOODS_UNIT = rf"[{GOODS_UNITS}](?![区账湾阶风县市书主部省厅局处科校院长持付出队有要是能餐贴层端项隔接断门委分署位室])"
ARABIC = r"\d+(?:\.\d+)?"
NUMERAL_CHARS = "一二三四五六七八九十两百千"  # a number written in Chinese numerals
CHINESE = f"[{NUMERAL_CHARS}]+"
APPROXIMATE = "(?:余|多)?"

# A magnitude written after the digits is part of the number, not its unit: `1244万人` counts 人,
# `1.2万亿元` is money (reports state most figures so: 城镇新增就业1244万人).
MAGNITUDE = "万亿|千万|百万|亿|万"
# Days in laws are written `六十日`, `十五日内` (Chinese numerals); Arabic `5日` and `一月三十一日`
# are a date's day (a numeral after 月, or inside another numeral, starts no quantity).
DAYS = "日"
# A quantity with its unit, not an ordinal (`第七次` is not "7 times"); its unit, with the
# magnitude (`万人`, `亿元`, `人`; `万` alone when nothing follows), is `stated_unit(match)`.
UNIT = rf"(?:{MAGNITUDE})?{APPROXIMATE}(?:{WORD_UNITS}|[{CHAR_UNITS}])"
# A range in Chinese numerals is one quantity (`副部长二至四人`, `委员五至十人`: a law's posts).
# A share of a whole (`执行原判刑期二分之一以上`, `三分之二以上多数通过`) is a quantity too, its "unit" 分之
# (not a rate written out: `百分之五十`, `千分之三` are no shares asked in 分之).
QUANTITY = re.compile(rf"(?<!第)(?<![\d.])(?:{ARABIC}{APPROXIMATE}\s*((?:{MAGNITUDE})?{APPROXIMATE}{GOODS_UNIT}|{UNIT})"
                      rf"|(?<!月)(?<![一二三四五六七八九十两百千])(?:{CHINESE}至)?{CHINESE}{APPROXIMATE}({UNIT}|{DAYS})"
                      rf"|(?<![一二三四五六七八九十两百千])(?![百千万]分之){CHINESE}(分之){CHINESE})")
# Any Arabic number a sentence states, with its unit or date part when it has one.
NUMBER = re.compile(rf"(?<![\d.]){ARABIC}{APPROXIMATE}(?:{WORD_UNITS}|{GOODS_UNIT}|[{CHAR_UNITS}年月日号])?")
# An ordinal (`第一批`, `第10届`): which one, not how many.
ORDINAL = re.compile(rf"第(?:{ARABIC}|{CHINESE})[{CHAR_UNITS}轮章节部]")
# A span of years (`连续3年`, `五年来`), never a year itself (`2022年` has four digits).
YEARS_SPAN = re.compile(rf"(?<![\d.])(?:\d{{1,2}}|{CHINESE}){APPROXIMATE}年(?!代|级)")
# Levels stated (`市镇村三级…促进会`), read only where a count is asked in 级 (`几级`): 级 is no unit of the
# figures every count reads (`一级响应`, `二级巡视员`, `上一级人民政府`, `6.5级地震` count nothing).
LEVELS = re.compile(r"(?<![第上下本同.\d])(?:[一二三四五六七八九两]|\d+)级(?!响应|巡视员|调研员|主任科员|预警|应急)")
# How many items an enumeration is said to have (`四项工作重点`, `“六个到位”`).
ITEM_COUNT = re.compile(r"(?<![第\d一二三四五六七八九十两])(?:\d+|[一二三四五六七八九十两]+)(?:项|个|条|大|类|种|方面|点|件|张|家|所|部)")
# A telephone number (`0451-82335000`, `（010）65669856-300`, `（010）8403-8327`, `13800138000`, a service line `12345`) or a
# mailbox: five digits or more with no unit after them (`100000元` is an amount, `2020年` a year), no span of
# years (`2020-2025`) and no date written as digits (`20200305`).
CONTACT = re.compile(r"[A-Za-z\d._-]+@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+"
                     r"|(?<![A-Za-z\d.－—-])(?!(?:19|20)\d\d[-－—](?:19|20)\d\d)(?!20[0-3]\d[01]\d[0-3]\d(?!\d))"
                     r"(?:[48]00[-－]?\d{3,4}[-－]?\d{3,4}|\+?86[-－]\d{2,3}[-－]\d{7,8}"
                     r"|(?:[（(]?0\d{2,3}[）)]?[-－—]?)?(?:\d{5,11}|\d{3,4}[-－]\d{4})(?:[-－—转]\d{1,6})*)"
                     rf"(?![\d.％%~～至到－—-])(?!(?:{WORD_UNITS}|{GOODS_UNIT}|[{CHAR_UNITS}年月日号]))"
                     # a unit after a space too (`100000 元`), but not a directory's next cell (`69044210 支付科：…`)
                     rf"(?!\s+(?:{WORD_UNITS}|{GOODS_UNIT}|[{CHAR_UNITS}年月日号])(?![\u4e00-\u9fff]))")
# A quantity in Chinese numerals (`六次`, `三百余名`).
CHINESE_QUANTITY = re.compile(rf"(?<!第){CHINESE}{APPROXIMATE}(?:{WORD_UNITS}|[{CHAR_UNITS}])")

CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
ENUMERATION_BREAK = re.compile(r"[、]|(?<=[”》])(?=[“《])|和|及|与")


def stated_unit(quantity: re.Match) -> str:
    """The unit a QUANTITY match states (`万人` for `1244万人`, `日` for `六十日`)."""
    return quantity.group(1) or quantity.group(2) or quantity.group(3)


def same_unit(stated: str, asked: tuple[str, ...]) -> bool:
    """Does a stated unit answer a question asking in one of `asked`? Magnitudes aside (`万人`
    answers `多少人`, `亿元` answers `多少万元`). `asked[0]` is the unit as the question wrote it:
    it alone is also answered by a longer unit starting with it (`人次` answers `多少人`, not
    `多少名`; `个工作日` counts days, not 个). A magnitude asked alone (`多少万人`) wants that magnitude; an empty `asked` takes any
    unit."""
    if not asked:
        return True
    magnitude = re.match(rf"(?:{MAGNITUDE})", stated)
    bare = stated[magnitude.end():].lstrip("余多") if magnitude else stated
    for position, unit in enumerate(asked):
        if re.fullmatch(rf"(?:{MAGNITUDE})", unit):  # `多少万人`, `多少万亿`: the magnitude is the unit asked
            if magnitude and magnitude.group() == unit:
                return True
            continue
        unit = re.sub(rf"^(?:{MAGNITUDE})", "", unit)
        if (bare or stated) == unit or position == 0 and (bare or stated).startswith(unit) and stated not in WORKING_DAYS:
            return True
    return False


def item_number(item_count: str) -> int | None:
    """`三项` → 3, `10个` → 10, `十二条` → 12; None when it states no small number."""
    digits = re.match(r"\d+", item_count)
    if digits:
        return int(digits.group())
    numeral = re.match(r"[一二三四五六七八九十两]+", item_count)
    if not numeral:
        return None
    text = numeral.group()
    if text.startswith("十"):
        return 10 + CHINESE_DIGITS.get(text[1:], 0) if len(text) <= 2 else None
    if len(text) == 1:
        return CHINESE_DIGITS.get(text)
    if len(text) == 3 and text[1] == "十":
        return CHINESE_DIGITS[text[0]] * 10 + CHINESE_DIGITS.get(text[2], 0)
    if len(text) == 2 and text[1] == "十":
        return CHINESE_DIGITS[text[0]] * 10
    return None


def enumerated_items(clause: str) -> int:
    """How many things a clause lists (`保障运输畅通、提高物流效率、创新流通模式` → 3;
    `“一网通办”和“一网统管”` → 2); 1 when it lists nothing."""
    return len([part for part in ENUMERATION_BREAK.split(clause) if part.strip()])


def states_another_count(item_count: str, item_noun: str, text: str) -> bool:
    """`哪四种颜色` is not answered by `两种不同颜色`: the text counts the asked things (the same
    classifier, the asked noun within a few characters after it) in another number, and never in
    the asked one; `12个区县` counts no `方面`."""
    wanted, kind = item_number(item_count), item_count.lstrip(NUMERALS)
    counts = [item_number(match.group()) for match in ITEM_COUNT.finditer(text)
              if match.group().lstrip(NUMERALS) == kind and item_noun in text[match.end():match.end() + NOUN_REACH]]
    return wanted is not None and bool(counts) and wanted not in counts


NUMERALS = "0123456789一二三四五六七八九十两"
NOUN_REACH = 6  # `两种不同颜色`: a modifier may stand between the count and its noun


# The first is also written 首 (`第一个` ~ `首个`, `第一批` ~ `首批`, `第一届` ~ `首届`) and, of who was first to do
# something (个, 家), 率先 (`是不是全盟第一个成立…的` ~ `率先在全盟成立…`; not `率先垂范`).
FIRST_DONE_BY = "个家"
FIRST_TO_DO = re.compile(r"率先(?!垂范|示范|作用)")


def ordinal_written(ordinal: str, text: str) -> bool:
    """Is the ordinal (`第二批`, `第一个`) written in the text, the first also as 首 or 率先 (a law's
    first article, `第一条`, only so)?"""
    if ordinal in text:
        return True
    if ordinal[1:-1] not in ("一", "1") or ordinal[-1] in "条章节款项":
        return False
    return f"首{ordinal[-1]}" in text or ordinal[-1] in FIRST_DONE_BY and FIRST_TO_DO.search(text) is not None


# Laws number their parts in Chinese numerals (`第十二条`, `第三章`); a question may type them in
# Arabic (`第12条`), which no heading or article line holds.
PART_IN_DIGITS = re.compile(r"第(\d{1,3})(条|章|节)")
DIGIT_NAMES = "零一二三四五六七八九"


def in_chinese_numerals(number: int) -> str:
    """1–999 as laws write them: 3 → 三, 12 → 十二, 20 → 二十, 105 → 一百零五, 120 → 一百二十."""
    hundreds, tens, ones = number // 100, number // 10 % 10, number % 10
    written = f"{DIGIT_NAMES[hundreds]}百" if hundreds else ""
    if tens:
        written += ("" if tens == 1 and not hundreds else DIGIT_NAMES[tens]) + "十"
    elif hundreds and ones:
        written += "零"
    return written + (DIGIT_NAMES[ones] if ones else "")


def part_as_written(ordinal: str) -> str:
    """`第12条` → `第十二条`; any other ordinal as it is."""
    typed = PART_IN_DIGITS.fullmatch(ordinal)
    return f"第{in_chinese_numerals(int(typed.group(1)))}{typed.group(2)}" if typed and int(typed.group(1)) else ordinal
