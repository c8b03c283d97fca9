"""Helping people write a file: the starter file of ``spukdos init``, the JSON Schema
for editors, and the generated format reference (``docs/format.md``).
"""
