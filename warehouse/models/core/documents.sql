-- Incremental: a night adds its new articles, and rewrites the few whose list of file names grew (the same
-- text arrived under another name); the archive's bodies are not copied again. A Python full refresh
-- (or a lost build) rebuilds the table (see assets/publishing/asset.py).
{{ config(materialized='incremental', unique_key='doc_id', incremental_strategy='delete+insert') }}

select * from {{ ref('stg_documents') }} as new
{% if is_incremental() %}
where not exists (
    select 1 from {{ this }} as known
    where known.doc_id = new.doc_id and known.source_files = new.source_files
)
{% endif %}
