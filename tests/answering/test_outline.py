"""Outline answers: a list question that names a section gets what the section lists."""

from __future__ import annotations

from assistant.answering.listed import MAX_ITEM_CHARS
from assistant.answering.text import HEADING_NUMBER
from assistant.ingest.normalize import normalize, to_simplified


def spans(assistant, answer) -> list[str]:
    texts = []
    for citation in answer.citations:
        display = assistant.document_text(citation.passage.doc_id)
        assert citation.passage.start <= citation.span_start < citation.span_end <= citation.passage.end
        texts.append(display[citation.span_start:citation.span_end])
    return texts


def test_sub_headings_of_the_named_section(corpus_assistant):
    answer = corpus_assistant.ask("拉萨市民委下半年工作思路有哪些？")
    assert answer.listing and not answer.refused
    assert "“三、下半年工作思路”列出10项" in answer.answer
    items = spans(corpus_assistant, answer)
    assert len(items) == 10 and items[0] == "(一)铸牢中华民族共同体意识宣传教育" and items[-1].startswith("(十)")
    for n, item in enumerate(items, 1):
        assert f"{to_simplified(item)}[{n}]" in answer.answer  # each item quoted as written, cited


def test_enumerated_items_when_the_section_has_no_sub_headings(corpus_assistant):
    answer = corpus_assistant.ask("拉萨市民委工作中存在哪些问题？")
    items = spans(corpus_assistant, answer)
    assert [item[:2] for item in items] == ["一是", "二是", "三是", "四是"]
    assert "经费严重不足" in items[1] and all(len(item) <= MAX_ITEM_CHARS + 30 for item in items)


def test_a_long_item_is_never_cut_inside_brackets(corpus_assistant):
    items = spans(corpus_assistant, corpus_assistant.ask("拉萨市民委在民族团结模范区创建方面做了哪些工作？"))
    assert len(items) == 8
    assert items[2].endswith("(拉创办发〔2022〕3号)")


def test_questions_about_a_phrase_or_a_fact_are_not_outlined(corpus_assistant):
    assert not corpus_assistant.ask("乌兰浩特市制定的“五个清单”是指哪些清单?").listing
    answer = corpus_assistant.ask("廊坊聚焦的四项工作重点是什么?")
    assert not answer.listing and "交往交流交融" in normalize(answer.answer)


def test_a_summary_gives_each_heading_with_its_first_line(corpus_assistant):
    answer = corpus_assistant.ask("乌兰浩特民委2021年主要做了些什么，简单概括一下")
    assert answer.listing and answer.intent == "summary"
    assert "“一、二零二一年工作回顾”列出4项" in answer.answer  # the section the asked year heads
    items = spans(corpus_assistant, answer)
    assert len(items) == 8  # four headings, each with its first line cited on its own
    assert all(HEADING_NUMBER.match(item) for item in items[::2])
    assert not any(HEADING_NUMBER.match(item) for item in items[1::2])


def test_a_summary_gives_an_item_naming_only_its_topic_with_its_first_line(corpus_assistant):
    answer = corpus_assistant.ask("拉萨民委上半年政治理论学习情况总结一下")
    items = spans(corpus_assistant, answer)
    lines = answer.answer.split("\n")[1:]
    assert [line[:2] for line in lines] == ["一是", "二是", "三是"]  # `一是坚持党对民族工作的领导。`
    assert items[1].startswith("坚持大统战工作格局")  # and what it says was done
    assert not any(said[:2] in ("二是", "三是") for line in lines for said in line.split("：")[1:])  # never the next item as a line
    # and, where its first line states no figure, the first whole sentence under it that does, from the next chunk too
    assert "上半年共召开理论学习中心组集中学习6次,机关支部集中学习10次" in lines[1]
    assert any(item.startswith("上半年共召开理论学习中心组集中学习6次") for item in items)
    listed = spans(corpus_assistant, corpus_assistant.ask("拉萨市民委工作中存在哪些问题？"))
    assert [item[:2] for item in listed] == ["一是", "二是", "三是", "四是"]  # a list gives the items alone


def test_a_summary_of_a_whole_document_gives_its_top_level_headings(corpus_assistant):
    answer = corpus_assistant.ask("日喀则政协2022年工作成效总的看有哪几个方面？")
    assert answer.listing
    assert "专门协商机构作用更加彰显" in answer.answer and "大团结大联谊局面更加生动" in answer.answer
    # the document named by what a cadre calls it (`那篇…的文章`): no part of it, the whole
    article = corpus_assistant.ask("那篇西藏区直机关创建模范单位的文章主要讲了些啥，概括一下")
    assert article.listing and "夯实思想基础" in article.answer and "夯实组织基础" in article.answer


def test_a_summary_of_one_part_no_heading_names_is_not_the_documents_outline(corpus_assistant):
    whole = corpus_assistant.ask("区直机关创建民族团结进步模范单位都做了哪些方面的工作，概括下")
    assert whole.listing  # what the document's opening says it is about: its top-level headings
    part = corpus_assistant.ask("日喀则政协在疫情防控方面做了些什么，概括一下")
    assert not part.listing and "疫情防控" in part.answer  # not 共同思想政治基础… and the document's other headings


def test_sibling_headings_that_all_match_are_the_list_asked_for(corpus_assistant):
    answer = corpus_assistant.ask("區(中)直機關創建工作是夯實了哪幾個基礎")
    items = [to_simplified(item) for item in spans(corpus_assistant, answer)]
    assert [item[:2] for item in items] == ["一、", "二、", "三、", "四、"]
    assert all("夯实" in item and "基础" in item for item in items)


def test_a_quoted_set_no_sentence_lists_is_the_sections_naming_its_thing(corpus_assistant):
    # the document says 夯实“四个基础” once, listing none; its four headings each name a 基础
    answer = corpus_assistant.ask("区直机关创建模范单位说要夯实“四个基础”，是哪四个，概括一下")
    items = [to_simplified(item) for item in spans(corpus_assistant, answer)]
    assert answer.listing and [item[:2] for item in items] == ["一、", "二、", "三、", "四、"]
    assert all(item.endswith("基础") for item in items)
    # a quoted set of another count is not those sections; one a sentence lists is that sentence
    assert not corpus_assistant.ask("区直机关说要夯实“三个基础”，是哪三个").listing
    answer = corpus_assistant.ask("“六个到位”是哪六个")
    assert not answer.listing and "提前告知到位" in normalize(answer.answer)


def test_a_list_asked_with_what_the_document_opens_about_is_still_its_sections(corpus_assistant):
    """区直机关 and 模范单位 are what the page's opening lines say it is about, as its title is:
    no heading needs to write them."""
    answer = corpus_assistant.ask("区直机关开展模范单位创建，夯实了哪些基础")
    items = [to_simplified(item) for item in spans(corpus_assistant, answer)]
    assert [item[:2] for item in items] == ["一、", "二、", "三、", "四、"]


def test_a_word_of_the_opening_lines_that_a_heading_writes_still_tells_sections_apart(make_settings):
    from assistant.services import Assistant

    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    (settings.documents_dir / "a.txt").write_text(
        "某县2023年工作要点\n今年，全县围绕乡村振兴和安全生产两项重点，扎实推进各项工作。\n"
        "一、乡村振兴重点任务\n（一）发展特色种植产业，新建蔬菜大棚200座，带动农户增收。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。\n（二）改善农村人居环境，完成改厕1500户，整治村庄环境。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。\n"
        "（三）培育新型经营主体，新增合作社12家，培育家庭农场。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。\n二、安全生产重点任务\n（一）开展道路交通隐患排查整治。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。\n"
        "（二）加强危险化学品企业监管。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。围绕目标任务，明确责任单位和完成时限，加强调度督导，每月通报进展情况，确保按期完成。\n", encoding="utf-8")
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        answer = assistant.ask("乡村振兴的重点任务有哪些")
        items = spans(assistant, answer)
    assert [item[:3] for item in items] == ["（一）", "（二）", "（三）"] and "大棚" in items[0]


def test_a_summary_of_a_section_without_sub_headings_gives_its_sentences(corpus_assistant):
    answer = corpus_assistant.ask("廊坊在各民族交往交流交融这部分主要讲了什么")
    assert answer.listing and "“聚焦各民族交往交流交融,凝聚各族群众团结向心力”" in answer.answer
    items = spans(corpus_assistant, answer)
    assert len(items) >= 3 and any("四个与共" in item for item in items)


def test_a_list_asked_of_a_section_without_items_gives_its_sentences(corpus_assistant):
    answer = corpus_assistant.ask("廊坊在促进各民族交往交流交融方面打算做哪些事")
    assert answer.listing and "“聚焦各民族交往交流交融,凝聚各族群众团结向心力”" in answer.answer
    assert any("送文化、送科技、送健康" in item for item in spans(corpus_assistant, answer))


def test_a_section_saying_it_in_one_sentence_gives_that_sentence_whole(corpus_assistant):
    # `(十)持续开展好民族团结进步月系列活动。大力开展第32个…` is the document's last section: before, its
    # one sentence was listed beside the page's source and editor, or the heading alone answered
    answer = corpus_assistant.ask("拉萨民委下半年民族团结进步月准备搞哪些活动")
    assert answer.listing and len(answer.citations) == 1
    said = spans(corpus_assistant, answer)[0]
    assert said.startswith("大力开展第32个") and said.endswith("思想深入人心")
    assert "来源" not in answer.answer and "责任编辑" not in answer.answer


def test_a_heading_writing_every_word_of_the_topic_names_it_though_the_words_are_common(corpus_assistant):
    # 健全, 体制, 机制 stand in many of these reports' passages: the section writing all three is the
    # one asked about, not last year's review that writes two and lists `一是…二是…`
    answer = corpus_assistant.ask("乌兰浩特今年准备在健全体制机制方面做些什么")
    assert answer.listing and "“(二)坚持协调联动,注重健全体制机制”" in answer.answer
    assert any("督查巡查制" in item for item in spans(corpus_assistant, answer))


def test_a_summary_two_whole_documents_cover_equally(make_settings):
    from assistant.services import Assistant

    settings = make_settings()
    folder = settings.documents_dir
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("春季森林防火工作情况\n今年春季，全县各乡镇落实森林防火责任，组织巡山护林人员上岗，"
                                  "开展防火宣传进村入户活动。\n", encoding="utf-8")
    (folder / "b.txt").write_text("秋季森林防火工作情况\n今年秋季，全县各乡镇落实森林防火责任，开展隐患排查，"
                                  "组织扑火队伍演练。\n", encoding="utf-8")
    for name in "cde":
        (folder / f"{name}.txt").write_text("义务植树活动情况\n" + "各单位组织干部职工参加义务植树，共栽种树苗一千余株。\n" * 3,
                                            encoding="utf-8")
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        answer = assistant.ask("森林防火工作情况概括一下")  # both documents' whole texts tie: one answers, no crash
    assert not answer.refused and "森林防火" in answer.answer


def test_a_how_sections_measures_leave_out_the_authors_credit_line(corpus_assistant):
    answer = corpus_assistant.ask("廊坊打算怎么防范化解风险隐患")
    assert answer.listing and "风险隐患台账" in answer.answer
    assert "作者" not in answer.answer  # `(作者:廊坊市民族宗教事务局党组书记、局长 杨毅)` closes the article


def test_a_laws_articles_naming_the_topic_are_not_the_items_of_their_chapter(make_settings):
    from assistant.services import Assistant

    settings = make_settings()
    settings.documents_dir.mkdir(parents=True)
    rest = "单位负责人对本单位的会计工作和会计资料的真实性、完整性负责，会计机构、会计人员依照本条例规定进行会计核算。" * 3
    articles = ["第三条 各单位必须依法设置会计帐簿，并保证其真实、完整。",
                "第四条 会计帐簿登记，必须以经过审核的会计凭证为依据。会计帐簿包括总帐、明细帐、日记帐和其他辅助性帐簿。",
                "第五条 会计帐簿应当按照连续编号的页码顺序登记。", "第六条 任何单位不得私设会计帐簿登记、核算。",
                "第七条 会计凭证包括原始凭证和记帐凭证。"]
    (settings.documents_dir / "law.txt").write_text(
        "某省会计管理条例\n第一章 总则\n第一条 为了规范会计行为，制定本条例。" + rest + "\n第二条 本条例适用于本省各单位。" + rest
        + "\n第二章 会计核算\n" + "".join(article + rest + "\n" for article in articles)
        + "第三章 附则\n第八条 本条例自公布之日起施行。\n", encoding="utf-8")
    with Assistant(settings) as assistant:
        assistant.index_paths(progress=False)
        answer = assistant.ask("会计帐簿包括哪几种")  # four of the chapter's five articles name 会计帐簿
    assert "总帐、明细帐、日记帐" in answer.answer and "第五条" not in answer.answer


def test_a_chapter_named_in_quotes_is_summed_up_by_its_articles_each_a_whole_sentence(policy_assistant):
    asked = ("根据2025年修正的《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》，"
             "“对代表的监督”一章主要规定了哪些内容？请概括。")
    answer = policy_assistant.ask(asked)
    assert answer.listing and "对代表的监督" in answer.answer and "第五十七条" in answer.answer
    # an article's opening cut inside its sentence goes on in that sentence, not as a line of its own
    assert "插手招标投标等经济活动" in answer.answer and "：，" not in answer.answer
    assert all(span.strip() for span in spans(policy_assistant, answer))


def test_an_article_without_items_asked_how_is_quoted_whole(policy_assistant):
    # its second case and what follows each case are the answer, not only its opening clauses
    answer = policy_assistant.ask("会计法2024：会计发现账上记的跟实物、款项对不上，该咋处理")
    said = normalize("".join(spans(policy_assistant, answer)))
    assert "应当及时处理" in said and "立即向单位负责人报告" in said and len(answer.citations) == 1
    # from its number: not the chapter line its chunk opens with, and its first sentence though the heading holds it
    answer = policy_assistant.ask("会计法2024：各单位应当根据什么进行会计核算，怎么做")
    said = normalize("".join(spans(policy_assistant, answer)))
    assert said.startswith("第九条") and "任何单位不得以虚假" in said and "第二章" not in said
