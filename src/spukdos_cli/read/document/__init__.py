"""Reading the official businesscase format: a filled-in Word document, its PDF, or the
text extracted from either, into the data of the file format, each value with where it
stood in the document.

- :mod:`.lines` is the common shape every source is reduced to: lines of text (each with
  its page and line, or its table cell) and the tables found;
- :mod:`.text_reader`, :mod:`.docx_reader` and :mod:`.pdf_reader` read the three kinds
  (python-docx and pdfplumber are imported only by their reader, and only when needed);
- :mod:`.numbers` reads amounts and counts the way the form prints them;
- :mod:`.anchors` holds the format's fixed texts: the questions and headings that find
  each answer, and the explanations that are the form's own text, not the applicant's;
- :mod:`.tables` reads the form's tables, from real cells or from flattened text;
- :mod:`.parse` puts it together (pure): lines -> :class:`.parse.Imported`;
- :mod:`.load` is the I/O: a path -> an imported document, or a loaded case for
  ``check`` and ``batch``.
"""
