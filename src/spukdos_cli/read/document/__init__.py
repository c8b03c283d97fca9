"""Reading the official businesscase format: a filled-in Word document, its PDF, or the
text extracted from either, into the data of the file format, each value with where it
stood in the document.

- :mod:`.lines`: the shape every source is reduced to (lines of text, each with its page
  and line or its table cell, and the tables found), within a size bound;
- :mod:`.text_reader`, :mod:`.docx_reader` and :mod:`.pdf_reader` (with
  :mod:`.pdf_tables`, the ruled tables of a page) read the three kinds; python-docx and
  PDFium are imported only by their reader, and only when a document is read;
- :mod:`.anchors`: the format's fixed texts, which find each answer, and the form's own
  explanations, which are not the applicant's; :mod:`.search` finds them whatever the
  line breaks; :mod:`.clean` takes the artefacts of extraction out of an answer;
- :mod:`.numbers`: amounts, counts and dates the way the form prints them;
- :mod:`.contacts` and :mod:`.tables`: the form's tables, from real cells or from
  flattened text;
- :mod:`.parse` puts it together (pure): lines -> :class:`.result.Imported`;
  :mod:`.anonymise` replaces contact persons (``--anonimiseer``);
- :mod:`.load`: the I/O, a path or bytes -> imported data, or a loaded case for ``check``
  and ``batch``; :class:`.errors.DocumentError` says why a document cannot be read.
"""
