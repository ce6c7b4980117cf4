-- Distinct visits per Vietnamese unit, partner, direction and year, with their leaders; visits whose year
-- no page gives are counted under a null year.
with visits as (
    select * from {{ ref('facts') }} where event_type = 'VISIT'
)

select
    concat_ws('|', vn_party_code, foreign_party_code, coalesce(direction, '?'),
              coalesce(cast(year as varchar), '?')) as visit_group_id,
    {{ party_columns() }},
    direction,
    year,
    {{ least_certain_year_source('year_source') }} as year_source,
    {{ coarsest_precision('date_precision') }} as date_precision,
    count(*) as visits,
    list_sort(list_distinct(flatten(list(leaders)))) as leaders,
    min(event_date) as first_visit,
    max(event_date) as last_visit,
    list_sort(list_distinct(flatten(list(doc_ids)))) as doc_ids,
    list_sort(list(event_key)) as event_keys
from visits
group by all
