"""Checks for the multivariate Gaussian exercise."""

import numpy as np

_MEAN = np.array([1.0, -2.0, 0.5])
_COV = np.array([[2.0, 1.2, -0.4], [1.2, 1.5, 0.3], [-0.4, 0.3, 0.8]])


def _reference_logpdf(x: np.ndarray, mean: np.ndarray, cov: np.ndarray) -> np.ndarray:
    d = mean.size
    diff = x - mean
    _, logdet = np.linalg.slogdet(cov)
    maha = np.sum(diff * np.linalg.solve(cov, diff.T).T, axis=1)
    return -0.5 * (d * np.log(2 * np.pi) + logdet + maha)


def _draw(ex, n: int, seed: int) -> np.ndarray:
    x = _as_array(ex.sample_mvn(_MEAN, _COV, n, np.random.default_rng(seed)), "sample_mvn")
    if x.shape != (n, 3):
        raise AssertionError(f"sample_mvn(mean of length 3, n={n}) must be ({n}, 3), got {x.shape}")
    return x


def check_sample_shape_and_mean(ex) -> None:
    x = _draw(ex, 20_000, seed=0)
    _assert_close(x.mean(axis=0), _MEAN, "the mean of 20000 samples", tol=0.05)


def check_sample_covariance(ex) -> None:
    x = _draw(ex, 20_000, seed=1)
    _assert_close(np.cov(x, rowvar=False), _COV, "the covariance of 20000 samples", tol=0.08)


def check_logpdf_reference(ex) -> None:
    x = np.random.default_rng(2).normal(size=(5, 3)) * 2
    want = _reference_logpdf(x, _MEAN, _COV)
    _assert_close(ex.mvn_logpdf(x, _MEAN, _COV), want, "mvn_logpdf of 5 points in 3-d", 1e-8)


def check_logpdf_one_dimension(ex) -> None:
    x = np.array([[0.0], [1.0], [-2.5]])
    s2 = 4.0
    want = -0.5 * np.log(2 * np.pi * s2) - (x[:, 0] - 1.0) ** 2 / (2 * s2)
    got = ex.mvn_logpdf(x, np.array([1.0]), np.array([[s2]]))
    _assert_close(got, want, "mvn_logpdf in 1-d with mean 1 and variance 4", tol=1e-9)


def check_density_integrates_to_one(ex) -> None:
    mean, cov = np.array([0.5, -0.5]), np.array([[1.0, 0.6], [0.6, 2.0]])
    grid = np.linspace(-8.0, 8.0, 161)
    step = grid[1] - grid[0]
    xx, yy = np.meshgrid(grid, grid)
    points = np.column_stack([xx.ravel(), yy.ravel()])
    total = float(np.sum(np.exp(_as_array(ex.mvn_logpdf(points, mean, cov), "mvn_logpdf"))))
    _assert_close(total * step**2, 1.0, "the integral of exp(mvn_logpdf) over the plane", 1e-3)


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
