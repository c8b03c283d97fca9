"""The regulation and the price lists as data: per grant year, each figure with its
source.
"""
