"""Checks for the entropy exercise."""

import numpy as np


def check_fair_coin(ex) -> None:
    _assert_close(ex.entropy(np.array([0.5, 0.5])), 1.0, "entropy([0.5, 0.5]) in bits")
    _assert_close(ex.entropy(np.array([0.5, 0.5]), base=np.e), np.log(2), "the same in nats")
    biased = np.array([0.9, 0.1])
    want = -(0.9 * np.log2(0.9) + 0.1 * np.log2(0.1))
    _assert_close(ex.entropy(biased), want, "entropy([0.9, 0.1]) in bits")


def check_four_sided_die(ex) -> None:
    _assert_close(ex.entropy(np.full(4, 0.25)), 2.0, "entropy of a fair 4-sided die in bits")


def check_zero_probabilities(ex) -> None:
    with np.errstate(all="ignore"):
        certain = ex.entropy(np.array([0.0, 1.0, 0.0]))
        half = ex.entropy(np.array([0.5, 0.0, 0.5]))
    _assert_close(certain, 0.0, "entropy([0, 1, 0])")
    _assert_close(half, 1.0, "entropy([0.5, 0, 0.5])")


def check_uniform_is_maximal(ex) -> None:
    rng = np.random.default_rng(12)
    top = np.log2(5)
    _assert_close(ex.entropy(np.full(5, 0.2)), top, "entropy of the uniform distribution on 5")
    for _ in range(20):
        p = rng.dirichlet(np.ones(5))
        h = float(ex.entropy(p))
        if not 0.0 <= h <= top + 1e-12:
            raise AssertionError(
                f"entropy({np.round(p, 3).tolist()}) = {h:.4f}, outside [0, log2 5]"
            )


def check_temperature(ex) -> None:
    logits = np.random.default_rng(13).normal(scale=4.0, size=1000)
    logits[0] = 400.0
    previous = -1.0
    for T in (0.5, 1.0, 2.0, 50.0):
        with np.errstate(all="ignore"):
            p = _as_array(ex.softmax_with_temperature(logits, T), f"softmax at T={T}")
        z = logits / T
        want = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
        _assert_close(p, want, f"softmax_with_temperature(logits, {T})", tol=1e-9)
        h = float(ex.entropy(p))
        if not h > previous:
            raise AssertionError(f"the entropy did not rise with temperature: {h:.4f} at T={T}")
        previous = h


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
