-- Events with the date they were reported: the event's own date, else the article's, else its arrival.
-- A day read without any year on the page (year_source 'none') keeps its day and month in year 1; it
-- never dates a report.
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
    coalesce(
        case when events.year_source is distinct from 'none' then events.event_date end,
        documents.published_date,
        cast(documents.ingested_at as date)
    ) as reported_date
from events
join documents using (doc_id)
{% if is_incremental() %}
where events.event_id not in (select event_id from {{ this }})
{% endif %}
