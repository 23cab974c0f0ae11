"""Item titles (item_titles.py): the short sentence an item or a paragraph opens with titles what follows."""

from assistant.answering.item_titles import is_an_item_title, item_title


def test_an_item_title_leads_the_sentences_that_go_on_with_its_item():
    text = ("（八）加强宣传。为全面贯彻落实部署。一是拉萨净土低氟健康茶展销中心开业。在庆祝纪念日之际,成立展销中心。"
            "展销中心的成立是延续。二是举办培训。5月12日,在西农集团举办培训。")
    assert item_title(text, text.index("在庆祝")) == "一是拉萨净土低氟健康茶展销中心开业。"
    assert item_title(text, text.index("展销中心的成立")) == "一是拉萨净土低氟健康茶展销中心开业。"
    assert item_title(text, text.index("5月12日")) == "二是举办培训。"
    assert item_title(text, text.index("为全面")) == "（八）加强宣传。"
    assert item_title(text, text.index("二是举办")) == ""  # an item's own title is led by none
    # a long first sentence is the item's content, not a title; a new paragraph ends the item
    long_item = "一是" + "充分挖掘现有的就业机会并确保医护用品等疫情防控涉及的重点企业用工，用足用好现有岗位" + "。后续说明。"
    assert item_title(long_item, long_item.index("后续")) == ""
    assert item_title("一是开业。\n在庆祝之际。", len("一是开业。\n")) == ""


def test_a_short_unnumbered_opening_sentence_titles_its_paragraph():
    text = "前文。\n实施更加积极的财政政策。统筹安排各类财政资金。今年赤字率拟按4%左右安排。\n经过努力，经济运行总体平稳。全年增长5%。"
    assert item_title(text, text.index("今年赤字率")) == "实施更加积极的财政政策。"
    assert item_title(text, text.index("实施")) == ""  # the title itself
    assert item_title(text, text.index("全年")) == ""  # a sentence of clauses opens the next paragraph: no title
    assert item_title("全年增长5%。其余说明。", len("全年增长5%。")) == ""  # a figure is said, not a topic named
    assert item_title("前文。\n全市各级会议强调。要抓好落实。", len("前文。\n全市各级会议强调。")) == ""  # what was said
    assert item_title("实施更加积极的财政政策。今年赤字率4%。", 12) == ""  # a passage may start inside a paragraph


def test_items_apart_by_semicolons_have_their_own_titles():
    text = "一是展销中心开业；二是举办招聘会。3月15日，招聘会在市体育馆举行。"
    assert item_title(text, text.index("3月15日")) == "二是举办招聘会。"


def test_an_inline_list_after_a_colon_titles_nothing_after_it():
    text = "主要措施有：一是减税；二是降费；三是稳岗。下一步，全市将继续优化营商环境。"
    assert item_title(text, text.index("下一步")) == ""


def test_a_title_is_short_and_says_what_the_item_is_about_not_what_was_done():
    title = "三是认真开展民族成分变更工作。上半年共受理8例。"
    assert is_an_item_title(title, 0, title.index("。") + 1)
    bracketed = "（一）提高站位，全面加强政治理论学习。"
    assert is_an_item_title(bracketed, 0, len(bracketed))  # a bracketed heading's title may hold a comma
    done = "一是暂缓开展各类现场招聘活动，改为网上招聘。"
    assert not is_an_item_title(done, 0, len(done))  # an `X是` item going on past a comma says what was done
    inline = "主要措施有：一是减税；二是降费。"
    assert not is_an_item_title(inline, inline.index("一是"), inline.index("；") + 1)  # an inline list's item
    assert not is_an_item_title("全年增长5%。", 0, 7)  # no item mark
