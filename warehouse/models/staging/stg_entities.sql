-- Entities are appended as first seen; a person's later spellings arrive as new alias rows.
select
    entity_id,
    any_value(entity_type) as entity_type,
    first(name) as name,
    first(name_en) as name_en,
    first(country_code) as country_code,
    first(admin_code) as admin_code,
    list_distinct(flatten(list(aliases))) as aliases
from {{ source('parquet', 'entities') }}
group by entity_id
