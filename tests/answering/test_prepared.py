"""The question made ready against an index (prepared.py): its words weighed by rarity and role."""

from __future__ import annotations

from assistant.answering.prepared import prepared
from assistant.answering.synonyms import Synonyms


def test_what_a_yes_no_question_asks_whether_weighs_above_its_premise(corpus_assistant):
    asked = prepared("三八妇女节赶上礼拜六，补不补假", corpus_assistant.index, Synonyms())
    told = prepared("三八妇女节赶上礼拜六的补假", corpus_assistant.index, Synonyms())
    assert asked.intent == "yes_no" and asked.weight("补假") == 2 * told.weight("补假")
    assert asked.weight("三八妇女节") == told.weight("三八妇女节")
    modal = prepared("申请行政复议要不要交钱", corpus_assistant.index, Synonyms())  # 是否要交钱: past the modal
    assert modal.weight("交钱") == 2 * prepared("申请行政复议交钱", corpus_assistant.index, Synonyms()).weight("交钱")
    needed = prepared("退休人员是否需要缴纳医疗保险", corpus_assistant.index, Synonyms())  # the modal 需要 is not asked
    plain = prepared("退休人员需要缴纳医疗保险", corpus_assistant.index, Synonyms())
    assert needed.weight("缴纳") == 2 * plain.weight("缴纳") and needed.weight("需要") == plain.weight("需要")
