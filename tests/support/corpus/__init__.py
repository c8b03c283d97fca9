"""A corpus of made-up, filled-in 2025 forms with their ground truth (issue 24).

The importer (:mod:`spukdos_cli.read.document`) is measured on it: per rendering, how many
figures come out exact, how many text answers are found, and that no figure is ever wrong.

- :mod:`.applications`: made-up applications as data in the file format's own structure,
  consistent to the cent: ``make_application(seed, shape=None)``, ``Shape``,
  ``random_shape(rng)``;
- :mod:`.render`: one application as a filled-in form (DOCX, python-docx), with variation
  switches that each change one thing from a base rendering: ``Variation`` (``SWITCHES``
  lists every switch and value), ``build(app, variation)``, ``docx_bytes(app, variation)``,
  ``write_docx(app, variation, path)``, the form as data (``FORM``, ``form_texts(kind)``);
- :mod:`.forms`: the corpus itself: ``forms()``, ``form(form_id)``, ``base_of(form)``,
  ``applications()``; each ``Form`` has ``id``, ``application``, ``truth``, ``variation``;
- :mod:`.score`: ``score(truth, imported) -> Score`` (figures exact / not found / wrong /
  extra, texts found / different / not found, posts and parties found by name);
- :mod:`.archive`: the committed renderings (``tests/data/corpus.tar.xz``, made by
  ``scripts/make_corpus.py``): ``renderings(names=None)`` yields ``Rendering(form_id, name,
  path, truth)`` for the renderings ``docx``, ``pdf-a4``, ``pdf-letter``, ``pdftotext-a4``,
  ``pdftotext-layout-a4`` and ``libreoffice-txt``; ``read_truths()``, ``read_manifest()``,
  ``extract(destination)``.
"""
