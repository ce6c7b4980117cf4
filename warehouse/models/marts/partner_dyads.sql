-- Overview per pair of units: how many distinct facts of each type, and over which dates (those known).
select
    concat_ws('|', coalesce(vn_party_code, '?'), coalesce(foreign_party_code, '?')) as dyad_id,
    {{ party_columns() }},
    count(*) filter (where event_type = 'VISIT') as visits,
    count(*) filter (where event_type = 'AGREEMENT') as agreements,
    count(*) filter (where event_type = 'COMMITMENT') as commitments,
    count(*) filter (where event_type = 'AID') as aid,
    count(*) filter (where event_type = 'SCHOLARSHIP') as scholarships,
    len(list_distinct(flatten(list(doc_ids)))) as documents,
    min(reported_date) as first_date,
    max(reported_date) as last_date,
    {{ least_certain_year_source('year_source') }} as year_source,
    {{ coarsest_precision('date_precision') }} as date_precision,
    list_sort(list(event_key)) as event_keys
from {{ ref('facts') }}
group by all
