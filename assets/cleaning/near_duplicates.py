"""Near-duplicate articles (one story republished by two outlets): MinHash (rensa) over word shingles,
banded into buckets so only candidates are compared."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np
from rensa import RMinHash

from assets.vntext import match_key

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard of shingles at which two bodies are one story
SEED = 1729
# A band shared by more documents than this is boilerplate (a stock sentence), not evidence of a copy.
BUCKET_CAP = 64
CANDIDATES = 8  # the documents sharing most bands are compared; a true copy shares most of them


def signature(body: str) -> list[int]:
    words = match_key(body).split()
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(sorted(shingles))
    return [int(v) for v in minhash.digest()]


def find_duplicates(new: Iterable[tuple[str, list[int]]], earlier: Iterable[tuple[str, list[int]]]) -> dict[str, str]:
    """{doc_id: doc_id of the earlier copy} for each new document that repeats an earlier (or earlier new) one."""
    new = list(new)
    if not new:
        return {}
    buckets: dict[tuple[int, bytes], list[str]] = {}
    digests: dict[str, np.ndarray] = {}

    def bands(digest: np.ndarray) -> list[tuple[int, bytes]]:
        return [(b, digest[b * ROWS : (b + 1) * ROWS].tobytes()) for b in range(BANDS)]

    def add(doc_id: str, digest: np.ndarray) -> None:
        digests[doc_id] = digest
        for band in bands(digest):
            bucket = buckets.setdefault(band, [])
            if len(bucket) <= BUCKET_CAP:
                bucket.append(doc_id)

    for doc_id, digest in earlier:
        add(doc_id, np.asarray(digest, dtype=np.uint64))
    duplicates: dict[str, str] = {}
    for doc_id, digest in new:
        array = np.asarray(digest, dtype=np.uint64)
        hits = Counter(other for band in bands(array) for other in buckets.get(band, [])[:BUCKET_CAP]
                       if other != doc_id)
        match = next((other for other, _ in hits.most_common(CANDIDATES)
                      if np.count_nonzero(digests[other] == array) >= THRESHOLD * NUM_PERM), None)
        if match:
            duplicates[doc_id] = match
        add(doc_id, array)
    return duplicates
