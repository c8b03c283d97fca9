"""The file format: the model of a businesscase, its value types (numbers read as
written, money) and the form's own questions.
"""
