"""Follow-up questions rewritten into standalone ones (rules here; the LLM path in tests/llm)."""

from __future__ import annotations

from assistant.chat import Conversation, is_followup, rule_rewrite

FIRST = "拉萨市民委2022年上半年共召开理论学习中心组集中学习几次?"


def test_period_follow_up():
    assert rule_rewrite("那下半年呢？", FIRST) == "拉萨市民委2022年下半年共召开理论学习中心组集中学习几次?"


def test_place_follow_up():
    assert rule_rewrite("那日喀则市呢？", FIRST).startswith("日喀则市")


def test_pronoun_follow_up():
    assert rule_rewrite("它的党组书记是谁？", "廊坊市民族宗教事务局局长是谁?") == "廊坊市民族宗教事务局的党组书记是谁?"
    assert "专项组的组长是谁" in rule_rewrite("它的组长是谁？", "拉萨市着力创建民族团结进步模范区当好排头兵专项组是何时成立的?")


def test_asked_thing_follow_up():
    assert rule_rewrite("那机关支部呢？", "拉萨市民委上半年理论学习中心组集中学习几次?") == "拉萨市民委上半年机关支部集中学习几次?"
    assert rule_rewrite("主席会议呢？", "日喀则市政协2022年召开党组会议几次?") == "日喀则市政协2022年召开主席会议几次?"


def test_standalone_questions_are_left_alone():
    assert not is_followup("廊坊市民族宗教事务局局长是谁?")
    assert is_followup("那下半年呢？") and is_followup("它的组长是谁？")


def test_conversation_turns_in_extractive_mode(corpus_assistant):
    conversation = Conversation()
    first = corpus_assistant.chat(conversation, "廊坊市民族宗教事务局局长是谁?")
    assert first.rewritten_question is None and "杨毅" in first.answer
    follow = corpus_assistant.chat(conversation, "那党组书记呢？")
    assert follow.rewritten_question == "廊坊市民族宗教事务局党组书记是谁?"
    assert "杨毅" in follow.answer and follow.question == "那党组书记呢？"
    refused = corpus_assistant.chat(conversation, "那副局长呢？")
    assert refused.refused and refused.rewritten_question == "廊坊市民族宗教事务局副局长是谁?"
    assert len(conversation.turns) == 3


def test_conversations_persist_and_reopen(corpus_assistant, tmp_path):
    from assistant.chat import ConversationStore

    store = ConversationStore(tmp_path / "conversations")
    conversation = Conversation()
    corpus_assistant.chat(conversation, "廊坊市民族宗教事务局局长是谁?")
    corpus_assistant.chat(conversation, "那党组书记呢？")
    store.save(conversation)
    reopened = ConversationStore(tmp_path / "conversations").load(conversation.id)
    assert [t.question for t in reopened.turns] == ["廊坊市民族宗教事务局局长是谁?", "那党组书记呢？"]
    assert reopened.turns[1].rewritten == "廊坊市民族宗教事务局党组书记是谁?"
    assert reopened.turns[0].answer.citations[0].to_dict() == conversation.turns[0].answer.citations[0].to_dict()
    assert store.list()[0][:2] == (conversation.id, "廊坊市民族宗教事务局局长是谁?")
    store.delete(conversation.id)
    assert store.list() == []
