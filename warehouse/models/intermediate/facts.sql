-- One row per real-world event (event_key): the same visit, pledge or agreement reported by several
-- articles is counted once by every mart built on this model. Its date is the earliest its articles give
-- with a known year; its year is that date's, else the earliest publication date of its articles, else
-- unknown (null).
with events as (
    select * from {{ ref('events') }}
),

facts as (
    select
        event_key,
        any_value(event_type) as event_type,
        any_value(vn_party_code) as vn_party_code,
        any_value(foreign_party_code) as foreign_party_code,
        any_value(direction) as direction,
        any_value(category) as category,
        any_value(committed_by) as committed_by,
        any_value(unit) as unit,
        any_value(quantity_min) as quantity_min,
        any_value(quantity_max) as quantity_max,
        min(event_date) filter (where year_source is distinct from 'none') as event_date,
        arg_min(date_precision, event_date) filter (where year_source is distinct from 'none') as date_precision,
        arg_min(year_source, event_date) filter (where year_source is distinct from 'none') as event_year_source,
        min(reported_date) as reported_date,
        max(reported_date) as last_reported_date,
        min(period_start) as period_start,
        max(period_end) as period_end,
        list(distinct leader_name order by leader_name) filter (where leader_name is not null) as leaders,
        list(distinct doc_id order by doc_id) as doc_ids,
        count(*) as reports
    from events
    group by event_key
)

select
    facts.* exclude (event_year_source),
    year(reported_date) as year,
    case
        when event_date is not null then event_year_source
        when reported_date is not null then 'published'
    end as year_source,
    {{ party_names() }}
from facts
{{ join_party_names() }}
