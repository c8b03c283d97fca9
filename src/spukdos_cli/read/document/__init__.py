"""Reading the official businesscase format: a filled-in Word document, its PDF, or the
text extracted from either, into the data of the file format, each value with where it
stood in the document. Two stages: the document into lines and tables, then those into
the form's answers.

- :mod:`.lines`: the shape every source is reduced to (lines of text, each with its page
  and line or its table cell, and the tables found), within a size bound;
- :mod:`.text_reader`, :mod:`.docx_reader` and :mod:`.pdf_reader` (with
  :mod:`.pdf_tables`, the ruled tables of a page) read the three kinds; PDFium is imported
  only by the PDF reader, and only when a PDF is read;
- :mod:`.landmarks`: the form's headings, questions and tables found in a document, exactly
  or tolerantly, as the best chain in the form's order (the edition is data:
  :mod:`spukdos_cli.form.edition`); :mod:`.anchors` keeps the texts the export writes;
  :mod:`.search` normalises text; :mod:`.clean` takes the artefacts of extraction out of
  an answer;
- :mod:`.numbers`: amounts, counts and dates the way people write them;
- :mod:`.contacts` and :mod:`.tables`: the form's tables from real cells; :mod:`.layout`
  rebuilds them from ``pdftotext -layout`` text, :mod:`.flat` reads the figures of
  flattened text and places them only when the form's arithmetic confirms them;
- :mod:`.extra`: the appendix ``spukdos export`` writes for what the form has no place for;
- :mod:`.parse` puts it together (pure): lines -> :class:`.result.Imported`;
  :mod:`.anonymise` replaces contact persons (``--anonimiseer``);
- :mod:`.load`: the I/O, a path or bytes -> imported data, or a loaded case for ``check``
  and ``batch``; :class:`.errors.DocumentError` says why a document cannot be read;
  :mod:`.kinds` tells the kinds of document by name and first bytes;
- :mod:`.isolate`: every document is read in a child process with limits on memory, CPU
  and wall time, so no document can crash, hang or starve a run.
"""
