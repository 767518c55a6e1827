import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def check_length_of_known_vectors(ex) -> None:
    for v, want in (([3.0, 4.0], 5.0), ([1.0, 2.0, 2.0], 3.0), ([0.0, 0.0], 0.0), ([-2.0], 2.0)):
        got = _float("length", ex.length(np.array(v)))
        if not np.isclose(got, want):
            raise AssertionError(f"length({v}) returned {got}, expected {want}")


def check_length_scales_with_the_vector(ex) -> None:
    rng = np.random.default_rng(1)
    v = rng.normal(size=5)
    base = _float("length", ex.length(v))
    for c in (2.0, -3.0, 0.5):
        got = _float("length", ex.length(c * v))
        if not np.isclose(got, abs(c) * base):
            raise AssertionError(
                f"length({c} * v) is {got:.6g} but length(v) is {base:.6g}: "
                f"expected |{c}| * {base:.6g} = {abs(c) * base:.6g}"
            )


def check_unit_vector_has_length_one(ex) -> None:
    rng = np.random.default_rng(2)
    for v in (np.array([3.0, 4.0]), rng.normal(size=7), np.array([0.0, -5.0, 0.0])):
        u = np.asarray(ex.unit_vector(v), dtype=float)
        if u.shape != v.shape:
            raise AssertionError(f"unit_vector of shape {v.shape} returned shape {u.shape}")
        if not np.isclose(np.sqrt(np.sum(u * u)), 1.0):
            raise AssertionError(
                f"unit_vector({np.round(v, 3)}) = {np.round(u, 3)} has length "
                f"{np.sqrt(np.sum(u * u)):.6g}, not 1"
            )
        cos = float(u @ v) / float(np.sqrt(v @ v))
        if not np.isclose(cos, 1.0):
            raise AssertionError(
                f"unit_vector({np.round(v, 3)}) = {np.round(u, 3)} does not "
                "point the same way as the vector"
            )


def check_unit_vector_of_zero_raises(ex) -> None:
    try:
        got = ex.unit_vector(np.zeros(3))
    except ValueError:
        return
    raise AssertionError(f"unit_vector([0, 0, 0]) returned {got} instead of raising ValueError")


def check_linear_combination(ex) -> None:
    vectors = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]])
    got = np.asarray(ex.linear_combination(np.array([2.0, 3.0]), vectors), dtype=float)
    want = np.array([2.0, 3.0, 1.0])
    if got.shape != want.shape or not np.allclose(got, want):
        raise AssertionError(f"2*[1, 0, 2] + 3*[0, 1, -1] gave {got}, expected {want}")
    rng = np.random.default_rng(3)
    c, vs = rng.normal(size=4), rng.normal(size=(4, 6))
    got = np.asarray(ex.linear_combination(c, vs), dtype=float)
    if got.shape != (6,) or not np.allclose(got, c @ vs):
        raise AssertionError(
            f"4 coefficients and 4 vectors of length 6 gave shape {got.shape}, "
            "expected (6,) equal to the weighted sum"
        )


def check_batched_length(ex) -> None:
    rng = np.random.default_rng(4)
    vs = rng.normal(size=(5, 3))
    got = np.asarray(ex.length(vs), dtype=float)
    want = np.sqrt((vs**2).sum(axis=1))
    if got.shape != (5,):
        raise AssertionError(f"length of a (5, 3) array returned shape {got.shape}, expected (5,)")
    if not np.allclose(got, want):
        raise AssertionError(
            f"lengths of 5 vectors: got {np.round(got, 4)}, expected {np.round(want, 4)}"
        )
