-- One row per real-world event (event_key): the same visit, pledge or agreement reported by several
-- articles is counted once by every mart built on this model.
select
    event_key,
    any_value(event_type) as event_type,
    any_value(vn_party_code) as vn_party_code,
    any_value(foreign_party_code) as foreign_party_code,
    any_value(direction) as direction,
    any_value(category) as category,
    any_value(committed_by) as committed_by,
    any_value(unit) as unit,
    any_value(quantity_min) as quantity_min,
    any_value(quantity_max) as quantity_max,
    min(event_date) filter (where year_source is distinct from 'none') as event_date,
    min(reported_date) as reported_date,
    list(distinct leader_name order by leader_name) filter (where leader_name is not null) as leaders,
    list(distinct doc_id order by doc_id) as doc_ids
from {{ ref('events') }}
group by event_key
