"""The canonical data model, the mapping from a team's files to it, and loading."""
