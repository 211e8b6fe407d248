"""Text → facts. Qt-free; every fact it yields carries exact evidence offsets."""
