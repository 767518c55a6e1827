import numpy as np


def _as_matrix(value, what):
    M = np.asarray(value, dtype=float)
    if M.shape != (2, 2):
        raise AssertionError(f"{what} returned shape {M.shape}, expected (2, 2)")
    return M


def check_rotation_of_known_points(ex) -> None:
    cases = [
        (np.pi / 2, [1.0, 0.0], [0.0, 1.0]),
        (np.pi / 2, [0.0, 1.0], [-1.0, 0.0]),
        (np.pi, [2.0, 1.0], [-2.0, -1.0]),
        (np.pi / 4, [1.0, 0.0], [np.sqrt(0.5), np.sqrt(0.5)]),
    ]
    for theta, p, want in cases:
        R = _as_matrix(ex.rotation(theta), f"rotation({theta:.4g})")
        got = R @ np.array(p)
        if not np.allclose(got, want, atol=1e-9):
            raise AssertionError(
                f"rotation({theta:.4g}) sends {p} to {np.round(got, 4).tolist()}, "
                f"expected {np.round(want, 4).tolist()} (counter-clockwise)"
            )


def check_rotation_keeps_lengths(ex) -> None:
    for theta in (0.3, 1.7, -2.2):
        R = _as_matrix(ex.rotation(theta), f"rotation({theta})")
        if not np.allclose(R.T @ R, np.eye(2), atol=1e-9):
            raise AssertionError(
                f"rotation({theta}): Rᵀ R = {np.round(R.T @ R, 4).tolist()}, expected the identity"
            )
        if not np.isclose(np.linalg.det(R), 1.0):
            raise AssertionError(
                f"rotation({theta}) has determinant {np.linalg.det(R):.4g}, "
                "expected 1 (a reflection has -1)"
            )


def check_scaling_and_shear(ex) -> None:
    S = _as_matrix(ex.scaling(2.0, 3.0), "scaling(2, 3)")
    if not np.allclose(S @ np.array([1.0, 1.0]), [2.0, 3.0]):
        raise AssertionError(
            f"scaling(2, 3) sends (1, 1) to {(S @ [1.0, 1.0]).tolist()}, expected (2, 3)"
        )
    H = _as_matrix(ex.shear(2.0), "shear(2)")
    for p, want in (([0.0, 1.0], [2.0, 1.0]), ([1.0, 0.0], [1.0, 0.0]), ([1.0, 3.0], [7.0, 3.0])):
        got = H @ np.array(p)
        if not np.allclose(got, want):
            raise AssertionError(f"shear(2) sends {p} to {got.tolist()}, expected {want}")
    if not np.isclose(np.linalg.det(H), 1.0):
        raise AssertionError("a shear keeps areas: its determinant should be 1")


def check_apply_to_rows_of_points(ex) -> None:
    M = np.array([[1.0, 2.0], [0.0, 1.0]])
    pts = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 3.0]])
    got = np.asarray(ex.apply(M, pts), dtype=float)
    want = np.array([[2.0, 1.0], [1.0, 0.0], [8.0, 3.0]])
    if got.shape != want.shape:
        raise AssertionError(f"apply to 3 points returned shape {got.shape}, expected (3, 2)")
    if not np.allclose(got, want):
        raise AssertionError(
            f"apply([[1, 2], [0, 1]], points) gave {got.tolist()}, expected "
            f"{want.tolist()} (each row p becomes M p)"
        )
    rng = np.random.default_rng(40)
    M, pts = rng.normal(size=(2, 2)), rng.normal(size=(10, 2))
    got = np.asarray(ex.apply(M, pts), dtype=float)
    if got.shape != (10, 2) or not np.allclose(got, (M @ pts.T).T):
        raise AssertionError("apply(M, points) differs from M p for each row p of 10 random points")


def check_compose_order(ex) -> None:
    rng = np.random.default_rng(41)
    A, B = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    C = _as_matrix(ex.compose(A, B), "compose(first, second)")
    p = rng.normal(size=2)
    if not np.allclose(C @ p, B @ (A @ p)):
        raise AssertionError(
            "compose(first, second) applied to p should equal second (first p); "
            "the map done first stands on the right"
        )
    R = _as_matrix(ex.rotation(np.pi / 2), "rotation")
    S = _as_matrix(ex.scaling(2.0, 1.0), "scaling")
    got = _as_matrix(ex.compose(R, S), "compose") @ np.array([1.0, 0.0])
    if not np.allclose(got, [0.0, 1.0], atol=1e-9):
        raise AssertionError(
            f"rotate (1, 0) by 90° then stretch x by 2: got {np.round(got, 4).tolist()}, "
            "expected (0, 1)"
        )
