"""Where-questions (sentences.py): a venue the question does not already name — a place of
the unit asked (`哪个街道`, `哪条路`), a location, or the organisation hosting it — and
figures counted in the document's own classifiers (`块`), so a placeholder (`xx块`) is none."""

from __future__ import annotations

from assistant.answering.names import names_what_is_asked
from assistant.answering.question import analyse


def test_a_venue_is_a_place_of_the_unit_asked_or_the_host(corpus_assistant):
    assert "乃琼街道" in corpus_assistant.ask("加木村人居环境整治项目在哪个街道").answer
    assert "西农集团" in corpus_assistant.ask("拉萨5月12日那场低氟茶培训在什么地方搞的").answer


def test_no_street_named_is_a_refusal(corpus_assistant):
    assert corpus_assistant.ask("健康茶展销中心在拉萨哪条街上").refused


def test_a_placeholder_is_no_figure(corpus_assistant):
    # the 乌兰浩特 plan writes `增设xx块LED显示屏`: a count asked in 块 finds no number
    assert corpus_assistant.ask("乌兰浩特市 增设LED显示屏 块数").refused


def test_where_a_place_is_is_the_place_of_the_asked_unit_written_right_before_it():
    from assistant.answering.question import analyse
    from assistant.answering.sentences import find_sentence
    from assistant.retrieval import Passage

    def answer(text: str, question: str) -> str | None:
        span = find_sentence(analyse(question), Passage("d", "标题", "", None, None, text, 0, len(text), 1.0), "标题" + text)
        return None if span is None else text[span[0]:span[1]]

    text = "3月25日,自治区民委、墨竹工卡县委县政府在墨竹工卡县甲玛乡赤康村共同举办民族团结进步创建进乡村活动。"
    for question in ("墨竹工卡那个赤康村是哪个乡的", "赤康村属于哪个乡"):
        found = answer(text, question)
        assert found is not None and "甲玛乡赤康村" in found, question
    # the sentence names a county, but not as the one 赤康村 is in
    assert answer("抓好对赤康村承诺帮扶资金的落实,做好赴永清县管家务乡现场办公活动的前期准备。", "赤康村在哪个县") is None


def test_a_wider_place_than_the_next_one_up_is_read_through_the_chain_of_places():
    from assistant.answering.question import analyse
    from assistant.answering.sentences import find_sentence
    from assistant.retrieval import Passage

    text = "3月25日,自治区民委、墨竹工卡县委县政府在墨竹工卡县甲玛乡赤康村共同举办民族团结进步创建进乡村活动。"
    span = find_sentence(analyse("赤康村在哪个县"), Passage("d", "标题", "", None, None, text, 0, len(text), 1.0), "标题" + text)
    assert span is not None and "墨竹工卡县甲玛乡赤康村" in text[span[0]:span[1]]


def test_where_a_division_named_after_its_peoples_is_asks_of_that_division(corpus_assistant):
    # the 廊坊 article names 大围河回族满族乡 with no county, and 永清县 only before another township
    assert corpus_assistant.ask("大围河回族满族乡在廊坊哪个县？").refused
    assert "永清县管家务回族乡" in corpus_assistant.ask("管家务回族乡在哪个县").answer


def test_where_to_turn_with_an_application_is_the_body_it_goes_to(policy_assistant):
    answer = policy_assistant.ask("对海关、金融、外汇管理这些垂直领导的机关不服，该去哪儿申请复议？")
    assert "向上一级主管部门申请行政复议[1]" in answer.answer, answer.answer


def test_where_to_turn_is_a_body_receiving_it_and_only_for_turning_somewhere():
    from assistant.answering.names import names_what_is_asked
    from assistant.answering.question import analyse

    assert names_what_is_asked(analyse("在哪申请行政复议"), "向上一级主管部门申请行政复议")
    assert not names_what_is_asked(analyse("举报去哪里"), "向社会公布举报电话")  # 社会 receives nothing
    assert not names_what_is_asked(analyse("在哪里开会"), "各单位向市民委报告")  # no turning asked


def test_where_people_went_may_be_kinds_of_places(corpus_assistant):
    answer = corpus_assistant.ask("乌兰浩特搞“百日行动”，民委干部下到哪儿去走访")
    assert "深入社区、嘎查村进行走访" in answer.answer
    gone = analyse("民委干部下到哪儿去走访")
    assert not names_what_is_asked(gone, "深入推进城乡一体化")  # 深入 as an adverb goes nowhere
    assert not names_what_is_asked(analyse("民族广场舞大赛在哪里举办"), "深入社区开展活动，成功举办民族广场舞大赛")  # nor is it a venue
    # the spots people go out to meet others are places gone to, asked `到哪儿去` or `上哪儿去`
    assert names_what_is_asked(analyse("宣传月期间机关是到哪儿去宣传法律法规的"), "走出机关、走上街头宣传国家法律法规及政策")
    assert names_what_is_asked(analyse("工作队还上哪儿去宣讲"), "通过文艺演出和深入农牧民群众家中宣讲等形式")
    assert not names_what_is_asked(analyse("宣传月期间机关是到哪儿去宣传法律法规的"), "走出机关宣传国家法律法规及政策")
    assert not names_what_is_asked(analyse("座谈会在哪里开的"), "走上街头宣传国家法律法规")  # no going asked
    for adverb in ("深入推进基层治理现代化", "深入开展现场检查", "深入实施基层党建工程"):
        assert not names_what_is_asked(gone, adverb)
    assert not names_what_is_asked(analyse("网上哪里可以申请行政复议"), "深入基层调研")  # 网上, no going


def test_no_venue_is_named_by_a_documents_title_or_by_units_said_for_all_of_them():
    question = analyse("自治区9月开的民族团结进步表彰大会在哪儿开的")
    titled = "按照自治区今年9月召开民族团结进步表彰大会的安排,严格按照《西藏自治区民族团结进步模范评选表彰办法》规定,推荐评选"
    assert not names_what_is_asked(question, titled)
    assert names_what_is_asked(question, titled.replace("召开", "在拉萨市召开"))
    long_title = "按照《西藏自治区人民政府办公厅关于印发西藏自治区民族团结进步模范集体和模范个人评选表彰办法的通知》规定"
    assert not names_what_is_asked(question, long_title)
    assert not names_what_is_asked(question, "根据《拉萨市民族团结进步表彰公告》安排")
    assert names_what_is_asked(question, "表彰大会在《西藏日报》社会议室召开")  # a paper's name is no rule's
    where = analyse("那个纪念馆在哪儿")  # the country named as what a road is of is no venue
    assert not names_what_is_asked(where, "坚定不移走中国特色解决民族问题的正确道路") and not names_what_is_asked(where, "中国共产党成立100周年")
    assert names_what_is_asked(where, "纪念馆在中国境内")
    question = analyse("日喀则政协首次专题议政性常委会会议是在哪里开的？")
    assert not names_what_is_asked(question, "连续3年推行市政协主席班子包联指导县(区)政协工作制度,连续6年指导乡镇(街道)政协委员联络办建设")
    assert names_what_is_asked(question, "首次专题议政性常委会会议在萨迦县召开")


def test_where_the_actor_already_is_answers_where_an_act_is_done():
    asked = analyse("代表拿着代表证，可以在哪儿视察")
    assert names_what_is_asked(asked, "代表可以持代表证就地进行视察")
    assert names_what_is_asked(analyse("社保卡在哪儿办理"), "可以就近办理")
    # only right before the act asked: 当地 naming whose, or another act done on the spot, is no answer
    for other in ("要在当地群众中广泛宣传", "对违纪人员就地免职", "坚持就近就便原则", "到当地政府部门反映情况"):
        assert not names_what_is_asked(asked, other), other


def test_a_website_is_named_as_one_not_as_a_network():
    asked = analyse("在哪个网站公布")
    assert names_what_is_asked(asked, "及时在国务院公报和中国政府法制信息网以及在全国范围内发行的报纸上刊载")
    assert not names_what_is_asked(asked, "利用信息网络实施诈骗")
    assert not names_what_is_asked(asked, "完善便民服务网点布局")


def test_an_agency_is_named_by_what_it_does_and_not_by_the_question_naming_it():
    asked = analyse("代表视察写出来的报告，是由哪个机构转给有关机关的")
    assert names_what_is_asked(asked, "由本级人民代表大会常务委员会办事机构转交有关机关、组织")
    assert not names_what_is_asked(asked, "由有关机构转交")  # 有关 names none
    assert not names_what_is_asked(asked, "由上级机构转交")  # a kind many are
    assert not names_what_is_asked(analyse("政务服务改革由哪个部门牵头"), "深化党和国家机构改革，推进政务服务改革")
    # the question names it already: the clause's `由` before the name does not make it another
    assert not names_what_is_asked(analyse("“国务院行政复议机构”具体是哪个部门"), "具体办法由国务院行政复议机构制定")


def test_an_address_is_a_street_and_number_not_any_place_named(corpus_assistant):
    assert corpus_assistant.ask("拉萨净土低氟健康茶展销中心 地址").refused  # `拉萨市和云南普洱…成立…` names its partner's place
    assert names_what_is_asked(analyse("中国西藏新闻网的地址在哪"), "地址:西藏自治区拉萨市朵森格路36号")
    assert names_what_is_asked(analyse("政务服务中心地址在哪"), "地址:天津市河西区友谊道十二号")
    assert not names_what_is_asked(analyse("政务服务中心地址在哪"), "坚定不移走中国特色解决民族问题的正确道路")
