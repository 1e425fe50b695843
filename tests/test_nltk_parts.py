"""NLTK's Punkt and Snowball, loaded without NLTK's package import: the same answers, and nothing left behind."""

from __future__ import annotations

import json
import subprocess
import sys

WORDS = ["running", "generously", "councillors", "hospitalised", "arrested", "says", "news", "agreed", "dying"]
TEXT = "Mr. Smith of the U.S. Senate spoke on Jan. 5. He said the No. 2 official had gone. Did he? Yes."


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


ANSWERS = f"""
def answers(punkt, snowball):
    stemmer = snowball.EnglishStemmer()
    return {{"stems": [stemmer.stem(w) for w in {WORDS!r}],
             "sentences": punkt.PunktSentenceTokenizer().tokenize({TEXT!r})}}
"""


def test_the_parts_loaded_alone_answer_as_nltk_imported_whole_does():
    alone = _run(ANSWERS + "import json, sys\nfrom diffsrc.text import nltk_parts\np = nltk_parts.load()\n"
                 "out = answers(p.punkt, p.snowball)\n"
                 "out['left'] = sorted(m for m in sys.modules if m.split('.')[0] == 'nltk')\n"
                 "print(json.dumps(out))")
    whole = _run(ANSWERS + "import json\nimport nltk.tokenize.punkt, nltk.stem.snowball\n"
                 "print(json.dumps(answers(nltk.tokenize.punkt, nltk.stem.snowball)))")
    assert alone.pop("left") == []  # the stand-ins and NLTK's modules loaded under them are gone again
    assert alone == whole
    assert whole["stems"][0] == "run" and len(whole["sentences"]) > 4  # Punkt untrained: a break at every stop


def test_sentences_and_stems_do_not_import_nltk_whole_and_nltk_imported_afterwards_is_whole():
    # The point of loading the parts alone: `import nltk` is ~0.4 s of a cold compare. And a notebook that runs
    # diffsrc and then uses nltk itself must not find our stand-in packages.
    out = _run("import json, sys\nfrom diffsrc.text.segment import split_sentences, stem\n"
               "first = [split_sentences('Mr. Smith left. He ran.'), stem('running'), 'nltk' in sys.modules]\n"
               "import nltk\nfrom nltk.corpus import stopwords\n"
               "print(json.dumps([first, hasattr(nltk, 'sent_tokenize'), hasattr(nltk.tokenize, 'punkt'),"
               " type(stopwords).__name__]))")
    assert out == [[["Mr. Smith left.", "He ran."], "run", False], True, True, "LazyCorpusLoader"]


def test_if_nltk_cannot_be_loaded_in_parts_the_ordinary_import_is_used():
    # A future NLTK whose Punkt needs more of its package than the stand-ins offer: the old, slower way still works.
    out = _run("import json, sys\nfrom diffsrc.text import nltk_parts\n"
               "def refuse():\n    raise ImportError('cannot import name X from nltk')\n"
               "nltk_parts._load_alone = refuse\n"
               "from diffsrc.text.segment import split_sentences, stem\n"
               "print(json.dumps([split_sentences('Mr. Smith left. He ran.'), stem('running'),"
               " 'nltk' in sys.modules]))")
    assert out == [["Mr. Smith left.", "He ran."], "run", True]


def test_nltk_already_imported_is_used_as_it_is():
    out = _run("import json, sys, nltk\nfrom diffsrc.text import nltk_parts\n"
               "print(json.dumps(nltk_parts.load().punkt is sys.modules['nltk.tokenize.punkt']))")
    assert out is True
