"""A live blog pasting wire copy, in a corpus run: the wires are its sources, not the other way round."""

from __future__ import annotations

from diffsrc import Document, run_corpus

REUTERS = """Strong earthquake strikes off northern Japan

TOKYO, March 3 (Reuters) - A magnitude 6.9 earthquake struck off the coast of northern Japan on Tuesday, the Japan \
Meteorological Agency said, prompting a tsunami advisory for parts of the Pacific coast.

Tohoku Electric Power said it was checking for abnormalities at its Onagawa nuclear plant, which has been offline \
since the 2011 disaster. No irregularities had been found so far, a company spokesperson said.

East Japan Railway suspended some bullet train services in the region while it checked tracks, the company said.

There were no immediate reports of casualties, public broadcaster NHK said.
"""

BLOG = """Japan earthquake: tsunami advisory after 6.9 quake strikes off Iwate - live updates

14:05 GMT

A tsunami of 20 centimetres was observed at Kuji port about 40 minutes after the quake, the agency said. - AP

13:15 GMT

Tohoku Electric Power said it was checking for abnormalities at its Onagawa nuclear plant, which has been offline \
since the 2011 disaster. No irregularities had been found so far, a company spokesperson said. – Reuters

13:02 GMT

East Japan Railway suspended some bullet train services in the region while it checked tracks, the company said.

12:45 GMT

A magnitude 6.9 earthquake struck off the coast of northern Japan on Tuesday, the Japan Meteorological Agency said, \
prompting a tsunami advisory for parts of the Pacific coast. There were no immediate reports of casualties, \
public broadcaster NHK said.
"""


def test_a_blog_with_a_post_signed_by_an_agency_is_downstream_of_the_wire_it_pasted() -> None:
    """A live-blog desk's corpus: the post signed "- AP" made the blog AP's wire copy, so the Reuters story it
    pasted was drawn as derived from the blog, or undetermined."""
    docs = [Document.from_text(REUTERS, id="reuters.txt"), Document.from_text(BLOG, id="blog.txt")]
    edges = [(e["source"], e["target"], e["direction"]) for e in run_corpus(docs).graph["edges"]]
    assert edges == [("reuters.txt", "blog.txt", "inferred")]
