import numpy as np


def _product(ex, A, B):
    got = np.asarray(ex.matmul(A, B), dtype=float)
    want = A @ B
    if got.shape != want.shape:
        raise AssertionError(
            f"matmul of shapes {A.shape} and {B.shape} returned shape "
            f"{got.shape}, expected {want.shape}"
        )
    if not np.allclose(got, want):
        worst = np.unravel_index(np.argmax(np.abs(got - want)), want.shape)
        raise AssertionError(
            f"matmul of shapes {A.shape} and {B.shape}: entry {tuple(map(int, worst))} "
            f"is {got[worst]:.6g}, A @ B has {want[worst]:.6g}"
        )
    return got


def check_matches_reference_square(ex) -> None:
    A = np.array([[1.0, 2.0], [3.0, 4.0]])
    B = np.array([[5.0, 6.0], [7.0, 8.0]])
    _product(ex, A, B)  # [[19, 22], [43, 50]]
    rng = np.random.default_rng(20)
    _product(ex, rng.normal(size=(4, 4)), rng.normal(size=(4, 4)))


def check_non_square_shapes(ex) -> None:
    rng = np.random.default_rng(21)
    for m, k, n in ((2, 3, 5), (5, 1, 4), (1, 3, 1), (3, 4, 2)):
        _product(ex, rng.normal(size=(m, k)), rng.normal(size=(k, n)))


def check_shape_mismatch_raises(ex) -> None:
    A, B = np.ones((2, 3)), np.ones((2, 3))
    try:
        got = ex.matmul(A, B)
    except ValueError:
        return
    raise AssertionError(
        f"matmul of shapes (2, 3) and (2, 3) returned {np.shape(got)} instead "
        "of raising ValueError (3 columns cannot meet 2 rows)"
    )


def check_identity_and_associativity(ex) -> None:
    rng = np.random.default_rng(22)
    A = rng.normal(size=(3, 4))
    for left, right, what in ((np.eye(3), A, "I A"), (A, np.eye(4), "A I")):
        got = np.asarray(ex.matmul(left, right), dtype=float)
        if got.shape != A.shape or not np.allclose(got, A):
            raise AssertionError(f"{what} should equal A (shape {A.shape}); got shape {got.shape}")
    B, C = rng.normal(size=(4, 2)), rng.normal(size=(2, 5))
    ab_c = np.asarray(ex.matmul(ex.matmul(A, B), C), dtype=float)
    a_bc = np.asarray(ex.matmul(A, ex.matmul(B, C)), dtype=float)
    if ab_c.shape != a_bc.shape or not np.allclose(ab_c, a_bc):
        raise AssertionError("(A B) C differs from A (B C) for shapes (3, 4), (4, 2), (2, 5)")


def check_transpose_of_product(ex) -> None:
    rng = np.random.default_rng(23)
    A, B = rng.normal(size=(3, 5)), rng.normal(size=(5, 2))
    left = np.asarray(ex.matmul(A, B), dtype=float).T
    right = np.asarray(ex.matmul(B.T, A.T), dtype=float)
    if left.shape != right.shape or not np.allclose(left, right):
        raise AssertionError(
            f"(A B)ᵀ (shape {left.shape}) differs from Bᵀ Aᵀ (shape {right.shape})"
        )


def check_matrix_vector_product(ex) -> None:
    rng = np.random.default_rng(24)
    A, x = rng.normal(size=(4, 3)), rng.normal(size=3)
    got = np.asarray(ex.matvec(A, x), dtype=float)
    if got.shape != (4,):
        raise AssertionError(
            f"matvec of a (4, 3) matrix and a (3,) vector returned shape {got.shape}, expected (4,)"
        )
    if not np.allclose(got, A @ x):
        raise AssertionError(f"matvec returned {np.round(got, 4)}, A @ x is {np.round(A @ x, 4)}")
