"""Checks for the stable softmax and log-sum-exp exercise."""

import numpy as np


def check_logsumexp_small_inputs(ex) -> None:
    x = np.array([0.5, -1.0, 2.0, 0.0])
    _assert_close(ex.logsumexp(x), np.log(np.sum(np.exp(x))), "logsumexp([0.5, -1, 2, 0])")
    rows = np.random.default_rng(0).normal(size=(3, 4))
    want = np.log(np.sum(np.exp(rows), axis=-1))
    _assert_close(ex.logsumexp(rows), want, "logsumexp of a (3, 4) array, one value per row")


def check_logsumexp_large_inputs(ex) -> None:
    x = np.array([1000.0, 1001.0])
    with np.errstate(all="ignore"):
        got = ex.logsumexp(x)
    _assert_close(got, 1001.0 + np.log1p(np.exp(-1.0)), "logsumexp([1000, 1001])")
    with np.errstate(all="ignore"):
        got = ex.logsumexp(np.array([-1000.0, -1001.0]))
    _assert_close(got, -1000.0 + np.log1p(np.exp(-1.0)), "logsumexp([-1000, -1001])")


def check_softmax_large_inputs(ex) -> None:
    with np.errstate(all="ignore"):
        got = ex.softmax(np.array([1000.0, 1001.0]))
    e = np.exp(-1.0)
    _assert_close(got, [e / (1 + e), 1 / (1 + e)], "softmax([1000, 1001])")


def check_softmax_rows_sum_to_one(ex) -> None:
    rows = np.random.default_rng(1).normal(scale=3.0, size=(5, 7))
    got = _as_array(ex.softmax(rows), "softmax of a (5, 7) array")
    if got.shape != rows.shape:
        raise AssertionError(f"softmax of a (5, 7) array returned shape {got.shape}")
    _assert_close(got.sum(axis=-1), np.ones(5), "the row sums of softmax of a (5, 7) array")
    want = np.exp(rows) / np.exp(rows).sum(axis=-1, keepdims=True)
    _assert_close(got, want, "softmax of a (5, 7) array")


def check_log_softmax_stays_finite(ex) -> None:
    with np.errstate(all="ignore"):
        got = ex.log_softmax(np.array([0.0, -1000.0]))
    _assert_close(got, [0.0, -1000.0], "log_softmax([0, -1000])")
    rows = np.random.default_rng(2).normal(size=(2, 3))
    want = rows - np.log(np.exp(rows).sum(axis=-1, keepdims=True))
    _assert_close(ex.log_softmax(rows), want, "log_softmax of a (2, 3) array")


def check_shift_invariance(ex) -> None:
    x = np.array([[0.2, -0.4, 1.3], [3.0, 3.0, -2.0]])
    shift = np.array([[50.0], [-700.0]])
    with np.errstate(all="ignore"):
        shifted = ex.softmax(x + shift)
    _assert_close(shifted, ex.softmax(x), "softmax(x + c) against softmax(x), c per row")


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
