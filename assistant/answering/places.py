"""Places and bodies as Chinese texts name them: the vocabulary question analysis, scope and evaluation
share. Taggers miss many (a county's Tibetan name, `市政协` cut into 市/政协), so names are also read by
what they end in: an administrative unit (`墨竹工卡县`) or what a body is (`民宗局`, `政协`, `交通运输部`).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from assistant.answering.bodies import BODY_ENDINGS, is_a_body
from assistant.tokens import in_dictionary, tagged

ADMINISTRATIVE_UNITS = "省市县区州盟旗乡镇村"
# How wide a unit is, by the character naming it, widest first. 区 is left out (全区 is a region in Tibet, a
# district elsewhere); place_level reads it from the whole name (`西藏自治区`, `丰台区`).
UNIT_LEVELS = {"国": 0, "省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "旗": 3, "乡": 4, "镇": 4, "村": 5}


def place_level(place: str) -> int | None:
    """The level of a place named with its unit (`河北省` 1, `丰台区` 3, `西藏自治区` 1), or None."""
    if place.endswith("自治区"):
        return UNIT_LEVELS["省"]
    if place.endswith("地区"):
        return UNIT_LEVELS["市"]
    return UNIT_LEVELS["县"] if place.endswith("区") else UNIT_LEVELS.get(place[-1])


# What an issuing body's name ends in (`天津市市场监督管理委员会`, `…疫情防控应急指挥部`): scope.py reads a
# notice's own place from it.
ISSUER_ENDINGS = rf"(?:委员会|人民政府|政府|办公厅|办公室|指挥部|领导小组|{'|'.join(BODY_ENDINGS)})"
# A body abbreviated to two characters and its ending, after its place's unit (`区医保局`,
# `拉萨市住建局`) or a national one, 国家 kept (`国家能源局`, not a province's 能源局): the tagger cuts these apart
# (医保/局, 住/建局, 能源/局).
# 办 before these is the verb, holding something, not an office (`市政府办的那场演出`).
HELD = "的了过"
SHORT_BODY = re.compile(rf"(?:^|(?<=[{ADMINISTRATIVE_UNITS}])|(?=国家))((?:国家)?[\u4e00-\u9fff]{{2}}[局厅办])(?![法理案事公面势{HELD}])")  # not `放假办法`, `…办理`, `…办案`
# A body named after its place's unit in a text (`乌兰浩特市公安局`, `区住建厅`).
BODY_AFTER_PLACE = re.compile(rf"[{ADMINISTRATIVE_UNITS}][\u4e00-\u9fff]{{1,6}}?(?:局|厅|委员会|办公室)")
# … by up to ten characters of what it does (`区人力资源和社会保障厅`: at six it was no body, and `哪个厅` found none);
# a reader must check the ending is a body's (`区域协调发展新格局`: names._ends_a_body)
LONG_BODY_AFTER_PLACE = re.compile(rf"[{ADMINISTRATIVE_UNITS}][\u4e00-\u9fff]{{7,10}}?(?:局|厅|委员会|办公室)")


# Posts as texts name them (one list: kind_answered.py reads a post beside a name by it too).
POSTS = ("书记", "局长", "主任", "部长", "主席", "组长", "委员长", "委员", "县长", "市长", "区长", "厅长", "处长", "科长", "调研员",
         "秘书长", "常委", "院长", "校长", "会长", "理事长", "主编", "记者",
         # posts laws assign duties to (国务院组织法, 会计法, 监督法): `由总理签署`, `必须设置总会计师`,
         # `委员长是谁` (委员长 before 委员: it asks who holds the post)
         "总理", "国务委员", "行长", "审计长", "总会计师", "负责人", "编辑", "检察长", "首长")
# Heads a law charges by level (立法法: `地方政府规章由省长、…自治州州长签署`), read as posts only where no
# place name runs through them (`湖南省长沙市`, `吉林省长春市`, `广州长隆`, `全省长期`): after 由, 副, 代, the
# unit itself (`自治州州长`), a pause, or no character. Not 镇长 (`城镇长期`); 司长 below.
LEVEL_HEADS = r"(?:(?<=[由副代省州旗任为和及与兼、])|(?<![\u4e00-\u9fff]))(?:省长|州长|旗长)"
# The head of a ministry's department (`消费品工业司司长`), read as a post where no 公司 or 长期 runs through it
# (`公司长远`, `本司长期关注`).
DIRECTOR = r"(?<!公)司长(?!期|远)"
# A post in a text (the one reading of it: kind_answered finds a post beside a name by it), not a body named
# after its members (`代表资格审查委员会`, `常委会`, `主席团`, `市委常委(扩大)会议`).
POST = re.compile(rf"(?:{'|'.join(POSTS)}|{LEVEL_HEADS}|{DIRECTOR})(?![会团]|[(（][\u4e00-\u9fff]{{1,4}}[)）]会)")
# A word standing alone (a question's term, a byline's line) ending in 长 is a head's post (`镇长`, `署长`, `董事长`)
# — in a text a place or 长期 may run through one (`城镇长期`) — unless it is one of these everyday words.
NOT_HEADS = ("增长", "延长", "成长", "生长", "家长", "擅长", "特长", "专长", "漫长", "助长", "消长", "见长", "冗长",
             "细长", "修长", "悠长", "深长", "年长", "兄长", "学长", "长长", "拉长", "放长", "加长", "最长", "较长", "很长", "公司长")


def is_a_post(word: str) -> bool:
    """Does a word standing alone name a post (`局长`, `政协主席`, `司长`, `村长`, `署长`)?"""
    return word.endswith(POSTS) or len(word) >= 2 and word.endswith("长") and not word.endswith(NOT_HEADS)


# A post named with its body as one word (`政协主席`, `统战部副部长`): the body is asked about.
BODY_AND_POST = re.compile(rf"(.+?)副?(?:{'|'.join(sorted(POSTS, key=len, reverse=True))})")


def body_of(word: str) -> str | None:
    """The body a word names: itself, or the body before a post (`政协主席` → 政协)."""
    if is_a_body(word):
        return word
    named = BODY_AND_POST.fullmatch(word)
    return named.group(1) if named and is_a_body(named.group(1)) else None


PLACE_SUFFIX = re.compile(rf"..[{ADMINISTRATIVE_UNITS}]$")


# Words ending in an administrative unit that name a kind of unit, not a place (`模范县`, `示范区`).
UNIT_KINDS = ("社区", "园区", "城区", "辖区", "地区", "市区", "县区", "省市", "城镇", "乡镇", "城乡", "村镇", "集镇",
              "小区", "校区", "景区", "街区", "片区", "厂区", "矿区", "库区", "营区", "疫区", "灾区", "山区", "牧区", "林区", "郊区")
DESIGNATIONS = ("模范", "示范", "民族", "先进", "百强", "重点", "试点", "文明", "贫困", "边境", "沿海", "边远", "强", "全", "各", "本", "我", "该", "外")


def names_a_place(word: str, flag: str) -> bool:
    """`保定市` tagged n, `墨竹工卡县`: a noun of three or more characters ending in an
    administrative unit names a place — unless it names a kind of unit (`示范区`, `全市`)."""
    return flag in ("n", "nz", "nr", "nt") and bool(PLACE_SUFFIX.match(word)) and not names_a_kind_of_unit(word)


def names_a_kind_of_unit(word: str) -> bool:
    """`边境县`, `示范区`, `模范县`: three characters ending in a unit that name a kind of unit,
    counted like any noun (`多少个边境县局`), not a place."""
    return bool(PLACE_SUFFIX.match(word)) and (word.endswith(UNIT_KINDS) or word.startswith(DESIGNATIONS))


# A division's name without its unit; an autonomous one's also without its peoples (`恩施土家族苗族自治州` → 恩施).
DIVISION_UNITS = re.compile(r"(?:特别行政区|自治区|自治州|地区|盟|省|市)$")
# Division names that are also everyday words in policy text (`幸福安康`, `长治久安`, `文山会海`,
# `开封后`): without their unit they are not read as places.
EVERYDAY_WORDS = frozenset({"安康", "日照", "开封", "来宾", "白银", "大同", "长治", "文山", "海口", "平凉", "清远"})
# Such a name opening a question names the place asked about (`开封的餐饮店想复工…`, `开封餐饮单位…`:
# ncp_blind3 asked Kaifeng's rules and got Qinghai's), unless a verb's ending follows (`开封后`).
VERB_ENDINGS = ("后", "了", "过", "着", "时", "前", "以")


def opens_with_a_division(word: str, before: str, after: str) -> bool:
    """`before`: the question up to the word, its year or day already blanked (`2020年开封…`)."""
    return word in EVERYDAY_WORDS and not before.replace("请问", "").strip(" ，,") and not after.startswith(VERB_ENDINGS)


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Province- and prefecture-level divisions of China by the name without its unit (`唐山`,
    `拉萨`, `林芝`, `石家庄`), from cpca's division table (3,511 divisions, 2020; MIT). The tagger reads
    these as people (唐山/nr, 林芝/nrt) or verbs (保定/v), so a question about 唐山 was not asked
    about a place. Counties are left out: their names are too often everyday words (资源县,
    合作市, 和平县); with their unit they are read by it (names_a_place)."""
    return frozenset(wide_divisions())


@lru_cache(maxsize=1)
def wide_divisions() -> dict[str, str]:
    """Each province and prefecture, by its name and by its stem, to its adcode (`梧州` → 450400000000)."""
    peoples_suffix = _peoples_suffix(_cpca_resources() / "56_nations.csv")
    adcodes = {}
    for adcode, name in divisions():
        if adcode[4:] != "0" * 8:  # provinces (xx0000…), prefectures (xxxx00…)
            continue
        stem = DIVISION_UNITS.sub("", name)
        if "自治" in name and len(without_peoples := peoples_suffix.sub("", stem)) >= 2:  # not 西藏 → 西
            stem = without_peoples
        adcodes.update({word: adcode for word in (stem, name) if len(word) >= 2 and word not in EVERYDAY_WORDS})
    return adcodes


@lru_cache(maxsize=1)
def divisions() -> tuple[tuple[str, str], ...]:
    """(adcode, name) of each division in cpca's table, not its placeholders (`市辖区`)."""
    with (_cpca_resources() / "adcodes.csv").open(encoding="utf-8") as rows:
        return tuple((row["adcode"], row["name"]) for row in csv.DictReader(rows) if "辖" not in row["name"])


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every division's name with its unit (`增城区`, `从化区`, `资源县`), from cpca's table: where the unit is
    written a county's name is no everyday word, though its stem may be (合作市, 和平县)."""
    return frozenset(name for _, name in divisions() if len(name) >= 3)


def division_cut_apart(character: str, word: str) -> str | None:
    """A county the tagger cuts after its first character (`增` + `城区`): the two make a division's full name."""
    joined = character + word
    return joined if len(character) == 1 and word[-1:] in ADMINISTRATIVE_UNITS and joined in division_names() else None


def _cpca_resources() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (place names) is not installed: run scripts/setup")
    return Path(spec.submodule_search_locations[0]) / "resources"


def _peoples(nations_table: Path) -> list[str]:
    """China's minority peoples by name (`回族`, `土家族`), longest first: the table has no header; its
    first row, 汉族, names no autonomous division."""
    nations = [line.strip() for line in nations_table.read_text(encoding="utf-8").splitlines() if line.strip() != "汉族"]
    nations = [nation for nation in nations if nation]
    return sorted(nations, key=len, reverse=True)


def _peoples_suffix(nations_table: Path) -> re.Pattern:
    """The peoples an autonomous division is named after, at the end of its stem (`土家族苗族`;
    also without 族: `新疆维吾尔自治区`)."""
    names = {form for nation in _peoples(nations_table) for form in (nation, nation.removesuffix("族"))}
    return re.compile("(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")+$")


@lru_cache(maxsize=1)
def peoples_division() -> re.Pattern:
    """The peoples and unit ending a division named after them (`大围河回族满族乡`, `管家务回族乡`,
    `孟连傣族拉祜族佤族自治县`): the tagger cuts such a name at its peoples (大围/河/回族/满族/乡), so
    the name before them is read with them (question_words.py)."""
    peoples = "|".join(_peoples(_cpca_resources() / "56_nations.csv"))
    return re.compile(rf"(?:{peoples})+(?:自治[区州县旗]|乡|镇)")


# Everyday words jieba's dictionary tags ns (place): those of its 700 most frequent two-character
# ns entries and 300 most frequent longer ones that are no name of a place (words, not places:
# 普及, 英雄, 福利); kinds of venue (古镇, 山庄, 商城) stay places. Picked from the dictionary,
# never from a question. `二是举办低氟健康茶推广
# 普及培训` named no venue, yet 普及/ns answered where a training was held; 归国 made a question
# about returned overseas Chinese one about a place.
COMMON_WORDS_TAGGED_NS = frozenset("""
东西 城市 平原 外国 爱国 英雄 朝廷 太阳 哥哥 海洋 湖泊 高原 上市 建国 美丽 江湖 大街 王国 开国
阿哥 庆典 深度 山脉 回国 治安 大国 新鲜 海峡 长度 山水 长大 莫非 普及 古典 阴阳 江山 高山 大海 山坡
河谷 上马 太平 福利 日志 云集 青春 山河 神圣 新建 中断 河水 山洞 关联 广义 湖水 上山 江水 都城 大圣 京城 冰川
内河 新城 海关 舞美 大洋 山峰 内城 石桥 下山 上台 山寨 西洋 契约 二哥 入口 入市 路桥 金牙 都市 广布 古都 诸国
重镇 大山 千古 城堡 深山 江河 伦理 泉水 渡江 城垣 大河 大湖 治国 中和 天黑 法典 池塘 天桥 加盟 登山 密封 上门
立马 海滨 海滩 西瓜 贵宾 卫国 入海 沧海 滨海 嘉宾 海港 山林 山川 北风 台独 赞美 喜庆 吉利 四海 登极
台地 上路 庙里 礼拜 兴旺 山羊 深海 远洋 井口 台基 中堂 山门 正南 朝野 深谷 台风 山岭 白嫩 余脉 象牙 深水 中西
归国 河湾 渡河 河里 江流 海岛 入门 深渊 河畔 如林 上岗 夕阳 永固 远古 港湾 新春 台站 长寿 波及 绵羊 冰山 旧城
太极 安顿 南郊 三鲜 广度 堰口 满口 北郊 郡县 乌黑 山野 密林 立国 上古 缅怀 兴隆 美德 珍藏 端庄 松林
欢庆 开朗 琉璃瓦 上半场 中密度 英特尔 法西斯 伊斯兰 桥头堡 大门口 三自爱国 马克思列宁主义 阿弥陀佛
""".split())


def is_place_word(word: str, flag: str) -> bool:
    """A tagged word names a place: tagged ns and no everyday word or kind of unit — nor a word
    the tagger made up (`包联`, `驻藏`: no dictionary word, no unit at its end) — a noun
    ending in an administrative unit (names_a_place), or a known province or prefecture."""
    return ((flag == "ns" and word not in UNIT_KINDS and word not in COMMON_WORDS_TAGGED_NS
             and (in_dictionary(word) or word[-1] in ADMINISTRATIVE_UNITS))
            or names_a_place(word, flag) or word in known_places())


def place_words(text: str) -> list[str]:
    """The places a text names: tagged ns, a noun ending in an administrative unit, a known
    province or prefecture (`唐山`), or a name the tagger split from its unit (`林芝` `市`, `门巴` `乡`,
    `堆龙德庆` `区乃琼`); not a unit said with the units it stands for after a common noun (`指导`/n `县(区)`)."""
    words = tagged(text)
    places = [word for word, flag in words if is_place_word(word, flag)]
    places += [word + unit for (word, flag), (unit, _), (after, _) in zip(words, words[1:], [*words[2:], ("", "")])
               if len(word) >= 2 and flag.startswith("n") and len(unit) == 1 and unit in ADMINISTRATIVE_UNITS
               and not word.startswith(DESIGNATIONS) and (after not in ("(", "（") or flag not in ("n", "vn"))]  # `指导` `县区` neither
    # a place whose unit the tagger glued to what follows (`堆龙德庆`/ns `区乃琼`/nr `街道`), not a
    # word of its own (`河北` `县域`, `西藏` `乡村`, `内蒙古` `盟市`)
    places += [word + after[0] for (word, flag), (after, _) in zip(words, words[1:])
               if is_place_word(word, flag) and len(after) > 1 and after[0] in ADMINISTRATIVE_UNITS
               and after[1] not in ADMINISTRATIVE_UNITS and not in_dictionary(after)]
    return places


def reads_as_two_words(word: str) -> bool:
    """`严格执行`/nr is `严格` + `执行`, no name: a four-character dictionary word whose halves are
    words of their own that name no one (`阿旺晋美` opens with `阿旺`/nr: a name)."""
    if len(word) != 4 or not in_dictionary(word):
        return False
    halves = [tagged(word[:2]), tagged(word[2:])]
    return all(len(half) == 1 and not half[0][1].startswith("n") for half in halves)


def names_a_person(text: str) -> bool:
    """A word tagged a person's name (nr…) that is no place: not one named before its unit
    (`仁多岗` + `村`, a village the tagger reads as a person), inside a township-village chain
    (`甲玛乡赤康村`) or a title (`《关于修改〈…立法法〉的决定》`), a known province or prefecture
    (`拉萨`/nrt), a congress by number (`二十大`), an everyday word (`第二次修正`), nor the name opening a
    body of thought (`习近平法治思想`)."""
    words = tagged(text)
    ends = list(accumulate(len(word) for word, _ in words))
    set_apart = [chain.span() for chain in VILLAGE_CHAIN.finditer(text)] + [title.span() for title in TITLE.finditer(text)]
    following = [word for word, _ in words[1:]] + [""]
    return any(flag.startswith("nr") and not (len(after) == 1 and after in ADMINISTRATIVE_UNITS) and word not in known_places()
               and not NO_NAME.search(word) and not NAMES_A_THOUGHT.match(text, end) and not everyday_word(word, text, end)
               and not any(start <= end - len(word) and end <= stop for start, stop in set_apart)
               for (word, flag), after, end in zip(words, following, ends))


def everyday_word(word: str, text: str, end: int) -> bool:
    """An everyday word jieba's dictionary tags nr (`第二次修正`, `文明实践`: a law's 题注 answered `是谁…作的说明`),
    unless a post or 同志 follows it. Not every name the dictionary knows: 李强, 李鹏, 彭真 are people."""
    return word in EVERYDAY_WORDS_TAGGED_AS_NAMES and not POST_OR_COMRADE.match(text, end)


# Words of policy texts jieba's dictionary tags nr (its dict.txt): how a law was changed, 文明 of 文明实践/文明城市,
# 立法权, 比一比
EVERYDAY_WORDS_TAGGED_AS_NAMES = frozenset({"修正", "文明", "立法权", "比一比"})


TITLE = re.compile(r"《[^》]*》")  # a document's title: it names no one acting (`〈中华人民共和国立法法〉`: 立法法/nr)
# A post or title right after a name (`习近平总书记`, `李强总理`, `杨毅局长`, `…同志`): it names a person.
POST_OR_COMRADE = re.compile(rf"(?:总|副)?(?:{POST.pattern})|同志")


# A township and its village named together (`甲玛乡赤康村`), which the tagger cuts into names of
# people (`玛乡赤`/nr, `康村`/nr): two to three characters before each unit.
VILLAGE_CHAIN = re.compile(r"([\u4e00-\u9fff]{2,3}?)[乡镇][\u4e00-\u9fff]{2,3}?村")
# What the tagger reads as a name and is none: a congress by its number (`二十大`/nrt), a body of thought (`毛泽东思想`).
NO_NAME = re.compile(r"^[一二三四五六七八九十]+大$|思想$")
# A name opening the name of a body of thought (`学习习近平法治思想`, `习近平新时代中国特色社会主义思想`) is no
# one acting in the clause: `邀请法学专家…宣讲` names no expert. Not `杨毅带头解放思想`, `…同志政治思想坚定`.
NAMES_A_THOUGHT = re.compile(r"(?:新时代[^，,。；;、]{0,12}?|法治|经济|生态文明|外交|强军|文化)思想")


def place_stem(place: str) -> str:
    """`上海市` → `上海`: documents name a place with or without its unit."""
    return place[:-1] if len(place) >= 3 and place[-1] in ADMINISTRATIVE_UNITS else place


def place_cut_apart(previous: tuple[int, str, str] | None, start: int, word: str, flag: str) -> str | None:
    """A noun ending in an administrative unit (`前旗`) right after a content noun of the question
    (`previous`: its start, text and tag) that is no common word: together they name a place the
    tagger does not know (`科右前旗`)."""
    if previous is None or not (flag.startswith("n") and len(word) >= 2 and word[-1] in ADMINISTRATIVE_UNITS):
        return None
    previous_start, previous_word, previous_flag = previous
    if previous_start + len(previous_word) != start or not previous_flag.startswith("n"):
        return None
    if previous_flag == "n" and in_dictionary(previous_word):
        return None  # a common noun before a doing at a unit (`机关` + `驻村`), no name's first half
    joined = previous_word + word
    designations = joined.endswith(UNIT_KINDS) or joined.startswith(DESIGNATIONS) or word.startswith(DESIGNATIONS)
    return None if designations else joined  # not `示范区`, nor `拉萨` + `全市`


# What a sentence excepts: 除 (not 解除, 排除, 免除…, as question.EXCLUDED reads a question) up to 外 before a pause
# or what the rest is (`除湖北、浙江…等疫情较重省份外，全国…`; not `免除湖北省外贸企业…`, `解除湖北省外出…`).
EXCEPTED = re.compile(r"(?<![解排免扣清消删拆废剔])除(?:了|去)?[^，,。；;]{2,40}?[以之]?外(?=[，,的]|其他|其余|全)")


def only_excepted(stem: str, sentence: str) -> bool:
    """Is the place named only as what the sentence excepts (`除湖北省外，全国范围内…延长至2月28日`)?"""
    excepted = [match.span() for match in EXCEPTED.finditer(sentence)]
    return all(any(start <= found.start() < end for start, end in excepted) for found in re.finditer(re.escape(stem), sentence))
