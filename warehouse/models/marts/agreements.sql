-- One row per real-world agreement: its parties, signing date, period and every document that names it.
with mentions as (
    select events.*, documents.source_file
    from {{ ref('events') }} as events
    join {{ ref('documents') }} as documents using (doc_id)
    where event_type = 'AGREEMENT'
)

select
    event_key as agreement_id,
    any_value(vn_party_code) as vn_party_code,
    any_value(foreign_party_code) as foreign_party_code,
    min(event_date) as signed_date,
    any_value(date_precision order by event_date) filter (where event_date is not null) as signed_precision,
    min(period_start) as period_start,
    max(period_end) as period_end,
    max(period_end) is not null and max(period_end) < year(current_date) as expired,
    list(distinct doc_id order by doc_id) as doc_ids,
    list(distinct source_file order by source_file) as source_files,
    count(*) as mentions,
    min(reported_date) as first_reported,
    max(reported_date) as last_reported
from mentions
group by event_key
