-- What each side pledged (COMMITMENT) and gave (AID) per partner and category; amounts in VND at the
-- reference rates of reference/currency_rates.csv; first and last date among the facts whose date is known.
with pledges_and_aid as (
    select * from {{ ref('facts') }} where event_type in ('COMMITMENT', 'AID')
),

rates as (
    select * from {{ ref('currency_rates') }}
)

select
    concat_ws('|', coalesce(foreign_party_code, '?'), coalesce(vn_party_code, '?'), event_type,
              coalesce(category, 'general')) as partner_category_id,
    {{ party_columns() }},
    event_type,
    coalesce(category, 'general') as category,
    count(*) as facts,
    count(*) filter (where committed_by = 'vn') as by_vn_side,
    count(*) filter (where committed_by = 'foreign') as by_foreign_side,
    count(*) filter (where committed_by = 'both') as by_both,
    sum(quantity_min * rates.vnd_per_unit) as amount_vnd,
    min(reported_date) as first_date,
    max(reported_date) as last_date,
    {{ least_certain_year_source('year_source') }} as year_source,
    {{ coarsest_precision('date_precision') }} as date_precision,
    list_sort(list(event_key)) as event_keys
from pledges_and_aid
left join rates on rates.currency = pledges_and_aid.unit
group by all
