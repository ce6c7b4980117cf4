"""Near-duplicate articles (one story republished by two outlets): MinHash (rensa) over word shingles,
cut into bands; documents sharing a band are candidates, and candidates agreeing on most of the
signature are one story. Band hashes are stored with the signature, so finding the candidates of new
documents is one vectorised join (DuckDB over Arrow) against the archive, not a rebuild of every bucket."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import duckdb
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

# Each new document's CANDIDATES earlier documents (by position in `pool`) sharing most rare bands with it.
_CANDIDATE_PAIRS = """
with bands as (unpivot (select seq, columns('^band_') from pool) on columns('^band_') into name band value hash),
     new as (select * from bands where seq >= $first),
     rare as (select band, hash from bands semi join new using (band, hash) group by all having count(*) <= $cap),
     pairs as (select new.seq as doc, earlier.seq as other, count(*) as shared
               from new join rare using (band, hash) join bands as earlier using (band, hash)
               where earlier.seq < new.seq group by all)
select doc, other from pairs
qualify row_number() over (partition by doc order by shared desc, other) <= $candidates
order by doc, shared desc, other
"""


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


class DuplicateFinder:
    """Finds earlier copies batch after batch within one run; the signatures seen so far stay in Arrow."""

    def __init__(self, known: pa.Table) -> None:
        self.known = known.cast(SIGNATURES)

    def find(self, new: list[dict]) -> dict[str, str]:
        """{doc_id: doc_id of the first version} for each new signature row that repeats an earlier one
        (in the archive or earlier in `new`)."""
        first = self.known.num_rows
        pool = pa.concat_tables([self.known, pa.Table.from_pylist(new, schema=SIGNATURES)])
        self.known = pool
        pool = pool.append_column("seq", pa.array(np.arange(pool.num_rows, dtype=np.int64)))
        with duckdb.connect() as con:
            con.register("pool", pool)
            pairs = con.sql(_CANDIDATE_PAIRS, params={"first": first, "cap": BUCKET_CAP,
                                                       "candidates": CANDIDATES}).to_arrow_table()
        doc, other = pairs.column("doc").to_numpy(), pairs.column("other").to_numpy()
        digests = pc.list_flatten(pool.column("minhash")).to_numpy().reshape(-1, NUM_PERM)
        same = np.count_nonzero(digests[doc] == digests[other], axis=1) >= THRESHOLD * NUM_PERM
        ids = pool.column("doc_id")
        duplicates: dict[str, str] = {}
        for copy, original in zip(ids.take(doc[same]).to_pylist(), ids.take(other[same]).to_pylist(), strict=True):
            if copy not in duplicates:  # candidates come best first
                duplicates[copy] = duplicates.get(original, original)  # the first version, not a copy
        return duplicates
