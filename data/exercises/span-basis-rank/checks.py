"""Checks for the span, basis and rank exercise."""

import numpy as np


def _features(seed: int = 71) -> np.ndarray:
    X = np.random.default_rng(seed).normal(size=(100, 4))
    return np.column_stack([X, X[:, 0] + 2 * X[:, 2]])


def _int(value: object, what: str) -> int:
    got = _number(value, what)
    if got != round(got):
        raise AssertionError(f"{what} should be a whole number, got {got}")
    return int(got)


def _check_rank(ex, A: np.ndarray, want: int, what: str, **tol: float) -> None:
    got = _int(ex.rank(A, **tol), what)
    if got != want:
        raise AssertionError(f"{what} should be {want}, got {got}")


def check_rank_of_dependent_features(ex) -> None:
    _check_rank(
        ex, _features(), 4, "the rank of 100 x 5 features with column 5 = column 1 + 2 column 3"
    )
    three = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 2.0]])
    _check_rank(ex, three, 2, "the rank of columns (1, 0, 1), (0, 1, 1), (1, 1, 2)")
    rng = np.random.default_rng(72)
    _check_rank(ex, rng.normal(size=(100, 5)), 5, "the rank of random 100 x 5 features")
    update = rng.normal(size=(50, 4)) @ rng.normal(size=(4, 60))
    _check_rank(ex, update, 4, "the rank of a LoRA-style update B @ A with r = 4")


def check_rank_is_scale_free(ex) -> None:
    for scale in (1e-12, 1e12):
        _check_rank(ex, scale * _features(), 4, f"the rank of {scale:g} * the dependent features")
    _check_rank(ex, np.zeros((3, 3)), 0, "the rank of the 3 x 3 zero matrix")


def check_rank_tolerance_sees_noise(ex) -> None:
    noisy = _features() + 1e-6 * np.random.default_rng(73).normal(size=(100, 5))
    _check_rank(ex, noisy, 5, "rank(features + 1e-6 noise, tol=1e-10)", tol=1e-10)
    _check_rank(ex, noisy, 4, "rank(features + 1e-6 noise, tol=1e-4)", tol=1e-4)


def check_basis_is_orthonormal_and_spans(ex) -> None:
    V = _features()
    B = _as_array(ex.basis_of_span(V), "basis_of_span of the dependent features")
    if B.shape != (100, 4):
        raise AssertionError(
            f"a basis of a 4-dimensional span in R^100 has shape (100, 4), got {B.shape}"
        )
    _assert_close(B.T @ B, np.eye(4), "B^T B for the basis B")
    _assert_close(B @ (B.T @ V), V, "the features projected onto the span of B", tol=1e-8)
    line = np.array([[1.0, -2.0], [2.0, -4.0], [2.0, -4.0]])
    b = _as_array(ex.basis_of_span(line), "basis_of_span of two parallel vectors")
    _assert_close(
        np.abs(b),
        np.array([[1.0], [2.0], [2.0]]) / 3,
        "the basis of the span of (1, 2, 2) and (-2, -4, -4)",
    )


def check_vector_in_span(ex) -> None:
    V = _features()
    inside = V[:, :4] @ np.array([0.5, -1.0, 2.0, 3.0])
    if not _bool(ex.in_span(V, inside), "in_span(V, a combination of its columns)"):
        raise AssertionError(
            "0.5 v1 - v2 + 2 v3 + 3 v4 is in the span of the columns: expected True"
        )
    outside = np.random.default_rng(74).normal(size=100)
    if _bool(ex.in_span(V, outside), "in_span(V, a random vector of R^100)"):
        raise AssertionError(
            "a random vector of R^100 is not in a 4-dimensional span: expected False"
        )
    plane = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    if _bool(ex.in_span(plane, np.array([1.0, 1.0, 1e-3])), "in_span(xy-plane, (1, 1, 0.001))"):
        raise AssertionError("(1, 1, 0.001) is not in the xy-plane: expected False")


def check_independent_columns(ex) -> None:
    got = ex.independent_columns(_features())
    if got is None or [int(i) for i in np.ravel(got)] != [0, 1, 2, 3]:
        raise AssertionError(
            f"column 5 = column 1 + 2 column 3: keep columns [0, 1, 2, 3], got {got!r:.80}"
        )
    rng = np.random.default_rng(75)
    a, b, c = rng.normal(size=(3, 6))
    A = np.column_stack([a, a, b, 2 * b - a, c, np.zeros(6)])
    got = ex.independent_columns(A)
    if got is None or [int(i) for i in np.ravel(got)] != [0, 2, 4]:
        raise AssertionError(f"columns a, a, b, 2b - a, c, 0: keep [0, 2, 4], got {got!r:.80}")


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
