"""A corpus database with two small real documents, read and chunked as the indexer does."""

from __future__ import annotations

import pytest

from assistant.chunking import chunks_of
from assistant.ingest import read_document
from assistant.store.corpus import Corpus

NOTICE = ("拉萨市民委工作简报\n一、学习情况\n上半年共召开理论学习中心组集中学习6次，机关支部集中学习10次。\n"
          "二、宣传教育\n深入开展“铸牢中华民族共同体意识”宣传教育，各类户外宣传达120余处。\n")
NEWS = "廊坊市民宗局动态\n发布时间：2022-04-21\n局长杨毅主持召开会议，部署民族团结进步创建工作。\n"


def store_document(corpus: Corpus, folder, name: str, text: str, phrases_now: bool = True):
    """Write one document the way the all-at-once writer does (or keyword-first's, without phrases)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    document = read_document(path, folder)
    with corpus.batch():
        corpus.replace_document(document, str(path), chunks_of(document))
        if phrases_now:
            corpus.phrases.add_document(document.doc_id)
        else:
            corpus.phrases.mark_pending()
    return document


@pytest.fixture
def corpus(tmp_path):
    store = Corpus(tmp_path / "keywords.sqlite3")
    store_document(store, tmp_path, "notice.txt", NOTICE)
    store_document(store, tmp_path, "news.txt", NEWS)
    yield store
    store.close()
