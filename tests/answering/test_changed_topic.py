"""What a change question asks about: its content words less the document's name and the change asked."""

from __future__ import annotations

from assistant.answering.changed_topic import sentence_about, topic_of
from assistant.answering.changes import asks_what_changed
from assistant.answering.question import analyse


def test_the_topic_sets_apart_the_documents_name_and_leaves_out_how_a_change_is_asked():
    topic = topic_of(analyse("監督法2006年版和2024年版，決算草案要按哪些數分別列出，有什麼區別？"),
                     "中华人民共和国各级人民代表大会常务委员会监督法")
    assert topic.asked == ["决算", "草案", "列出"] and topic.naming == {"监督"}
    assert topic_of(analyse("修订后的全国年节及纪念日放假办法有什么变化？"), "全国年节及纪念日放假办法").asked == []
    assert topic_of(analyse("2023年和2024年的通知有何不同")).asked == []  # a document's name in the question


def test_a_change_between_versions_asked_in_spoken_words_or_by_two_digit_years():
    assert asks_what_changed("國務院由哪些人組成，1982年版和2024年版有啥不一樣")
    assert asks_what_changed("国务院行使的职权，82年版和24年版组织法写法有啥区别")
    assert asks_what_changed("设直属机构的原则，老版和新版国务院组织法各是咋写的？")  # a drafter's wording
    assert not asks_what_changed("城镇和农村低保标准有什么不同")  # two things, no versions
    assert asks_what_changed("会计法2017和2024有啥区别")  # years written bare
    assert asks_what_changed("行政复议法17版和23版有什么不同")


def test_a_quote_is_the_sentence_on_the_topic_without_the_articles_own_number():
    topic = topic_of(analyse("刑法两版，对公共交通工具驾驶人员使用暴力的规定有什么不同"), "中华人民共和国刑法")
    article = "第一百三十三条之二　对行驶中的公共交通工具的驾驶人员使用暴力，危及公共安全的，处一年以下有期徒刑；情节严重的，从重处罚。"
    start, end = sentence_about(article, topic, [])
    assert article[start:end].startswith("对行驶中的公共交通工具") and article[start:end].endswith("从重处罚。")
    later = "第十条　本法所称行政机关另有规定。第三十一条规定的期限内，驾驶人员使用暴力的，从重处罚。"
    start, end = sentence_about(later, topic, [])
    assert later[start:end].startswith("第三十一条规定的期限内")  # a number inside the text is the text's


def test_a_generic_word_is_no_topic():
    assert not topic_of(analyse("修订后的行政复议法有哪些重要变化"), "中华人民共和国行政复议法").asked
    assert topic_of(analyse("行政复议法新旧两版，复议机关履职要遵循的原则有啥不同"), "中华人民共和国行政复议法").asked == [
        "机关", "履职", "遵循", "原则"]


def test_a_lists_lead_is_quoted_with_its_items_and_a_sentence_off_the_topic_is_none():
    topic = topic_of(analyse("代表法修订前后，代表享有的权利有什么变化"), "中华人民共和国全国人民代表大会和地方各级人民代表大会代表法")
    article = "第三条 代表享有下列权利：\n（一）出席本级人民代表大会会议；\n（二）依法联名提出议案。"
    start, end = sentence_about(article, topic, [])
    assert article[start:end] == "代表享有下列权利：\n（一）出席本级人民代表大会会议；\n（二）依法联名提出议案。"
    assert sentence_about("第四条 代表应当出席会议。", topic_of(analyse("代表法新旧两版，罢免有什么不同"), "代表法"), []) is None
    paragraph = "第一百三十三条规定的驾驶人员使用暴力的，从重处罚。"  # a paragraph's cross-reference stays
    start, _ = sentence_about(paragraph, topic_of(analyse("刑法两版，驾驶人员使用暴力有什么不同"), "刑法"), [], numbered=False)
    assert start == 0


def test_what_names_a_document_and_what_names_a_topic():
    assert "执法检查" in topic_of(analyse("监督法新旧两版，执法检查报告的规定有啥不同")).asked
    assert not asks_what_changed("修订后的放假办法里，春节和国庆节各是怎么规定的")  # two holidays, not two versions
