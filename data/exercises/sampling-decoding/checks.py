"""Checks for the decoding (temperature, top-k, top-p, sampling) exercise."""

import numpy as np

PROBS = np.array([0.05, 0.5, 0.1, 0.2, 0.15])


def _softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max())
    return e / e.sum()


def _tempered(ex, logits: np.ndarray, temperature: float) -> np.ndarray:
    with np.errstate(all="ignore"):
        got = ex.softmax_with_temperature(logits, temperature)
    return _as_array(got, f"softmax_with_temperature(logits, {temperature:g})")


def _entropy(p: np.ndarray) -> float:
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)))


def check_temperature_one_is_softmax(ex) -> None:
    logits = np.random.default_rng(80).normal(scale=2.0, size=10)
    _assert_close(_tempered(ex, logits, 1.0), _softmax(logits), "softmax_with_temperature at T = 1")
    _assert_close(
        _tempered(ex, logits, 0.5), _softmax(logits / 0.5), "softmax_with_temperature at T = 0.5"
    )
    _assert_close(
        _tempered(ex, logits, 2.0), _softmax(logits / 2.0), "softmax_with_temperature at T = 2"
    )


def check_low_temperature_approaches_argmax(ex) -> None:
    logits = np.array([1.0, 3.0, 2.5, -1.0])
    _assert_close(_tempered(ex, logits, 1e-3), [0, 1, 0, 0], "softmax([1, 3, 2.5, -1] / 0.001)")


def check_high_temperature_flattens(ex) -> None:
    logits = np.random.default_rng(81).normal(scale=3.0, size=8)
    entropies = [_entropy(_tempered(ex, logits, t)) for t in (0.5, 1.0, 2.0, 10.0)]
    if not np.all(np.diff(entropies) > 0):
        shown = ", ".join(f"{e:.3f}" for e in entropies)
        raise AssertionError(f"the entropy must grow with T = 0.5, 1, 2, 10, got {shown}")
    _assert_close(_tempered(ex, logits, 1e6), np.full(8, 1 / 8), "softmax(logits / 10^6)", 1e-4)


def check_top_k_keeps_k(ex) -> None:
    got = _as_array(ex.top_k_filter(PROBS.copy(), 2), "top_k_filter(probs, 2)")
    _assert_close(got, [0, 0.5 / 0.7, 0, 0.2 / 0.7, 0], "top_k_filter([.05, .5, .1, .2, .15], 2)")
    got = _as_array(ex.top_k_filter(PROBS.copy(), 1), "top_k_filter(probs, 1)")
    _assert_close(got, [0, 1, 0, 0, 0], "top_k_filter([.05, .5, .1, .2, .15], 1)")
    _assert_close(ex.top_k_filter(PROBS.copy(), 5), PROBS, "top_k_filter(probs, 5) (keeps all)")


def check_top_p_keeps_smallest_set(ex) -> None:
    cases = [
        (0.6, [0, 0.5 / 0.7, 0, 0.2 / 0.7, 0]),
        (0.75, [0, 0.5 / 0.85, 0, 0.2 / 0.85, 0.15 / 0.85]),
        (0.3, [0, 1, 0, 0, 0]),
    ]
    for p, want in cases:
        got = _as_array(ex.top_p_filter(PROBS.copy(), p), f"top_p_filter(probs, {p})")
        _assert_close(got, want, f"top_p_filter([.05, .5, .1, .2, .15], {p})")


def check_sampler_frequencies(ex) -> None:
    n = 20000
    draws = _as_array(ex.sample(PROBS, n, np.random.default_rng(82)), f"sample(probs, {n}, rng)")
    if draws.shape != (n,):
        raise AssertionError(f"sample(probs, {n}, rng) must return shape ({n},), got {draws.shape}")
    if not np.all((draws >= 0) & (draws < 5) & (draws == np.round(draws))):
        raise AssertionError("sample must return token ids: whole numbers from 0 to len(probs) - 1")
    freqs = np.bincount(draws.astype(int), minlength=5) / n
    _assert_close(freqs, PROBS, f"the frequencies of {n} draws (seed 82)", 0.02)
    again = _as_array(
        ex.sample(PROBS, n, np.random.default_rng(82)), "a second sample with seed 82"
    )
    if not np.array_equal(again, draws):
        raise AssertionError("two samples with the same seed differ: draw from the rng passed in")
    kept = ex.top_k_filter(PROBS.copy(), 2)
    draws = _as_array(ex.sample(kept, 2000, np.random.default_rng(83)), "sample after top-k")
    if not set(np.unique(draws).astype(int)) <= {1, 3}:
        raise AssertionError(
            f"after top_k_filter(probs, 2) only tokens 1 and 3 may be drawn, got {np.unique(draws)}"
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
