"""Qt item models that hold store ids and fetch rows on demand."""
