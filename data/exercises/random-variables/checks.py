"""Checks for the random variables exercise."""

import numpy as np


def check_pmf_sums_to_one(ex) -> None:
    samples = np.array([1, 3, 3, 2, 3, 1, 3, 2])
    want = np.array([2, 2, 4, 0]) / 8
    _assert_close(
        ex.pmf_from_samples(samples, np.array([1, 2, 3, 4])),
        want,
        f"the PMF of {samples.tolist()} on 1..4",
    )
    rolls = np.random.default_rng(21).integers(1, 7, size=30_000)
    pmf = _as_array(ex.pmf_from_samples(rolls, np.arange(1, 7)), "the PMF of 30,000 die rolls")
    _assert_close(pmf.sum(), 1.0, "the sum of the PMF of 30,000 die rolls")
    if np.max(np.abs(pmf - 1 / 6)) > 0.01:
        raise AssertionError(
            f"each face of a fair die has mass about 1/6, got {np.round(pmf, 3).tolist()}"
        )


def check_cdf_is_monotone_and_ends_at_one(ex) -> None:
    pmf = np.array([0.1, 0.0, 0.4, 0.2, 0.3])
    _assert_close(ex.cdf_from_pmf(pmf), [0.1, 0.1, 0.5, 0.7, 1.0], f"cdf_from_pmf({pmf.tolist()})")
    random_pmf = np.random.default_rng(22).dirichlet(np.ones(20))
    cdf = _as_array(ex.cdf_from_pmf(random_pmf), "the CDF of a random PMF on 20 values")
    if cdf.shape != (20,) or np.any(np.diff(cdf) < -1e-12):
        raise AssertionError(
            f"a CDF has one value per support point and never decreases, got {np.round(cdf, 3)}"
        )
    _assert_close(cdf[-1], 1.0, "the last value of the CDF")


def check_expectation_of_a_function(ex) -> None:
    faces, probs = np.arange(1.0, 7.0), np.full(6, 1 / 6)
    _assert_close(ex.expectation_of(np.square, faces, probs), 91 / 6, "E[X^2] of a fair die")
    _assert_close(ex.expectation_of(lambda v: v, faces, probs), 3.5, "E[X] of a fair die")
    values, p = np.array([-2.0, 0.0, 1.0]), np.array([0.25, 0.5, 0.25])
    _assert_close(
        ex.expectation_of(np.abs, values, p), 0.75, "E[|X|] for -2, 0, 1 with probs .25, .5, .25"
    )


def check_pdf_can_exceed_one(ex) -> None:
    _assert_close(
        ex.exponential_pdf(np.array([0.0, 1.0]), 3.0),
        [3.0, 3 * np.exp(-3.0)],
        "exponential_pdf([0, 1], rate=3)",
    )
    _assert_close(
        ex.exponential_pdf(np.array([-1.0, -0.1]), 3.0), [0.0, 0.0], "exponential_pdf at negative x"
    )
    x = np.linspace(0.0, 20.0, 200_001)
    for rate in (0.5, 3.0):
        f = _as_array(ex.exponential_pdf(x, rate), f"exponential_pdf on a grid, rate {rate}")
        if f.shape != x.shape:
            raise AssertionError(
                f"exponential_pdf should return one value per point, got shape {f.shape}"
            )
        area = float(np.sum((f[1:] + f[:-1]) / 2 * np.diff(x)))
        if abs(area - 1.0) > 1e-3:
            raise AssertionError(
                f"the area under the exponential density with rate {rate} is {area:.4f}, not 1"
            )


def check_exponential_cdf(ex) -> None:
    x = np.array([-2.0, 0.0, 0.5, 1.0, 4.0])
    want = np.where(x < 0, 0.0, 1 - np.exp(-2.0 * np.clip(x, 0, None)))
    _assert_close(ex.exponential_cdf(x, 2.0), want, f"exponential_cdf({x.tolist()}, rate=2)")
    median = np.log(2) / 2.0
    _assert_close(
        ex.exponential_cdf(np.array([median]), 2.0), [0.5], "the CDF at the median ln(2)/rate"
    )


def check_empirical_cdf(ex) -> None:
    small = np.array([3.0, 1.0, 2.0, 2.0])
    got = ex.empirical_cdf(small, np.array([0.0, 1.0, 2.0, 2.5, 3.0]))
    _assert_close(
        got, [0.0, 0.25, 0.75, 0.75, 1.0], f"empirical_cdf({small.tolist()}) at 0, 1, 2, 2.5, 3"
    )
    samples = np.random.default_rng(23).exponential(scale=1 / 1.5, size=10_000)
    x = np.linspace(0.0, 4.0, 81)
    got = _as_array(ex.empirical_cdf(samples, x), "the empirical CDF of 10,000 samples")
    if got.shape != x.shape:
        raise AssertionError(
            f"empirical_cdf should return one value per point of x, got shape {got.shape}"
        )
    gap = float(np.max(np.abs(got - (1 - np.exp(-1.5 * x)))))
    if gap > 0.02:
        raise AssertionError(
            f"the empirical CDF of 10,000 exponential samples is {gap:.3f} away from the true CDF"
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


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool | np.bool_):
        raise AssertionError(f"{what} should be True or False, got {value!r:.80}")
    return bool(value)
