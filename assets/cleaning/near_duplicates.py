"""Near-duplicate articles (one story republished by two outlets): MinHash (rensa) over word shingles,
cut into bands; documents sharing a band are candidates, and candidates agreeing on most of the
signature are one story. Band hashes are stored with the signature, so finding the candidates of new
documents is a vectorised look-up, not a rebuild of every bucket."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rensa import RMinHash

from assets.vntext import match_key

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard of shingles at which two bodies are one story
SEED = 1729
CANDIDATES = 8  # the documents sharing most bands are compared; a true copy shares most of them
# A band shared by more documents than this is boilerplate (a stock sentence), not evidence of a copy.
BUCKET_CAP = 64
BAND_COLUMNS = [f"band_{b:02d}" for b in range(BANDS)]
SIGNATURES = pa.schema([("doc_id", pa.string()), ("minhash", pa.list_(pa.uint64())),
                        *((name, pa.int64()) for name in BAND_COLUMNS)])


def signature(body: str) -> dict:
    """The MinHash of a body's 5-word shingles, with one stable hash per band."""
    words = match_key(body).split()
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = RMinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update(sorted(shingles))
    digest = [int(v) for v in minhash.digest()]
    bands = [_band_hash(digest[b * ROWS : (b + 1) * ROWS]) for b in range(BANDS)]
    return {"minhash": digest, **dict(zip(BAND_COLUMNS, bands, strict=True))}


def _band_hash(values: Sequence[int]) -> int:
    raw = hashlib.blake2b(np.asarray(values, dtype=np.uint64).tobytes(), digest_size=8).digest()
    return int.from_bytes(raw, "little", signed=True)


def _rare(values: pa.ChunkedArray, known: pa.ChunkedArray) -> pa.Array:
    """The batch's band hashes that fewer than BUCKET_CAP known documents share (others are boilerplate)."""
    shared = pc.value_counts(known.filter(pc.is_in(known, values)))
    common = shared.field("values").filter(pc.greater_equal(shared.field("counts"), BUCKET_CAP))
    return pc.filter(values.combine_chunks(), pc.invert(pc.is_in(values, common)))


class DuplicateFinder:
    """Finds earlier copies batch after batch within one run: known signatures stay in Arrow and only
    those sharing a rare band with a batch are loaded into the bucket index, once."""

    def __init__(self, known: pa.Table) -> None:
        self.known = known
        self.loaded: set[str] = set()
        self.buckets: dict[tuple[str, int], list[str]] = {}
        self.digests: dict[str, np.ndarray] = {}

    def find(self, new: list[dict]) -> dict[str, str]:
        """{doc_id: doc_id of the first version} for each new signature row that repeats an earlier one."""
        self._load_candidates(new)
        duplicates: dict[str, str] = {}
        for row in new:
            hits = Counter(other for column in BAND_COLUMNS for other in self.buckets.get((column, row[column]), [])
                           if other != row["doc_id"])
            digest = np.asarray(row["minhash"], dtype=np.uint64)
            match = next((other for other, _ in hits.most_common(CANDIDATES)
                          if np.count_nonzero(self.digests[other] == digest) >= THRESHOLD * NUM_PERM), None)
            if match:
                duplicates[row["doc_id"]] = duplicates.get(match, match)  # the first version, not a copy
            self._add(row)
        return duplicates

    def _load_candidates(self, new: list[dict]) -> None:
        if not self.known.num_rows or not new:
            return
        batch = pa.Table.from_pylist(new, schema=SIGNATURES)
        shares_a_band = None
        for column in BAND_COLUMNS:
            hit = pc.is_in(self.known.column(column), _rare(batch.column(column), self.known.column(column)))
            shares_a_band = hit if shares_a_band is None else pc.or_(shares_a_band, hit)
        for row in self.known.filter(shares_a_band).to_pylist():
            if row["doc_id"] not in self.loaded:
                self._add(row)

    def _add(self, row: dict) -> None:
        self.loaded.add(row["doc_id"])
        self.digests[row["doc_id"]] = np.asarray(row["minhash"], dtype=np.uint64)
        for column in BAND_COLUMNS:
            bucket = self.buckets.setdefault((column, row[column]), [])
            if len(bucket) < BUCKET_CAP:
                bucket.append(row["doc_id"])
