-- One row per real-world agreement: its parties, signing date, period and every document that names it.
with agreements as (
    select * from {{ ref('facts') }} where event_type = 'AGREEMENT'
),

files as (
    select event_key, list(distinct source_file order by source_file) as source_files
    from (select event_key, unnest(doc_ids) as doc_id from agreements)
    join {{ ref('documents') }} using (doc_id)
    group by event_key
)

select
    event_key as agreement_id,
    {{ party_columns() }},
    event_date as signed_date,
    date_precision,
    case when event_date is not null then year_source end as year_source,
    period_start,
    period_end,
    period_end is not null and period_end < year(current_date) as expired,
    doc_ids,
    files.source_files,
    reports as mentions,
    reported_date as first_reported,
    last_reported_date as last_reported,
    [event_key] as event_keys
from agreements
join files using (event_key)
