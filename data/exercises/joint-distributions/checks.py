"""Checks for the joint, marginal and conditional distributions exercise."""

import itertools

import numpy as np

_JOINT = np.array([[0.10, 0.20, 0.10], [0.30, 0.05, 0.25]])


def _correlated_counts() -> np.ndarray:
    rng = np.random.default_rng(31)
    x = rng.normal(size=5000)
    y = 0.8 * x + 0.6 * rng.normal(size=5000)
    counts, _, _ = np.histogram2d(x, y, bins=[4, 5])
    return counts


def _pair(ex, joint: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p_x, p_y = _parts(ex.marginals(joint), 2, "marginals")
    return _as_array(p_x, "p_x from marginals"), _as_array(p_y, "p_y from marginals")


def check_joint_from_counts(ex) -> None:
    counts = np.array([[2.0, 4.0], [6.0, 8.0]])
    _assert_close(
        ex.joint_from_counts(counts), counts / 20, f"joint_from_counts({counts.tolist()})"
    )
    joint = _as_array(ex.joint_from_counts(_correlated_counts()), "the joint of a 4x5 histogram")
    if joint.shape != (4, 5):
        raise AssertionError(
            f"the joint of a 4x5 histogram should have shape (4, 5), got {joint.shape}"
        )
    _assert_close(joint.sum(), 1.0, "the sum of the joint of a 4x5 histogram")


def check_marginals(ex) -> None:
    p_x, p_y = _pair(ex, _JOINT)
    _assert_close(p_x, [0.4, 0.6], "p_x of [[.1, .2, .1], [.3, .05, .25]] (row sums)")
    _assert_close(p_y, [0.4, 0.25, 0.35], "p_y of the same table (column sums)")
    joint = _correlated_counts() / 5000
    p_x, p_y = _pair(ex, joint)
    _assert_close(p_x, joint.sum(axis=1), "p_x of a 4x5 joint")
    _assert_close(p_y, joint.sum(axis=0), "p_y of a 4x5 joint")


def check_conditional_rows(ex) -> None:
    want = np.array([[0.25, 0.5, 0.25], [0.5, 1 / 12, 5 / 12]])
    got = _as_array(ex.conditional_y_given_x(_JOINT), "conditional_y_given_x")
    _assert_close(got, want, "P(Y | X) of [[.1, .2, .1], [.3, .05, .25]]")
    joint = _correlated_counts() / 5000
    rows = _as_array(ex.conditional_y_given_x(joint), "P(Y | X) of a 4x5 joint")
    _assert_close(
        rows.sum(axis=1) if rows.ndim == 2 else rows, np.ones(4), "the row sums of P(Y | X)"
    )


def check_chain_rule_rebuilds_joint(ex) -> None:
    p_x = np.array([0.4, 0.6])
    conditional = np.array([[0.25, 0.5, 0.25], [0.5, 1 / 12, 5 / 12]])
    _assert_close(ex.joint_from_chain_rule(p_x, conditional), _JOINT, "p_x times P(Y | X)")
    joint = _correlated_counts() / 5000
    p_x = joint.sum(axis=1)
    _assert_close(
        ex.joint_from_chain_rule(p_x, joint / p_x[:, None]), joint, "the 4x5 joint rebuilt"
    )


def check_independent_joint(ex) -> None:
    p_x, p_y = np.array([0.2, 0.8]), np.array([0.5, 0.3, 0.2])
    joint = _as_array(ex.independent_joint(p_x, p_y), "independent_joint([.2, .8], [.5, .3, .2])")
    _assert_close(joint, np.outer(p_x, p_y), "independent_joint([.2, .8], [.5, .3, .2])")
    _assert_close(joint.sum(axis=0), p_y, "the column sums of the independent joint")
    rebuilt = _as_array(ex.independent_joint(_JOINT.sum(axis=1), _JOINT.sum(axis=0)), "p_x p_y")
    if rebuilt.shape == _JOINT.shape and np.allclose(rebuilt, _JOINT):
        raise AssertionError("the product of the marginals equals a dependent joint table")


def check_sequence_probability_factorises(ex) -> None:
    first = np.array([0.7, 0.3])
    transition = np.array([[0.9, 0.1], [0.4, 0.6]])
    got = _number(ex.sequence_probability(first, transition, [0, 1, 1]), "P([0, 1, 1])")
    _assert_close(got, 0.7 * 0.1 * 0.6, "P([0, 1, 1]) = P(0) P(1 | 0) P(1 | 1)")
    _assert_close(ex.sequence_probability(first, transition, [1]), 0.3, "P([1])")
    rng = np.random.default_rng(32)
    first = rng.dirichlet(np.ones(3))
    transition = rng.dirichlet(np.ones(3), size=3)
    total = sum(
        _number(ex.sequence_probability(first, transition, list(s)), f"P({list(s)})")
        for s in itertools.product(range(3), repeat=3)
    )
    _assert_close(total, 1.0, "the sum of P(sequence) over all 27 sequences of length 3")


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
