"""Bodies as Chinese texts name them: what a body's name ends in (`民宗局`, `政协`, `交通运输部`) and how a
text may write a body a question names — in full, by an abbreviation the table knows, by a full name
holding an abbreviation's characters in order (人社厅 in `人力资源和社会保障厅`), or by the abbreviation of a
full name the question writes (`工信部` for `工业和信息化部`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.tokens import full_forms, tokenize

# Where an application or a complaint goes (`该去哪儿申请复议`, `该向谁申请复议`): the body it is made to, the verb
# right after it (`向上一级主管部门申请行政复议`); not `向社会公布举报电话`, `向纵深发展并提出…`.
TURN_VERBS = "申请|提出|投诉|举报|反映|报送|提交|申报|备案"
# The kinds of body that act or receive (`哪个委员会初审`, `向上一级主管部门申请`); 局/厅/办 and 委 end a body's name only
# after it is named (below), not after a which-word (`哪个委员` asks a person).
ACTING_BODY_KINDS = "部门|机关|机构|政府|委员会|法院|检察院|单位"
# A meeting receives a report too (`经报秘书长同意后向主任会议报告`).
TOWARDS_A_BODY = re.compile(rf"向([\u4e00-\u9fff]{{1,20}}?(?:{ACTING_BODY_KINDS}|委|局|厅|办|组织|会议|大会))(?:{TURN_VERBS}|报告)")
# A body asked by its kind (`哪个委员会`, `哪一级人民政府`, `哪个行政机关`): read where it goes and as a fact of its own
# beside another (parts.py: `提前多久、送哪个委员会初审`).
WHICH_BODY = rf"哪(?:个|些|一个|一?级|家)[\u4e00-\u9fff]{{0,4}}?(?:{ACTING_BODY_KINDS}|组织)"
# Where it goes, asked of a person or a body's kind (`该向谁申请复议`, `得事先向哪个机构申报`, `向哪一级人民政府申请`).
GOES_WHERE_ASKED = re.compile(rf"(?:向|找)(?:谁|{WHICH_BODY})(?:去)?(?:{TURN_VERBS}|报告)")

# What a body's name ends in. 局/厅/办 only end a longer name (`民宗局`, `网信办`): 格局 and 举办 are none.
BODY_NAMES = ("政协", "党委", "工委", "民委", "市委", "县委", "区委", "纪委", "人大", "委员会", "统战部", "宣传部", "组织部")
BODY_ENDINGS = ("局", "厅", "办", "委")
# A ministry ends in 部 (`交通运输部`, `社会保障部`, `工信部`); these words name none: a cadre, a part, a region.
NOT_A_MINISTRY = ("干部", "全部", "内部", "局部", "外部", "东部", "西部", "南部", "北部", "中部", "总部", "本部", "俱乐部", "肺部")
# A body's ending reached through other characters is no ending of another word: `格局`, `大局`, `举办`, `大厅`,
# `全部`, `一部法律`, `部署`, `部门`, `部队`, `部委`.
ENDING_IN_TEXT = {
    "局": "(?<![格大布全当结开])局",
    "厅": "(?<![大餐客展门])厅",
    "办": "(?<![举承主督创查代兴开协])办",
    "部": f"(?<![{''.join(word[-2] for word in NOT_A_MINISTRY)}一这该此每两几各])部(?![门分署队委级位件])",
}
# Between an abbreviation's characters in a full name, no other body's ending (财政部 is not `财政局会同有关部门`),
# but an office's committee before its 办 (网信办: `…信息化委员会办公室`).
NAME_GAP = r"(?:(?![局厅部委办])[\u4e00-\u9fff]){0,6}?"
COMMITTEE_GAP = rf"(?:{NAME_GAP}|{NAME_GAP}委员会)"


# A unit's government (`区政府`, `市人民政府`): a body, written only so (`市场和政府的关系` names no 市政府);
# not 政府 of no unit (`地方政府`, `中央政府`, `法治政府`, `各级人民政府`).
GOVERNMENT = re.compile(r"([省市县区州盟旗乡镇])(?:人民)?政府$")


def is_a_body(word: str) -> bool:
    return word.endswith(BODY_NAMES) or GOVERNMENT.search(word) is not None or len(word) >= 3 and (
        word.endswith(BODY_ENDINGS) or word.endswith("部") and not word.endswith(NOT_A_MINISTRY))


def names_the_body(body: str, text: str) -> bool:
    """The text names the body: as written, by a full name the abbreviations table knows, by a full
    name holding the abbreviation's characters in order with the same ending (人社厅 in `人力资源和社会
    保障厅`, 医保局 in `医疗保障局`), or by a three-character abbreviation of the full name asked (`住建部`
    for `住房和城乡建设部`, `卫健委` for `国家卫生健康委`): how Chinese bodies are abbreviated."""
    # as written, also before 门: a question's `城管部` is the text's `城管部门` (ncp dev 5c0358e6)
    if body in text or any(full in text for full in full_forms(body)):
        return True
    if government := GOVERNMENT.search(body):
        return re.search(f"{re.escape(body[:government.start()])}[^，,。；;、]{{0,6}}{government.group(1)}(?:人民)?政府", text) is not None
    if LOCAL_OFFICE.fullmatch(body) and re.search(f"{body[:2]}(?:行政)?(?:主管)?部门|{body[:2]}(?:行政)?机关(?<!司法机关)", text):
        return True
    # 和 is often left out (`人力资源社会保障部`, `住房城乡建设部`): the name's other characters, in order, suffice
    return len(body) >= 3 and (_full_name(body.replace("和", "")).search(text) is not None or _abbreviated(body, text))


# A local government's bureau or department asked by its everyday name (`司法局`, `财政厅`, `税务局`): laws name it by
# what it does, `地方人民政府司法行政部门`, `财政部门`, `税务机关` — though 司法机关 are the courts and procuratorates.
LOCAL_OFFICE = re.compile(r"[\u4e00-\u9fff]{2}[局厅]")


def _ending(body: str) -> str:
    """The pattern of the body's last character where other characters come before it."""
    return ENDING_IN_TEXT.get(body[-1], re.escape(body[-1]))


@lru_cache(maxsize=512)
def _full_name(body: str) -> re.Pattern:
    last_gap = COMMITTEE_GAP if body.endswith("办") else NAME_GAP
    return re.compile(NAME_GAP.join(map(re.escape, body[:-1])) + last_gap + _ending(body))


@lru_cache(maxsize=512)
def _abbreviation(body: str) -> re.Pattern | None:
    """The three-character abbreviations of a full name: its first character (after 国家), the first
    character of one of its later words, its ending (工业和信息化部 → 工信部; 国防动员部 → 国动部, not 国防部)."""
    full = body.removeprefix("国家")
    later = {word[0] for word in tokenize(full[:-1]) if full.find(word) > 0 and word != "和"}
    if len(full) < 4 or not later:
        return None
    return re.compile(f"{re.escape(full[0])}[{''.join(sorted(later))}]{_ending(body)}")


def _abbreviated(body: str, text: str) -> bool:
    pattern = _abbreviation(body)
    return pattern is not None and pattern.search(text) is not None


def names_a_body_gone_to(question: str, clause: str) -> bool:
    """The clause names a body an application or report goes to that the question does not (`向上一级主管部门申请
    行政复议`, `事先向国务院反垄断执法机构申报`)."""
    return any(body not in question for body in TOWARDS_A_BODY.findall(clause))


def goes_to_a_body(question: str, clause: str) -> bool:
    """The question asks where it goes of a person or a body's kind, and the clause names the body."""
    return GOES_WHERE_ASKED.search(question) is not None and names_a_body_gone_to(question, clause)
