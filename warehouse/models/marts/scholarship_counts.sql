-- Scholarships granted and students hosted per Vietnamese unit, partner and year, as stated (min–max);
-- per_year tells a yearly quota ("hằng năm 10 - 20 học sinh") from a head count.
with facts as (
    select
        event_key,
        any_value(vn_party_code) as vn_party_code,
        any_value(foreign_party_code) as foreign_party_code,
        any_value(category) as kind,
        any_value(unit) as unit,
        any_value(quantity_min) as quantity_min,
        any_value(quantity_max) as quantity_max,
        min(reported_date) as reported_date
    from {{ ref('events') }}
    where event_type = 'SCHOLARSHIP'
    group by event_key
)

select
    concat_ws('|', coalesce(vn_party_code, '?'), coalesce(foreign_party_code, '?'),
              coalesce(cast(year(reported_date) as varchar), '?'), kind, unit) as scholarship_group_id,
    vn_party_code,
    foreign_party_code,
    year(reported_date) as year,
    kind,
    unit,
    unit like '%/year' as per_year,
    sum(quantity_min) as quantity_min,
    case when count(quantity_max) = count(*) then sum(quantity_max) end as quantity_max,
    count(*) as statements
from facts
group by all
