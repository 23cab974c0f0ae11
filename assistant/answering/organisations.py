"""Whether a span names an organisation of the kind a question asks for (`哪家企业`: `北京北铃专用汽车有限公司`;
`哪家医院`: a `…卫生院`; `哪个电视台`: a `…卫视`), an office inside a body (`哪个科`: `宣传创建科`), or one a
meeting or an event was held at (`在市政府召开…`) — by a name standing before its kind word, not a verb or a
phrase ending as one. names.py asks these for a which-organisation or where question."""

from __future__ import annotations

import re

from assistant.answering.bodies import ENDING_IN_TEXT
from assistant.answering.places import BODY_AFTER_PLACE, LONG_BODY_AFTER_PLACE, TITLE
from assistant.tokens import tagged

# An organisation's name ends in what it is (`企业` alone is a kind): a name stands before its kind
# word (`上海音速青年志愿服务中心`; not `以人民为中心`, _named), or it is a body named after its place (`局`
# ends too many phrases otherwise).
# (not 中学/小学: `在工作中学习` would name one)
NAMED_KINDS_OF_ORGANISATION = ("有限公司", "公司", "集团", "厂", "银行", "医院", "卫生院", "保健院", "学校", "大学", "学院",
                               "研究院", "研究所", "部门", "机构", "中心", "协会", "联合会", "基金会", "电视台", "卫视", "总台", "电台", "报社", "日报", "晚报", "出版社")
# A kind of its own asked is answered by that kind (`哪家医院` by `…医院`, `…卫生院`, `…公共卫生临床中心`, not a
# `社区卫生服务中心`; `哪个局` by a `…局`); 企业, 单位, 机构, 部门 by any organisation.
ANSWERING_KINDS = {"医院": ("医院", "卫生院", "保健院", "医疗中心", "医学中心", "临床中心"), "银行": ("银行",),
                   "学校": ("学校", "大学", "学院"), "局": ("局",), "厅": ("厅",),
                   # a medium by its own kind (`在哪个电视台播出`: `…电视台`, not the body that made the programme)
                   "电视台": ("电视台", "卫视", "总台"), "电台": ("电台",), "报社": ("报社", "日报", "晚报"), "出版社": ("出版社",)}
GOVERNMENT_KINDS = ("局", "厅", "委员会", "办公室")
ORGANISATION_KINDS = NAMED_KINDS_OF_ORGANISATION + GOVERNMENT_KINDS
# A department or agency named by what it does (`教育部门`, `办事机构`), not by a word any text uses (`有关部门`).
UNNAMED_DEPARTMENTS = ("有关", "相关", "各", "其他", "职能", "主管", "上述", "业务", "管理")
# an agency is called so by a kind many are (`临时机构`, `金融机构`), not by its name; nor is `机构改革` one
UNNAMED_AGENCIES = UNNAMED_DEPARTMENTS + ("临时", "专门", "上级", "同级", "下级", "派出", "内设", "下属", "金融", "医疗", "培训", "中介")
# A Party committee's department or office (`市委网信办`, `县委宣传部`): a body, named by its committee
# (not a verb: `市委统一部署`, `市委书记调研部署`)
PARTY_DEPARTMENT = re.compile(r"[省市县区州盟旗]委(?:办|[\u4e00-\u9fff]{1,4}?(?:部(?![署分门])|办(?![理好法公])))")
# A level's office called by two characters of what it does (`市作风办`, `县扶贫办`: places.SHORT_BODY's shape);
# not a verb (`城市举办`, `区创办`, `小区怎么办`, `园区企业可办`, `市县联办`)
LEVEL_OFFICE = re.compile(r"(?<![城都超门])[省市县区州盟旗][\u4e00-\u9fff]{2}(?<![举承主督创查代兴开协么可来去帮联])办(?![理好法公事学的了过])")
NAMED_DEPARTMENT = re.compile(rf"{PARTY_DEPARTMENT.pattern}|{LEVEL_OFFICE.pattern}")
# or a body named after its place (`乌兰浩特市公安局`), or a Party committee's department or a level's office
ORGANISATION = re.compile(rf"[\u4e00-\u9fff]{{2,}}?(?:{'|'.join(NAMED_KINDS_OF_ORGANISATION)})"
                          rf"|{BODY_AFTER_PLACE.pattern}|{LONG_BODY_AFTER_PLACE.pattern}|{NAMED_DEPARTMENT.pattern}")


HOSTED_AT = re.compile(rf"[在于由](?:{ORGANISATION.pattern})")
# A meeting held at a government or Party committee (`在市政府召开座谈交流会`, `于县委会议室举行`): its venue.
# Not 关于/由于/对于/于是, nor the body calling it (`在市委召开的…会议上`), nor a lead-in (`在此基础上县委召开`).
MET_AT_A_BODY = re.compile(r"(?<![关由对])[在于](?!是|此|该)((?:[\u4e00-\u9fff]{2,4}?)?(?:[省市县区州盟旗乡镇](?:人民)?政府|[省市县区]委)"
                           r"(?:[\u4e00-\u9fff]{0,4}?(?:会议室|大楼|礼堂|大厅))?)(?=(?:召开|举行|举办)(?!的))")


def hosted_at_an_organisation(span: str, question: str) -> bool:
    """`在西农集团…`, `由…公司承办`, `在市政府召开…`: an organisation the question does not name, where it happened."""
    return any(match.group()[1:] not in question for match in HOSTED_AT.finditer(span)) \
        or any(match.group(1) not in question for match in MET_AT_A_BODY.finditer(span))


def names_an_organisation(span: str, question: str, kind: str) -> bool:
    """`到哪家企业…`: the span names an organisation of the kind asked that the question does not
    (`北京北铃专用汽车有限公司`, not the `工业和信息化部` that asks), by a name: not a verb before the kind
    (`应当考虑银行、保险…`)."""
    answering = ANSWERING_KINDS.get(kind, ORGANISATION_KINDS)
    return any(not _named_by(question, match.group()) and _named(match.group()) and _ends_a_body(match.group())
               and (match.group().endswith(answering) or kind not in ANSWERING_KINDS and NAMED_DEPARTMENT.fullmatch(match.group()))
               and not span.startswith(OF_AGENCIES, match.end())
               for match in ORGANISATION.finditer(span))


OF_AGENCIES = ("改革", "设置", "编制", "职能")  # `深化党和国家机构改革`: what is done to agencies, none named


def _named_by(question: str, organisation: str) -> bool:
    """Does the question name it? The match runs from the start of its run of characters (`具体办法由国务院行政复议机构`):
    its name follows the last function word in it (`由`), and another's ending the same way (`市第一人民医院` for
    `与山东省立第一人民医院`) is not it."""
    words = tagged(organisation)
    last_function_word = max((i for i, (_, flag) in enumerate(words) if flag in FUNCTION_TAGS), default=-1)
    return "".join(word for word, _ in words[last_function_word + 1:]) in question


FUNCTION_TAGS = ("p", "c", "u", "uj", "ud")  # 由, 与, 的


def _ends_a_body(name: str) -> bool:
    """Not a word ending as a body does (`全市布局`, `工作大局`, `政务服务大厅`: bodies.ENDING_IN_TEXT)."""
    ending = ENDING_IN_TEXT.get(name[-1])
    return ending is None or re.search(f"{ending}$", name) is not None


# An office is named by the words before its kind (`宣传创建科`, `综合科`: the tagger parts them; or one
# word `教育科`, `科技处`), or it is the `办公室`. Not a word that only ends so (`学科`, `本科`, `好处`,
# `会议室`: a 室 is only the 办公室), nor `处` as a sentence's verb (`由公安机关处五日以下拘留`: a figure after it), nor
# one in a document's title (`《…专项组办公室工作机构的建议》`).
OFFICE_KINDS = ("科室", "处室", "科", "处", "股")
OFFICE_NAME_TAGS = ("n", "nt", "nz", "vn", "v", "l")
COMMON_WORDS_ENDING_AS_OFFICES = ("学科", "本科", "专科", "内科", "外科",
                                  "好处", "难处", "之处", "到处", "处处", "各处", "此处", "何处", "住处", "出处", "用处")


def names_an_office(span: str, question: str) -> bool:
    words = tagged(TITLE.sub("", span))
    for i, (word, tag) in enumerate(words):
        if word == "办公室" or (len(word) >= 3 and word.endswith(OFFICE_KINDS) and tag in ("n", "nt", "nz")
                               and not word.endswith(COMMON_WORDS_ENDING_AS_OFFICES)):
            named = word
        elif (word in OFFICE_KINDS and tag == "n" and i and words[i - 1][1] in OFFICE_NAME_TAGS
              and not (word == "处" and i + 1 < len(words) and words[i + 1][1] in ("m", "t"))):  # `处五日以下拘留`
            named = words[i - 1][0] + word
        else:
            continue
        if named not in question:
            return True
    return False


NOT_A_NAME = ("v", "vd", "d", "r", "ad", *FUNCTION_TAGS)  # verbs and function words (a verbal noun may name)


def _named(organisation: str) -> bool:
    """Does a name stand right before the organisation's kind word (`甘肃药业投资集团`; `教育部门`
    and `华夏银行` are one word each), not a verb or function word (`应当考虑银行`)? The match runs
    from the start of its run of characters, so only the word before the kind tells."""
    words = tagged(organisation)
    last = words[-1][0]
    for kind, unnamed in (("部门", UNNAMED_DEPARTMENTS), ("机构", UNNAMED_AGENCIES)):
        if last.endswith(kind) and (last[:-2] or len(words) > 1 and words[-2][0]).endswith(unnamed):
            return False
    if len(words) < 2 or last not in ORGANISATION_KINDS:
        return True
    # a noun and the verb it governs name a government body (`乡村振兴局`, `市场监管局`), not a verb alone
    # (`应当考虑银行`) nor one a subject does (`确诊患者转诊医院`)
    return words[-2][1] not in NOT_A_NAME or last in GOVERNMENT_KINDS and words[-2][1] == "v" and len(words) > 2 \
        and words[-3][1].startswith("n")
