"""Places and bodies as Chinese texts name them: the vocabulary question analysis, scope and
evaluation share. Taggers miss many (a county's Tibetan name, `市政协` cut into 市/政协), so
names are also read by what they end in: an administrative unit (`墨竹工卡县`) or what a body is
(`民宗局`, `政协`).
"""

from __future__ import annotations

import re

from functools import lru_cache

from assistant.tokens import ABBREVIATIONS, tagged

ADMINISTRATIVE_UNITS = "省市县区州盟旗乡镇村"
# What a body's name ends in. 局/厅/办 only end a longer name (`民宗局`, `网信办`): 格局 and 举办 are none.
BODY_NAMES = ("政协", "党委", "工委", "民委", "市委", "县委", "区委", "纪委", "人大", "委员会", "统战部", "宣传部", "组织部")
BODY_ENDINGS = ("局", "厅", "办", "委")
# A body abbreviated to two characters and its ending, after its place's unit (`区医保局`,
# `拉萨市住建局`): the tagger cuts these apart (医保/局, 住/建局).
SHORT_BODY = re.compile(rf"(?:^|(?<=[{ADMINISTRATIVE_UNITS}]))([\u4e00-\u9fff]{{2}}[局厅办])")
# A body named after its place's unit in a text (`乌兰浩特市公安局`, `区人力资源和社会保障厅`).
BODY_AFTER_PLACE = re.compile(rf"[{ADMINISTRATIVE_UNITS}][\u4e00-\u9fff]{{1,6}}?(?:局|厅|委员会|办公室)")


def is_a_body(word: str) -> bool:
    return word.endswith(BODY_NAMES) or len(word) >= 3 and word.endswith(BODY_ENDINGS)


PLACE_SUFFIX = re.compile(rf"..[{ADMINISTRATIVE_UNITS}]$")


# Words ending in an administrative unit that name a kind of unit, not a place (`模范县`, `示范区`).
UNIT_KINDS = ("社区", "园区", "城区", "辖区", "地区", "市区", "县区", "省市")
DESIGNATIONS = ("模范", "示范", "民族", "先进", "百强", "重点", "试点", "文明", "贫困", "强", "全", "各", "本", "我", "该", "外")


def names_a_place(word: str, flag: str) -> bool:
    """`保定市` tagged n, `墨竹工卡县`: a noun of three or more characters ending in an
    administrative unit names a place — unless it names a kind of unit (`示范区`, `全市`)."""
    return (flag in ("n", "nz", "nr", "nt") and bool(PLACE_SUFFIX.match(word))
            and not word.endswith(UNIT_KINDS) and not word.startswith(DESIGNATIONS))


def place_words(text: str) -> list[str]:
    """The places a text names: tagged ns, a noun ending in an administrative unit, or a name
    the tagger split from its unit (`林芝` `市`, `门巴` `乡`)."""
    words = tagged(text)
    places = [word for word, flag in words if flag == "ns" or names_a_place(word, flag)]
    places += [word + unit for (word, flag), (unit, _) in zip(words, words[1:])
               if len(word) >= 2 and flag.startswith("n") and unit in ADMINISTRATIVE_UNITS and not word.startswith(DESIGNATIONS)]
    return places


def place_stem(place: str) -> str:
    """`上海市` → `上海`: documents name a place with or without its unit."""
    return place[:-1] if len(place) >= 3 and place[-1] in ADMINISTRATIVE_UNITS else place


def names_the_body(body: str, text: str) -> bool:
    """The text names the body: as written, by a full name the abbreviations table knows, or by
    a full name holding the abbreviation's characters in order with the same ending (人社厅 in
    `人力资源和社会保障厅`, 医保局 in `医疗保障局`): how Chinese bodies are abbreviated."""
    if body in text or any(full in text for full in ABBREVIATIONS.get(body, ())):
        return True
    return len(body) >= 3 and _full_name(body).search(text) is not None


@lru_cache(maxsize=512)
def _full_name(body: str) -> re.Pattern:
    gap = r"[\u4e00-\u9fff]{0,6}?"
    return re.compile(gap.join(re.escape(char) for char in body))

