"""The audit report: HTML fragments rendered from an audit's result, and their templates."""
