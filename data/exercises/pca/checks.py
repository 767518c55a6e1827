import numpy as np


def _data(seed=110, offset=(0.0, 0.0, 0.0, 0.0, 0.0)):
    rng = np.random.default_rng(seed)
    Z = rng.normal(size=(200, 5)) * np.array([5.0, 3.0, 1.0, 0.5, 0.1])
    Q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
    return Z @ Q.T + np.array(offset)


def _pca(ex, X, k):
    result = ex.pca(X.copy(), k)
    if not isinstance(result, tuple) or len(result) != 3:
        raise AssertionError("pca should return a triple (components, ratios, mean)")
    C, r, m = (np.asarray(x, dtype=float) for x in result)
    d = X.shape[1]
    if C.shape != (k, d) or r.shape != (k,) or m.shape != (d,):
        raise AssertionError(
            f"pca(X of shape {X.shape}, {k}) returned shapes {C.shape}, {r.shape}, "
            f"{m.shape}; expected ({k}, {d}), ({k},), ({d},)"
        )
    return C, r, m


def check_components_are_orthonormal(ex) -> None:
    C, _, _ = _pca(ex, _data(), 3)
    G = C @ C.T
    if not np.allclose(G, np.eye(3), atol=1e-9):
        raise AssertionError(f"C Cᵀ = {np.round(G, 3).tolist()}, expected the identity")


def check_explained_variance_ratios(ex) -> None:
    X = _data()
    _, r, _ = _pca(ex, X, 3)
    if np.any(r < 0) or np.any(np.diff(r) > 1e-12) or r.sum() > 1 + 1e-9:
        raise AssertionError(
            f"ratios {np.round(r, 4).tolist()}: expected non-negative, "
            "decreasing, summing to at most 1"
        )
    _, r_all, _ = _pca(ex, X, 5)
    if not np.isclose(r_all.sum(), 1.0):
        raise AssertionError(
            f"with every component kept the ratios sum to {r_all.sum():.6g}, expected 1"
        )
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    want = s[:3] ** 2 / np.sum(s**2)
    if not np.allclose(r, want, atol=1e-9):
        raise AssertionError(
            f"ratios {np.round(r, 4).tolist()}, expected {np.round(want, 4).tolist()}"
        )


def check_finds_the_direction_of_largest_spread(ex) -> None:
    rng = np.random.default_rng(111)
    t = rng.normal(size=500) * 10
    X = np.column_stack([t, t]) / np.sqrt(2) + rng.normal(size=(500, 2)) * 0.1
    C, r, _ = _pca(ex, X, 1)
    direction = np.array([1.0, 1.0]) / np.sqrt(2)
    if not np.isclose(abs(C[0] @ direction), 1.0, atol=1e-3):
        raise AssertionError(
            f"data spread along (1, 1)/√2 gave the first component {np.round(C[0], 4).tolist()}"
        )
    if r[0] < 0.99:
        raise AssertionError(
            f"almost all variance lies along one direction; its ratio is {r[0]:.4g}"
        )


def check_centres_the_data(ex) -> None:
    X = _data(offset=(100.0, -50.0, 30.0, 0.0, 10.0))
    C, _, m = _pca(ex, X, 2)
    if not np.allclose(m, X.mean(axis=0)):
        raise AssertionError(
            f"mean returned {np.round(m, 3).tolist()}, expected the column means "
            f"{np.round(X.mean(axis=0), 3).tolist()}"
        )
    _, _, Vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    if not np.allclose(np.abs(np.sum(C * Vt[:2], axis=1)), 1.0, atol=1e-6):
        raise AssertionError(
            "on data far from the origin the components do not follow the spread: "
            "the data was not centred before the SVD"
        )


def check_transform_shape_and_variance(ex) -> None:
    X = _data()
    C, _, m = _pca(ex, X, 3)
    Z = np.asarray(ex.transform(X, C, m), dtype=float)
    if Z.shape != (200, 3):
        raise AssertionError(f"transform of 200 samples onto 3 components returned shape {Z.shape}")
    if not np.allclose(Z.mean(axis=0), 0, atol=1e-9):
        raise AssertionError(
            f"the projected data has means {np.round(Z.mean(axis=0), 4).tolist()}, "
            "expected 0 (subtract the mean first)"
        )
    if not np.allclose(Z, (X - m) @ C.T):
        raise AssertionError("transform(X) differs from (X − mean) @ components.T")
    var = Z.var(axis=0, ddof=1)
    if np.any(np.diff(var) > 1e-9):
        raise AssertionError(
            f"variances along the components {np.round(var, 3).tolist()} should decrease"
        )


def check_matches_covariance_eigenvalues(ex) -> None:
    X = _data(seed=112)
    cov = np.cov(X, rowvar=False)
    eig = np.sort(np.linalg.eigvalsh(cov))[::-1]
    C, r, m = _pca(ex, X, 4)
    Z = (X - m) @ C.T
    if not np.allclose(Z.var(axis=0, ddof=1), eig[:4], rtol=1e-6):
        raise AssertionError(
            f"variances along the components {np.round(Z.var(axis=0, ddof=1), 4).tolist()}, "
            f"expected the covariance eigenvalues {np.round(eig[:4], 4).tolist()}"
        )
    if not np.allclose(r, eig[:4] / np.trace(cov), atol=1e-9):
        raise AssertionError(
            f"ratios {np.round(r, 4).tolist()}, expected eigenvalue / trace = "
            f"{np.round(eig[:4] / np.trace(cov), 4).tolist()}"
        )
