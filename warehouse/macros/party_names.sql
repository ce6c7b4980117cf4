{#- The parties' names beside their codes, from places (Vietnamese as the press writes them, and English).
    `join_party_names()` after a relation with vn_party_code and foreign_party_code; `party_names()` in
    its select list (facts); `party_columns()` selects codes and names from a relation that has them (marts). -#}
{% macro join_party_names() %}
    left join {{ ref('places') }} as vn_place on vn_place.code = vn_party_code
    left join {{ ref('places') }} as foreign_place on foreign_place.code = foreign_party_code
{% endmacro %}

{% macro party_names() %}
    vn_place.name_vi as vn_party_name,
    vn_place.name_en as vn_party_name_en,
    foreign_place.name_vi as foreign_party_name,
    foreign_place.name_en as foreign_party_name_en
{% endmacro %}

{% macro party_columns() %}
    vn_party_code,
    vn_party_name,
    vn_party_name_en,
    foreign_party_code,
    foreign_party_name,
    foreign_party_name_en
{% endmacro %}
