-- Distinct visits (by event_key) per Vietnamese unit, partner, direction and year, with their leaders.
with visits as (
    select * from {{ ref('events') }} where event_type = 'VISIT'
),

trips as (
    select
        event_key,
        any_value(vn_party_code) as vn_party_code,
        any_value(foreign_party_code) as foreign_party_code,
        any_value(direction) as direction,
        min(event_date) as event_date,
        min(reported_date) as reported_date,
        list(distinct leader_name) filter (where leader_name is not null) as leaders,
        list(distinct doc_id) as doc_ids
    from visits
    group by event_key
)

select
    concat_ws('|', vn_party_code, foreign_party_code, coalesce(direction, '?'),
              coalesce(cast(year(coalesce(event_date, reported_date)) as varchar), '?')) as visit_group_id,
    vn_party_code,
    foreign_party_code,
    direction,
    year(coalesce(event_date, reported_date)) as year,
    count(*) as visits,
    list_sort(list_distinct(flatten(list(leaders)))) as leaders,
    min(event_date) as first_visit,
    max(event_date) as last_visit,
    list_sort(list_distinct(flatten(list(doc_ids)))) as doc_ids
from trips
group by all
