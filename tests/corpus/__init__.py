"""A corpus of made-up, filled-in 2025 forms with their ground truth (issue 24).

The importer (:mod:`spukdos_cli.read.document`) is measured on it: per rendering, how many
figures come out exact, how many text answers are found, and that no figure is ever wrong.

- :mod:`.applications`: made-up applications as data in the file format's own structure
  (``make_application(seed, shape)``), consistent to the cent;
- :mod:`.render`: one application as a filled-in form (DOCX, python-docx), with variation
  switches that each change one thing from a base rendering (:class:`.render.Variation`);
- :mod:`.forms`: the corpus itself, every form with a stable id, its truth and variation;
- :mod:`.score`: the importer's data compared with the truth (``score(truth, imported)``);
- :mod:`.archive`: the committed renderings (``tests/data/corpus.tar.xz``, made by
  ``scripts/make_corpus.py``), extracted for tests.
"""
