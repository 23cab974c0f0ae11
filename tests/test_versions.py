"""Which version is in force: older versions of a law and documents repealed by title are
marked superseded; answers prefer the version in force and say so when they cite an old one."""

from __future__ import annotations

import shutil

import pytest

from assistant.services import Assistant
from tests.conftest import VERSIONS

PAIRS = ("fangjia_banfa", "xingzheng_fuyifa", "jingyingzhe_jizhong_biaozhun")
OLD_RULE = "某市民族团结进步奖励暂行办法\n第一条 对民族团结进步先进集体给予一次性奖励5万元。\n"
NEW_RULE = ("某市民族团结进步促进办法\n第一条 对民族团结进步先进集体给予一次性奖励10万元。\n"
            "第二条 本办法自2024年7月1日起施行。原《某市民族团结进步奖励暂行办法》同时废止。\n")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedding_cache):
    from assistant.settings import Settings

    folder = tmp_path_factory.mktemp("versions")
    documents = folder / "docs"
    documents.mkdir()
    for path in VERSIONS.glob("*.txt"):
        if path.name.startswith((*PAIRS, "zhengfu_gongzuo_baogao")):
            shutil.copy(path, documents)
    (documents / "old_rule.txt").write_text(OLD_RULE, encoding="utf-8")
    (documents / "new_rule.txt").write_text(NEW_RULE, encoding="utf-8")
    created = Assistant(Settings(index_dir=folder / "index", documents_dir=documents,
                                 embedding_cache=str(embedding_cache)))
    created.index_paths(progress=False)
    yield created
    created.close()


def test_older_versions_and_repealed_documents_are_marked(assistant):
    records = {record["doc_id"]: record for record in assistant.document_records()}
    for pair in PAIRS:
        old, new = sorted(doc_id for doc_id in records if doc_id.startswith(pair))
        assert records[old]["superseded_by"]["doc_id"] == new and records[new]["superseded_by"] is None
    assert records["old_rule"]["superseded_by"] == {"doc_id": "new_rule", "title": "某市民族团结进步促进办法",
                                                    "reason": "废止"}
    assert records["new_rule"]["effective"] == "2024-07-01"
    assert records["xingzheng_fuyifa_2023"]["version_date"] == "2023-09-01"
    reports = [record for doc_id, record in records.items() if doc_id.startswith("zhengfu")]
    assert len(reports) == 3 and all(record["superseded_by"] is None for record in reports)  # a series


def test_an_answer_prefers_the_version_in_force(assistant):
    answer = assistant.ask("对民族团结进步先进集体给予一次性奖励多少钱？")
    assert "10万元" in answer.answer and {c.passage.doc_id for c in answer.citations} == {"new_rule"}
    assert not answer.notices


def test_an_answer_citing_an_old_version_says_so(assistant):
    from assistant.retrieval import SearchFilters

    old_only = SearchFilters(doc_ids=["old_rule"])  # asked of the old document: nothing newer can answer
    answer = assistant.ask("对民族团结进步先进集体给予一次性奖励多少钱？", old_only)
    assert "5万元" in answer.answer and {c.passage.doc_id for c in answer.citations} == {"old_rule"}
    assert answer.notices == ["注：《某市民族团结进步奖励暂行办法》已被《某市民族团结进步促进办法》废止，以上引用的是已废止的文件。"]
    fangjia = assistant.ask("劳动节放假几天？", SearchFilters(doc_ids=["fangjia_banfa_2013"]))
    assert any("已被新版本《全国年节及纪念日放假办法》（2024-11-10版）替代" in notice for notice in fangjia.notices)


def test_superseded_documents_can_be_left_out_of_answers(assistant):
    assistant.settings.superseded_documents = "exclude"
    try:
        answer = assistant.ask("对民族团结进步先进集体给予一次性奖励多少钱？")
        assert "old_rule" not in {c.passage.doc_id for c in answer.citations} and "10万元" in answer.answer
    finally:
        assistant.settings.superseded_documents = "prefer"


def test_what_changed_lists_the_changes_citing_both_versions(assistant):
    answer = assistant.ask("修订后的全国年节及纪念日放假办法有什么变化？")
    assert answer.intent == "what_changed" and not answer.refused
    assert {c.passage.doc_id for c in answer.citations} == {"fangjia_banfa_2013", "fangjia_banfa_2024"}
    assert "3天→4天" in answer.answer and "第七条" in answer.answer  # a changed figure, the added article
    for citation in answer.citations:
        display = assistant.document_text(citation.passage.doc_id)
        assert display[citation.span_start:citation.span_end] == citation.passage.text


def test_what_changed_about_one_topic_quotes_its_article_in_both_versions(assistant):
    answer = assistant.ask("行政复议法新旧两版，复议机关履职要遵循的原则有啥不同")
    assert answer.intent == "what_changed" and not answer.refused
    assert "公正、公开、及时、便民" in answer.answer and "高效、便民、为民" in answer.answer, answer.answer
    assert "第三条" in answer.answer and "原第四条" in answer.answer and "第一条" not in answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"xingzheng_fuyifa_2017", "xingzheng_fuyifa_2023"}
    for citation in answer.citations:
        display = assistant.document_text(citation.passage.doc_id)
        assert display[citation.span_start:citation.span_end] == citation.passage.text
    # an article that stayed the same is said to, quoted once and cited in both versions
    same = assistant.ask("放假办法新旧两版，妇女节放假的规定有啥不一样")
    assert same.intent == "what_changed" and "两版相同" in same.answer and "妇女放假半天" in same.answer, same.answer
    assert {c.passage.doc_id for c in same.citations} == {"fangjia_banfa_2013", "fangjia_banfa_2024"}
    # the rule named, not the best passage's (重要 drew another rule's first), and no generic word as a topic
    named = assistant.ask("修订后的行政复议法有哪些重要变化")
    assert named.intent == "what_changed" and "修改" in named.answer and "与所问有关" not in named.answer, named.answer
    assert {c.passage.doc_id for c in named.citations} == {"xingzheng_fuyifa_2017", "xingzheng_fuyifa_2023"}

def test_two_years_of_a_report_are_compared_by_the_years_asked(assistant):
    answer = assistant.ask("2024年和2023年的政府工作报告有什么不同？")
    assert {c.passage.doc_id for c in answer.citations} == {"zhengfu_gongzuo_baogao_2023", "zhengfu_gongzuo_baogao_2024"}
    plain = assistant.ask("劳动节放假几天？")
    assert plain.intent != "what_changed" and "2天" in plain.answer


def test_a_new_version_repealing_its_old_title_is_not_itself_repealed():
    from assistant.store.corpus import StoredDocument
    from assistant.versions import superseded

    def version(doc_id, date, repeals=()):
        return StoredDocument(doc_id, f"{doc_id}.txt", f"/d/{doc_id}.txt", doc_id, "某某市物业管理条例", None, None, 0, 1,
                              (), {"version_date": date, "repeals": list(repeals)})

    documents = {d.doc_id: d for d in (version("v2010", "2010-05-01"),
                                       version("v2018", "2018-03-01", ["某某市物业管理条例"]),
                                       version("v2024", "2024-06-01", ["某某市物业管理条例"]))}
    found = superseded(documents)
    assert set(found) == {"v2010", "v2018"} and {s.by for s in found.values()} == {"v2024"}
    assert all(s.reason == "新版本" for s in found.values())


def test_a_version_named_in_the_question_answers_whatever_is_in_force(assistant):
    older = assistant.ask("2017年修正的行政复议法规定复议决定要多少天内作出")
    assert "六十日内" in older.answer and {c.passage.doc_id for c in older.citations} == {"xingzheng_fuyifa_2017"}
    assert any("已被新版本" in notice for notice in older.notices)  # still said to be superseded
    assert older.question == "2017年修正的行政复议法规定复议决定要多少天内作出"
    old_holiday = assistant.ask("老版放假办法里劳动节放几天")
    assert "放假1天" in old_holiday.answer and "fangjia_banfa_2013" in {c.passage.doc_id for c in old_holiday.citations}
    new_holiday = assistant.ask("新版放假办法里劳动节放几天")
    assert "放假2天" in new_holiday.answer


def test_which_version_a_question_names():
    from assistant.versions import version_asked

    documents = {doc_id: record for doc_id, record in _stored(("lifafa_2015", "lifafa_2023")).items()}
    assert version_asked("2015年版立法法里设区的市立法事项包括哪些", documents).exclude == ("lifafa_2023",)
    asked = version_asked("按2023年修正的立法法，哪些事项只能制定法律", documents)
    assert asked.exclude == ("lifafa_2015",) and asked.question.startswith("按2023年修正的立法法")  # the year stays
    assert version_asked("立法法2015年版：设区的市立法事项包括哪些", documents).exclude == ("lifafa_2023",)
    assert version_asked("立法法（2023年修正）哪些事项只能制定法律", documents).exclude == ("lifafa_2015",)
    assert version_asked("老版立法法第一条", documents).question == "立法法第一条"  # 老版 is how it asks
    assert version_asked("立法法2015年版和2023年版有什么不同", documents) is None  # two named: what changed
    assert version_asked("2015年版和2023年版立法法有什么不同", documents) is None
    assert version_asked("老版立法法和新版立法法有何不同", documents) is None
    assert version_asked("老版（2015年的）立法法第一条", documents).exclude == ("lifafa_2023",)  # one version
    assert version_asked("2019年修正的立法法", documents) is None  # no such version indexed: the year scopes
    assert version_asked("2015年以来立法法实施情况", documents) is None  # a year alone dates a fact


def test_which_rules_a_question_names_by_title_or_short_name():
    from assistant.store.corpus import StoredDocument
    from assistant.versions import documents_named

    documents = _stored(("lifafa_2015", "lifafa_2023"))
    documents["merger"] = StoredDocument("merger", "", "", "", "国务院关于经营者集中申报标准的规定", None, None, 0.0, 0)
    documents["rules"] = StoredDocument("rules", "", "", "", "某市民族团结进步促进实施办法", None, None, 0.0, 0)
    assert documents_named("2015年版立法法里设区的市立法事项包括哪些", documents) == ["lifafa_2015", "lifafa_2023"]
    assert documents_named("中华人民共和国立法法第一条", documents) == ["lifafa_2015", "lifafa_2023"]
    assert documents_named("经营者集中申报标准的规定最早是哪天公布的", documents) == ["merger"]
    assert documents_named("依法立法的原则", documents) == []  # 立法 is no 立法法
    assert documents_named("按有关规定办理", documents) == []  # what many rules are called names none
    assert documents_named("按照实施办法申报", documents) == []


def _stored(names):
    from assistant.store.corpus import StoredDocument

    dates = {"lifafa_2015": "2015-03-15", "lifafa_2023": "2023-03-13"}
    return {name: StoredDocument(name, "", "", "", "中华人民共和国立法法", None, None, 0.0, 0,
                                 versions={"version_date": dates[name]}) for name in names}
