"""What counts as a question's word in a text (coverage.term_credit)."""

from __future__ import annotations

from assistant.answering.coverage import check, compound_credit, contains_focus, term_credit
from assistant.answering.question import analyse


def test_a_word_the_tagger_made_up_counts_where_its_characters_stand_close_within_a_clause():
    assert term_credit("报市", "区财政部门于5月15日前报送市财政局") > 0  # 报市财政局 tagged 报市 + 财政局
    assert term_credit("报市", "报告了本市的财政局") == 0  # too far apart
    assert term_credit("报市", "向上级汇报。市财政局负责审核") == 0  # across a sentence


def test_a_persons_name_counts_only_as_written():
    assert term_credit("王芳", "联系人：王晓芳") == 0
    assert term_credit("刘洋", "刘海洋同志分管宣传工作") == 0
    assert term_credit("王芳", "联系人：王芳") == 1.0


def test_a_short_dictionary_word_counts_only_as_written():
    assert term_credit("财政", "市财政局") == 1.0  # contained as written (a post is not: 局长 in 副局长, below)
    assert term_credit("报送", "报告送达") == 0


def test_an_organisation_abbreviated_counts_where_its_full_name_is_written():
    full = "应当自公布之日起三十日内报全国人民代表大会常务委员会备案"
    assert term_credit("人大常委会", full) == 1.0  # its characters in order, each word written out
    assert term_credit("最高检", "最高人民法院、最高人民检察院作出的解释") == 1.0
    assert term_credit("人大常委会", "人民代表大会代表的建议") == 0  # no 常委会 written out
    assert term_credit("财政部", "市财政局会同有关部门制定") == 0  # a ministry is no city bureau


def test_a_word_holding_an_abbreviation_counts_where_it_is_written_out():
    assert term_credit("全国人大", "向全国人民代表大会提出法律案") == 1.0
    assert term_credit("上海市人大常委会", "上海市人民代表大会常务委员会规范性文件备案审查条例") == 1.0
    assert term_credit("全国人大", "地方各级人民代表大会") == 0  # not 全国's


def test_a_post_held_only_by_a_deputy_is_not_the_post_asked():
    assert term_credit("局长", "国家税务总局重庆市税务局党委委员、副局长姚朝智通报了有关情况") == 0
    assert term_credit("局长", "局长王某、副局长姚某出席") == 1.0
    assert term_credit("署长", "海关总署副署长张三出席") == 0 and term_credit("董事长", "公司副董事长出席") == 0
    assert term_credit("副局长", "副局长姚某出席") == 1.0


def test_a_compound_counts_through_the_parts_it_is_made_of_in_any_order():
    assert compound_credit("新闻报道", "人民政协网等媒体报道新闻50余篇") == 1.0  # 新闻 + 报道, not the search token 闻报
    assert compound_credit("合法权益", "权益受到合法保护") == 1.0  # the fewest parts: 合法 + 权益
    assert compound_credit("新闻报道", "举办新闻发布会，媒体广泛报道") < 1.0  # in one clause only


def test_a_change_asked_is_held_by_a_verb_of_its_direction():
    assert contains_focus(["亩产", "提高"], "亩产提升10.1斤")
    assert not contains_focus(["亩产", "提高"], "亩产下降10.1斤")
    assert contains_focus(["成本", "降低"], "成本下降5%") and not contains_focus(["成本", "降低"], "成本增加5%")
    # the verb of its direction must be the thing's own change, right after it
    assert not contains_focus(["财政收入", "增长"], "财政收入下降3%，扩大有效投资")
    assert not contains_focus(["亩产", "提高"], "亩产下降10.1斤，总产提升5%")
    assert not contains_focus(["司长"], "消费品工业司副司长曹学军")  # no other word is held so


def test_an_amendment_naming_the_version_asked_is_the_documents_not_the_passages():
    passage = "第九十四条 本法所称司法工作人员,是指有侦查、检察、审判、监管职责的工作人员。"
    document = "中华人民共和国刑法\n2023年12月29日通过的《中华人民共和国刑法修正案(十二)》\n" + passage
    versioned = analyse("根据2023年修正的《中华人民共和国刑法》(含刑法修正案(十二)),“司法工作人员”是指哪些工作人员?")
    assert check(versioned, passage, "", "中华人民共和国刑法", document).ok
    assert not check(versioned, passage, "", "中华人民共和国刑法", passage).ok  # a version the document is not
    # the amendment asked about is no version: the passage must hold it
    assert not check(analyse("刑法修正案(十二)从哪天开始施行?"), "本法自1997年10月1日起施行。", "", "中华人民共和国刑法", document).ok


def test_a_body_the_document_never_names_has_none_of_its_facts():
    # a committee named by what it does, cut apart by the tagger (`监察` + `委员会`), is a qualifier like a place
    passage = "第十条 常务委员会听取和审议专项工作报告前，可以组织本级人民代表大会代表进行视察。"
    asked = analyse("县级以上地方各级人大常委会是否可以听取和审议本级监察委员会的专项工作报告？")
    assert "监察委员会" in check(asked, passage, "", "监督法", passage).missing
    assert check(asked, passage, "", "监督法", passage + "本级监察委员会的专项工作报告").ok


def test_a_committee_a_document_writes_short_or_the_bare_committee_word_is_not_missing():
    resident = "居委会主任、副主任和委员由居民选举产生。"
    assert check(analyse("居民委员会怎么选举产生"), resident, "", "", resident).ok
    standing = "全国人大常委会每年听取专项工作报告。"
    assert check(analyse("全国人大常务委员会每年听取几次专项工作报告"), standing, "", "", standing).ok


def test_a_list_or_how_question_naming_its_rule_by_its_title_asks_something_beyond_it():
    asked = analyse("经营者集中申报标准：去申报要交哪些材料、走啥流程？")
    title = "国务院关于经营者集中申报标准的规定"
    enacting = "第一条 为了明确经营者集中的申报标准，根据《中华人民共和国反垄断法》，制定本规定。"
    assert not check(asked, enacting, "", title, enacting).ok  # the title's words alone say nothing asked
    materials = "经营者集中申报时，应当向执法机构提交申报书等材料。"
    assert check(asked, materials, "", title, materials).ok
    # a fact may be asked of the rule's own words
    assert check(analyse("经营者集中申报标准是根据哪部法律定的"), enacting, "", title, enacting).ok
