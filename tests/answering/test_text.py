"""The shared sentence and clause splitter."""

from __future__ import annotations

from assistant.answering.text import clauses, elaborated, quoted, sentences, with_subject


def test_clauses_never_split_inside_brackets():
    text = "开展“三个宣讲”(宣讲甲,宣讲乙,宣讲丙),将工作纳入内容。"
    pieces = [text[start:end] for start, end in clauses(text)]
    assert pieces[0] == "开展“三个宣讲”(宣讲甲,宣讲乙,宣讲丙)"


def test_clauses_and_sentences_keep_document_positions():
    text = "第一句，有两个分句。第二句！"
    assert [text[s:e] for s, e in sentences(text)] == ["第一句，有两个分句。", "第二句！"]
    assert clauses(text[10:], base=10) == [(10, 13)]
    assert [text[s - 5:e - 5] for s, e in clauses(text[:10], base=5)] == ["第一句", "有两个分句"]


def test_a_news_dateline_ends_the_headline_and_is_no_sentence_of_its_own():
    text = "温州将按“三个时段”推进复工复产 新华社温州2月12日电（记者 王俊禄）记者12日获悉，企业2月17日复工。"
    assert [text[s:e].strip() for s, e in sentences(text)] == ["温州将按“三个时段”推进复工复产", "记者12日获悉，企业2月17日复工。"]


def test_an_answer_reads_on_to_the_end_of_its_paragraph_but_not_into_the_next_item():
    text = "加强法治阵地建设。制作标语横幅、展板牌栏。建设法治文化墙。二是开展普法宣传。\n新的段落。"
    first = text.index("。") + 1
    assert text[:elaborated(text, first)] == "加强法治阵地建设。制作标语横幅、展板牌栏。建设法治文化墙。"
    assert elaborated("要点一。\n要点二。", 4) == 4  # a new paragraph is the next topic
    long_tail = "主题句。" + "很长的一句话" * 40 + "。"
    assert elaborated(long_tail, 4) == 4  # no more than ELABORATION_CHARS
    flattened = "主题句。内容一。   小标题 下一段的内容。"
    assert flattened[:elaborated(flattened, 4)] == "主题句。内容一。"  # spaces a web page's paragraphs became
    faq = "通过网络办理手续。如何查询复工时间？目前已经发布。"
    assert faq[:elaborated(faq, 9)] == "通过网络办理手续。"  # the next question of an FAQ


def test_a_span_announcing_items_goes_on_through_them():
    text = "重点审查下列内容：\n\n（一）预算收支平衡情况；\n\n（二）重点支出的安排情况；\n\n第十九条 下一条。"
    end = text.index("：")
    assert text[:elaborated(text, end)] == "重点审查下列内容：\n\n（一）预算收支平衡情况；\n\n（二）重点支出的安排情况；"
    speech = "他指出：要加强团结。\n下一段。"
    # a colon quoting a speech announces no items: the paragraph ends the span, as after any sentence
    assert elaborated(speech, speech.index("：")) == speech.index("\n")
    # a span growing to the lead goes on through its items too (`本法所称重伤，` then `是指有下列情形之一的伤害：`)
    article = "第九十五条 本法所称重伤，是指有下列情形之一的伤害：\n（一）使人肢体残废的；\n（二）使人丧失听觉的。\n第九十六条 下一条。"
    assert article[:elaborated(article, article.index("，"))].endswith("（二）使人丧失听觉的。")


def test_an_item_of_a_series_is_read_with_its_lead():
    from assistant.answering.text import series_lead
    text = "今年发展主要预期目标是：国内生产总值增长5%左右；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右。下一句。"
    assert series_lead(text, text.index("单位")) == "今年发展主要预期目标是"
    assert series_lead(text, text.index("下一句")) == ""  # the series ended with its sentence


def test_numbered_item_lines_have_the_lead_above_them():
    from assistant.answering.text import series_lead
    text = ("第三条 经营者集中达到下列标准之一的，经营者应当事先申报：\n（一）全球营业额合计超过120亿元；\n"
            "（二）境内营业额合计超过40亿元。\n营业额的计算，应当考虑特殊行业的实际情况。")
    assert series_lead(text, text.index("（二）")) == "第三条 经营者集中达到下列标准之一的，经营者应当事先申报"
    assert series_lead(text, text.index("营业额的计算")) == ""  # the items ended: an unnumbered line is the article's own
    assert series_lead("会议指出：\n各地要抓好落实。", 6) == ""  # a colon's next line that is no item


def test_this_law_but_not_a_basic_law():
    from assistant.answering.text import with_referent
    assert with_referent("本法自2024年1月1日起施行", "行政复议法").endswith("行政复议法")
    assert with_referent("宪法是国家的根本法", "行政复议法") == "宪法是国家的根本法"


def test_a_news_listings_items_are_sentences_apart():
    text = "璧山区坚持从严压实责任，确保到位...[ 详细] 重庆日报2020-02-19 07:32:48 2月18日，垫江工业园区实现有序复工复产。"
    found = [text[start:end] for start, end in sentences(text)]
    assert found[0] == "璧山区坚持从严压实责任，确保到位..."
    assert found[-1].strip() == "2月18日，垫江工业园区实现有序复工复产。"
    assert not any("璧山" in sentence and "垫江" in sentence for sentence in found)


def test_quoted_runs_are_read_with_the_marks_each_reader_asks_for():
    text = "学习《民族区域自治法》，开展“书香政协”活动，问‘红城故事’"
    assert quoted(2, 40).findall(text) == ["书香政协"]
    assert quoted(2, 40, titles=True).findall(text) == ["民族区域自治法", "书香政协"]
    assert quoted(2, 40, single=True).findall(text) == ["书香政协", "红城故事"]
    assert quoted(0, None, single=True, capture="whole").split("讲好“红城故事”了吗") == ["讲好", "“红城故事”", "了吗"]
    assert quoted(5, 40).findall(text) == []  # shorter than asked


def test_a_clause_opening_with_the_copula_starts_from_its_subject():
    text = "依法治藏、富民兴藏、长期建藏,是党中央提出的西藏工作重要原则。"
    pieces = clauses(text)
    assert with_subject(text, pieces, 1) == 0  # `是…原则` says what the items before it are
    assert with_subject(text, pieces, 0) == 0
    asked = "开展了活动,是否按期完成。"
    assert with_subject(asked, clauses(asked), 1) == 1  # 是否 asks; it says nothing of a subject
    long_subject = "甲" * 70 + ",是原则。"
    assert with_subject(long_subject, clauses(long_subject), 1) == 1  # no clause that long is one named
    done = "区发展改革委、区教育厅等单位专题研究本系统法治工作,把普法工作列入重要议事日程。"
    assert with_subject(done, clauses(done), 1) == 0  # `把…列入` says what its doer, named before, did
    grasp = "强化系统观念，把握和处理好重大关系"
    assert with_subject(grasp, clauses(grasp), 1) == 1  # 把握 is a verb of its own
    no_doer = "市委高度重视,坚持以人民为中心,把创建纳入规划"
    assert with_subject(no_doer, clauses(no_doer), 2) == 2  # the clause before names no body


def test_noun_phrase_before_keeps_the_head_and_its_nearest_modifier():
    from assistant.answering.text import noun_phrase_before
    assert noun_phrase_before("用于政策性开发性金融工具") == "开发性金融工具"
    assert noun_phrase_before("拉萨市民委") == "民委"  # a place is no common noun


def test_a_side_phrase_counts_places_and_keeps_a_bracketed_name():
    from assistant.answering.phrases import side_phrase_before
    assert side_phrase_before("拉萨市民委") == "拉萨市民委"
    assert side_phrase_before("开展《未成年人保护法》专项监督") == "《未成年人保护法》专项监督"
