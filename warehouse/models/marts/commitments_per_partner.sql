-- What each side pledged (COMMITMENT) and gave (AID) per partner and category; amounts in VND at the
-- reference rates of reference/currency_rates.csv; each real-world fact counted once (by event_key).
with facts as (
    select
        event_key,
        any_value(event_type) as event_type,
        any_value(vn_party_code) as vn_party_code,
        any_value(foreign_party_code) as foreign_party_code,
        any_value(category) as category,
        any_value(committed_by) as committed_by,
        any_value(quantity_min) as amount,
        any_value(unit) as currency,
        min(reported_date) as reported_date
    from {{ ref('events') }}
    where event_type in ('COMMITMENT', 'AID')
    group by event_key
),

rates as (
    select * from {{ ref('currency_rates') }}
)

select
    concat_ws('|', coalesce(foreign_party_code, '?'), coalesce(vn_party_code, '?'), event_type,
              coalesce(category, 'general')) as partner_category_id,
    foreign_party_code,
    vn_party_code,
    event_type,
    coalesce(category, 'general') as category,
    count(*) as facts,
    count(*) filter (where committed_by = 'vn') as by_vn_side,
    count(*) filter (where committed_by = 'foreign') as by_foreign_side,
    count(*) filter (where committed_by = 'both') as by_both,
    sum(amount * rates.vnd_per_unit) as amount_vnd,
    min(reported_date) as first_date,
    max(reported_date) as last_date
from facts
left join rates on rates.currency = facts.currency
group by all
