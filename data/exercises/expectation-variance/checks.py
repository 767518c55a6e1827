"""Checks for the expectation and variance exercise."""

import numpy as np

_DATA = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])


def check_sample_mean(ex) -> None:
    _assert_close(ex.mean(_DATA), 5.0, f"mean({_DATA.tolist()})")
    x = np.random.default_rng(9).normal(3.0, 2.0, size=50)
    _assert_close(ex.mean(x), np.sum(x) / 50, "mean of 50 numbers", tol=1e-9)


def check_sample_variance_ddof(ex) -> None:
    _assert_close(ex.variance(_DATA), 4.0, f"variance({_DATA.tolist()}) with ddof=0")
    _assert_close(ex.variance(_DATA, ddof=1), 32.0 / 7.0, f"variance({_DATA.tolist()}, ddof=1)")


def check_fair_die(ex) -> None:
    faces, probs = np.arange(1.0, 7.0), np.full(6, 1 / 6)
    _assert_close(ex.expectation(faces, probs), 3.5, "E[X] of a fair die")
    _assert_close(ex.distribution_variance(faces, probs), 35 / 12, "Var(X) of a fair die")


def check_weighted_by_probabilities(ex) -> None:
    values, probs = np.array([0.0, 10.0]), np.array([0.9, 0.1])
    _assert_close(ex.expectation(values, probs), 1.0, "E[X] for 0 or 10 with probs 0.9 and 0.1")
    _assert_close(ex.distribution_variance(values, probs), 9.0, "Var(X) for the same X")


def check_affine_rule(ex) -> None:
    values, probs = np.array([-1.0, 0.5, 2.0, 4.0]), np.array([0.1, 0.4, 0.3, 0.2])
    mu = float(values @ probs)
    var = float(((values - mu) ** 2) @ probs)
    a, b = -3.0, 7.0
    _assert_close(ex.expectation(a * values + b, probs), a * mu + b, "E[-3X + 7]")
    _assert_close(ex.distribution_variance(a * values + b, probs), a**2 * var, "Var(-3X + 7)")


def check_init_scale_keeps_variance(ex) -> None:
    _assert_close(ex.init_std(256), 1 / 16, "init_std(256)")
    d = 64
    rng = np.random.default_rng(10)
    x = rng.normal(size=(32, d))
    for _ in range(10):
        W = rng.normal(size=(d, d)) * ex.init_std(d)
        x = x @ W
    got = ex.variance(x)
    if not 0.6 < got < 1.6:
        raise AssertionError(
            f"after 10 layers of width 64 the output variance is {got:.3g}, not ~1"
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
