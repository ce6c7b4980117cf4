select * from {{ ref('stg_place_aliases') }}
