"""Contact answers in one-passage documents: the telephone number or mailbox with its own entry."""

from __future__ import annotations

from assistant.answering.contacts import contact_span
from assistant.answering.question import analyse
from assistant.retrieval import Passage

NOTICE = ("北京仲裁委员会关于疫情防控期间仲裁服务事项的通知 二、仲裁立案事宜 立案当事人或代理人有关立案事宜的咨询，"
          "请先拨打立案咨询电话（010-65669856-300）进行先期咨询。捐赠发票专用信箱：gxrcjzfp@163.com 。")
DIRECTORY = ("内江市新型冠状病毒感染的肺炎定点医院名单 市县区 定点医院 咨询电话 市级 市第一人民医院 0832-2101474 "
             "市级 市第二人民医院 0832-2383127 资中县 资中县人民医院 18383250011 威远县 威远县人民医院 0832-8222095")
SERIES = ("省民政厅公布各地特殊儿童救助保护服务热线。全省各地受理电话分别是：石家庄市未成年人保护中心0311-966008；"
          "承德市儿童救助保护中心0314-4044986；沧州市未成年人救助保护中心0317-5203236。")


def contact(text: str, question: str) -> str | None:
    """The span contact_span picks in a one-passage document holding `text`."""
    span = contact_span(analyse(question), Passage("d", "", "", None, None, text, 0, len(text), 1.0), text)
    return None if span is None else text[span[0]:span[1]]


def test_a_telephone_number_is_asked_as_a_contact_not_a_figure():
    question = analyse("北京仲裁委员会疫情期间的立案咨询电话是多少")
    assert (question.kind, question.asks_name) == ("general", "contact")
    assert analyse("北京车管所咨询电话").asks_name == "contact"  # typed as keywords
    assert analyse("如何电话咨询").asks_name is None  # a way asked, not a number
    assert contact(NOTICE, "北京仲裁委员会疫情期间的立案咨询电话是多少") == "请先拨打立案咨询电话（010-65669856-300）进行先期咨询"


def test_the_line_asked_must_be_named_beside_its_number():
    assert contact(NOTICE, "北京仲裁委员会的开庭咨询电话是多少") is None  # only the 立案 line is given
    assert contact(NOTICE, "北京仲裁委员会捐赠发票专用信箱是什么").endswith("gxrcjzfp@163.com")  # a mailbox when one is asked


def test_a_directory_gives_the_entry_of_the_body_asked_about():
    assert contact(DIRECTORY, "内江市第二人民医院咨询电话是多少").endswith("市第二人民医院 0832-2383127")
    assert contact(DIRECTORY, "资中县人民医院的电话").endswith("资中县人民医院 18383250011")
    # a body the directory does not list has no number in it, however alike its neighbours are
    assert contact(DIRECTORY, "内江市中医医院的新冠肺炎咨询电话是多少") is None
    assert contact(DIRECTORY, "隆昌市人民医院电话是多少") is None


def test_an_item_of_a_series_is_a_line_of_what_its_lead_names():
    assert contact(SERIES, "承德市儿童救助保护中心的电话是多少") == "承德市儿童救助保护中心0314-4044986"
    assert contact(SERIES, "沧州市未成年人救助保护中心热线") == "沧州市未成年人救助保护中心0317-5203236"
    assert contact(SERIES, "河北辛集市未成年人救助保护中心电话是多少") is None
    # `服务` of `服务热线电话` says what any line is; the series' lead names the lines, the notice the service
    hotlines = SERIES.replace("热线。", "热线，可致电当地热线电话反映。")  # the notice says 热线电话 once, as the real one does
    assert contact(hotlines, "河北省石家庄市的特殊儿童救助保护服务热线电话是多少？").endswith("石家庄市未成年人保护中心0311-966008")


def test_a_line_is_not_read_from_its_neighbours_words():
    text = "定点医院名单。市第一人民医院电话0832-2101474、市第二人民医院电话0832-2383127。"
    assert contact(text, "市第二人民医院电话是多少").endswith("0832-2383127")
    assert "0832-2383127" not in contact(text, "市第一人民医院电话是多少")
    text = "联系人：王淑琴，电话：13800000001；联系人：刘建国，电话：13800000002。"
    assert contact(text, "刘建国的电话是多少") is None  # the name is not beside either number


def test_counts_dates_and_yes_no_about_lines_ask_no_contact():
    for question in ("共接到举报电话多少个", "开通了多少条热线", "服务热线什么时候开通", "是否公布了举报电话", "要打什么样的基础"):
        assert analyse(question).asks_name != "contact", question


def test_amounts_ranges_and_dates_are_no_telephone_numbers():
    from assistant.answering.figures import CONTACT

    for text in ("32768户", "123456 人次", "50000 万元", "10000—20000元", "2020-2025", "20200305"):
        assert not CONTACT.search(text), text
    for number in ("（010）8403-8327", "400-810-5000", "86-27-82210181", "12345"):
        assert CONTACT.fullmatch(number), number
    # a directory's next cell (`支付科`) is no unit (`支`) of the number before it
    assert [n.group() for n in CONTACT.finditer("登记征缴科：69044210 支付科：69044814")] == ["69044210", "69044814"]


def test_a_notices_signature_names_whose_lines_it_lists_and_any_number_is_a_contact_line():
    opening = "疫情防控期间密云区社会保险经办工作通知 各参保单位：为做好疫情防控工作，现就社会保险经办工作通知如下。" * 3
    notice = (opening + "可通过电话联系相关科室。 登记征缴科：69044210 支付科：69044814 "
              "稽核科：89038048 。" + "请您近期及时关注官网，根据疫情发展情况合理安排现场办理时间，谢谢您的合作！" * 3
              + " " * 60 + "密云区社保中心" + " " * 60 + "2020年2月2日")
    # 社保中心 is named only in the signature, set far right; `联系电话` is what any of these numbers is
    assert "69044210" in contact(notice, "密云区社保中心登记征缴科的联系电话是多少？")
    assert contact(notice, "密云区社保中心医保科的联系电话是多少？") is None  # no such line


def test_a_line_the_tagger_keeps_whole_is_found_through_its_parts():
    # `专线电话` is one word to the tagger; the notice writes `服务专线（联系电话：…）`
    notice = "市金融办设立小微企业融资服务窗口。窗口开辟服务专线（联系电话：0731—58225116），提供融资咨询服务。"
    assert "0731—58225116" in contact(notice, "小微企业融资服务窗口开辟的服务专线电话是多少")
