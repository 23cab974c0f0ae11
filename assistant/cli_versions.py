"""The CLI's commands across versions and years: `assistant compare OLD NEW` (what changed, the
修改对照表) and `assistant trend MEASURE` (a figure followed across documents)."""

from __future__ import annotations

import json
import sys

from assistant.cli_commands import highlight, index_missing, filters_from
from assistant.services import LoadError


def run_compare(assistant, args) -> int:
    from assistant.compare.export import marked_runs, note, rows

    try:
        comparison = assistant.compare(args.first, args.second)
    except (ValueError, LoadError) as error:
        print(error, file=sys.stderr)
        return 2
    if args.out:
        suffix = args.out.suffix.lower()
        if suffix not in (".docx", ".md"):
            print(f"{args.out}: write the 修改对照表 as .docx or .md", file=sys.stderr)
            return 2
        if suffix == ".md":
            args.out.write_text(comparison.to_markdown(args.all), encoding="utf-8")
        else:
            comparison.to_docx(args.out, args.all)
        print(f"wrote {args.out}", file=sys.stderr)
    if args.json:
        print(json.dumps(comparison.to_dict(), ensure_ascii=False))
        return 0
    print(f"《{comparison.title_a}》 → 《{comparison.title_b}》：{comparison.summary.line}")
    for unit in rows(comparison, args.all):
        shown = {side: "".join(highlight(text) if marked else text for text, marked in marked_runs(*parts))
                 for side, parts in (("a", (unit.text_a, unit.span_a[0] if unit.span_a else 0, unit.marks_a)),
                                     ("b", (unit.text_b, unit.span_b[0] if unit.span_b else 0, unit.marks_b)))}
        print(f"\n[{note(unit)}]")
        if unit.text_a:
            print(f"  原文（{comparison.doc_a or 'A'}，{unit.span_a[0]}–{unit.span_a[1]}）：{shown['a']}")
        if unit.text_b:
            print(f"  修改后（{comparison.doc_b or 'B'}，{unit.span_b[0]}–{unit.span_b[1]}）：{shown['b']}")
    return 0


def run_trend(assistant, args) -> int:
    if index_missing(assistant):
        return 1
    trend = assistant.trend(args.measure, filters_from(args))
    if args.json:
        print(json.dumps(trend.to_dict(), ensure_ascii=False))
        return 0
    if not trend.points:
        print(f"资料中未找到“{args.measure}”及其数值。" + (f"（{trend.without_value}处提到但未给出数值）" if trend.without_value else ""))
        return 0
    for series, points in trend.series().items():
        print(f"{series or '（未注明地区或单位）'}：")
        for point in points:
            year = f"{point.year}年" if point.year else "年份未注明"
            print(f"  {year} {point.kind} {point.figure}  《{point.title}》（{point.doc_id}，{point.start}–{point.end}）")
            print(f"      {point.sentence}")
    if trend.without_value:
        print(f"另有{trend.without_value}处提到“{args.measure}”但未给出数值。")
    return 0


VERSION_COMMANDS = {"compare": run_compare, "trend": run_trend}
