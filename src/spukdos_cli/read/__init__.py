"""Reading: bytes -> text -> positioned YAML tree -> model, with findings for what is
wrong; input discovery and spukdos's data files. The only package that imports yaml.
"""
