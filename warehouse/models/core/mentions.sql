-- Incremental: mentions of a document are written once, with its person links, in the run that extracts it.
{{ config(materialized='incremental', incremental_strategy='append') }}

select * from {{ ref('stg_mentions') }}
{% if is_incremental() %}
where doc_id not in (select doc_id from {{ this }})
{% endif %}
