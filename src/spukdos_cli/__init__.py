"""spukdos: check and recompute SPUK DOS businesscase applications."""

__version__ = "0.2.0"
