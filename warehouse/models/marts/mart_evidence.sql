-- From a number to its sentences: per row of each mart (by the mart's own row id), the events it counts,
-- each with its evidence sentence, document and source file.
{{ config(materialized='view') }}

with mart_rows as (
    select 'visit_frequency' as mart, visit_group_id as mart_row_id, unnest(event_keys) as event_key
    from {{ ref('visit_frequency') }}
    union all
    select 'commitments_per_partner', partner_category_id, unnest(event_keys) from {{ ref('commitments_per_partner') }}
    union all
    select 'scholarship_counts', scholarship_group_id, unnest(event_keys) from {{ ref('scholarship_counts') }}
    union all
    select 'agreements', agreement_id, unnest(event_keys) from {{ ref('agreements') }}
    union all
    select 'partner_dyads', dyad_id, unnest(event_keys) from {{ ref('partner_dyads') }}
)

select
    mart_rows.mart,
    mart_rows.mart_row_id,
    mart_rows.event_key,
    events.event_id,
    events.event_type,
    events.event_date,
    events.date_precision,
    events.evidence,
    events.evidence_start,
    events.evidence_end,
    events.doc_id,
    documents.source_file,
    documents.title,
    documents.published_date
from mart_rows
join {{ ref('events') }} as events using (event_key)
join {{ ref('documents') }} as documents using (doc_id)
