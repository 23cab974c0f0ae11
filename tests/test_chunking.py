"""Structure-aware chunking: headings start chunks, heading paths, sizes, exact offsets."""

from __future__ import annotations

import pytest

from assistant.chunking import chunk_document, chunks_of, heading_of_line
from assistant.ingest import read_document
from assistant.ingest.document import Document
from tests.ingest.test_clean import doc


def make_document(display: str, title: str = "测试文件") -> Document:
    return Document(doc_id="t", path="t.txt", content_hash="x", display=display, title=title)


def test_every_chunk_is_an_exact_span_of_the_display_text():
    for stem in ("000", "001", "002", "003", "004"):
        document = doc(stem)
        nodes = chunk_document(document)
        assert nodes
        for node in nodes:
            meta = node.metadata
            assert document.display[meta["start"]:meta["end"]] == node.text
            assert meta["doc_id"] == document.doc_id and meta["title"] == document.title
        starts = [node.metadata["start"] for node in nodes]
        assert starts == sorted(starts)


def test_chunk_sizes_stay_near_the_target():
    for stem in ("000", "001", "002"):
        lengths = [len(node.text) for node in chunk_document(doc(stem))]
        assert max(lengths) <= 500
        assert sum(lengths) / len(lengths) >= 180


def test_headings_start_chunks_and_form_a_path():
    nodes = chunk_document(doc("000"))
    by_heading = {node.metadata["heading"]: node for node in nodes}
    assert "一、工作开展情况 > (五)创新手段,积极开展民族团结模范区创建工作" in by_heading
    first = next(node for node in nodes if node.metadata["heading"].startswith("三、下半年工作思路 > (一)"))
    assert first.text.startswith("三、下半年工作思路\n(一)铸牢中华民族共同体意识宣传教育。")


def test_enumerations_prefer_to_break_before_the_next_item():
    nodes = chunk_document(doc("000"))
    item_starts = [node.text[:2] for node in nodes if node.metadata["heading"].endswith("积极开展民族团结模范区创建工作")]
    assert {"二是", "三是"} <= set(item_starts)


def test_article_numbered_regulation():
    articles = "\n".join(
        f"第{n}条 " + "为了促进民族团结进步事业，保障各民族合法权益，根据有关法律法规，结合本市实际，制定本条例。" * 2
        for n in "一二三四五"
    )
    document = make_document("拉萨市民族团结进步条例\n第一章 总则\n" + articles)
    nodes = chunk_document(document)
    assert [node.text[:3] for node in nodes[1:]] == ["第二条", "第三条", "第四条", "第五条"]
    assert all(node.metadata["heading"].startswith("第一章 总则 > 第") for node in nodes)


def test_a_laws_numbered_items_stay_in_their_article_and_version_lines_head_nothing():
    items = "\n".join(f"（{n}）对行政机关作出的处罚决定不服的情形之一，依照本法申请；" for n in "一二三四五六七")
    display = ("中华人民共和国行政复议法\n2023年9月1日 第十四届全国人民代表大会常务委员会第五次会议修订\n"
               "第一章 总则\n第十一条 有下列情形之一的，可以申请行政复议：\n" + items + "\n"
               "第二十条 公民、法人或者其他组织可以自知道该行政行为之日起六十日内提出行政复议申请。\n"
               "第二十一条 因不动产提出的行政复议申请自行政行为作出之日起超过二十年的，不予受理。")
    nodes = chunk_document(make_document(display, "中华人民共和国行政复议法"))
    assert not any("（七）" in node.metadata["heading"] or "2023年9月1日" in node.metadata["heading"] for node in nodes)
    holding = next(node for node in nodes if "六十日内" in node.text)
    assert holding.metadata["heading"].startswith("第一章 总则 > 第二")
    # outside a document organised by articles, `（一）` still opens a section
    assert heading_of_line("（一）对行政机关作出的处罚决定不服", "t")[0] == 2


def test_a_short_article_is_its_own_passage_and_a_section_heading_joins_the_next_article():
    display = ("中华人民共和国刑法\n第三章 刑罚\n第三节 拘役\n"
               "第四十三条 被判处拘役的犯罪分子，由公安机关就近执行。\n"
               "第四十四条 拘役的刑期，从判决执行之日起计算。\n"
               "第四节 有期徒刑、无期徒刑\n"
               "第四十五条 有期徒刑的期限，除本法第五十条规定外，为六个月以上十五年以下。\n"
               "第四十六条 被判处有期徒刑的犯罪分子，在监狱执行。")
    nodes = chunk_document(make_document(display, "中华人民共和国刑法"))
    term = next(node for node in nodes if "第四十四条" in node.text)
    assert term.text.startswith("第四十四条") and "第四节" not in term.text  # not joined to the next article's
    assert term.metadata["heading"].endswith("第三节 拘役 > 第四十四条 拘役的刑期，从判决执行之日起计算")
    limit = next(node for node in nodes if "第四十五条" in node.text)
    assert limit.text.startswith("第四节 有期徒刑、无期徒刑\n第四十五条")  # a bare heading joins what it heads
    assert "第四节 有期徒刑、无期徒刑 > 第四十五条" in limit.metadata["heading"] and "第四十六条" not in limit.text
    # outside a law, a one-line heading ending its sentence still joins the section it heads
    report = make_document("上半年工作总结\n一、强化政治引领，筑牢思想根基。\n（一）深入学习。\n"
                           + "全体干部职工深入学习党的二十大精神，开展专题研讨十二次。" * 4)
    assert "一、强化政治引领，筑牢思想根基。\n（一）深入学习。\n全体干部" in chunk_document(report)[0].text


def test_heading_detection():
    assert heading_of_line("一、工作开展情况", "t") == (1, "一、工作开展情况")
    assert heading_of_line("（二）狠抓落实，切实改进机关工作作风。传达学习……", "t") == (2, "（二）狠抓落实，切实改进机关工作作风")
    assert heading_of_line("第十二条 本条例自公布之日起施行。", "t")[0] == 3
    assert heading_of_line("共同思想政治基础更加牢固", "t") == (1, "共同思想政治基础更加牢固")
    # a line going on with a paragraph's line cut mid-word is no heading (a PDF's wrapped line)
    wrapped = "（四）更大力度吸引和利用外资。扩大市场准入，加大现代服务业领域开放力度。积极推动加入"
    assert heading_of_line("全面与进步跨太平洋伙伴关系协定", "t", previous=wrapped) is None
    assert heading_of_line("共同思想政治基础更加牢固", "t", previous="一年来成绩显著。") is not None
    row = "序号  项目名称  建设内容  责任单位  完成时限  备注  市住建局牵头单位市住建局"
    assert heading_of_line("保障措施", "t", previous=row) is not None  # cells apart are no prose
    # a page's dateline, kept by cleaning, heads nothing
    assert heading_of_line("2022年04月01日 08:56", "t") is None and heading_of_line("发布时间:2022-12-24 22:40", "t") is None
    assert heading_of_line("(稿件由区直机关工委提供)", "t") is None
    assert heading_of_line("上半年共召开理论学习中心组集中学习6次。", "t") is None
    assert heading_of_line("测试文件", "测试文件") is None  # the title itself


def test_a_table_is_cut_between_rows_and_later_rows_carry_its_header(tmp_path):
    from tests.ingest import fixtures

    pytest.importorskip("docx")
    fixtures.docx_with_table(tmp_path / "table.docx")
    document = read_document(tmp_path / "table.docx", tmp_path)
    (table,) = document.tables
    rows = document.display[table.start:table.end].split("\n")
    chunks = chunks_of(document, min_chars=20, max_chars=40)  # small: the table must be cut
    inside = [chunk for chunk in chunks if table.start <= chunk.start < table.end]
    assert len(inside) >= 2
    for chunk in inside:
        assert all(line in rows for line in chunk.text.split("\n") if line)  # whole rows only
        assert not chunk.heading.startswith("达孜区")  # a short row is no heading
    assert inside[0].heading == "" and inside[1].heading == "表头：县区 | 创建示范单位(个) | 宣讲场次"


def test_a_paragraphs_short_lead_sentence_stays_with_what_follows_it():
    before = "支持房地产市场健康发展，推动建设安全、舒适、绿色、智慧的好房子，完善标准规范。" * 4
    body = "坚持在发展中化债，完善和落实一揽子化债方案，优化考核和管控措施。" * 3
    display = f"一、重点工作\n{before}\n稳妥化解地方政府债务风险。{body}\n"
    passages = chunks_of(make_document(display), min_chars=100, max_chars=200)
    holding = [passage for passage in passages if "稳妥化解地方政府债务风险" in passage.text]
    assert len(holding) == 1 and holding[0].text.startswith("稳妥化解地方政府债务风险。坚持在发展中化债")
    assert all(display[passage.start:passage.end] == passage.text for passage in passages)


def test_a_pages_furniture_is_a_passage_of_its_own_under_no_heading():
    """What cleaning keeps after a page's text (its source, breadcrumb, editor) is no part of the
    last section: a list of that section never names `来源:办公室` as an item."""
    nodes = chunk_document(doc("000"))
    last_section = [node for node in nodes if node.metadata["heading"].endswith("(十)持续开展好民族团结进步月系列活动")]
    assert last_section and not any("来源:办公室" in node.text or "责任编辑" in node.text for node in last_section)
    assert nodes[-1].metadata["heading"] == ""
    assert nodes[-1].text == "当前位置: 首页 / 政务公开 / 基础信息公开 / 规划计划 / 计划总结\n来源:办公室\n责任编辑:央吉"
    assert heading_of_line("來源:中國西藏新聞網", "标题") is None and heading_of_line("新聞熱線 0891-6325020", "标题") is None
