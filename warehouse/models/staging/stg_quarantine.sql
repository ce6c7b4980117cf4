select source_file, reason, detail, size_bytes, sha256, detected_at
from {{ source('parquet', 'quarantine') }}
