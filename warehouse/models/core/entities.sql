select * from {{ ref('stg_entities') }}
