"""Near-duplicate articles (one story republished by two outlets): MinHash (rensa) over word shingles,
banded into buckets so only candidates are compared."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from rensa import RMinHash

from assets.vntext import match_key

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard of shingles at which two bodies are one story
SEED = 1729


def signature(body: str) -> list[int]:
    words = match_key(body).split()
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(sorted(shingles))
    return [int(v) for v in minhash.digest()]


def find_duplicates(new: Iterable[tuple[str, list[int]]], earlier: Iterable[tuple[str, list[int]]]) -> dict[str, str]:
    """{doc_id: doc_id of the earlier copy} for each new document that repeats an earlier (or earlier new) one."""
    rows = len(range(0, NUM_PERM, NUM_PERM // BANDS))
    width = NUM_PERM // rows
    buckets: dict[tuple, list[tuple[str, np.ndarray]]] = {}

    def bands(digest: np.ndarray) -> list[tuple]:
        return [(b, digest[b * width : (b + 1) * width].tobytes()) for b in range(rows)]

    for doc_id, digest in earlier:
        array = np.asarray(digest, dtype=np.uint64)
        for band in bands(array):
            buckets.setdefault(band, []).append((doc_id, array))
    duplicates: dict[str, str] = {}
    for doc_id, digest in new:
        array = np.asarray(digest, dtype=np.uint64)
        candidates = {other: other_digest for band in bands(array) for other, other_digest in buckets.get(band, [])}
        match = next((other for other, other_digest in candidates.items()
                      if other != doc_id and np.count_nonzero(other_digest == array) >= THRESHOLD * NUM_PERM), None)
        if match:
            duplicates[doc_id] = match
        for band in bands(array):
            buckets.setdefault(band, []).append((doc_id, array))
    return duplicates
