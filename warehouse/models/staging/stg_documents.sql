-- One row per distinct article: its cleaned text, where it came from, and every file name it arrived as.
with clean as (
    select * from {{ source('parquet', 'clean_documents') }}
),

raw as (
    select doc_id, source_file, ingested_at from {{ source('parquet', 'raw_documents') }}
),

names as (
    select doc_id, list(distinct source_file order by source_file) as source_files
    from {{ source('parquet', 'inbox_files') }}
    where doc_id is not null
    group by doc_id
)

select
    clean.doc_id,
    raw.source_file,
    names.source_files,
    clean.title,
    clean.body,
    clean.outlet,
    clean.published_date,
    clean.duplicate_of,
    raw.ingested_at
from clean
join raw using (doc_id)
left join names using (doc_id)
