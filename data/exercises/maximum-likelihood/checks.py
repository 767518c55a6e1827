"""Checks for the maximum-likelihood exercise."""

import numpy as np

_X = np.array([2.1, 3.4, 1.9, 4.2, 2.8, 3.3, 2.2, 3.9])
_COINS = np.array([1, 0, 1, 1, 0, 1, 1, 0, 1, 1])


def _nll(x: np.ndarray, mu: float, sigma: float) -> float:
    return float(np.sum(0.5 * np.log(2 * np.pi * sigma**2) + (x - mu) ** 2 / (2 * sigma**2)))


def check_gaussian_nll(ex) -> None:
    for mu, sigma in ((3.0, 1.0), (2.5, 0.5), (0.0, 3.0)):
        got = ex.gaussian_nll(_X, mu, sigma)
        _assert_close(got, _nll(_X, mu, sigma), f"gaussian_nll(x, mu={mu}, sigma={sigma})")


def check_gaussian_mle(ex) -> None:
    mu, sigma = _parts(ex.gaussian_mle(_X), 2, "gaussian_mle")
    _assert_close(mu, np.mean(_X), "the MLE of mu")
    _assert_close(sigma, np.std(_X), "the MLE of sigma (divide by n)")


def check_gaussian_mle_minimises_nll(ex) -> None:
    mu, sigma = (_number(v, "the MLE") for v in _parts(ex.gaussian_mle(_X), 2, "gaussian_mle"))
    best = _number(ex.gaussian_nll(_X, mu, sigma), "gaussian_nll")
    for dmu, dsigma in ((0.02, 0), (-0.02, 0), (0, 0.02), (0, -0.02)):
        nearby = _number(ex.gaussian_nll(_X, mu + dmu, sigma + dsigma), "gaussian_nll")
        if nearby < best - 1e-12:
            raise AssertionError(
                f"NLL at (mu {mu + dmu:.4f}, sigma {sigma + dsigma:.4f}) is {nearby:.6f}, "
                f"below {best:.6f} at your MLE (mu {mu:.4f}, sigma {sigma:.4f})"
            )


def check_bernoulli_nll(ex) -> None:
    for p in (0.5, 0.7, 0.2):
        want = -np.sum(_COINS * np.log(p) + (1 - _COINS) * np.log(1 - p))
        _assert_close(ex.bernoulli_nll(_COINS, p), want, f"bernoulli_nll of 7 ones, 3 zeros, p={p}")


def check_bernoulli_mle(ex) -> None:
    p = _number(ex.bernoulli_mle(_COINS), "bernoulli_mle")
    _assert_close(p, 0.7, "the MLE of p for 7 ones in 10")
    h = 1e-6
    plus = _number(ex.bernoulli_nll(_COINS, p + h), "bernoulli_nll")
    minus = _number(ex.bernoulli_nll(_COINS, p - h), "bernoulli_nll")
    slope = (plus - minus) / (2 * h)
    _assert_close(slope, 0.0, "d NLL / dp at your MLE", tol=1e-4)


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
