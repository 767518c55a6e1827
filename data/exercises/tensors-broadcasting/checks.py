import numpy as np


def _batch():
    rng = np.random.default_rng(30)
    scales = np.array([1.0, 50.0, 0.01])[None, :, None, None]
    offsets = np.array([0.0, 100.0, -3.0])[None, :, None, None]
    return rng.normal(size=(8, 3, 5, 4)) * scales + offsets


def check_channels_have_zero_mean_unit_std(ex) -> None:
    x = _batch()
    y = np.asarray(ex.normalize_channels(x), dtype=float)
    if y.shape != x.shape:
        raise AssertionError(f"normalize_channels of shape {x.shape} returned shape {y.shape}")
    means, stds = y.mean(axis=(0, 2, 3)), y.std(axis=(0, 2, 3))
    if not np.allclose(means, 0, atol=1e-8) or not np.allclose(stds, 1, atol=1e-6):
        raise AssertionError(
            f"per-channel means {np.round(means, 4)} and stds {np.round(stds, 4)}; "
            "expected means 0 and stds 1"
        )


def check_normalisation_is_per_channel(ex) -> None:
    x = _batch()
    y = np.asarray(ex.normalize_channels(x), dtype=float)
    mean = x.mean(axis=(0, 2, 3), keepdims=True)
    std = x.std(axis=(0, 2, 3), keepdims=True)
    want = (x - mean) / std
    if y.shape != x.shape or not np.allclose(y, want, atol=1e-6):
        raise AssertionError(
            "channel 1 (mean 100, std 50) and channel 2 (std 0.01) were not each "
            "normalised with their own mean and std"
        )


def _bmm(ex, A, B):
    got = np.asarray(ex.batched_matmul(A, B), dtype=float)
    want = np.einsum("bnk,bkm->bnm", A, B)
    if got.shape != want.shape:
        raise AssertionError(
            f"batched_matmul of shapes {A.shape} and {B.shape} returned shape "
            f"{got.shape}, expected {want.shape}"
        )
    if not np.allclose(got, want):
        raise AssertionError(
            f"batched_matmul of shapes {A.shape} and {B.shape}: values differ "
            f"from A[i] @ B[i] by up to {np.max(np.abs(got - want)):.3g}"
        )


def check_batched_matmul_matches_reference(ex) -> None:
    rng = np.random.default_rng(31)
    _bmm(ex, rng.normal(size=(4, 3, 3)), rng.normal(size=(4, 3, 3)))


def check_batched_matmul_non_square(ex) -> None:
    rng = np.random.default_rng(32)
    _bmm(ex, rng.normal(size=(3, 2, 4)), rng.normal(size=(3, 4, 5)))
    _bmm(ex, rng.normal(size=(1, 6, 1)), rng.normal(size=(1, 1, 2)))


def check_pairwise_distances_match_reference(ex) -> None:
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    Y = np.array([[3.0, 4.0], [1.0, 0.0], [0.0, 0.0]])
    want = np.array([[25.0, 1.0, 0.0], [13.0, 1.0, 2.0]])
    got = np.asarray(ex.pairwise_sq_distances(X, Y), dtype=float)
    if got.shape != want.shape or not np.allclose(got, want):
        raise AssertionError(
            f"pairwise_sq_distances gave {got.tolist()}, expected "
            f"{want.tolist()} (squared distances, no square root)"
        )
    rng = np.random.default_rng(33)
    X, Y = rng.normal(size=(7, 4)), rng.normal(size=(5, 4))
    want = np.array([[np.sum((x - y) ** 2) for y in Y] for x in X])
    got = np.asarray(ex.pairwise_sq_distances(X, Y), dtype=float)
    if got.shape != want.shape or not np.allclose(got, want):
        raise AssertionError(
            "pairwise_sq_distances of random (7, 4) and (5, 4) arrays differs "
            "from the loop over all pairs"
        )


def check_pairwise_distances_shapes(ex) -> None:
    rng = np.random.default_rng(34)
    X = rng.normal(size=(6, 3))
    got = np.asarray(ex.pairwise_sq_distances(X, X[:2]), dtype=float)
    if got.shape != (6, 2):
        raise AssertionError(f"6 points against 2 gave shape {got.shape}, expected (6, 2)")
    self_d = np.asarray(ex.pairwise_sq_distances(X, X), dtype=float)
    if self_d.shape != (6, 6) or not np.allclose(np.diag(self_d), 0, atol=1e-9):
        raise AssertionError("the distance of each point to itself should be 0 on the diagonal")
    if not np.allclose(self_d, self_d.T):
        raise AssertionError("pairwise distances of X with itself should be symmetric")
