"""The question made ready to answer against this index: analysed once (question.py), its words
weighed by how rare they are here, the words that only phrase it set apart, and the search narrowed
to the documents that can answer it (the rule it names, the places it asks about)."""

from __future__ import annotations

import re

from assistant.answering.coverage import PHRASING_WEIGHT
from assistant.answering.figures import CHAR_UNITS, GOODS_UNITS
from assistant.answering.document_year import DOCUMENT_TITLED
from assistant.answering.asking import act_after
from assistant.answering.places import body_of, place_stem
from assistant.answering.provinces import places_inside
from assistant.answering.question import Question, analyse
from assistant.answering.question_words import Term
from assistant.answering.text import BLANK
from assistant.answering.synonyms import Synonyms
from assistant.indexing import Index
from assistant.ingest.normalize import normalize
from assistant.retrieval import SearchFilters
from assistant.store.filters import within_documents
from assistant.tokens import full_forms, in_dictionary, tagged
from assistant.versions import documents_named


def prepared(question: str, index: Index, synonyms: Synonyms) -> Question:
    """The question analysed once (question.py) and weighed against the index: how rare each of
    its words is, which only phrase it, which of a count's or a how-long question's focus words no
    document could hold."""
    analysed = analyse(question, synonyms)
    analysed.terms = [Term(term.text, "doc_year") if term.kind == "year" and _names_a_titled_standard(analysed, term.text, index)
                      else term for term in analysed.terms]
    analysed.terms += [Term(word, "thing", "b") for word in _modifiers_the_documents_write(analysed, index)]
    analysed.terms += [Term(word, "thing", "j") for word in _numbered_names_the_documents_write(analysed, index)]
    documents = index.documents()
    analysed.documents_named = documents_named(analysed.original, documents)  # read once: the search scope, versions…
    if analysed.documents_named:
        analysed.terms, analysed.focus = _without_the_titles_words(analysed, [documents[doc_id].title for doc_id in analysed.documents_named])
    analysed.rarity = index.term_rarity(analysed.of_kind("thing"))
    for term in _phrasing(analysed, index) | DOCUMENT_PARTS.intersection(analysed.of_kind("thing")):
        analysed.rarity[term] = PHRASING_WEIGHT
    if analysed.intent == "yes_no" and (asked := _whether_asked(analysed)) and analysed.rarity.get(asked) != PHRASING_WEIGHT:
        analysed.rarity[asked] = analysed.rarity.get(asked, 1.0) * WHETHER_WEIGHT
    if analysed.kind == "count" or analysed.asks_duration:
        analysed.focus = _without_made_up_words(analysed, index)
    return analysed


# Where in the document to read (`根据…《…放假办法》题注，该办法第二次修订是在哪一天`): no sentence says the word
DOCUMENT_PARTS = frozenset({"题注", "正文", "全文", "原文"})


def _without_the_titles_words(question: Question, titles: list[str]) -> tuple[list[Term], list[str]]:
    """The terms and focus without the words only the title of an indexed document the question names in 《》
    holds, with how its version was changed (`根据2025年修正的《…人民代表大会代表法》，“对代表的监督”一章…`,
    `…《…监督法》，哪些人员不得参加…`): the search keeps to that document (search_scope), whose every passage they
    describe — as topic words they drew the amendment line quoting the title, and a sentence never repeats it.
    Another title (`《国务院工作规则》由谁制定`) is what is asked of; a focus only the title holds keeps them all."""
    searched_titles = [normalize(title) for title in titles]
    outside = DOCUMENT_TITLED.sub(lambda titled: BLANK if any(titled.group("title") in title for title in searched_titles)
                                  else titled.group(), question.text)
    focus = [word for word in question.focus if word in outside]
    if question.focus and not focus:
        return question.terms, question.focus
    return [term for term in question.terms if term.kind not in ("thing", "body") or term.text in outside], focus


# A standard named by the words before it and its year (`集中申报标准2018`)
STANDARD_AND_YEAR = re.compile(r"([\u4e00-\u9fff]{2,8})标准\s*((?:19|20)\d{2})(?![\d年])")


def _names_a_titled_standard(question: Question, year: str, index: Index) -> bool:
    """Is the year written right after a standard some indexed title names (`集中申报标准2018` of
    `国务院关于经营者集中申报标准的规定`): that version's year, not a year asked (`低保标准2023是多少`, no such title)?"""
    return any(found.group(2) == year[:4] and any(found.group(1)[-2:] + "标准" in document.title
                                                  for document in index.documents().values())
               for found in STANDARD_AND_YEAR.finditer(question.text))


# What a yes/no question asks whether (`…赶上礼拜六，补不补假` → 是否补假) is what the answer must say: weighed
# above its premise (`三八妇女节`), which a sentence on the day alone holds as well.
WHETHER_WEIGHT = 2.0
WHETHER = re.compile(r"是否|能否|可否")


def _whether_asked(question: Question) -> str | None:
    """The content word right after 是否/能否/可否 (asking.act_after: `是否需要缴纳…` → 缴纳, `能否申请` → 申请,
    `是否会被追究` → 追究, `能不能同时在两家公司兼职` → 兼职; A-not-A questions are read as 是否: asking.py)."""
    asked = WHETHER.search(question.text)
    act = act_after(question.text, asked.end()) if asked else None
    return act if act in question.of_kind("thing") else None


def _modifiers_the_documents_write(question: Question, index: Index) -> list[str]:
    """Words the tagger calls adverbs right before a noun the question asks about, which the
    documents write together with it: part of what is asked (`日常工作`, `立法联系点`, `特别国债`), not
    how it is put — an adverb does not stand before a noun, and the documents confirm the compound."""
    things = set(question.of_kind("thing"))
    words = tagged(question.text)
    return [word for (word, flag), (following, _) in zip(words, words[1:])
            if flag == "d" and len(word) >= 2 and following in things and word not in things
            and index.documents_containing(word + following)]


# A name made of a number and a word (`双减`, `两会`, `两新`), which the tagger reads as a number; not a count
# (`三次`, `两成`, `五倍`) nor a word of grammar (`两者`, `三点`)
NAME_NUMBERS = "两三四五六七八九十双"
NOT_NAMING = CHAR_UNITS + GOODS_UNITS + "年月日号倍成者些点下样章节段级方分"  # not `三章`, `十分`


def _numbered_names_the_documents_write(question: Question, index: Index) -> list[str]:
    """Names the tagger cut into a number (`双` + `减`, or `两会` as one number) that the documents
    write (`教育雙減工作`): what is asked about, which a clause on another matter lacks."""
    words = tagged(question.text)
    names = []
    for (word, flag), following in zip(words, [*words[1:], ("", "")]):
        if flag != "m" or word[0] not in NAME_NUMBERS:
            continue
        if len(word) == 1 and len(following[0]) == 1 and following[1].startswith(("v", "n", "a")):
            word += following[0]
        if len(word) == 2 and word[1] not in NOT_NAMING and word not in question.of_kind("thing") and index.documents_containing(word):
            names.append(word)
    return names


def _without_made_up_words(question: Question, index: Index) -> list[str]:
    """The focus of a count or of a how-long question without the words no dictionary knows and no
    document holds: the tagger's cuts across words (`赤字率定的多少`: 率定, `几天内要出决定`,
    `多长时间内要答复`: 内要), which no clause could hold. A word a dictionary knows (`在编人员`) is
    what makes a question unanswerable and stays, as does every word when nothing else the question
    names is held (`多少辆网约车`: 网约)."""
    def known(word: str) -> bool:
        return in_dictionary(word) or bool(full_forms(word)) or bool(question.synonyms.get(word))

    made_up = index.absent([word for word in question.focus if not known(word)])
    absent = index.absent(question.of_kind("thing"))
    held = [term for term in question.of_kind("thing") if term not in made_up and (known(term) or term not in absent)]
    return [word for word in question.focus if word not in made_up] if held else question.focus


def _phrasing(question: Question, index: Index) -> set[str]:
    """The question's words that no dictionary knows (the tagger made them up: `光算`, `过刑`)
    and no document holds, nor a synonym of theirs. A dictionary word no document holds
    (`献血`, `公积金`) is what makes a question unanswerable, and names, bodies (`统战部`) and
    what is asked for (`哪个体育馆`) must be held whatever they are."""
    candidates = [term.text for term in question.terms if term.kind == "thing" and not term.is_a_name
                  and not body_of(term.text) and term.text not in question.focus
                  and not in_dictionary(term.text) and not full_forms(term.text)]
    return {term for term in index.absent(candidates)
            if not question.synonyms.get(term)
            or len(index.absent(sorted(question.synonyms[term]), inside_words=False)) == len(question.synonyms[term])}


def search_scope(question: Question, filters: SearchFilters | None, index: Index) -> SearchFilters | None:
    """The search narrowed to the rule the question names (its versions: services.py picks one)
    and to the documents that name every place the question asks about. A passage elsewhere could
    never answer (coverage.py wants the place in its document), yet it could fill the pool: `廊坊的民族团结进步品牌` drew ten passages of other cities' documents
    that share `民族团结进步`, and the one naming the brand ranked below them."""
    if question.kind != "which_docs":  # `会计法里…`: from that rule, never another's like clause
        filters = within_documents(filters, question.documents_named)
    places = question.of_kind("place")
    if not places:
        return filters
    doc_ids: set[str] | None = None
    for place in places:
        naming = {doc for name in (place_stem(place), *places_inside(place)) for doc in index.documents_containing(name, filters)}
        doc_ids = naming if doc_ids is None else doc_ids & naming
    if not doc_ids:
        return filters  # nothing names it: the refusal shows the closest passages anyway
    narrowed = SearchFilters(**vars(filters)) if filters else SearchFilters()
    narrowed.doc_ids = sorted(doc_ids)
    return narrowed
