import numpy as np


def _tall():
    rng = np.random.default_rng(70)
    return rng.normal(size=(10, 3)), rng.normal(size=10)


def _P(ex, A):
    P = np.asarray(ex.projection_matrix(A), dtype=float)
    n = A.shape[0]
    if P.shape != (n, n):
        raise AssertionError(
            f"projection_matrix of a {A.shape} matrix returned shape {P.shape}, expected ({n}, {n})"
        )
    return P


def check_project_onto_vector(ex) -> None:
    for a in ([1.0, 0.0], [5.0, 0.0]):
        got = np.asarray(ex.project_onto_vector(np.array([2.0, 3.0]), np.array(a)), dtype=float)
        if not np.allclose(got, [2.0, 0.0]):
            raise AssertionError(
                f"projecting [2, 3] onto the line through {a} gave {got.tolist()}, expected [2, 0]"
            )
    got = np.asarray(
        ex.project_onto_vector(np.array([1.0, 3.0]), np.array([1.0, 1.0])), dtype=float
    )
    if not np.allclose(got, [2.0, 2.0]):
        raise AssertionError(f"projecting [1, 3] onto [1, 1] gave {got.tolist()}, expected [2, 2]")


def check_projection_matrix_is_idempotent_and_symmetric(ex) -> None:
    A, _ = _tall()
    P = _P(ex, A)
    if not np.allclose(P @ P, P, atol=1e-9):
        raise AssertionError(
            f"P @ P differs from P by up to {np.max(np.abs(P @ P - P)):.3g}: "
            "projecting twice must change nothing"
        )
    if not np.allclose(P, P.T, atol=1e-9):
        raise AssertionError("an orthogonal projection matrix is symmetric; P differs from Pᵀ")
    if not np.isclose(np.trace(P), 3):
        raise AssertionError(
            f"the trace of P (the dimension it projects onto) is {np.trace(P):.4g}, expected 3"
        )


def check_residual_is_orthogonal_to_columns(ex) -> None:
    A, b = _tall()
    r = b - _P(ex, A) @ b
    dots = A.T @ r
    if not np.allclose(dots, 0, atol=1e-9):
        raise AssertionError(
            f"Aᵀ (b - P b) = {np.round(dots, 4).tolist()}, expected zeros: the "
            "residual is not perpendicular to the columns"
        )


def check_vectors_in_the_column_space_stay(ex) -> None:
    A, _ = _tall()
    b = A @ np.array([1.0, -2.0, 0.5])
    got = _P(ex, A) @ b
    if not np.allclose(got, b, atol=1e-9):
        raise AssertionError(
            f"b = A x lies in the column space but P b moved it by {np.linalg.norm(got - b):.3g}"
        )


def _Q(ex, A):
    Q = np.asarray(ex.gram_schmidt(A.copy()), dtype=float)
    if Q.shape != A.shape:
        raise AssertionError(f"gram_schmidt of shape {A.shape} returned shape {Q.shape}")
    return Q


def check_gram_schmidt_is_orthonormal(ex) -> None:
    A, _ = _tall()
    Q = _Q(ex, A)
    G = Q.T @ Q
    if not np.allclose(G, np.eye(3), atol=1e-9):
        raise AssertionError(
            f"Qᵀ Q = {np.round(G, 3).tolist()}, expected the identity "
            "(columns of length 1, perpendicular to each other)"
        )


def check_gram_schmidt_keeps_the_span(ex) -> None:
    A, _ = _tall()
    Q = _Q(ex, A)
    if not np.allclose(Q @ Q.T @ A, A, atol=1e-9):
        raise AssertionError("Q Qᵀ A differs from A: Q does not span the columns of A")
    first = A[:, 0] / np.linalg.norm(A[:, 0])
    if not np.isclose(abs(Q[:, 0] @ first), 1.0):
        raise AssertionError("q_1 should be the first column of A divided by its length")
