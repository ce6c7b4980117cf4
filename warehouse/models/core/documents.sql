select * from {{ ref('stg_documents') }}
