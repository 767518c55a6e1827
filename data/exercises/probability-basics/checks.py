"""Checks for the probability basics exercise."""

import numpy as np


def _sum_is_seven(a, b):
    return a + b == 7


def _at_least_one_six(a, b):
    return (a == 6) | (b == 6)


def check_counting_two_dice(ex) -> None:
    _assert_close(ex.probability_by_counting(_sum_is_seven), 6 / 36, "P(sum = 7)")
    _assert_close(ex.probability_by_counting(_at_least_one_six), 11 / 36, "P(at least one six)")
    _assert_close(ex.probability_by_counting(lambda a, b: a == b), 6 / 36, "P(doubles)")
    _assert_close(ex.probability_by_counting(lambda a, b: a > b), 15 / 36, "P(first > second)")


def check_simulation_is_fair_and_reproducible(ex) -> None:
    rolls = _as_array(ex.roll_two_dice(60_000, 1), "roll_two_dice(60000, 1)")
    if rolls.shape != (60_000, 2):
        raise AssertionError(
            f"roll_two_dice(60000, 1) should have shape (60000, 2), got {rolls.shape}"
        )
    faces = np.unique(rolls).astype(int)
    if faces.tolist() != [1, 2, 3, 4, 5, 6]:
        raise AssertionError(f"the rolls should take the values 1..6, got {faces[:10].tolist()}")
    shares = np.array([np.mean(rolls == face) for face in range(1, 7)])
    if np.max(np.abs(shares - 1 / 6)) > 0.01:
        raise AssertionError(
            f"each face should come up about 1/6 of the time, got {np.round(shares, 3).tolist()}"
        )
    again = _as_array(ex.roll_two_dice(60_000, 1), "roll_two_dice(60000, 1) called again")
    if again.shape != rolls.shape or not np.array_equal(again, rolls):
        raise AssertionError("roll_two_dice(60000, 1) gave different rolls twice: use the seed")
    other = _as_array(ex.roll_two_dice(60_000, 2), "roll_two_dice(60000, 2)")
    if other.shape == rolls.shape and np.array_equal(other, rolls):
        raise AssertionError("seeds 1 and 2 gave the same rolls: pass the seed to default_rng")


def check_empirical_frequency_converges(ex) -> None:
    fixed = np.array([[1, 6], [3, 4], [6, 6], [2, 2]])
    _assert_close(
        ex.empirical_probability(fixed, _sum_is_seven), 0.5, f"P(sum = 7) in {fixed.tolist()}"
    )
    rolls = np.random.default_rng(14).integers(1, 7, size=(200_000, 2))
    for name, event, exact in (
        ("sum = 7", _sum_is_seven, 6 / 36),
        ("at least one six", _at_least_one_six, 11 / 36),
    ):
        got = _number(ex.empirical_probability(rolls, event), f"empirical P({name})")
        if abs(got - exact) > 0.005:
            raise AssertionError(
                f"empirical P({name}) over 200,000 rolls is {got:.4f}, exact {exact:.4f}"
            )


def check_complement_rule(ex) -> None:
    _assert_close(ex.at_least_one(0.5, 3), 7 / 8, "P(at least one head in 3 fair flips)")
    _assert_close(ex.at_least_one(1 / 6, 2), 11 / 36, "P(at least one six with 2 dice)")
    _assert_close(ex.at_least_one(1 / 6, 6), 1 - (5 / 6) ** 6, "P(at least one six with 6 dice)")
    _assert_close(ex.at_least_one(0.3, 0), 0.0, "P(at least one success in 0 trials)")


def check_union_rule(ex) -> None:
    _assert_close(ex.union_probability(1 / 6, 1 / 6, 1 / 36), 11 / 36, "P(first six or second six)")
    _assert_close(ex.union_probability(0.5, 0.5, 0.5), 0.5, "P(A or A) with P(A) = 0.5")
    _assert_close(ex.union_probability(0.2, 0.3, 0.0), 0.5, "P(A or B) for disjoint A and B")


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
