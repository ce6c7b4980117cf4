{#- How well a mart row's dates are known, from the facts it counts (see facts.date_precision and
    facts.year_source): the coarsest precision, null when any fact has no date of its own; the least
    certain source of the year, null when no fact's year is known. -#}
{% macro coarsest_precision(column) %}
    case
        when bool_or({{ column }} is null) then null
        when bool_or({{ column }} = 'year') then 'year'
        when bool_or({{ column }} = 'month') then 'month'
        else 'day'
    end
{% endmacro %}

{% macro least_certain_year_source(column) %}
    case
        when bool_or({{ column }} = 'context') then 'context'
        when bool_or({{ column }} = 'published') then 'published'
        when bool_or({{ column }} = 'text') then 'text'
    end
{% endmacro %}
