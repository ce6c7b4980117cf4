-- Scholarships granted and students hosted per Vietnamese unit, partner and year, as stated (min–max);
-- per_year tells a yearly quota ("hằng năm 10 - 20 học sinh") from a head count.
with grants as (
    select *, year(reported_date) as year from {{ ref('facts') }} where event_type = 'SCHOLARSHIP'
)

select
    concat_ws('|', coalesce(vn_party_code, '?'), coalesce(foreign_party_code, '?'),
              coalesce(cast(year as varchar), '?'), category, unit) as scholarship_group_id,
    vn_party_code,
    foreign_party_code,
    year,
    category as kind,
    unit,
    unit like '%/year' as per_year,
    sum(quantity_min) as quantity_min,
    case when count(quantity_max) = count(*) then sum(quantity_max) end as quantity_max,
    count(*) as statements
from grants
group by all
