"""The reference pass of the benchmark: a general Vietnamese NER (underthesea, in the optional `bench`
dependency group) over a sample of cleaned bodies, timed beside hoptac's own extraction (mentions, then
events) of the same bodies, one process each, models and gazetteer loaded before the clock starts."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from assets.extraction.events import extract_events
from assets.extraction.mentions import find_mentions
from assets.places import default_gazetteer


def extraction_ratio(tables: Path, sample: int) -> dict:
    """docs/s of hoptac's extraction and of the reference NER on the same `sample` bodies, and their ratio."""
    with duckdb.connect() as con:
        docs = con.execute(f"""select body, published_date from
            '{tables}/clean_documents/*.parquet' where body <> '' order by doc_id limit {sample}""").fetchall()
    gazetteer = default_gazetteer()

    def hoptac(body: str, published) -> None:
        extract_events(body, find_mentions(body, gazetteer), published)

    report = {"sample_documents": len(docs), "hoptac_docs_per_s": _rate(hoptac, docs)}
    try:
        from underthesea import ner, sent_tokenize
    except ImportError:
        report["reference"] = "underthesea is not installed (make bench installs the bench dependency group)"
        return report
    ner("Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng.")  # loads the model

    def reference(body: str, *_) -> None:
        for sentence in sent_tokenize(body):
            ner(sentence)

    report["reference"] = "underthesea.ner over underthesea.sent_tokenize sentences"
    report["reference_docs_per_s"] = _rate(reference, docs)
    report["ratio"] = report["hoptac_docs_per_s"] / report["reference_docs_per_s"]
    return report


def _rate(extract: Callable[..., None], docs: list[tuple]) -> float:
    started = time.perf_counter()
    for doc in docs:
        extract(*doc)
    return len(docs) / (time.perf_counter() - started)
