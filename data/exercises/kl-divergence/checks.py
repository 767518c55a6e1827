"""Checks for the KL divergence exercise."""

import numpy as np

_P = np.array([0.5, 0.5])
_Q = np.array([0.9, 0.1])


def _kl(p: np.ndarray, q: np.ndarray) -> float:
    return float(np.sum(p * np.log(p / q)))


def check_reference_value(ex) -> None:
    _assert_close(ex.kl_divergence(_P, _Q), _kl(_P, _Q), "KL([0.5, 0.5] || [0.9, 0.1])")


def check_non_negative_and_zero_iff_equal(ex) -> None:
    rng = np.random.default_rng(15)
    for _ in range(20):
        p, q = rng.dirichlet(np.ones(4)), rng.dirichlet(np.ones(4))
        got = _number(ex.kl_divergence(p, q), "kl_divergence(p, q)")
        if not got > 0:
            raise AssertionError(f"KL(p || q) = {got:.4g} for p != q: it must be positive")
        _assert_close(ex.kl_divergence(p, p), 0.0, "KL(p || p)", tol=1e-12)


def check_asymmetric(ex) -> None:
    forward, backward = ex.kl_divergence(_P, _Q), ex.kl_divergence(_Q, _P)
    _assert_close(forward, _kl(_P, _Q), "KL([0.5, 0.5] || [0.9, 0.1])")
    _assert_close(backward, _kl(_Q, _P), "KL([0.9, 0.1] || [0.5, 0.5])")


def check_cross_entropy_minus_entropy(ex) -> None:
    p, q = np.array([0.2, 0.5, 0.3]), np.array([0.4, 0.4, 0.2])
    _assert_close(ex.cross_entropy(p, q), -np.sum(p * np.log(q)), "H(p, q)")
    _assert_close(ex.entropy(p), -np.sum(p * np.log(p)), "H(p)")
    diff = _number(ex.cross_entropy(p, q), "cross_entropy") - _number(ex.entropy(p), "entropy")
    _assert_close(diff, ex.kl_divergence(p, q), "H(p, q) - H(p) against your KL(p || q)")


def check_zero_probabilities(ex) -> None:
    with np.errstate(all="ignore"):
        got = ex.kl_divergence(np.array([1.0, 0.0]), np.array([0.5, 0.5]))
        infinite = _number(
            ex.kl_divergence(np.array([0.5, 0.5]), np.array([1.0, 0.0])), "kl_divergence"
        )
    _assert_close(got, np.log(2), "KL([1, 0] || [0.5, 0.5])")
    if not infinite == np.inf:
        raise AssertionError(
            f"KL([0.5, 0.5] || [1, 0]) must be inf (q = 0 where p > 0), got {infinite}"
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
