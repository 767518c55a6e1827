import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def _solve(ex, A, b):
    x = np.asarray(ex.solve(A.copy(), b.copy()), dtype=float)
    if x.shape != b.shape:
        raise AssertionError(f"solve with b of shape {b.shape} returned shape {x.shape}")
    return x


def check_solves_known_system(ex) -> None:
    A = np.array([[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]])
    b = np.array([8.0, -11.0, -3.0])
    x = _solve(ex, A, b)
    if not np.allclose(x, [2.0, 3.0, -1.0]):
        raise AssertionError(
            f"2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3: got "
            f"{np.round(x, 6).tolist()}, expected [2, 3, -1]"
        )


def check_matches_numpy_on_random_systems(ex) -> None:
    rng = np.random.default_rng(50)
    for n in (1, 4, 8):
        A = rng.normal(size=(n, n)) + n * np.eye(n)
        b = rng.normal(size=n)
        x = _solve(ex, A, b)
        if not np.allclose(A @ x, b, atol=1e-8):
            raise AssertionError(
                f"random {n}×{n} system: |A x - b| = "
                f"{np.linalg.norm(A @ x - b):.3g}, expected about 0"
            )


def check_zero_and_tiny_pivots(ex) -> None:
    A = np.array([[0.0, 1.0], [1.0, 1.0]])
    x = _solve(ex, A, np.array([1.0, 2.0]))
    if not np.all(np.isfinite(x)) or not np.allclose(x, [1.0, 1.0]):
        raise AssertionError(
            f"[[0, 1], [1, 1]] x = [1, 2] (a zero first pivot): got {x.tolist()}, expected [1, 1]"
        )
    A = np.array([[1e-20, 1.0], [1.0, 1.0]])
    x = _solve(ex, A, np.array([1.0, 2.0]))
    if not np.allclose(x, [1.0, 1.0], atol=1e-9):
        raise AssertionError(
            f"[[1e-20, 1], [1, 1]] x = [1, 2] (a tiny first pivot): got "
            f"{x.tolist()}, expected about [1, 1]; rounding ruined the answer"
        )


def check_singular_system_raises(ex) -> None:
    A = np.array([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0], [0.0, 1.0, 4.0]])
    try:
        got = ex.solve(A, np.array([1.0, 1.0, 2.0]))
    except ValueError:
        return
    raise AssertionError(
        f"a system with two identical rows returned {np.asarray(got).tolist()} "
        "instead of raising ValueError"
    )


def check_determinant_from_pivots(ex) -> None:
    rng = np.random.default_rng(51)
    cases = [
        np.array([[0.0, 1.0], [1.0, 0.0]]),  # one row swap: det -1
        np.array([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 4.0]]),
        rng.normal(size=(5, 5)),
        np.array([[1.0, 2.0], [2.0, 4.0]]),  # singular: det 0
    ]
    for A in cases:
        got = _float("determinant", ex.determinant(A.copy()))
        want = float(np.linalg.det(A))
        if not np.isclose(got, want, atol=1e-9):
            raise AssertionError(
                f"determinant of {np.round(A, 3).tolist()} returned {got:.6g}, expected {want:.6g}"
            )


def check_inputs_left_unchanged(ex) -> None:
    rng = np.random.default_rng(52)
    A = rng.normal(size=(4, 4)) + 4 * np.eye(4)
    b = rng.normal(size=4)
    A0, b0 = A.copy(), b.copy()
    x = ex.solve(A, b)
    if not np.array_equal(A, A0) or not np.array_equal(b, b0):
        raise AssertionError("solve(A, b) changed the caller's A or b; work on copies")
    if x is None:
        raise AssertionError("solve() returned None: did you forget to return the result?")
    _float("determinant", ex.determinant(A))
    if not np.array_equal(A, A0):
        raise AssertionError("determinant(A) changed the caller's A; work on a copy")
