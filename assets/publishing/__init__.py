"""Publishing: dbt builds the warehouse into a side file; publishing swaps it in atomically."""
