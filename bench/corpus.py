"""Deterministic policy-style corpora built from the sample documents, for benchmarks.

Each generated document recombines cleaned paragraphs of documents/ (half of them converted to
Traditional script), has a header with date and source, and carries one unique invented fact
(a unit name and figures) with a question whose answer is known. Usage:
    .venv/bin/python bench/corpus.py OUT_DIR --docs 1000 [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import opencc  # noqa: E402

from assistant.ingest import read_document  # noqa: E402

PLACES = ["拉萨市", "日喀则市", "山南市", "林芝市", "昌都市", "那曲市", "阿里地区", "乌兰浩特市", "廊坊市", "海东市"]
UNITS = ["民族团结促进中心", "统战工作站", "民族事务服务站", "社区民族工作室", "宗教事务协调办公室"]
ACTIVITIES = ["民族团结进步宣讲", "双语培训", "结对帮扶走访", "政策法规宣传", "民族文化交流"]


def sample_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "documents").glob("*.txt")):
        document = read_document(path, ROOT / "documents")
        paragraphs += [line for line in document.display.split("\n") if len(line) >= 60]
    return paragraphs


def make_corpus(out_dir: Path, docs: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    to_traditional = opencc.OpenCC("s2t")
    paragraphs = sample_paragraphs()
    out_dir.mkdir(parents=True, exist_ok=True)
    questions = []
    for number in range(docs):
        place, unit, activity = rng.choice(PLACES), rng.choice(UNITS), rng.choice(ACTIVITIES)
        unit_name = f"{place}第{number + 1}{unit}"
        times, people = rng.randint(3, 90), rng.randint(100, 9000)
        year = rng.choice([2020, 2021, 2022, 2023])
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        fact = f"{unit_name}全年共组织{activity}{times}次，覆盖群众{people}名。"
        body = rng.sample(paragraphs, rng.randint(3, 7))  # ~5 chunks a document, as the issue sizes it
        body.insert(rng.randrange(len(body) + 1), f"（{'一二三四五'[number % 5]}）{fact}")
        title = f"{place}{unit}关于{year}年民族工作情况的报告（第{number + 1}号）"
        text = "\n".join([title, f"发布时间:{date}", "来源:办公室", *body])
        if number % 2:
            text = to_traditional.convert(text)
        (out_dir / f"gen_{number:05d}.txt").write_text(text, encoding="utf-8")
        questions.append({"id": f"g{number:05d}", "question": f"{unit_name}全年共组织{activity}多少次?",
                          "answers": [f"{times}次"], "docs": [f"gen_{number:05d}"], "kind": "fact"})
    (out_dir.parent / f"{out_dir.name}-questions.jsonl").write_text(
        "\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n", encoding="utf-8")
    return questions


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args()
    make_corpus(arguments.out_dir, arguments.docs, arguments.seed)
    print(f"wrote {arguments.docs} documents to {arguments.out_dir}")
