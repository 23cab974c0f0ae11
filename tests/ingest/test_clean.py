"""Each cleaning rule, on excerpts of the real documents (documents/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest import read_document
from assistant.ingest.clean import clean_text, repair_gbk_shift, strip_glued_pinyin
from assistant.ingest.normalize import normalize
from tests.conftest import DOCUMENTS


def doc(stem: str):
    return read_document(next(DOCUMENTS.glob(f"{stem}*.txt")), DOCUMENTS)


# ---------------------------------------------------------------- pinyin


def test_glued_pinyin_is_removed():
    text, count = strip_glued_pinyin("數(shù)字報系 在創(chuàng)建民族團結(jié)進步模范區(qū)")
    assert text == "數字報系 在創建民族團結進步模范區"
    assert count == 4


@pytest.mark.parametrize("kept", ["區(中)直機關", "條例(試行)", "規劃(2021—2025)", "(孙兴兴 李昭)", "(社區)", "(LED)"])
def test_real_brackets_stay(kept):
    assert strip_glued_pinyin(kept)[0] == kept


def test_pinyin_counts_match_the_corpus():
    removed = {}
    for stem in ("001", "002", "003"):
        raw = next(DOCUMENTS.glob(f"{stem}*.txt")).read_text(encoding="utf-8")
        removed[stem] = strip_glued_pinyin(raw)[1]
    assert 1300 <= removed["001"] + removed["002"] <= 1400
    assert removed["003"] == 189
    for stem in ("001", "002", "003"):
        assert "(shù)" not in doc(stem).display and "(jié)" not in doc(stem).display


# ---------------------------------------------------------------- mojibake


def test_gbk_shift_repaired_into_a_heading():
    glue = {"jiān": {"堅"}}
    line, note = repair_gbk_shift("。ㄒ唬┮荒陙砦覀儓(jiān)定對(duì)表對(duì)標", glue)
    assert line.startswith("（一）一年來我們堅定對")
    assert note and "repaired" in note


def test_a_heading_numeral_that_lost_its_trail_byte_is_known_by_its_lead_byte():
    # `（三）` shifted by a byte lost 三's trail and `）`'s lead: 三 is the only numeral leading with C8
    line, note = repair_gbk_shift("。ㄈ﹫(jiān)持創(chuàng)新方式", {"jiān": {"堅"}})
    assert line.startswith("（三）堅持創") and "repaired" in note


def test_gbk_shift_without_well_formed_repair_only_drops_garbage():
    # a lead byte no numeral has (B3): the repair is refused, the garbage dropped
    line, note = repair_gbk_shift(bytes.fromhex("a1a3a8b3a988").decode("gbk") + "(jiān)持創(chuàng)新方式", {"jiān": {"堅"}})
    assert line.startswith("堅持創")
    assert "﹫" not in line and "（" not in line
    assert "dropped" in note


def test_ordinary_lines_are_not_touched():
    line = "(二)一年來我們堅定強基固本,民族工作體制機制持續鞏固。"
    assert repair_gbk_shift(line, {}) == (line, None)


def test_document_002_headings():
    display = doc("002").display
    assert "（一）一年來我們堅定對表對標" in display
    assert "（四）一年來我們堅持堅定品質塑造" in display
    assert "（五）堅持增進文化認同" in display
    for garbage in ("。ㄒ", "ㄋ", "ㄈ", "ㄎ", "﹫", "砦覀"):
        assert garbage not in display
    assert "（三）堅持創新方式,注重提升宣傳效果" in display  # known by its lead byte, not guessed from (二) and (四)


# ---------------------------------------------------------------- page chrome


def test_site_header_and_footer_of_001_removed():
    display = doc("001").display
    for chrome in ("數字報系", "移動端", "分享到", "相關閱讀", "版權所有", "ICP", "丨集團招聘"):
        assert chrome not in display, chrome
    assert display.count("責任編輯") == 1  # the footer's editor credit alone is kept (its own test below)
    assert display.startswith("在創建民族團結進步模范區中走在前作表率")
    assert display.count("在創建民族團結進步模范區中走在前作表率") == 1  # the repeated title


def test_spam_line_of_001_removed():
    assert "久久精品" not in doc("001").display
    assert "淫乱" not in doc("001").display


def test_spam_line_is_dropped_even_mid_document():
    raw = "标题行\n" + "正文内容。" * 40 + "\n久久精品亚洲综合专区,无码专区影视网站,亚洲激情在线\n" + "正文内容。" * 40
    assert "久久" not in clean_text(raw).display


def test_chrome_of_000_removed_and_metadata_read():
    document = doc("000")
    for chrome in ("访问量", "【打印文本】", "分享到", "扫一扫", "相关新闻", "mzzj_editorial"):
        assert chrome not in document.display, chrome
    assert document.display.split("\n")[1] == "发布时间:2022-12-24 22:40"  # the dateline stays: `哪天发的`
    assert document.display.split("\n")[-1] == "责任编辑:央吉"  # and the editor credit: `责任编辑是谁`
    assert document.title == "中共拉萨市民族事务委员会党组关于2022年上半年工作总结暨下半年工作思路"
    assert document.date == "2022-12-24"
    assert document.source == "办公室"


def test_teasers_of_003_never_part_of_the_document():
    display = doc("003").display
    assert "167" not in display and "543" not in display and "[詳細]" not in display
    assert "山南市" not in display and "版權聲明" not in display
    assert display.rstrip().endswith("作出新的更大貢獻。")


def test_metadata_of_001_and_004():
    first = doc("001")
    assert first.date == "2022-04-01" and first.source == "中國西藏新聞網"
    fourth = doc("004")
    assert fourth.title.startswith("杨毅:紧扣主线")
    assert fourth.date == "2022-04-21" and fourth.source == "长城网"
    assert "关键词" not in fourth.display and fourth.display.endswith("\n责任编辑:于倩")  # the credit alone is kept
    assert "廊坊市民族宗教事务局党组书记、局长 杨毅" in fourth.display


def test_page_facts_kept_after_the_text_in_the_order_printed():
    """What a page says of itself is asked (`这篇总结是哪个科室发的`, `中国西藏新闻网的地址在哪`): its
    breadcrumb, source, hotline and publisher's address are kept after the text, before the credit;
    the rest of the chrome is not."""
    assert doc("000").display.split("\n")[-3:] == [
        "当前位置: 首页 / 政务公开 / 基础信息公开 / 规划计划 / 计划总结", "来源:办公室", "责任编辑:央吉"]
    assert doc("001").display.split("\n")[-5:] == [
        "新聞熱線 0891-6325020", "您當前的位置:中國西藏新聞網 > 雪域時評", "來源:中國西藏新聞網",
        "制作單位:中國西藏新聞網丨地址:西藏自治區拉薩市朵森格路36號丨郵政編碼:850000", "責任編輯:龍會琴"]
    # a footer's source is kept without the disclaimer beside it
    assert doc("002").display.endswith("烏蘭浩特市民族事務委員會\n來源:網絡整理")
    assert doc("004").display.endswith("\n来源: 长城网\n责任编辑:于倩")


def test_a_documents_own_closing_lines_are_never_its_furniture():
    """A notice ends with where to send comments: what it says, not a page's furniture."""
    raw = "关于征求意见的通知\n" + "请各单位认真研究提出意见。" * 20 + "\n地址：拉萨市城关区北京中路1号\n邮政编码：850000\n编辑：王五"
    cleaned = clean_text(raw)
    assert cleaned.display[cleaned.furniture_start:] == "编辑：王五"  # the footer's editor alone
    assert cleaned.display[:cleaned.furniture_start].endswith("地址：拉萨市城关区北京中路1号\n邮政编码：850000\n")


def test_a_teasers_source_in_the_footer_is_not_the_pages():
    raw = ("标题行\n" + "正文内容。" * 40 + "\n相关新闻\n其他报道一\n2022-04-01 10:00 来源：新华网\n其他报道二\n"
           "2022-03-28 来源：人民网\n")
    cleaned = clean_text(raw)
    assert "新华网" not in cleaned.display and "人民网" not in cleaned.display


def test_the_header_source_is_the_pages_and_a_full_width_bar_separates_footer_facts():
    raw = "某局召开会议\n2023-05-01 10:00 来源：拉萨市民宗局\n" + "会议强调要做好工作。" * 30 + "\n责任编辑：张三\n来源：新华社\n"
    cleaned = clean_text(raw)
    assert cleaned.source == "拉萨市民宗局" and cleaned.display[cleaned.furniture_start:] == "来源：拉萨市民宗局\n责任编辑：张三"
    footer = "标题\n" + "正文。" * 60 + "\n版权所有\n版权所有：某某网 ｜ 地址：拉萨市北京中路1号 ｜ 邮编：850000\n"
    assert clean_text(footer).display.endswith("\n版权所有：某某网 ｜ 地址：拉萨市北京中路1号 ｜ 邮编：850000")


def test_furniture_keeps_display_lines_mapped_to_raw_lines_in_order():
    """Pages and tables are found by bisecting the raw line of each display line."""
    cleaned = clean_text(next(DOCUMENTS.glob("000*.txt")).read_text(encoding="utf-8"))
    assert cleaned.furniture_start == cleaned.display.index("当前位置")
    assert cleaned.source_lines == sorted(cleaned.source_lines)
    raw_lines = next(DOCUMENTS.glob("000*.txt")).read_text(encoding="utf-8").count("\n") + 1
    assert cleaned.source_lines[-3:] == [raw_lines] * 3  # past the raw text: no page, table or paragraph of it


def test_a_page_fact_is_one_short_line_and_never_spam():
    raw = "标题行\n" + "正文内容。" * 40 + "\n相关新闻\n地址:北京市东城区某路1号 久久精品无码专区激情\n" \
        + "制作单位:某某网丨地址:" + "某" * 130 + "\n邮政编码:100000\n"
    display = clean_text(raw).display
    assert display.endswith("正文内容。\n邮政编码:100000")


def test_untitled_document_takes_its_signature_line():
    assert doc("002").title == "烏蘭浩特市民族事務委員會"
    assert doc("002").source == "網絡整理"


def test_redactions_stay_visible():
    assert "xxxx年是中國共產黨建黨一百周年" in doc("002").display


def test_page_title_wins_when_given():
    assert clean_text("正文第一段。", page_title="页面标题").title == "页面标题"


# ---------------------------------------------------------------- the seed answers survive cleaning


def test_every_seed_answer_is_in_the_search_text_of_one_of_its_docs(seed_questions):
    documents = {path.stem: read_document(path, DOCUMENTS) for path in sorted(DOCUMENTS.glob("*.txt"))}
    for record in seed_questions:
        for answer in record["answers"]:
            assert any(
                normalize(answer) in documents[doc_id].search.text or normalize(answer) in normalize(documents[doc_id].title)
                for doc_id in record["docs"]
            ), (record["id"], answer)


def test_cleaning_is_deterministic(tmp_path: Path):
    path = next(DOCUMENTS.glob("002*.txt"))
    assert read_document(path, DOCUMENTS).display == read_document(path, DOCUMENTS).display


def test_a_speech_is_dated_by_its_dateline_and_a_salutation_is_no_title():
    cleaned = clean_text("政府工作报告\n\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n国务院总理\n李克强\n\n"
                         "各位代表：\n\n现在，我代表国务院，向大会报告工作。")
    assert (cleaned.title, cleaned.date) == ("政府工作报告", "2023-03-05")
    assert "——2023年3月5日在第十四届全国人民代表大会第一次会议上" in cleaned.display
    untitled = clean_text("各位代表：\n\n现在，我代表国务院，向大会报告工作。\n\n一、2024年工作回顾\n\n过去一年，我国发展历程很不平凡。")
    assert untitled.title is None  # the file's name is used, not the salutation nor a section heading


def test_a_pages_dateline_stays_without_the_source_beside_it():
    display = doc("001").display
    assert "2022年04月01日 08:56" in display.split("\n")[:3] and "來源" not in display[:200]
    assert doc("004").display.split("\n")[2] == "2022-04-21 15:41:36"
    assert clean_text("2022-04-21 15:41:36\n正文第一段。").title is None  # a dateline is never the title


def test_a_footers_editor_credit_is_kept_as_the_last_line():
    # `关键词:局长,民委,廊坊责任编辑:于倩` opens the footer, which is dropped but for the credit
    assert doc("004").display.endswith("\n责任编辑:于倩")
    assert doc("001").display.endswith("\n責任編輯:龍會琴")

