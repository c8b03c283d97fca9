"""Results -> text for people and machines, one module per format. Reporters render;
they never compute and never import the command line.
"""
