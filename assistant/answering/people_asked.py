"""Who the people asked are, as a clause writes them: people asked by their kind (`哪些人员不得参加…`), whose
thing is asked (`写进了谁的…述职内容`: the people before it), whom a verb or preposition takes (`组织谁去转载`,
`向谁报告`: the people right after it), and who does the verb asked to what the question names
(`党外委员由谁联系`). kind_answered.py asks these when a person is asked.
"""

from __future__ import annotations

import re

from assistant.answering.answer_kind import PEOPLE_GROUPS, PERSON_NOUN
from assistant.answering.coverage import contains_focus
from assistant.answering.question import Question
from assistant.tokens import tagged

# People named by their post or group (`分管领导`, `党外委员`, `行政复议人员`, `密切接触者`); not a body or
# thing named after them (`委员会`, `领导小组`, `学生证`, `代表性`, `成员国`, `人民代表大会`, `专家委员会`).
PEOPLE_NOUN = re.compile(rf"(?:人员|人群|负责人|领导|成员|患者|接触者|{'|'.join(PEOPLE_GROUPS)})"
                         r"(?![会团组部证性国风制小班大委])")
OWNER_BEFORE = re.compile(rf"(?:{PEOPLE_NOUN.pattern})$")  # people or a post, right before what they own


def of_the_asked(question: Question, text: str) -> bool:
    """Is the text about what the people are asked of: its focus (`副组长`), or with none (`组长由什么人
    担任`), every one of its words (`请各部门领导负责抓好落实` says nothing of `什么人负责审批`; the words of a
    document it names are the document's: prepared.py)?"""
    if question.focus:
        return contains_focus(question.focus, text)
    return all(word in text for word in question.of_kind("thing", "body"))


def names_people(question: Question, text: str) -> bool:
    """Does the text name people by what they are, besides its repeating the question's own words
    (`主持人` of `由什么人当主持人`, `党员委员` of `党员委员要联系哪些人` name no one asked: each word the
    question says is set aside once, so `党员委员联系党外委员` still names 党外委员)?"""
    rest = text
    for word in sorted(question.of_kind("thing", "body"), key=len, reverse=True):
        rest = rest.replace(word, "", 1)
    return PEOPLE_NOUN.search(rest) is not None


def owner_before_the_owned(question: Question, clause: str) -> bool:
    """`谁的X`: people or a post the question does not name, written right before X in the clause
    (`把民族工作…作为各级党组织书记抓党建述职内容` for `写进了谁的抓党建述职内容`)."""
    owned = OWNED_ASKED.search(question.text)
    at = clause.find(owned.group(1)) if owned else -1
    if at <= 0:
        return False
    owner = OWNER_BEFORE.search(clause[max(0, at - OWNER_CHARS):at])
    return owner is not None and owner.group() not in question.text


def whom_the_verb_takes(question: Question, clause: str) -> bool:
    """`是组织谁去转载转发的`: people the question does not name, right after that verb in the clause
    (`制作H5并组织网评员进行转载转发`); `向谁报告`: after the preposition, the verb asked following them
    (`向原选区选民报告履职情况`)."""
    asked = TO_WHOM_ASKED.search(question.text) or WHOM_ASKED.search(question.text)
    if asked is None:
        return False
    taker, verb_after = asked.group(1), asked.group(2)
    if len(taker) == 2 and not _one_verb(taker):  # not `负责审批的是谁` (的 + 是)
        return False
    for taken in re.finditer(re.escape(taker), clause):
        people = PERSON_NOUN.match(clause[taken.end():])
        if people and people.group() not in question.text and not _one_verb(tagged(people.group())[0][0]) and (
                len(taker) == 2 or verb_after and verb_after in clause[taken.end() + people.end():taken.end() + people.end() + VERB_AFTER_CHARS]):
            return True
    return False


def _one_verb(word: str) -> bool:
    """The tagger reads the characters as one verb (`组织`; not `的是`, nor `召开` opening `召开人大代表…`)."""
    tags = tagged(word)
    return len(tags) == 1 and tags[0][1].startswith("v")


# a preposition and the verb after (`向谁报告`), or the verb whose object is asked (`组织谁`, `邀请谁`)
TO_WHOM_ASKED = re.compile(r"([向给对])谁([\u4e00-\u9fff]{2})")
WHOM_ASKED = re.compile(r"([\u4e00-\u9fff]{2})谁()")
VERB_AFTER_CHARS = 8
OWNED_ASKED = re.compile(r"谁的([\u4e00-\u9fff]{2})")  # what is owned, by its first two characters
OWNER_CHARS = 8  # the owner's words before it (`各级党组织书记`)


def doer_to_the_asked(question: Question, clause: str) -> bool:
    """People doing the verb asked to what the question names, right after the verb, that the question does not
    name (`党员委员联系党外委员` for `党外委员是由谁负责联系的`; not `党组成员联系党员委员`, `秘书人员联系委员长会议`):
    what is done to is the question's whole phrase (its adjacent words, `党外委员`), not a word of it."""
    verb = question.acting_verb
    if verb is None:
        return False
    phrases = _phrases_named(question, {verb, "负责"})
    return any(doer not in question.text and PEOPLE_NOUN.search(doer) and any(done_to.startswith(phrase) for phrase in phrases)
               for doer, done_to in re.findall(rf"([\u4e00-\u9fff]{{2,8}}?)(?:负责)?{re.escape(verb)}([\u4e00-\u9fff]{{2,8}})", clause))


def _phrases_named(question: Question, left_out: set[str]) -> list[str]:
    """The question's words as it writes them together (`党外` and `委员` → `党外委员`), but those left out."""
    spans = sorted((at, at + len(word)) for word in set(question.of_kind("thing", "body", "phrase")) - left_out
                   if (at := question.text.find(word)) >= 0)
    phrases: list[list[int]] = []
    for start, end in spans:
        if phrases and start == phrases[-1][1]:
            phrases[-1][1] = end
        elif not phrases or start > phrases[-1][1]:
            phrases.append([start, end])
    return [question.text[start:end] for start, end in phrases]
