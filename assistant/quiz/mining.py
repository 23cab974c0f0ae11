"""Askable facts in the chosen passages, one miner per kind (models.KINDS).

A training quiz asks what the documents ask people to know: the content of formulations
(`“六个到位”(提前告知到位、…)`), the formulations a sentence commits to (`捍卫“两个确立”、增强
“四个意识”`), the tasks listed under a heading (`一是…二是…`), the main line and who leads
(`以铸牢中华民族共同体意识为主线`, `以…为组长`), which document a number belongs to — and figures
where they matter. Miners read the Simplified text (OpenCC keeps every position: checked on all 81
sample and 1,775 ncp-dev chunks) and keep positions in the chunk's own text for citing.
"""

from __future__ import annotations

import re
from itertools import groupby

from assistant.answering.figures import QUANTITY, stated_unit
from assistant.answering.text import clauses
from assistant.ingest.normalize import SENTENCE, normalize, to_simplified
from assistant.quiz.models import Fact
from assistant.store.corpus import StoredChunk

NAMED_LIST_AFTER = re.compile(r"“([^”]{2,14})”\s*[(（]([^()（）]{6,240})[)）]")  # “六个到位”(甲、乙、丙)
NAMED_LIST_BEFORE = re.compile(r"“([^”]{6,120})”\s*([一二三四五六七八九十两][个][\u4e00-\u9fff]{1,6})")  # “甲、乙、丙”五个清单
ITEM_SEPARATORS = re.compile(r"[、，,；;]")
# A formulation: a quoted number-and-measure phrase (`“四个意识”`, `“三个离不开”`, `“十二个必须”`).
FORMULATION = re.compile(r"“([一二三四五六七八九十两]+[个大项条][\u4e00-\u9fff]{1,8})”")
ENUMERATED = re.compile(r"(?:^|(?<=[。；;\s]))([一二三四五六七八九十]+)是([^，。；：,;:]{4,32})(?=[，。；：,;:])")
ROLE = re.compile(r"以([^，。；、]{2,40}?)为(组长|主线|抓手|引领|牵引)(?!的)")
DOC_NUMBER = re.compile(r"《([^》]{6,80})》\s*[(（]([\u4e00-\u9fff]{2,10}〔\d{4}〕\d+号)[)）]")
TITLE = re.compile(r"《([^》]{6,80})》")
PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")
MAX_SENTENCE = 110  # longer sentences make stems nobody reads to the end
# A redacted figure or name (`xx余场`, `××县`): nothing to ask, and no option to offer.
REDACTED = re.compile(r"[xX×＊*]{2,}")


def simplified(chunk: StoredChunk) -> str | None:
    text = to_simplified(chunk.text)
    return text if len(text) == len(chunk.text) else None


def sentence_around(text: str, position: int) -> tuple[int, int]:
    match = next((m for m in SENTENCE.finditer(text) if m.start() <= position < m.end()), None)
    return (match.start(), match.end()) if match else (position, position)


def mine(chunks: list[StoredChunk]) -> list[Fact]:
    """Every fact of every kind in the chunks (given in document order)."""
    facts: list[Fact] = []
    for chunk in chunks:
        text = simplified(chunk)
        if text is None:
            continue
        facts += figure_facts(chunk, text) + parts_facts(chunk, text) + named_facts(chunk, text)
        facts += role_facts(chunk, text) + doc_number_facts(chunk, text)
    for _, document_chunks in groupby(chunks, key=lambda chunk: chunk.doc_id):
        facts += enumeration_facts(list(document_chunks))
    return [fact for fact in facts if not any(REDACTED.search(text) for text in [fact.answer, *fact.items])]


def figure_facts(chunk: StoredChunk, text: str) -> list[Fact]:
    """A sentence stating a quantity with its unit, one figure in its clause (`共接访群众300余名`)."""
    facts = []
    for sentence in SENTENCE.finditer(text):
        if len(sentence.group()) > MAX_SENTENCE:
            continue
        for start, end in clauses(sentence.group(), sentence.start()):
            clause = text[start:end]
            figures = [m for m in QUANTITY.finditer(clause) if PLAIN_NUMBER.match(m.group())]
            context = re.sub(r"[\d.%余多]", "", clause)
            if len(figures) != 1 or len(re.findall(r"[\u4e00-\u9fff]", context)) < 6:
                continue  # one figure per question, with enough words around it to be askable
            figure = figures[0]
            if sentence.group().count(figure.group()) != 1:
                continue  # the stem would state it elsewhere
            facts.append(Fact("figure", chunk, sentence.start(), sentence.end(), figure.group(),
                              start + figure.start(), start + figure.end(), unit=stated_unit(figure)))
    return facts


def parts_facts(chunk: StoredChunk, text: str) -> list[Fact]:
    """A named formulation with its parts stated: `“六个到位”(提前告知到位、…)`."""
    facts = []
    for pattern, name_group, items_group in ((NAMED_LIST_AFTER, 1, 2), (NAMED_LIST_BEFORE, 2, 1)):
        for match in pattern.finditer(text):
            items = _items(match.group(items_group))
            if items:
                facts.append(Fact("parts", chunk, match.start(), match.end(), "、".join(items),
                                  name=match.group(name_group), items=items))
    return facts


def _items(text: str) -> list[str]:
    items = [item.strip() for item in ITEM_SEPARATORS.split(text) if item.strip()]
    if len(items) < 3 or any(not 2 <= len(item) <= 30 for item in items):
        return []
    if len({normalize(item) for item in items}) != len(items):
        return []
    return items


def named_facts(chunk: StoredChunk, text: str) -> list[Fact]:
    """A formulation a sentence commits to, among others (`捍卫“两个确立”、增强“四个意识”`)."""
    facts = []
    for sentence in SENTENCE.finditer(text):
        named = list(FORMULATION.finditer(sentence.group()))
        if len({m.group(1) for m in named}) < 2 or len(sentence.group()) > MAX_SENTENCE:
            continue
        others = [m.group(1) for m in named]
        for match in named:
            if others.count(match.group(1)) == 1:
                start = sentence.start() + match.start(1)
                facts.append(Fact("named", chunk, sentence.start(), sentence.end(), match.group(1), start,
                                  start + len(match.group(1)), related=others))
    return facts


def role_facts(chunk: StoredChunk, text: str) -> list[Fact]:
    """The main line, the lever, who leads: `以铸牢中华民族共同体意识为主线`, `以…为组长`."""
    facts = []
    for match in ROLE.finditer(text):
        start, end = sentence_around(text, match.start())
        holder = match.group(1).strip("“”")
        holder_start = match.start(1) + match.group(1).index(holder)
        if end - start <= MAX_SENTENCE and text[start:end].count(holder) == 1:
            facts.append(Fact("role", chunk, start, end, holder, holder_start, holder_start + len(holder),
                              name=match.group(2)))
    return facts


def doc_number_facts(chunk: StoredChunk, text: str) -> list[Fact]:
    """A document cited with its number: `《…的通知》(拉委办发〔2022〕31号)`."""
    return [Fact("doc_number", chunk, match.start(), match.end(), match.group(1), match.start(1), match.end(1),
                 name=match.group(2)) for match in DOC_NUMBER.finditer(text)]


def enumeration_facts(chunks: list[StoredChunk]) -> list[Fact]:
    """Tasks listed under one heading (`一是…二是…`), per passage; the heading's other items
    are `related` (right answers, never distractors)."""
    facts = []
    for heading, heading_chunks in groupby(chunks, key=lambda chunk: chunk.heading):
        found = []  # (chunk, start, end, item)
        for chunk in heading_chunks:
            text = simplified(chunk)
            for match in ENUMERATED.finditer(text or ""):
                found.append((chunk, match.start(2), match.end(2), match.group(2).strip()))
        if len(found) < 3 or not heading:
            continue
        everything = [item for *_, item in found]
        for chunk, group in groupby(found, key=lambda entry: entry[0]):
            group = list(group)
            start, end = group[0][1], group[-1][2]
            facts.append(Fact("enumeration", chunk, start, end, "、".join(item for *_, item in group),
                              name=heading_name(heading), items=[item for *_, item in group], related=everything))
    return facts


def heading_name(heading: str) -> str:
    """`一、工作开展情况 > (五)创新手段,积极开展…工作` → `创新手段,积极开展…工作`."""
    leaf = to_simplified(heading.split(" > ")[-1])
    return re.sub(r"^[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", leaf).rstrip("。")


def titles_in(chunks: list[StoredChunk]) -> list[str]:
    """Every document title the passages cite (`《…》`): distractors for a document-number question."""
    return sorted({to_simplified(match.group(1)) for chunk in chunks for match in TITLE.finditer(chunk.text)})
