"""Checks for the cross-entropy exercise."""

import numpy as np


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def _loss(z: np.ndarray, labels: np.ndarray) -> float:
    return float(-np.mean(_log_softmax(z)[np.arange(len(labels)), labels]))


def _batch() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(14)
    return rng.normal(scale=2.0, size=(6, 4)), np.array([0, 3, 1, 1, 2, 0])


def check_single_example(ex) -> None:
    probs = np.array([[0.5, 0.25, 0.25]])
    _assert_close(ex.cross_entropy_from_probs(probs, np.array([1])), np.log(4), "loss at p=0.25")


def check_picks_each_rows_label(ex) -> None:
    probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]])
    labels = np.array([0, 2, 1])
    want = -np.mean(np.log([0.7, 0.8, 0.4]))
    _assert_close(ex.cross_entropy_from_probs(probs, labels), want, "loss of 3 rows, labels 0 2 1")


def check_from_logits_matches_log_softmax(ex) -> None:
    z, labels = _batch()
    _assert_close(ex.cross_entropy_from_logits(z, labels), _loss(z, labels), "loss from logits")


def check_large_logits_stay_finite(ex) -> None:
    z = np.array([[1000.0, 0.0], [0.0, 1000.0]])
    with np.errstate(all="ignore"):
        got = ex.cross_entropy_from_logits(z, np.array([1, 1]))
    _assert_close(got, 500.0, "mean loss for logits [[1000, 0], [0, 1000]], labels [1, 1]")


def check_gradient(ex) -> None:
    z, labels = _batch()
    got = _as_array(ex.cross_entropy_gradient(z, labels), "cross_entropy_gradient")
    numeric = np.zeros_like(z)
    h = 1e-6
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            e = np.zeros_like(z)
            e[i, j] = h
            numeric[i, j] = (_loss(z + e, labels) - _loss(z - e, labels)) / (2 * h)
    _assert_close(got, numeric, "the gradient vs finite differences", tol=1e-6)


def check_perplexity(ex) -> None:
    _assert_close(ex.perplexity(np.log(50_000)), 50_000, "perplexity of a uniform 50000-way guess")
    _assert_close(ex.perplexity(0.0), 1.0, "perplexity of a perfect model")


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
