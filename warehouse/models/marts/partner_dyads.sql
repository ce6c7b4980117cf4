-- Overview per pair of units: how many distinct facts of each type, and over which dates.
with facts as (
    select
        event_key,
        any_value(event_type) as event_type,
        any_value(vn_party_code) as vn_party_code,
        any_value(foreign_party_code) as foreign_party_code,
        min(reported_date) as reported_date,
        list(distinct doc_id) as doc_ids
    from {{ ref('events') }}
    group by event_key
)

select
    concat_ws('|', coalesce(vn_party_code, '?'), coalesce(foreign_party_code, '?')) as dyad_id,
    vn_party_code,
    foreign_party_code,
    count(*) filter (where event_type = 'VISIT') as visits,
    count(*) filter (where event_type = 'AGREEMENT') as agreements,
    count(*) filter (where event_type = 'COMMITMENT') as commitments,
    count(*) filter (where event_type = 'AID') as aid,
    count(*) filter (where event_type = 'SCHOLARSHIP') as scholarships,
    count(distinct doc_id) as documents,
    min(reported_date) as first_date,
    max(reported_date) as last_date
from facts, unnest(doc_ids) as t(doc_id)
group by all
