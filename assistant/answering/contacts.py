"""Contact answers: the telephone number or mailbox a question asks for (`立案咨询电话是多少`,
`咨询电话是多少`). Texts write one with no unit (`010-65669856-300`), so it is no figure, and often
in a directory (`市第一人民医院 0832-2101474 市第二人民医院 0832-2383127 …`), where a number belongs
only to the words written beside it.

A number answers with its own entry: the words from the clause break or the number before it,
and the kind words right after it (`12320卫生公益热线`). The entry must name the line asked for
(`立案咨询电话`, not `开庭…`); with the passage's heading and title (a notice's title names its
issuer; in a file with no title of its own, its opening and closing lines) it must hold every
organisation, place, person and ordinal the question names (`中医医院` is not `第一人民医院`); and
every other word asked must be said somewhere but in the directory's other lines. Two lines that
hold the question alike answer nothing.
"""

from __future__ import annotations

import re

from assistant.answering.asking import CONTACT_WORDS, MAILBOX_ASKED
from assistant.answering.coverage import compound_credit, contains_focus, term_credit
from assistant.answering.figures import CONTACT
from assistant.answering.organisations import ORGANISATION_KINDS
from assistant.answering.bodies import is_a_body
from assistant.answering.places import place_stem
from assistant.answering.question import Question
from assistant.answering.scope import CJK, Scope, document_close, document_lead
from assistant.answering.sentences import topic_share
from assistant.answering.text import clauses, sentences, series_lead
from assistant.ingest.normalize import normalize
from assistant.retrieval import Passage

ENTRY_BREAK = re.compile(r"[，,。；;！!？?、\n]")
# What follows a number in its entry: its kind words, up to a space (a directory's next cell) or a break.
AFTER_NUMBER = re.compile(r"[^\s，,。；;！!？?、\n\d（(]{0,12}")
GENERIC_LINE = re.compile(r"(?:联系|服务)?(?:联系|热线|服务)?(?:电话|热线|号码|手机)(?:号码)?$")  # what any telephone is (`服务热线电话`)
NUMBERS_JOINED = re.compile(r"\s*[、，,或/]\s*")
CELL_START = re.compile(r"[\s：:]+")
ENTRY_CHARS = 30  # at most this many characters before its number: a directory's header is no entry's
MIN_ENTRY_SHARE = 0.5  # of the question's content words (weighted) in the entry, its heading and title


def contact_span(question: Question, passage: Passage, document: str = "") -> tuple[int, int, float] | None:
    """(start, end, score) in document display positions of the entry whose number answers, or None."""
    text = passage.text
    heading, title, passage_text = normalize(passage.heading), normalize(passage.title), normalize(text)
    # a notice's title, opening lines and signature (`咨询电话：… 北京市东城区劳动鉴定中心 二〇二〇年二月十一日`) name
    # whose lines it lists (a file's name says nothing)
    named_title = title if CJK.search(title) else ""
    about = f"{named_title}\n{document_lead(document)}\n{document_close(document)}"
    numbered_entries = [(sentence_start, sentence_end, entry) for sentence_start, sentence_end in sentences(text)
                        for entry in entries(text[sentence_start:sentence_end], sentence_start, question)]
    best: tuple[int, int, float] | None = None
    tied = False
    for sentence_start, sentence_end, (start, end) in numbered_entries:
        sentence = normalize(text[sentence_start:sentence_end])
        if Scope(sentence, normalize(text[:sentence_start]), passage_text, heading, title, passage.date, document,
                 passage.doc_id).missing(question):
            continue
        # an item of a series is a line of what its lead names (`全省各地受理电话分别是：…；承德市…0314-4044986；`)
        named_with = normalize(series_lead(text, sentence_start)) + sentence
        entry = normalize(text[start:end])
        others = [(s, e) for _, _, (s, e) in numbered_entries if s != start]
        held = f"{entry}\n{heading}\n{about}\n{' '.join(_line_kinds(question, named_with))}"  # a header's `咨询电话`
        if not _names_the_line(question, entry, heading, named_with) \
                or not _holds_what_it_names(question, entry, held, "\n".join(normalize(text[s:e]) for s, e in others)):
            continue
        # every word asked is said somewhere but in another line: `绿色金融的联系电话` is not `银行服务：周诗麒88011784`
        if not _every_word_held(question, f"{held}\n{_without(text, others)}"):
            continue
        share = topic_share(question, held)
        if share < MIN_ENTRY_SHARE:
            continue
        score = share + question.meaning.credit(sentence.strip())
        if best is not None and score == best[2] and normalize(text[start:end]) not in normalize(text[best[0]:best[1]]):
            tied = True  # two lines hold the question alike: neither is known to be its
        elif best is None or score > best[2]:
            best, tied = (*_shown(text, sentence_start, sentence_end, start, end), score), False
    return None if best is None or tied else (passage.start + best[0], passage.start + best[1], best[2])


def entries(sentence: str, offset: int, question: Question) -> list[tuple[int, int]]:
    """(start, end) of each number's entry in a sentence, offset into the passage: telephone
    numbers, or mailboxes when one is asked; a number the question itself writes answers nothing."""
    mailbox = bool(MAILBOX_ASKED.search(question.text))
    numbers = list(CONTACT.finditer(sentence))
    found = []
    for i, number in enumerate(numbers):
        floor = numbers[i - 1].end() if i else 0
        breaks = [match.end() for match in ENTRY_BREAK.finditer(sentence, floor, number.start())]
        start = breaks[-1] if breaks else floor
        if number.start() - start > ENTRY_CHARS:  # from a cell's or label's start within the window
            window = CELL_START.search(sentence, number.start() - ENTRY_CHARS, number.start())
            start = window.end() if window else number.start() - ENTRY_CHARS
        last = number
        for following in numbers[i + 1:]:  # one line's numbers listed together (`12122、12123`, `82217430、82219449`)
            if not NUMBERS_JOINED.fullmatch(sentence[last.end():following.start()]):
                break
            last = following
        end = AFTER_NUMBER.match(sentence, last.end()).end()
        if ("@" in number.group()) == mailbox and number.group() not in question.text:
            found.append((offset + start, offset + end))
    return found


def _names_the_line(question: Question, entry: str, heading: str, named_with: str) -> bool:
    """The line asked for (`立案咨询电话`, not `开庭…`) is named beside its number or heads its
    section. A number is a telephone whatever it is called (`热线` asked, `受理电话` written); what kind
    of line (`咨询电话`, `举报电话`), a series' lead or a directory's header may say for all its entries."""
    kinds = [word for word in question.focus if word.endswith(CONTACT_WORDS)]
    # a word only saying what any line is (`服务` of `服务热线电话`) names no line of its own
    rest = [word for word in question.focus if word not in kinds and not any(GENERIC_LINE.fullmatch(word + kind) for kind in kinds)]
    qualifiers = [qualifier for word in kinds if (qualifier := GENERIC_LINE.sub("", word))]
    return contains_focus(rest, f"{entry}\n{heading}") and contains_focus(qualifiers, f"{named_with}\n{heading}")


def _line_kinds(question: Question, sentence: str) -> list[str]:
    """The question's words naming the kind of line that the sentence holds (`咨询电话`), or that any
    number is (`联系电话`: a directory's `登记征缴科：69044210` is one, though it never says so)."""
    return [word for word in question.of_kind("thing")
            if word.endswith(CONTACT_WORDS) and (word in sentence or GENERIC_LINE.fullmatch(word))]


def _every_word_held(question: Question, context: str) -> bool:
    """Every content word is in the context; a compound the tagger keeps whole, through its parts too
    (`专线电话` in `开辟服务专线（联系电话：…）`)."""
    return all(term_credit(term, context, question.synonyms.get(term, ())) or compound_credit(term, context) >= 1.0
               for term in question.of_kind("thing"))


def _without(text: str, others: list[tuple[int, int]]) -> str:
    """The passage with the other entries of a directory blanked out (one pass: a directory may
    have hundreds of entries)."""
    chars = list(text)
    for start, end in others:
        chars[start:end] = " " * (end - start)
    return normalize("".join(chars))


def _holds_what_it_names(question: Question, entry: str, held: str, others: str) -> bool:
    """Every organisation (`中医医院`, `委员会`), body, place, person and ordinal the question names is held:
    by the entry, or by its heading, title or lead when no other entry of a directory names it
    (`资中县人民医院` is not answered by `市第一人民医院`'s line because a later line names 资中县)."""
    named = [term for term in question.of_kind("thing", "body") if term.endswith(ORGANISATION_KINDS) or is_a_body(term)]
    named += [place_stem(place) for place in question.of_kind("place")] + question.of_kind("ordinal", "phrase")
    named += question.persons  # `刘建国的电话`: not the line after `联系人：王淑琴，`
    return all(term_credit(term, entry) or term_credit(term, held) and not term_credit(term, others) for term in named)


def _shown(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[int, int]:
    """The clause holding the entry when it holds no other number (`请先拨打立案咨询电话（…）进行先期咨询`);
    in a directory, the entry alone."""
    for clause_start, clause_end in clauses(text[sentence_start:sentence_end], sentence_start):
        if clause_start <= start and end <= clause_end:
            return (clause_start, clause_end) if len(CONTACT.findall(text[clause_start:clause_end])) == 1 else (start, end)
    return start, end
