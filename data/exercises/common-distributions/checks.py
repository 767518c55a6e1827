"""Checks for the samplers exercise (fixed seeds; tolerances of about 4 standard errors)."""

import numpy as np

_N = 40_000


class _Uniform:
    """Only uniform numbers: the samplers must build every distribution from these."""

    def __init__(self, seed: int) -> None:
        self._rng = np.random.default_rng(seed)

    def random(self, size: int) -> np.ndarray:
        return self._rng.random(size)

    def __getattr__(self, name: str) -> object:
        raise AssertionError(
            f"rng.{name} is not available: build the samples from rng.random(size)"
        )


def _samples(value: object, n: int, what: str) -> np.ndarray:
    got = _as_array(value, what)
    if got.shape != (n,):
        raise AssertionError(f"{what}: expected shape ({n},), got {got.shape}")
    return got


def check_bernoulli_formulas(ex) -> None:
    mean, var = _parts(ex.bernoulli_mean_variance(0.3), 2, "bernoulli_mean_variance")
    _assert_close(mean, 0.3, "the mean of Bernoulli(0.3)")
    _assert_close(var, 0.21, "the variance of Bernoulli(0.3)")


def check_bernoulli_samples(ex) -> None:
    x = _samples(ex.sample_bernoulli(0.3, _N, _Uniform(0)), _N, "sample_bernoulli(0.3, n)")
    if not np.isin(x, (0.0, 1.0)).all():
        raise AssertionError(f"Bernoulli samples must be 0 or 1, got {np.unique(x)[:5].tolist()}")
    _assert_close(x.mean(), 0.3, "the sample mean of Bernoulli(0.3)", tol=0.01)
    _assert_close(x.var(), 0.21, "the sample variance of Bernoulli(0.3)", tol=0.01)


def check_gaussian_mean_and_variance(ex) -> None:
    x = _samples(ex.sample_gaussian(2.0, 3.0, _N, _Uniform(1)), _N, "sample_gaussian(2, 3, n)")
    _assert_close(x.mean(), 2.0, "the sample mean of Gaussian(2, 3)", tol=0.06)
    _assert_close(x.std(), 3.0, "the sample standard deviation of Gaussian(2, 3)", tol=0.05)


def check_gaussian_shape(ex) -> None:
    z = _samples(ex.sample_gaussian(0.0, 1.0, _N, _Uniform(2)), _N, "sample_gaussian(0, 1, n)")
    within_one = float(np.mean(np.abs(z) < 1))
    within_two = float(np.mean(np.abs(z) < 2))
    _assert_close(within_one, 0.6827, "the fraction of samples within one sigma", tol=0.01)
    _assert_close(within_two, 0.9545, "the fraction of samples within two sigma", tol=0.006)


def check_categorical_frequencies(ex) -> None:
    probs = np.array([0.1, 0.2, 0.7])
    k = _samples(ex.sample_categorical(probs, _N, _Uniform(3)), _N, "sample_categorical")
    if not np.isin(k, (0.0, 1.0, 2.0)).all():
        raise AssertionError(f"indices must be in 0..2, got values {np.unique(k).tolist()}")
    freq = np.array([np.mean(k == i) for i in range(3)])
    _assert_close(freq, probs, "the category frequencies for probs [0.1, 0.2, 0.7]", tol=0.01)


def check_categorical_zero_probability(ex) -> None:
    probs = np.array([0.0, 0.5, 0.0, 0.5])
    k = _samples(ex.sample_categorical(probs, _N, _Uniform(4)), _N, "sample_categorical")
    drawn = sorted({int(i) for i in np.unique(k)})
    if drawn != [1, 3]:
        raise AssertionError(f"probs [0, 0.5, 0, 0.5] may only give 1 and 3, got {drawn}")


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
