select * from {{ ref('stg_places') }}
