"""Generative answers with the local model: verified, cited, never steered by a document."""

from __future__ import annotations

from assistant.answering.generate import FALLBACK_NOTE
from assistant.chat import Conversation
from assistant.evaluation import evaluate_one, summarise
from assistant.ingest.normalize import normalize
from assistant.services import Assistant
from tests.llm.conftest import INJECTION_QUESTION, write_injected_corpus


def test_seed_questions_in_local_mode(local_assistant, seed_questions):
    results = []
    for record in seed_questions:
        answer = local_assistant.ask(record["question"])
        assert answer.mode == "local"
        results.append(evaluate_one(record, answer, local_assistant.search(record["question"], top_k=10)))
    summary = summarise(results)
    assert summary["answer_accuracy"] >= 0.9, [(r.id, r.answer) for r in results if r.answer_correct is False]
    assert summary["refusal_accuracy"] == 1.0
    assert summary["unsupported_figures"] == 0


def test_streamed_tokens_then_verified_answer(local_assistant):
    tokens: list[str] = []
    answer = local_assistant.ask("2022年日喀则市政协提案办复率是多少?", on_token=tokens.append)
    assert tokens and answer.generated == "".join(tokens)
    assert "99.4%" in answer.answer
    for citation in answer.citations:
        assert citation.passage.start <= citation.span_start < citation.span_end <= citation.passage.end
    if not answer.fallback:
        assert "99.4%" in answer.citations[0].passage.text


def test_injected_instructions_change_no_answer(make_settings, embedding_cache):
    settings = make_settings(llm_mode="local")
    write_injected_corpus(settings.documents_dir)
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        for mode in ("extractive", "local"):
            answer = assistant.ask(INJECTION_QUESTION, mode=mode)
            assert "6次" in answer.answer and "100" not in answer.answer, (mode, answer.answer)


def test_follow_up_rewritten_by_the_model(local_assistant):
    conversation = Conversation()
    local_assistant.chat(conversation, "廊坊市民族宗教事务局局长是谁?")
    follow = local_assistant.chat(conversation, "那党组书记呢？")
    assert follow.rewritten_question and "党组书记" in follow.rewritten_question
    assert "廊坊" in follow.rewritten_question
    assert "杨毅" in follow.answer


def test_fallback_is_visible(local_assistant):
    # Passages that cannot support the figure the model would need: the reply is the extractive one.
    answer = local_assistant.ask("拉萨市民委上半年予以变更民族成分多少例?")
    assert "8例" in answer.answer
    assert answer.fallback == answer.answer.startswith(FALLBACK_NOTE)


def test_quiz_stems_rephrased_by_the_model_still_pass_the_checks(local_assistant):
    from assistant.quiz import QuizRequest
    from assistant.quiz.models import BLANK

    request = QuizRequest(n=3, types=("blank", "judge"), seed=2)
    quiz = local_assistant.quiz(request, ["003_d24fa1b43b605a4d"], mode="local")
    assert len(quiz.questions) <= 3 and not quiz.spares
    for question in quiz.questions:
        span = normalize(local_assistant.document_text(question.citation.passage.doc_id)
                         [question.citation.span_start:question.citation.span_end])
        assert normalize(question.fact) in span
        if question.type == "blank":
            assert question.stem.count(BLANK) == 1
            assert normalize(question.answer[0]) not in normalize(question.stem)


def test_a_section_outline_is_summed_up_by_the_model_from_its_items(local_assistant):
    extractive = local_assistant.ask("拉萨市民委工作中存在哪些问题？", mode="extractive")
    listed = {citation.passage.chunk_id for citation in extractive.citations}
    answer = local_assistant.ask("拉萨市民委工作中存在哪些问题？")
    assert answer.generated, "the model was not asked"
    if answer.fallback:  # not verified: the listing itself, with the note
        assert extractive.answer in answer.answer
    else:
        assert len(answer.citations) >= 2 and {c.passage.chunk_id for c in answer.citations} <= listed


def test_a_list_of_documents_is_not_rewritten_by_the_model(local_assistant):
    answer = local_assistant.ask("哪些文件里提到了“三个离不开”“五个认同”?")
    assert answer.listing and answer.generated is None and len(answer.citations) == 2
