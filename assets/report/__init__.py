"""Report: one HTML page of charts and tables that an analyst opens without any tool."""
