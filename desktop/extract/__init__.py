"""Text → facts. Qt-free; every fact it yields carries exact evidence offsets.

Public entry points:

- ``pipeline.extract(text, title=, date=, source=) -> Dataset`` — one article's text.
- ``pipeline.extract_file(path, title=, date=) -> Dataset`` — read and extract a file;
  raises ``importers.ImportFailure`` (a ValueError naming the file) for anything unusable.
- ``importers.read_article(path) -> (text, metadata)`` — .txt, .md and .html files.

The modules, in the order the pipeline uses them: ``header`` (date header,
dateline), ``sentences`` (paragraphs, also of hard-wrapped text; sentences;
clauses), ``gazetteer`` (countries, cities, currencies, well-known acronyms),
``entities`` (places, organisations, initiatives, aliases), ``titles`` and
``people`` (officials and references to them), ``quotes``, ``events``
(meetings, visits), ``numbers``/``money``/``measures``/``qualifiers``/``dates``
(typed figures and their periods) assembled by ``figures``, ``topics``,
``statements`` (plain sentences), ``pipeline``; ``patterns`` builds the word-list
alternations the others' regular expressions share. ``scoring`` measures all of it
against the hand-annotated articles (.txt, .md, .html) in ``tests/extract/articles``.
"""
