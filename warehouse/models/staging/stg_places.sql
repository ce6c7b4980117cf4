-- The places reference table as written by the places asset (one row per code).
select
    code,
    name_vi,
    name_en,
    country_code,
    level,
    parent_code,
    source,
    admin_code,
    unit_2025
from {{ source('parquet', 'places') }}
