"""One pair of documents: `score` (evidence matrices), `align` (links), `classify` (labels and verdict), `bounds`
(work limits), `findings/` (attribution, quotes, facts, word diffs), `model` (`PairReport`, `PairSummary`) and
`compare` (the pipeline that runs them in order)."""
