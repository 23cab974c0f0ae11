"""Conversations and follow-up rewriting.

A follow-up (`那下半年呢？`, `它的组长是谁？`) is rewritten into a standalone question before
retrieval, and the rewritten question is shown. With an LLM the model rewrites it (its output
is sanity-checked); without one, or when its output is unusable, rules do: an elliptical
`那X呢` replaces the term of the same kind (period, year, place) or the asked-about phrase of
the previous question with X; a pronoun (它/其/该…) is replaced by the previous question's
subject (the organisation or thing it was about).
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, field

from assistant.answering.models import Answer
from assistant.answering.asked_times import PERIOD, YEAR
from assistant.answering.question import analyse
from assistant.ingest.normalize import normalize

ELLIPTICAL = re.compile(r"^(?:那么?|那个|还有|另外|再问一下)?[，,]?\s*(.+?)(?:的情况|怎么样|如何)?(?:呢|吗)\s*[?？。]*$")
PRONOUN = re.compile(r"(它们|它|其|该|他们|她们|这个|那个|此)")
FOLLOWUP_START = re.compile(r"^(那么?|那个|还有|另外|它|其|该|这个|此)")
ORGANISATION_END = re.compile(r"(事务局|委员会|专项组|领导小组|办公室|人民政府|政府|政协|民委|机关|中心|局|委|组|部|厅|院)$")
NOUN_FLAGS = ("n", "ns", "nt", "nz", "j", "x", "l", "vn")


@dataclass
class Turn:
    question: str
    rewritten: str | None
    answer: Answer
    at: float = field(default_factory=time.time)


@dataclass
class Conversation:
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    turns: list[Turn] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def history(self) -> list[tuple[str, str]]:
        return [(turn.rewritten or turn.question, turn.answer.answer) for turn in self.turns]

    def last_question(self) -> str | None:
        return (self.turns[-1].rewritten or self.turns[-1].question) if self.turns else None


class ConversationStore:
    """Conversations persisted as JSON under the index directory (they survive restarts)."""

    def __init__(self, folder):
        from pathlib import Path

        self.folder = Path(folder)

    def _path(self, conversation_id: str):
        if not re.fullmatch(r"[0-9a-f]{12}", conversation_id):
            raise ValueError(f"not a conversation id: {conversation_id!r}")
        return self.folder / f"{conversation_id}.json"

    def save(self, conversation: Conversation) -> None:
        import json

        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"id": conversation.id, "created": conversation.created, "turns": [
            {"question": t.question, "rewritten": t.rewritten, "at": t.at, "answer": t.answer.to_dict()}
            for t in conversation.turns]}
        temporary = self._path(conversation.id).with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self._path(conversation.id))

    def load(self, conversation_id: str) -> Conversation:
        import json

        from assistant.answering.models import Citation
        from assistant.retrieval import Passage

        data = json.loads(self._path(conversation_id).read_text(encoding="utf-8"))
        conversation = Conversation(id=data["id"], created=data["created"])
        for turn in data["turns"]:
            raw = turn["answer"]
            passages = [Passage(**p) for p in raw["passages"]]
            citations = [Citation(c["n"], Passage(**{k: v for k, v in c.items()
                                                     if k not in ("n", "span_start", "span_end", "page", "paragraphs")}),
                                  c["span_start"], c["span_end"], c.get("page"), c.get("paragraphs"))
                         for c in raw["citations"]]
            answer = Answer(raw["question"], raw["answer"], raw["refused"], raw["mode"], citations, passages,
                            raw.get("notices", []), raw.get("rewritten_question"), raw.get("fallback", False))
            conversation.turns.append(Turn(turn["question"], turn["rewritten"], answer, turn["at"]))
        return conversation

    def list(self) -> list[tuple[str, str, float]]:
        """(id, first question, created), newest first."""
        import json

        items = []
        for path in self.folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            first = data["turns"][0]["question"] if data["turns"] else "（空对话）"
            items.append((data["id"], first, data["created"]))
        return sorted(items, key=lambda item: -item[2])

    def delete(self, conversation_id: str) -> None:
        self._path(conversation_id).unlink(missing_ok=True)


def is_followup(question: str) -> bool:
    text = normalize(question).strip()
    if FOLLOWUP_START.match(text):
        return True
    if ELLIPTICAL.match(text) and len(text) <= 16:
        return True
    return bool(PRONOUN.search(text)) and len(text) <= 20 and not analyse(text).of_kind("place")


def rewrite(question: str, conversation: Conversation, llm=None) -> str | None:
    """The standalone form of a follow-up, or None when the question stands on its own."""
    previous = conversation.last_question()
    if not previous or not is_followup(question):
        return None
    if llm is not None:
        rewritten = _llm_rewrite(llm, conversation.history(), question)
        if rewritten:
            return rewritten
    return rule_rewrite(question, previous)


def _llm_rewrite(llm, history: list[tuple[str, str]], question: str) -> str | None:
    from assistant.answering.prompts import rewrite_messages

    try:
        text = llm.chat(rewrite_messages(history, question)).message.content or ""
    except Exception:  # a server hiccup must not lose the question: the rules still apply
        return None
    line = text.strip().splitlines()[0] if text.strip() else ""
    line = re.sub(r"^(改写后的问题|问题)[:：]\s*", "", line).strip(" “”\"'")
    if not (2 <= len(line) <= 120 and re.search(r"[\u4e00-\u9fff]", line)) or normalize(line) == normalize(question):
        return None
    return line


def rule_rewrite(question: str, previous: str) -> str | None:
    text = normalize(question).strip()
    previous_text = normalize(previous).strip()
    elliptical = ELLIPTICAL.match(text)
    if elliptical and not PRONOUN.search(elliptical.group(1)):
        return _replace_like_term(elliptical.group(1).strip(), previous_text)
    pronoun = PRONOUN.search(text)
    if pronoun:
        subject = _subject(previous_text)
        if subject:
            return text[:pronoun.start()] + subject + text[pronoun.end():]
    return None


def _replace_like_term(new_term: str, previous: str) -> str | None:
    """`下半年` into `…2022年上半年…几次?` → `…2022年下半年…几次?`."""
    for pattern in (PERIOD, YEAR):
        if pattern.fullmatch(new_term):
            old = pattern.search(previous)
            if old:
                return previous[:old.start()] + new_term + previous[old.end():]
            return new_term + previous
    asked = analyse(previous)
    new_places = analyse(new_term).of_kind("place")
    if new_places and asked.of_kind("place"):
        return previous.replace(asked.of_kind("place")[0], new_places[0], 1)
    if asked.focus:
        # The asked-about word: the role in a 谁 question (`局长`), else the counted thing: all of
        # it when the new term has its head word (`党组会议` → `主席会议`, not `主席会议会议`), else
        # its first word (`理论学习中心组集中学习` → `机关支部集中学习`).
        counted = "".join(asked.focus)
        same_head = new_term.endswith(asked.focus[-1]) and counted in previous
        old = asked.focus[-1] if asked.kind == "person" else counted if same_head else asked.focus[0]
        if old in previous:
            return previous.replace(old, new_term, 1)
    return None


def _subject(previous: str) -> str | None:
    """What the previous question was about: the noun phrase ending in an organisation word,
    else its first run of nouns (`廊坊市民族宗教事务局`)."""
    from assistant.tokens import tagged

    runs: list[list[str]] = [[]]
    for word, flag in tagged(previous):
        if flag.startswith(NOUN_FLAGS) and re.search(r"[\u4e00-\u9fff]", word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    organisations = []
    for run in runs:  # the longest stretch of each run that ends in an organisation word
        for end in range(len(run), 0, -1):
            if ORGANISATION_END.search(run[end - 1]):
                organisations.append("".join(run[:end]))
                break
    if organisations:
        return max(organisations, key=len)
    joined = ["".join(run) for run in runs if run]
    return next((r for r in joined if len(r) >= 3), joined[0] if joined else None)
