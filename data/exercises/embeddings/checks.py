"""Checks for the embedding-table exercise."""

import numpy as np


def check_one_hot(ex) -> None:
    got = _as_array(ex.one_hot(np.array([2, 0, 3, 2]), 5), "one_hot([2, 0, 3, 2], 5)")
    want = np.zeros((4, 5))
    want[[0, 1, 2, 3], [2, 0, 3, 2]] = 1.0
    _assert_close(got, want, "one_hot([2, 0, 3, 2], 5)")


def check_lookup_equals_one_hot_matmul(ex) -> None:
    rng = np.random.default_rng(40)
    table = rng.normal(size=(7, 4))
    ids = np.array([3, 0, 6, 3, 1])
    got = ex.embed(table, ids)
    _assert_close(got, table[ids], "embed(table, [3, 0, 6, 3, 1]) for a (7, 4) table")
    product = _as_array(ex.one_hot(ids, 7), "one_hot(ids, 7)") @ table
    _assert_close(got, product, "embed(table, ids) against one_hot(ids, 7) @ table")


def check_lookup_keeps_batch_shape(ex) -> None:
    rng = np.random.default_rng(41)
    table = rng.normal(size=(10, 3))
    ids = rng.integers(0, 10, size=(2, 5))
    got = _as_array(ex.embed(table, ids), "embed(table, ids) for ids of shape (2, 5)")
    if got.shape != (2, 5, 3):
        raise AssertionError(
            f"ids of shape (2, 5) and a (10, 3) table must give shape (2, 5, 3), got {got.shape}"
        )
    _assert_close(got, table[ids], "embed(table, ids) for ids of shape (2, 5)")


def check_gradient_is_scatter_add(ex) -> None:
    rng = np.random.default_rng(42)
    ids = np.array([[1, 4, 1], [4, 4, 0]])
    grad_out = rng.normal(size=(2, 3, 3))
    got = ex.embedding_grad((6, 3), ids, grad_out)
    want = np.zeros((6, 3))
    for v in range(6):
        want[v] = grad_out[ids == v].sum(axis=0)
    _assert_close(got, want, "the gradient for ids [[1, 4, 1], [4, 4, 0]] (4 appears 3 times)")
    # The same gradient by finite differences of L = sum(grad_out * embed(table, ids)).
    table = rng.normal(size=(6, 3))
    numeric = np.zeros((6, 3))
    for v, j in np.ndindex(6, 3):
        bumped = table.copy()
        bumped[v, j] += 1.0
        numeric[v, j] = np.sum(grad_out * bumped[ids]) - np.sum(grad_out * table[ids])
    _assert_close(got, numeric, "the gradient against finite differences")


def check_unused_rows_get_no_gradient(ex) -> None:
    ids = np.array([2, 5])
    grad_out = np.ones((2, 4))
    got = _as_array(ex.embedding_grad((8, 4), ids, grad_out), "embedding_grad((8, 4), [2, 5])")
    if got.shape != (8, 4):
        raise AssertionError(f"the gradient of an (8, 4) table must be (8, 4), got {got.shape}")
    unused = np.delete(np.arange(8), ids)
    if not np.all(got[unused] == 0):
        raise AssertionError(
            f"rows {unused.tolist()} were never looked up, so their gradient must be 0, "
            f"got up to {np.max(np.abs(got[unused])):.3g}"
        )
    _assert_close(got[ids], grad_out, "the gradient of rows 2 and 5")


def check_most_similar_uses_cosine(ex) -> None:
    table = np.array(
        [
            [1.0, 0.1, 0.0],  # 0
            [10.0, 9.0, 0.0],  # 1: long, but at 40 degrees from row 0
            [0.5, 0.06, 0.01],  # 2: short, almost parallel to row 0
            [0.0, 0.0, 3.0],  # 3
        ]
    )
    got = _number(ex.most_similar(table, 0), "most_similar(table, 0)")
    if got != 2:
        raise AssertionError(
            f"row 2 points almost the same way as row 0 (cosine 0.999) and row 1 does not "
            f"(cosine 0.81) but is longer: most_similar(table, 0) must be 2, got {got:g}"
        )
    got = _number(ex.most_similar(table, 3), "most_similar(table, 3)")
    if got != 2:
        raise AssertionError(f"most_similar(table, 3) must be 2 (never 3 itself), got {got:g}")


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
