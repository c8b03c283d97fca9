"""Pure figures: the calculation of form part 2, the analysis (break-even, sensitivity,
scenarios, who pays and who saves), repricing and traces. No findings, no text, no I/O.
"""
