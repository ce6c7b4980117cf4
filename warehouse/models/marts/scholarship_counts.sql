-- Scholarships granted and students hosted per Vietnamese unit, partner and year, as stated (min–max);
-- per_year tells a yearly quota ("hằng năm 10 - 20 học sinh") from a head count. Statements whose year no
-- page gives are counted under a null year.
with grants as (
    select * from {{ ref('facts') }} where event_type = 'SCHOLARSHIP'
)

select
    concat_ws('|', coalesce(vn_party_code, '?'), coalesce(foreign_party_code, '?'),
              coalesce(cast(year as varchar), '?'), category, unit) as scholarship_group_id,
    {{ party_columns() }},
    year,
    {{ least_certain_year_source('year_source') }} as year_source,
    {{ coarsest_precision('date_precision') }} as date_precision,
    category as kind,
    unit,
    unit like '%/year' as per_year,
    sum(quantity_min) as quantity_min,
    case when count(quantity_max) = count(*) then sum(quantity_max) end as quantity_max,
    count(*) as statements,
    list_sort(list(event_key)) as event_keys
from grants
group by all
