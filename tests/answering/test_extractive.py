"""Extractive answers over the sample corpus: cited spans, refusals, which-documents answers."""

from __future__ import annotations

import re

from assistant.answering.models import REFUSAL_PREFIX

from assistant.ingest.normalize import normalize
from assistant.retrieval import SearchFilters
from tests.answering.test_clauses import answer_span


def test_count_answer_is_the_clause_with_the_figure_and_its_citation(corpus_assistant):
    answer = corpus_assistant.ask("拉萨市民委上半年机关支部集中学习几次?")
    assert not answer.refused
    assert "10次" in answer.answer and answer.answer.endswith("[1]。")
    citation = answer.citations[0]
    display = corpus_assistant.document_text(citation.passage.doc_id)
    assert citation.passage.start <= citation.span_start < citation.span_end <= citation.passage.end
    assert "10次" in display[citation.span_start:citation.span_end]


def test_traditional_source_answered_in_simplified(corpus_assistant):
    answer = corpus_assistant.ask("2021年有多少个单位被确定为第一批自治区民族团结进步模范单位?")
    assert "15个单位" in answer.answer and "個" not in answer.answer
    assert "15個單位" in answer.citations[0].passage.text


def test_person_answer(corpus_assistant):
    answer = corpus_assistant.ask("廊坊市民族宗教事务局局长是谁?")
    assert "杨毅" in answer.answer and answer.citations[0].passage.doc_id == "004_be29f327fa3c876d"


def test_enumeration_answer_keeps_the_whole_list(corpus_assistant):
    answer = corpus_assistant.ask("乌兰浩特市制定的“五个清单”是指哪些清单?")
    assert "责任清单、任务清单、时限清单、整改清单、销号清单" in answer.answer


def test_which_documents_answer_lists_titles_with_citations(corpus_assistant):
    answer = corpus_assistant.ask("哪些文件里提到了“三个离不开”“五个认同”?")
    assert [c.passage.doc_id for c in answer.citations] == ["000_7aaaa17f63b85632", "002_d6b54ec67f2e2c09"]
    assert "拉萨" in answer.answer and "乌兰浩特" in answer.answer
    for citation in answer.citations:
        display = corpus_assistant.document_text(citation.passage.doc_id)
        assert "三个离不开" in normalize(display[citation.span_start:citation.span_end])


def test_refusal_starts_with_the_fixed_phrase_and_lists_closest_passages(corpus_assistant):
    answer = corpus_assistant.ask("2023年西藏自治区地区生产总值是多少?")
    assert answer.refused and answer.answer.startswith(REFUSAL_PREFIX)
    assert not answer.citations and answer.passages
    assert not re.search(r"\d", answer.answer.split("\n")[0])


def test_period_mismatch_is_refused(corpus_assistant):
    # The document reports 上半年; its title also mentions 下半年 plans, which must not count.
    assert corpus_assistant.ask("拉萨市民委下半年召开理论学习中心组集中学习几次?").refused


def test_a_more_specific_role_is_refused(corpus_assistant):
    assert corpus_assistant.ask("廊坊市民族宗教事务局副局长是谁?").refused


def test_filters_restrict_the_answer(corpus_assistant):
    answer = corpus_assistant.ask("召开党组会议几次?", SearchFilters(doc_ids=["000_7aaaa17f63b85632"]))
    assert all(p.doc_id == "000_7aaaa17f63b85632" for p in answer.passages)


def test_empty_and_overlong_questions(corpus_assistant, monkeypatch):
    def no_search(*args, **kwargs):
        raise AssertionError("an empty question must not be searched")

    with monkeypatch.context() as patched:
        patched.setattr(corpus_assistant.searcher, "search", no_search)
        for empty in ("", "   ", "\n\t　"):
            answer = corpus_assistant.ask(empty)
            assert answer.refused and answer.answer == "请输入问题。" and not answer.passages
    long_answer = corpus_assistant.ask("廊坊市民族宗教事务局局长是谁?" + "啊" * 10000)
    assert long_answer.notices and "500" in long_answer.notices[0]
    assert "杨毅" in long_answer.answer  # answered on its first 500 characters


def test_a_question_asking_two_facts_gets_both_each_cited(corpus_assistant):
    answer = corpus_assistant.ask("拉萨市民委有多少名退休干部，几名因身体原因不能接种疫苗？")
    assert not answer.refused
    assert "14名退休干部[1]" in answer.answer and "3名退休干部" in answer.answer and "[2]" in answer.answer
    display = corpus_assistant.document_text(answer.citations[0].passage.doc_id)
    spans = [display[c.span_start:c.span_end] for c in answer.citations]
    assert "14名退休干部" in spans[0] and "3名退休干部" in spans[1]


def test_a_fact_the_documents_lack_is_named_not_dropped(corpus_assistant):
    answer = corpus_assistant.ask("日喀则市政协2022年召开党组会议几次，2023年西藏自治区地区生产总值是多少？")
    assert not answer.refused
    assert "党组会议10次" in answer.answer and answer.answer.index("[1]") < answer.answer.index("；")
    assert f"“2023年西藏自治区地区生产总值是多少”：{REFUSAL_PREFIX}" in answer.answer
    assert len(answer.citations) == 1


def test_a_later_fact_is_sought_first_where_the_first_was_told(corpus_assistant):
    # 提出整改措施20条 follows the meeting's 77条; another text's 列出13条整改措施 shares more words
    answer = corpus_assistant.ask("拉萨民委党组开民主生活会一共查摆了多少问题，提了多少条整改措施？")
    assert "77条" in answer.answer and "20条" in answer.answer and "13条" not in answer.answer


def test_a_clause_answering_two_facts_is_said_once(corpus_assistant):
    answer = corpus_assistant.ask("日喀则市政协2022年提案办复率是多少，收到提案多少件？")
    assert answer.answer == "114件提案办复率99.4%[1]。"


def test_another_batch_is_refused(corpus_assistant):
    assert "15个单位" in corpus_assistant.ask("有多少个单位被确定为第一批自治区民族团结进步模范单位?").answer
    assert corpus_assistant.ask("有多少个单位被确定为第二批自治区民族团结进步模范单位?").refused


def test_a_list_question_naming_its_size_gets_the_enumeration(corpus_assistant):
    answer = corpus_assistant.ask("廊坊聚焦的四项工作重点是什么?")
    assert "夯实思想文化基础、推动民族地区高质量发展、促进各民族交往交流交融、防范化解风险隐患" in answer.answer


def test_post_of_a_named_person(corpus_assistant):
    answer = corpus_assistant.ask("杨毅担任什么职务?")
    assert "局长" in answer.answer and "杨毅" in answer.answer


def test_a_role_of_another_organisation_is_refused(corpus_assistant):
    # 贺鹏 is 主任 of 市人大常委会, and the document is about 拉萨市民委: no answer
    assert corpus_assistant.ask("拉萨市民委主任是谁?").refused


def test_an_abbreviation_is_covered_by_the_full_name(corpus_assistant):
    answer = corpus_assistant.ask("拉萨市民委的“六个到位”包括哪些?")
    assert "提前告知到位、源头预防到位" in answer.answer


def test_a_how_question_gets_what_follows_its_topic(corpus_assistant):
    answer = corpus_assistant.ask("拉萨市民委如何做好机关疫情防控工作？")
    assert "坚持外防输入、内防反弹" in answer.answer  # not just the heading that names the topic
    answer = corpus_assistant.ask("日喀则市政协怎样推进基层协商民主？")
    assert "连续3年推行市政协主席班子包联指导县(区)政协工作制度" in answer.answer
    text = "三、深入开展普法学习宣传,夯实法治基础\n依法治藏、富民兴藏,是西藏工作重要原则。"
    assert answer_span(text, "如何夯实法治基础?") == "夯实法治基础\n依法治藏、富民兴藏,是西藏工作重要原则"


def test_how_to_get_something_the_passage_never_tells_is_refused(corpus_assistant):
    # the page says the taxis got the seat covers, never how a driver gets one
    assert corpus_assistant.ask("乌兰浩特的出租车司机怎么领取“铸牢中华民族共同体意识”座套？").refused
    assert corpus_assistant.ask("在拉萨申请变更子女民族成分要准备哪些材料，怎么办理？").refused
    # how a body did its work is said in other words, and still answered
    assert not corpus_assistant.ask("乌兰浩特对少数民族流动人口是咋服务的？").refused


def test_a_heading_and_its_text_read_as_one_answer():
    from assistant.answering.models import cited_clause as _cited

    assert _cited("夯实法治基础\n依法治藏、富民兴藏", 1) == "夯实法治基础：依法治藏、富民兴藏[1]"
    assert _cited("一是全面落实。\n二是开展修订", 2) == "一是全面落实。二是开展修订[2]"


def test_the_search_is_narrowed_to_documents_naming_the_asked_place(make_settings):
    """Passages of other cities sharing the topic's common words would fill the pool; only
    documents naming the asked place can answer, so only they are searched."""
    from assistant.services import Assistant

    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    for n, city in enumerate(["保定", "唐山", "邯郸", "邢台", "沧州", "衡水", "承德", "张家口", "秦皇岛", "石家庄", "定州", "辛集",
                                  "太原", "大同", "朔州", "忻州", "阳泉", "吕梁", "晋中", "长治", "晋城", "临汾", "运城"]):
        (settings.documents_dir / f"{n:02d}.txt").write_text(
            f"{city}市民族团结进步工作总结\n\n" + f"{city}市打造民族团结进步品牌,民族团结进步品牌建设成效明显,民族团结进步品牌深入人心。\n\n" * 3,
            encoding="utf-8")
    (settings.documents_dir / "langfang.txt").write_text(
        "廊坊市民族宗教事务局年度工作要点\n\n廊坊市民族宗教事务局召开会议,部署全年工作。\n\n"
        + "会同教育部门开展主题教育实践活动,按照试点先行、观摩交流的思路,创新平台载体。\n\n" * 3
        + "持之以恒抓“石榴花开”民族团结进步品牌建设,不断提升13个典型示范单位创建工作质量。\n", encoding="utf-8")
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        answer = assistant.ask("廊坊的民族团结进步品牌叫啥名")
    assert not answer.refused and "石榴花开" in answer.answer, answer.answer
    assert {passage.title for passage in answer.passages} == {"廊坊市民族宗教事务局年度工作要点"}
    # a filter to many documents (ranked first, filtered after) keeps to them
    with Assistant(settings) as assistant:
        cities = sorted(doc_id for doc_id in (d.doc_id for d in assistant.documents()) if doc_id != "langfang")[:21]
        hits = assistant.search("民族团结进步品牌 石榴花开", SearchFilters(doc_ids=cities), top_k=10)
    assert hits and {hit.doc_id for hit in hits} <= set(cities)


def test_which_documents_finds_the_topic_worded_apart_and_shows_where(corpus_assistant):
    answer = corpus_assistant.ask("哪些材料讲了少数民族流动人口服务管理")
    assert not answer.refused and len(answer.citations) == 2, answer.answer
    assert "少数民族流动人口的服务管理" in answer.answer  # the line where 廊坊's document says it
    # each document said by where it comes from: 杨毅's interview is 廊坊's, from 长城网, of 2022-04-21
    assert "《杨毅:紧扣主线 聚焦重点 以民族工作之进迎接党的二十大胜利召开》（廊坊市；长城网，2022年4月21日）" in answer.answer


def test_which_documents_counts_the_names_in_brackets_as_the_topics_and_shows_the_one_said(corpus_assistant):
    # `石榴（石榴籽、石榴花开）`: 自治区's page says 石榴籽 only, 廊坊's 石榴花开 only; each line shows its word
    answer = corpus_assistant.ask("哪几篇材料里提到了石榴（石榴籽、石榴花开）？")
    assert len(answer.citations) == 2, answer.answer
    assert "像石榴籽一样" in answer.answer and "石榴花开" in answer.answer
    assert len(corpus_assistant.ask("哪些材料提到了石榴花开").citations) == 1  # no brackets: the word itself
    assert corpus_assistant.ask("哪些材料提到了青稞（青稞酒、糌粑）").refused
    assert "（或“石榴籽”“石榴花开”）" in answer.answer  # the header says what each may name instead
    # a version, a span of years or a note in brackets is no other name of the topic
    for question in ("哪些材料提到了模范区（2022—2026）", "哪些材料提到了模范区（试行）", "哪些材料提到了模范区（以下简称创建）",
                     "哪些材料提到了模范区（暂行）", "哪些材料提到了模范区（第一批）"):
        assert "（或" not in corpus_assistant.ask(question).answer


def test_which_documents_asking_a_count_lists_the_documents_stating_it(corpus_assistant):
    answer = corpus_assistant.ask("哪些材料写了理论学习中心组学习了几次")
    assert len(answer.citations) == 2, answer.answer  # 拉萨's 6次 and 日喀则's 17次; not those naming it only
    assert "学习6次" in answer.answer and "学习会议17次" in answer.answer


def test_which_documents_naming_a_place_no_document_names_is_refused(corpus_assistant):
    assert corpus_assistant.ask("哪些材料提到了青海省的民族团结进步创建？").refused


def test_how_long_is_answered_by_a_span_of_time_written_in_words(corpus_assistant):
    # `两个多月`: a duration with 多 before its unit (not `一年来`, the year the report covers)
    answer = corpus_assistant.ask("日喀则政协机关45人在防疫一线坚守了多久")
    assert "两个多月" in answer.answer and not answer.refused


def test_words_no_document_holds_are_phrasing_unless_they_name_what_is_asked(corpus_assistant):
    # `光算` and `干了` are nowhere in the documents: the asker's phrasing, not a topic to cover
    answer = corpus_assistant.ask("拉萨民委上半年光算机关支部集中学习干了几次")
    assert not answer.refused and "10次" in answer.answer
    # what is asked for (`哪个体育馆`) and names (`元宵节`) must still be held by the passage
    assert corpus_assistant.ask("廊坊民族团结进步杯乒乓球赛是在哪个体育馆打的？").refused
    assert corpus_assistant.ask("拉萨民委元宵节组织了几次活动").refused


def test_who_wrote_an_article_is_its_credit_line(corpus_assistant):
    answer = corpus_assistant.ask("长城网“局长说”那篇讲廊坊民族工作的文章，作者是谁")
    citation = answer.citations[0]
    assert "杨毅" in answer.answer and citation.passage.doc_id == "004_be29f327fa3c876d"
    assert citation.passage.start <= citation.span_start < citation.span_end <= citation.passage.end
    assert corpus_assistant.ask("日喀则政协工作综述是谁写的").refused  # it prints no author
    # a byline naming another person says nothing of the one asked about
    assert corpus_assistant.ask("长城网那篇采访的作者孙兴兴是什么职务").refused
    assert "局长" in corpus_assistant.ask("杨毅那篇文章的作者是什么职务").answer  # a name in the title: the author's



def test_a_pages_reporters_and_editor_are_its_credits(corpus_assistant):
    answer = corpus_assistant.ask("长城网那篇杨毅的访谈是哪两个记者写的？")  # `长城网·冀云客户端讯(孙兴兴 李昭)`
    assert "孙兴兴" in answer.answer and "李昭" in answer.answer and answer.citations[0].passage.doc_id == "004_be29f327fa3c876d"
    assert "龙会琴" in corpus_assistant.ask("中國西藏新聞網那篇區直機關創建模範單位的稿子，責任編輯是誰？").answer
    assert "责任编辑" in corpus_assistant.ask("长城网廊坊那篇稿子里于倩是干啥的？").answer
    assert corpus_assistant.ask("日喀则政协那篇综述的责任编辑是谁").refused  # its page credits no editor
    assert corpus_assistant.ask("孙兴兴在长城网是什么职务").refused  # a dateline's names say no post
    # typed as search-box keywords, the role named last
    assert "于倩" in corpus_assistant.ask("长城网那篇杨毅稿子 责任编辑").answer
    assert "李昭" in corpus_assistant.ask("长城网 廊坊那篇 记者").answer
    assert "责任编辑" in corpus_assistant.ask("于倩 长城网那篇廊坊稿子 角色").answer
    from assistant.answering.byline import credit_asked, credit_line
    from assistant.answering.question import analyse

    assert credit_asked(analyse("在新闻发布会上回答记者提问的是谁")) is None  # someone beside a reporter
    assert credit_line("本报讯 记者从市民宗局获悉……", "记者") is None  # a reporter in a sentence credits no one
    page = "正文……\n责任编辑:于倩审核:张三"
    assert page[slice(*credit_line(page, "编辑"))] == "于倩"  # the next label ends the name


def test_when_an_article_came_out_is_its_dateline(corpus_assistant):
    answer = corpus_assistant.ask("杨毅那篇“局长说”采访是哪天发出来的")
    citation = answer.citations[0]
    assert answer.answer == "2022-04-21[1]。" and citation.passage.doc_id == "004_be29f327fa3c876d"
    assert citation.passage.start <= citation.span_start < citation.span_end <= citation.passage.end
    assert "2022年04月01日" in corpus_assistant.ask("《在創建民族團結進步模范區中走在前作表率》這篇是哪天發的").answer
    assert corpus_assistant.ask("日喀则政协工作综述哪天发的").refused  # its page prints no date
    from assistant.answering.byline import when_published_asked
    from assistant.answering.question import analyse

    assert when_published_asked(analyse("那份文件说补助资金什么时候发放")) is None  # 发放 publishes nothing


def test_a_how_answer_goes_on_into_the_next_passage_while_its_paragraph_does(make_settings):
    from assistant.chunking import chunks_of
    from assistant.ingest.document import Document
    from assistant.services import Assistant

    settings = make_settings(chunk_min_chars=60, chunk_max_chars=120)
    settings.documents_dir.mkdir(parents=True)
    paragraph = ("全县今年春季造林面积达到一万二千亩，成活率保持在九成以上。各乡镇组织干部群众开展义务植树活动，共栽种树苗三万余株。"
                 "加强野外火源管控，在进山路口设立防火检查站三十个。组建专业扑火队伍，配备风力灭火机和无人机巡护设备。"
                 "开展防火宣传进村入户，发放明白纸五万余份。")
    text = f"某县森林防火工作情况\n一、主要做法\n{paragraph}\n二、下一步打算\n继续巩固造林成果。\n"
    chunks = chunks_of(Document(doc_id="a", path="a.txt", content_hash="x", display=text, title="某县森林防火工作情况"), 60, 120)
    assert any(chunk.text.endswith("设立防火检查站三十个。") for chunk in chunks)  # the paragraph goes on in the next passage
    (settings.documents_dir / "a.txt").write_text(text, encoding="utf-8")
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        answer = assistant.ask("某县是怎么管控野外火源的")
    assert "设立防火检查站三十个" in answer.answer and "组建专业扑火队伍" in answer.answer
    assert [citation.n for citation in answer.citations] == [1, 2]
    for citation in answer.citations:  # each cited span inside its own passage
        assert citation.passage.start <= citation.span_start < citation.span_end <= citation.passage.end


def test_an_ordinal_asked_by_how_far_it_has_come_is_answered(corpus_assistant):
    answer = corpus_assistant.ask("日喀则政协的委员读书活动搞到第几届了")
    assert not answer.refused and "第二届" in answer.answer
