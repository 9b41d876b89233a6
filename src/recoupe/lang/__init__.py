"""Language data, kept apart from the logic that uses it (one module per language)."""
