"""Text: `clean` (article vs page chrome, bylines, credits, datelines), `segment` (sentences and normal forms),
`features` (what scoring needs of each sentence), `lexicon` (every word list, once) and `prepare` (all of them, in
order, once per document); `language` (the language a text's letters name beyond doubt, for the HTML's `lang`)."""
