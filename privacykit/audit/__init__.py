"""The audit: run the checks for a period and collect findings."""
