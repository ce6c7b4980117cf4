-- Events with the date they were reported: the event's own date, else the article's, else its arrival.
-- Incremental: an event's row never changes once written (its key is kept by later articles of the same fact).
{{ config(materialized='incremental', incremental_strategy='append') }}

with events as (
    select * from {{ ref('stg_events') }}
),

documents as (
    select doc_id, published_date, ingested_at from {{ ref('stg_documents') }}
)

select
    events.*,
    coalesce(events.event_date, documents.published_date, cast(documents.ingested_at as date)) as reported_date
from events
join documents using (doc_id)
{% if is_incremental() %}
where events.event_id not in (select event_id from {{ this }})
{% endif %}
