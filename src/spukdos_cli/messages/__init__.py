"""Every word a user reads, Dutch and English side by side: finding messages, terms,
labels, explanations, and numbers written the way each language writes them.
"""
