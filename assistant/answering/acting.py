"""Who does what a question asks who does (`由谁通过`, `由哪个部门来定`, `由谁申请行政复议`): a body charged with the
verb after 由 or opening the sentence, anyone named between 由 and the verb, or a party a rule names by its role
doing it. Read by the kind of answer a who-question wants (kind_answered.py) and by a which-body question (names.py).
"""

from __future__ import annotations

import re

from assistant.answering.asking import LIGHT_VERB, MANNER_BEFORE_VERB
from assistant.answering.places import ISSUER_ENDINGS
from assistant.answering.question import Question
from assistant.answering.text import SENTENCE_BREAKS
from assistant.chunking import NUMERALS
from assistant.tokens import in_dictionary

# An article's number (`第十条 国务院秘书长在总理领导下，…`) opens the clause before its subject.
ARTICLE_LABEL = re.compile(rf"^第[{NUMERALS}\d]+条\s*")
# A body as the one who acts, after 由 (`年度监督工作计划由委员长会议或者主任会议通过`, `由市民委牵头`):
# `由谁通过` asks who does it, and laws and notices charge bodies as often as posts; the body
# answers when the verb asked follows it (acting_body). Not 由于, 由此, nor a word ending in 由
# (自由, 理由, 经由, 事由); a one-character ending not where it begins a word (委员, 委托, 办理, 办法).
# The run is greedy, to the body's last ending (`由市委组织部`, `由委员长会议或者主任会议`), so the verb is
# sought from 由 on: a run may reach past it (`由市财政局拨付给各县民政局`).
ACTING_BODY = re.compile(rf"(?<![自理经事缘])由(?![于此])[\u4e00-\u9fff、]{{0,18}}(?:{ISSUER_ENDINGS}|部|会议|机关|部门|机构|法院|检察院|国务院)"
                         r"(?!负责人|[员托理法案事公会门分])")  # `由会计机构负责人`: a post (ACTOR), no body


VERB_AFTER_BODY_CHARS = 16  # `由国务院财政部门根据本法制定`


# Whoever is charged right before the verb asked (`隔离期间费用由单位和个人承担`, `由区财政承担`): the
# phrase between 由 and that verb is the answer, body or not.
CHARGED_CHARS = 10


def acting_body(question: Question, text: str) -> bool:
    """A body charged, after 由, with the verb the question asks who does (`由谁通过`, `由谁来定`):
    not `由国务院决定` for `由谁签署`, nor any body for `委员长是谁`. A clause that is only the body
    leaves its verb to the sentence (`由…地方人民政府，按照各该民族习惯，规定放假日期`). Anyone named
    between 由 and the verb itself is charged with it too (`费用由单位和个人承担`; `由本级财政给予适当补贴` for
    `谁来补`), and so is a body opening the sentence before it (`海南省人民代表大会及其常务委员会根据法律规定，
    制定…`)."""
    if question.acting_verb is None:
        return False
    # each of several charged may be as long (`由总理、副总理、国务委员、秘书长组成`)
    for charged in re.finditer(rf"(?<![自理经事缘])由(?![于此谁其它他该]|本(?!级))((?:[\u4e00-\u9fff]{{1,{CHARGED_CHARS}}}?、){{0,8}}"
                               rf"[\u4e00-\u9fff]{{1,{CHARGED_CHARS}}}?)"
                               rf"(?:负责|统一|自行|来|(?:{LIGHT_VERB})(?:适当|一定)?)?{re.escape(question.acting_verb)}", text):
        # the verb as a word of its own: not the end of another (`由委托人自行确定` for `由谁来定`)
        if not in_dictionary(charged.group(1)[-1] + question.acting_verb):
            return True
    ruled = ARTICLE_LABEL.sub("", text)
    if (subject := BODY_AS_SUBJECT.match(ruled)) is not None and re.match(
            rf"(?:[^，,。；;]{{0,{CHARGED_CHARS}}}[，,])?(?:依法|负责|可以|应当)?(?:{ON_WHAT_GROUNDS})?(?:{MANNER})?(?:{LIGHT_VERB})?"
            rf"{re.escape(question.acting_verb)}(?!的)",
            ruled[subject.end():]):
        return True  # `海南省人民代表大会及其常务委员会根据法律规定，制定…`, `国务院法制机构应当根据…部署拟订…`
    if re.search(rf"{BODY_TOWARDS.pattern}[^，,。；;]{{1,{CHARGED_CHARS * 2}}}?{re.escape(question.acting_verb)}(?!的)", ruled):
        return True  # `市直有关部门对大围河回族满族乡承诺帮扶资金` for `是谁承诺的`; not `部门对企业承诺的事项进行核查`
    for body in ACTING_BODY.finditer(text):
        # past the bodies named beside it (`由…有关专门委员会或者常务委员会有关工作机构具体组织实施`)
        after = ALTERNATIVE_BODIES.sub("", SENTENCE_END.split(text[body.end():], maxsplit=1)[0])
        if question.acting_verb in body.group()[1:] + after[:VERB_AFTER_BODY_CHARS]:
            return True
        if not after.strip("，,、 ") and not text[:body.start()].strip("，,、 "):
            return True
    return False


SENTENCE_END = re.compile(rf"[{SENTENCE_BREAKS}；;]")
# A body named beside another (`或者常务委员会有关工作机构`, `和乡、民族乡、镇的人民代表大会主席团`; 及 not of 及时)
BODY_BESIDE = rf"(?:(?:或者|或|和|及(?!时)|以及|、)[\u4e00-\u9fff、]{{0,16}}?(?:{ISSUER_ENDINGS}|部|机关|部门|机构|主席团))"
# A body opening the sentence as who acts (`海南省人民代表大会及其常务委员会…制定…`)
BODY_AS_SUBJECT = re.compile(rf"\s*[\u4e00-\u9fff]{{2,20}}?(?:人民代表大会|{ISSUER_ENDINGS}|机关|部门|机构|法院|检察院|国务院)"
                             r"(?:及其(?:常务委员会|[\u4e00-\u9fff]{2,8}?(?:部门|机关|机构))|常务委员会)?"
                             # and the bodies named beside it (`县级人民代表大会常务委员会和乡、民族乡、镇的人民代表大会主席团应当定期组织`)
                             rf"{BODY_BESIDE}*")
# How a body acts, written before its verb (`…主席团应当定期组织`)
MANNER = "|".join(MANNER_BEFORE_VERB)
# On what grounds or with whom a body acts, between it and its verb (`应当根据国家总体工作部署拟订`, `会同…制定`)
ON_WHAT_GROUNDS = rf"(?:根据|按照|依照|依据|会同|结合)[^，,。；;]{{1,{CHARGED_CHARS + 2}}}?"
# A body acting towards someone (`…部门对…乡承诺`, `…政府向…拨付`; not 为, as often `是`)
BODY_TOWARDS = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:{ISSUER_ENDINGS}|机关|部门|机构)(?:对|向|给)")
ALTERNATIVE_BODIES = re.compile(rf"^{BODY_BESIDE}+")


# A party a rule names by its role (`权利义务承受人`, `近亲属`, `法定代理人`), as the subject of a clause doing the verb —
# not a case it sets (`，个人申请行政复议的，应当…`).
PARTY = r"(?:^|[，,；;。]\s*)其?([\u4e00-\u9fff]{1,8}?(?:人|亲属))(?:也|依法)?(?:可以|应当|有权)?"
A_CASE_SET = r"(?![^，,。；;]*的(?:[，,。；;]|$))"


def party_acting(question: Question, clause: str) -> bool:
    """A party named by its role opens a clause doing the verb the question asks who does, one the question
    does not name (`其近亲属可以申请行政复议` for `由谁申请行政复议`)."""
    verb = question.acting_verb
    return verb is not None and any(party not in question.text for party in re.findall(PARTY + re.escape(verb) + A_CASE_SET, clause))
