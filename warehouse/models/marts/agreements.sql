-- One row per real-world agreement: its parties, signing date, period and every document that names it.
with mentions as (
    select events.*, documents.source_file
    from {{ ref('events') }} as events
    join {{ ref('documents') }} as documents using (doc_id)
    where event_type = 'AGREEMENT'
),

agreements as (
    select
        event_key as agreement_id,
        any_value(vn_party_code) as vn_party_code,
        any_value(foreign_party_code) as foreign_party_code,
        min(event_date) filter (where year_source is distinct from 'none') as signed_date,
        arg_min(date_precision, event_date) filter (where year_source is distinct from 'none') as date_precision,
        arg_min(year_source, event_date) filter (where year_source is distinct from 'none') as year_source,
        min(period_start) as period_start,
        max(period_end) as period_end,
        max(period_end) is not null and max(period_end) < year(current_date) as expired,
        list(distinct doc_id order by doc_id) as doc_ids,
        list(distinct source_file order by source_file) as source_files,
        count(*) as mentions,
        min(reported_date) as first_reported,
        max(reported_date) as last_reported,
        [event_key] as event_keys
    from mentions
    group by event_key
)

select
    agreements.agreement_id,
    agreements.vn_party_code,
    vn_place.name_vi as vn_party_name,
    vn_place.name_en as vn_party_name_en,
    agreements.foreign_party_code,
    foreign_place.name_vi as foreign_party_name,
    foreign_place.name_en as foreign_party_name_en,
    agreements.* exclude (agreement_id, vn_party_code, foreign_party_code)
from agreements
{{ join_party_names() }}
