"""Checks for the conditional probability and Bayes' rule exercise."""

import numpy as np

_TEXT = ["the", "cat", "sat", "on", "the", "mat", "and", "the", "cat", "ran", "on", "the", "mat"]


def check_conditional_from_counts(ex) -> None:
    counts = np.array([[30.0, 10.0], [20.0, 40.0]])
    want = np.array([[30 / 50, 10 / 50], [20 / 50, 40 / 50]])
    _assert_close(ex.conditional_from_counts(counts), want, "P(A | B) for [[30, 10], [20, 40]]")
    three = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
    got = _as_array(ex.conditional_from_counts(three), "P(A | B) of a 2x3 table")
    _assert_close(got.sum(axis=0), np.ones(3), "the column sums of P(A | B) of a 2x3 table")


def check_independence(ex) -> None:
    independent = np.outer([10.0, 30.0], [2.0, 3.0, 5.0])
    if not ex.are_independent(independent):
        raise AssertionError(f"{independent.tolist()} is an outer product: A and B independent")
    dependent = np.array([[30.0, 10.0], [20.0, 40.0]])
    if ex.are_independent(dependent):
        raise AssertionError("[[30, 10], [20, 40]]: P(A=0 | B=0) = 0.6 but P(A=0) = 0.4")


def check_bigram_probabilities(ex) -> None:
    vocabulary = ["the", "cat", "sat", "on", "mat", "and", "ran"]
    P = _as_array(ex.bigram_probabilities(_TEXT, vocabulary), "bigram_probabilities")
    if P.shape != (7, 7):
        raise AssertionError(f"7 words in the vocabulary give a (7, 7) table, got {P.shape}")
    _assert_close(P.sum(axis=1), np.ones(7), "the row sums of P(next | current)")
    the, cat, mat = 0, 1, 4
    _assert_close(P[the, cat], 0.5, "P(cat | the) (the -> cat twice, the -> mat twice)")
    _assert_close(P[cat, vocabulary.index("ran")], 0.5, "P(ran | cat)")
    _assert_close(P[mat, vocabulary.index("and")], 1.0, "P(and | mat)")
    _assert_close(P[the, mat], 0.5, "P(mat | the)")


def check_disease_test_posterior(ex) -> None:
    want = 0.99 * 0.01 / (0.99 * 0.01 + 0.05 * 0.99)
    got = ex.disease_given_positive(0.99, 0.95, 0.01)
    _assert_close(got, want, "P(disease | +) with sensitivity 0.99, specificity 0.95, base 0.01")
    got = ex.disease_given_positive(0.9, 0.8, 0.5)
    _assert_close(got, 0.45 / (0.45 + 0.1), "P(disease | +) with 0.9, 0.8 and base 0.5")


def check_posterior_is_normalised(ex) -> None:
    prior = np.array([0.5, 0.3, 0.2])
    likelihood = np.array([0.1, 0.4, 0.8])
    want = prior * likelihood / np.sum(prior * likelihood)
    _assert_close(ex.posterior(prior, likelihood), want, "posterior([.5, .3, .2], [.1, .4, .8])")
    flat = ex.posterior(np.full(4, 0.25), np.array([1.0, 2.0, 3.0, 4.0]))
    _assert_close(flat, np.array([1.0, 2.0, 3.0, 4.0]) / 10, "posterior with a uniform prior")


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
