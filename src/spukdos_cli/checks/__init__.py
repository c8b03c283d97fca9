"""Model + calculation + the grant's rules -> findings: every check by family, the one
verdict, what fails a run, and the pipeline that runs them on a loaded file. Pure.
"""
