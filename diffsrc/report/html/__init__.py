"""Self-contained HTML reports: a pair page (side by side, word-level changes, findings), a findings page and a
corpus page (provenance graph, paged pairs and documents tables, skipped inputs).

Each page is one file with its CSS, script and pictures inline: no CDN, no network, readable offline and
attachable to an email. Every piece of article text is escaped, and a Content-Security-Policy allows only the
package's own script and style (by hash), so markup that came in with an article shows as text and runs nothing.
The pair pages are fully readable without JavaScript (the script adds label filters); the corpus page's tables are
rendered a page at a time by its script from data in the page (filters, sorting, paging, clusters of copies), and
without JavaScript show their strongest rows and say where the rest are.

The same pieces are shown inline in a notebook (`render_pair_inline`, `render_corpus_inline`: the `_repr_html_` of
`PairReport` and `CorpusResult`): a fragment with the stylesheet scoped to it and no script.

Modules: `page` (the shells: head, CSP, inlined `assets/`, the scoped fragment; escaping), `pair` (the two pair
pages and the inline view), `findings` (their findings sections), `words` (word-level changes), `corpus` (the
corpus page and the inline view).
"""

from __future__ import annotations

from ...pair.model import PairReport
from .corpus import render_corpus_inline, render_corpus_page
from .pair import render_findings_page, render_pair_inline, render_pair_page

__all__ = ["render", "render_corpus_inline", "render_corpus_page", "render_findings_page", "render_pair_inline",
           "render_pair_page"]


def render(report: PairReport) -> str:
    """The pair page (`diffsrc compare --format html`)."""
    return render_pair_page(report)
