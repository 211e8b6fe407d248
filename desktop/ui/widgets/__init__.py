"""The window's parts, one class per module."""
