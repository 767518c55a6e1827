"""Checks for the perplexity exercise."""

import numpy as np


def _nlls(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    return -log_probs[np.arange(len(targets)), targets]


def _call(ex, name: str, *args) -> float:
    with np.errstate(all="ignore"):
        got = getattr(ex, name)(*args)
    return _number(got, f"{name}(...)")


def _spread(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Logits whose per-token losses differ a lot, so mean, sum and mean of exp disagree."""
    rng = np.random.default_rng(seed)
    logits = rng.normal(scale=3.0, size=(8, 12))
    return logits, rng.integers(0, 12, size=8)


def check_mean_nll_matches_reference(ex) -> None:
    logits, targets = _spread(90)
    want = _nlls(logits, targets).mean()
    _assert_close(_call(ex, "mean_nll", logits, targets), want, "mean_nll of (8, 12) logits")


def check_uniform_model_gives_vocab_size(ex) -> None:
    logits, targets = np.zeros((5, 27)), np.array([0, 3, 26, 3, 9])
    _assert_close(_call(ex, "mean_nll", logits, targets), np.log(27), "mean_nll of a uniform model")
    _assert_close(
        _call(ex, "perplexity", logits, targets),
        27.0,
        "the perplexity of a uniform model over 27 tokens",
    )


def check_confident_logits_stay_finite(ex) -> None:
    targets = np.array([1, 0, 2])
    right = np.zeros((3, 4))
    right[np.arange(3), targets] = 1000.0
    _assert_close(
        _call(ex, "perplexity", right, targets), 1.0, "the perplexity of a sure, right model"
    )
    wrong = np.zeros((3, 4))
    wrong[np.arange(3), targets] = -1000.0
    _assert_close(
        _call(ex, "mean_nll", wrong, targets),
        1000.0 + np.log(3),
        "mean_nll when each target's logit is -1000",
    )


def check_perplexity_is_exp_of_mean_nll(ex) -> None:
    logits, targets = _spread(91)
    want = np.exp(_nlls(logits, targets).mean())
    _assert_close(_call(ex, "perplexity", logits, targets), want, "perplexity of (8, 12) logits")


def check_bits_per_token(ex) -> None:
    _assert_close(
        _call(ex, "bits_per_token", np.zeros((3, 4)), np.array([0, 1, 3])),
        2.0,
        "bits per token of a uniform model over 4 tokens",
    )
    logits, targets = _spread(92)
    want = _nlls(logits, targets).mean() / np.log(2)
    _assert_close(
        _call(ex, "bits_per_token", logits, targets), want, "bits_per_token of (8, 12) logits"
    )


def check_bits_per_byte(ex) -> None:
    logits, targets = np.zeros((10, 256)), np.arange(10)
    _assert_close(
        _call(ex, "bits_per_byte", logits, targets, 10),
        8.0,
        "bits per byte, 256 equal tokens of 1 byte each",
    )
    _assert_close(
        _call(ex, "bits_per_byte", logits, targets, 40),
        2.0,
        "bits per byte, 256 equal tokens of 4 bytes each",
    )
    logits, targets = _spread(93)
    want = _nlls(logits, targets).sum() / np.log(2) / 30
    _assert_close(
        _call(ex, "bits_per_byte", logits, targets, 30), want, "bits_per_byte of 8 tokens, 30 bytes"
    )


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
