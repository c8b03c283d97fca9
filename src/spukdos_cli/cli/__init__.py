"""The command line: options in, exit code out. ``app`` declares the commands; each
command with more to do than print a table has a module of its own that carries it out.
The only package that imports typer.
"""
