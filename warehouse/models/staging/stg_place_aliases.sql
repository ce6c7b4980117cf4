-- Every spelling the place resolver accepts.
select
    alias,
    code,
    source
from {{ source('parquet', 'place_aliases') }}
