select * from {{ ref('stg_mentions') }}
