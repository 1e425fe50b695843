"""Loading: files, folders, globs, standard input and web archives, read into the fields of documents.

`paths` (which files the inputs name, and their ids), `decode` (bytes to text, newlines, front matter),
`read` (one input, whatever its format), `records` (JSON Lines and CSV dumps), `web` (saved HTML pages and
WARC/ARC archives) and `manifest` (metadata for a corpus's files from a CSV). `diffsrc.document` turns the fields
into `Document`s; nothing here cleans or segments text beyond checking that a record holds an article.
"""
