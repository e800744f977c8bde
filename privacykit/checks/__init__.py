"""The audit's checks and the helper tables they join."""
