"""Checks for the bigram language-model exercise."""

import numpy as np

CORPUS = [[0, 1, 2, 0], [0, 2, 2, 0], [0, 1, 0]]


def _counts(sequences: list[list[int]], v: int) -> np.ndarray:
    counts = np.zeros((v, v))
    for seq in sequences:
        np.add.at(counts, (seq[:-1], seq[1:]), 1)
    return counts


def _probs(ex, counts: np.ndarray, alpha: float, what: str) -> np.ndarray:
    with np.errstate(all="ignore"):
        got = ex.bigram_probs(counts.copy(), alpha)
    got = _as_array(got, what)
    if got.shape != counts.shape:
        raise AssertionError(f"{what} must have the counts' shape {counts.shape}, got {got.shape}")
    return got


def _random_corpus(seed: int, v: int) -> list[list[int]]:
    rng = np.random.default_rng(seed)
    return [[0, *rng.integers(1, v, size=int(rng.integers(2, 8))).tolist(), 0] for _ in range(20)]


def check_bigram_counts(ex) -> None:
    got = _as_array(ex.bigram_counts(CORPUS, 3), "bigram_counts(corpus, 3)")
    _assert_close(
        got,
        [[0, 2, 1], [1, 0, 1], [2, 0, 1]],
        "bigram_counts([[0, 1, 2, 0], [0, 2, 2, 0], [0, 1, 0]], 3)",
    )
    corpus = _random_corpus(100, 6)
    _assert_close(
        ex.bigram_counts(corpus, 6), _counts(corpus, 6), "bigram_counts of 20 random sequences"
    )


def check_rows_sum_to_one(ex) -> None:
    counts = np.random.default_rng(101).integers(1, 20, size=(5, 5)).astype(float)
    got = _probs(ex, counts, 0.0, "bigram_probs(counts)")
    _assert_close(got.sum(axis=1), np.ones(5), "the row sums of bigram_probs(counts)")
    _assert_close(got, counts / counts.sum(axis=1, keepdims=True), "bigram_probs(counts)")


def check_unseen_row_is_uniform(ex) -> None:
    counts = _counts(CORPUS, 4)  # token 3 never occurs: row 3 is all zeros
    got = _probs(ex, counts, 0.0, "bigram_probs(counts) with an all-zero row")
    _assert_close(got[3], np.full(4, 0.25), "row 3 (a token never seen) of bigram_probs")
    _assert_close(
        got[:3], counts[:3] / counts[:3].sum(axis=1, keepdims=True), "rows 0..2 of bigram_probs"
    )


def check_add_alpha_smoothing(ex) -> None:
    counts = _counts(CORPUS, 3)
    got = _probs(ex, counts, 1.0, "bigram_probs(counts, alpha=1)")
    want = (counts + 1) / (counts.sum(axis=1, keepdims=True) + 3)
    _assert_close(got, want, "bigram_probs(counts, alpha=1)")
    got = _probs(ex, counts, 1e6, "bigram_probs(counts, alpha=10^6)")
    _assert_close(
        got, np.full((3, 3), 1 / 3), "bigram_probs(counts, alpha=10^6) (nearly uniform)", 1e-5
    )


def check_chain_rule_log_prob(ex) -> None:
    probs = np.array([[0.1, 0.6, 0.3], [0.5, 0.0, 0.5], [0.2, 0.2, 0.6]])
    seq = [0, 1, 2, 2, 0]
    want = np.log(0.6 * 0.5 * 0.6 * 0.2)
    with np.errstate(all="ignore"):
        got = _number(ex.sequence_log_prob(probs, seq), "sequence_log_prob(probs, [0, 1, 2, 2, 0])")
        _assert_close(got, want, "log P([1, 2, 2, 0] | 0) = log(0.6 * 0.5 * 0.6 * 0.2)")
        got = _number(ex.sequence_log_prob(probs, [2]), "sequence_log_prob(probs, [2])")
        _assert_close(got, 0.0, "the log-probability of a one-token sequence (nothing predicted)")
        got = _number(ex.sequence_log_prob(probs, [0, 1, 1]), "sequence_log_prob(probs, [0, 1, 1])")
    if got != -np.inf:
        raise AssertionError(f"P(1 | 1) = 0, so log P([1, 1] | 0) must be -inf, got {got:g}")


def check_mean_nll_per_transition(ex) -> None:
    probs = np.full((4, 4), 0.25)
    got = _number(ex.mean_nll(probs, CORPUS), "mean_nll(uniform probs, corpus)")
    _assert_close(got, np.log(4), "the mean NLL of a uniform model over 4 tokens")
    corpus = _random_corpus(102, 5)
    probs = (_counts(corpus, 5) + 1) / (_counts(corpus, 5) + 1).sum(axis=1, keepdims=True)
    logp = sum(np.log(probs[s[:-1], s[1:]]).sum() for s in corpus)
    want = -logp / sum(len(s) - 1 for s in corpus)
    _assert_close(ex.mean_nll(probs, corpus), want, "mean_nll of a smoothed model on 20 sequences")


def _as_array(value: object, what: str) -> np.ndarray:
    if value is None:
        raise AssertionError(f"{what} is None: does the function return its result?")
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError) as err:
        raise AssertionError(f"{what} should be an array of numbers, got {value!r:.80}") from err


def _number(value: object, what: str) -> float:
    got = _as_array(value, what)
    if got.shape != ():
        raise AssertionError(f"{what} should be a single number, got an array of shape {got.shape}")
    return float(got)


def _parts(value: object, count: int, what: str) -> tuple:
    if not isinstance(value, tuple | list) or len(value) != count:
        raise AssertionError(f"{what} should return {count} values as a tuple, got {value!r:.80}")
    return tuple(value)


def _assert_close(actual: object, expected: object, what: str, tol: float = 1e-6) -> None:
    got = _as_array(actual, what)
    want = np.asarray(expected, dtype=float)
    if got.shape != want.shape:
        raise AssertionError(f"{what}: expected shape {want.shape}, got shape {got.shape}")
    if np.allclose(got, want, rtol=tol, atol=tol):
        return
    diff = np.nan_to_num(np.abs(got - want), nan=np.inf)
    at = tuple(int(i) for i in np.unravel_index(int(np.argmax(diff)), diff.shape))
    where = f" at index {at}" if at else ""
    off = abs(float(got[at]) - float(want[at]))
    raise AssertionError(
        f"{what}: expected {want[at]:.8g}{where}, got {got[at]:.8g} (off by {off:.2g})"
    )
