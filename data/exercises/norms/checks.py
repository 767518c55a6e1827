import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def _norms(ex, v):
    return (
        _float("l1_norm", ex.l1_norm(v)),
        _float("l2_norm", ex.l2_norm(v)),
        _float("max_norm", ex.max_norm(v)),
    )


def check_known_values(ex) -> None:
    for v, want in (([3.0, -4.0], (7.0, 5.0, 4.0)), ([-1.0, -1.0, -1.0, -1.0], (4.0, 2.0, 1.0))):
        got = _norms(ex, np.array(v))
        if not np.allclose(got, want):
            raise AssertionError(f"norms of {v}: L1, L2, max = {got}, expected {want}")


def check_norm_inequalities(ex) -> None:
    rng = np.random.default_rng(60)
    for n in (2, 5, 30):
        v = rng.normal(size=n) - 0.5
        l1, l2, mx = _norms(ex, v)
        if not (mx <= l2 + 1e-12 <= l1 + 2e-12 and l1 <= n * mx + 1e-12):
            raise AssertionError(
                f"for a random vector of length {n}: max {mx:.4g}, L2 {l2:.4g}, "
                f"L1 {l1:.4g}; expected max ≤ L2 ≤ L1 ≤ {n} · max"
            )


def check_scaling_and_triangle_inequality(ex) -> None:
    rng = np.random.default_rng(61)
    a, b = rng.normal(size=(2, 6))
    for name in ("l1_norm", "l2_norm", "max_norm"):
        norm = getattr(ex, name)
        for c in (-3.0, 0.5):
            if not np.isclose(_float(name, norm(c * a)), abs(c) * _float(name, norm(a))):
                raise AssertionError(
                    f"{name}({c} * a) = {_float(name, norm(c * a)):.6g}, expected "
                    f"|{c}| * {_float(name, norm(a)):.6g}"
                )
        if _float(name, norm(a + b)) > _float(name, norm(a)) + _float(name, norm(b)) + 1e-12:
            raise AssertionError(f"{name}(a + b) is larger than {name}(a) + {name}(b)")


def check_clip_shrinks_long_gradients(ex) -> None:
    g = np.array([6.0, 8.0])  # L2 norm 10
    got = np.asarray(ex.clip_by_norm(g, 1.0), dtype=float)
    if got.shape != g.shape or not np.allclose(got, [0.6, 0.8]):
        raise AssertionError(
            f"clip_by_norm([6, 8], 1) returned {got.tolist()}, expected "
            "[0.6, 0.8] (same direction, length 1)"
        )
    rng = np.random.default_rng(62)
    g = rng.normal(size=100) * 10
    got = np.asarray(ex.clip_by_norm(g, 5.0), dtype=float)
    if not np.isclose(np.sqrt(np.sum(got**2)), 5.0) or not np.allclose(
        got / 5.0, g / np.sqrt(g @ g)
    ):
        raise AssertionError(
            "a long random gradient clipped to 5 should have length 5 and the same direction"
        )


def check_clip_keeps_short_gradients(ex) -> None:
    g = np.array([0.3, -0.4])  # L2 norm 0.5
    got = np.asarray(ex.clip_by_norm(g, 1.0), dtype=float)
    if not np.allclose(got, g):
        raise AssertionError(
            f"clip_by_norm([0.3, -0.4], 1) returned {got.tolist()}; a gradient "
            "of length 0.5 is within 1 and must stay unchanged"
        )
    zero = np.asarray(ex.clip_by_norm(np.zeros(3), 1.0), dtype=float)
    if not np.all(np.isfinite(zero)) or not np.allclose(zero, 0):
        raise AssertionError(
            f"clip_by_norm of the zero vector returned {zero.tolist()}, expected zeros"
        )


def check_frobenius_norm(ex) -> None:
    M = np.array([[1.0, -2.0], [2.0, 4.0]])
    got = _float("frobenius_norm", ex.frobenius_norm(M))
    if not np.isclose(got, 5.0):
        raise AssertionError(f"frobenius_norm([[1, -2], [2, 4]]) returned {got:.6g}, expected 5")
    rng = np.random.default_rng(63)
    M = rng.normal(size=(4, 7))
    want = float(np.sqrt(np.sum(np.linalg.svd(M, compute_uv=False) ** 2)))
    got = _float("frobenius_norm", ex.frobenius_norm(M))
    if not np.isclose(got, want):
        raise AssertionError(
            f"frobenius_norm of a random (4, 7) matrix: {got:.6g}, expected {want:.6g}"
        )
