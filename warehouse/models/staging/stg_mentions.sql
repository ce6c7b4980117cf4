-- Places and organisations carry their entity from extraction; persons get theirs from resolution.
with mentions as (
    select * from {{ source('parquet', 'mentions') }}
),

person_links as (
    select * from {{ source('parquet', 'person_links') }}
)

select
    mentions.doc_id,
    mentions.start,
    mentions."end",
    mentions.text,
    mentions.mention_type,
    coalesce(mentions.entity_id, person_links.entity_id) as entity_id,
    mentions.admin_code,
    mentions.country_code
from mentions
left join person_links
    on person_links.doc_id = mentions.doc_id
    and person_links.start = mentions.start
    and person_links."end" = mentions."end"
