"""What a change question asks about: its content words less the document's name and the change asked."""

from __future__ import annotations

from assistant.answering.changed_topic import topic_of
from assistant.answering.changes import asks_what_changed
from assistant.answering.question import analyse


def test_the_topic_leaves_out_the_documents_name_and_how_a_change_is_asked():
    asked = analyse("監督法2006年版和2024年版，決算草案要按哪些數分別列出，有什麼區別？")
    assert topic_of(asked, "中华人民共和国各级人民代表大会常务委员会监督法") == ["决算", "草案", "列出"]
    assert topic_of(analyse("修订后的全国年节及纪念日放假办法有什么变化？"), "全国年节及纪念日放假办法") == []


def test_a_change_between_versions_asked_in_spoken_words_or_by_two_digit_years():
    assert asks_what_changed("國務院由哪些人組成，1982年版和2024年版有啥不一樣")
    assert asks_what_changed("国务院行使的职权，82年版和24年版组织法写法有啥区别")
    assert not asks_what_changed("城镇和农村低保标准有什么不同")  # two things, no versions
