-- Distinct visits per Vietnamese unit, partner, direction and year, with their leaders.
with visits as (
    select *, year(coalesce(event_date, reported_date)) as year
    from {{ ref('facts') }}
    where event_type = 'VISIT'
)

select
    concat_ws('|', vn_party_code, foreign_party_code, coalesce(direction, '?'),
              coalesce(cast(year as varchar), '?')) as visit_group_id,
    vn_party_code,
    foreign_party_code,
    direction,
    year,
    count(*) as visits,
    list_sort(list_distinct(flatten(list(leaders)))) as leaders,
    min(event_date) as first_visit,
    max(event_date) as last_visit,
    list_sort(list_distinct(flatten(list(doc_ids)))) as doc_ids
from visits
group by all
