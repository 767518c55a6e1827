import numpy as np


def _float(name, value):
    """``value`` as a float, or our one-line explanation of what the function returned."""
    if value is None:
        raise AssertionError(f"{name}() returned None: did you forget to return the result?")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{name}() returned {value!r}, expected a number") from None


def _indices(value):
    """most_similar's answer as a list of ints, or our explanation of what it returned."""
    if value is None:
        raise AssertionError("most_similar() returned None: did you forget to return the result?")
    try:
        return [int(i) for i in np.asarray(value).ravel()]
    except (TypeError, ValueError):
        raise AssertionError(f"most_similar() returned {value!r}, expected indices") from None


def check_dot_matches_reference(ex) -> None:
    got = _float("dot", ex.dot(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0])))
    if not np.isclose(got, 32.0):
        raise AssertionError(f"dot([1, 2, 3], [4, 5, 6]) returned {got}, expected 32")
    rng = np.random.default_rng(10)
    for n in (1, 5, 50):
        a, b = rng.normal(size=n), rng.normal(size=n)
        got = _float("dot", ex.dot(a, b))
        if not np.isclose(got, a @ b):
            raise AssertionError(
                f"dot of two random vectors of length {n}: got {got:.6g}, expected {a @ b:.6g}"
            )


def check_dot_is_symmetric_and_linear(ex) -> None:
    rng = np.random.default_rng(11)
    a, b, c = rng.normal(size=(3, 8))
    ab, ba = _float("dot", ex.dot(a, b)), _float("dot", ex.dot(b, a))
    if not np.isclose(ab, ba):
        raise AssertionError(f"dot(a, b) = {ab:.6g} but dot(b, a) = {ba:.6g}")
    left = _float("dot", ex.dot(2 * a + c, b))
    right = 2 * ab + _float("dot", ex.dot(c, b))
    if not np.isclose(left, right):
        raise AssertionError(
            f"dot(2a + c, b) = {left:.6g} but 2 dot(a, b) + dot(c, b) = {right:.6g}"
        )


def check_cosine_of_known_angles(ex) -> None:
    cases = [
        ([1.0, 0.0], [3.0, 0.0], 1.0),
        ([1.0, 2.0], [-2.0, -4.0], -1.0),
        ([1.0, 0.0], [0.0, 5.0], 0.0),
        ([1.0, 0.0], [1.0, 1.0], 1 / np.sqrt(2)),
    ]
    for a, b, want in cases:
        got = _float("cosine_similarity", ex.cosine_similarity(np.array(a), np.array(b)))
        if not np.isclose(got, want, atol=1e-9):
            raise AssertionError(
                f"cosine_similarity({a}, {b}) returned {got:.6g}, expected {want:.6g}"
            )


def check_cosine_ignores_length(ex) -> None:
    rng = np.random.default_rng(12)
    for _ in range(5):
        a, b = rng.normal(size=(2, 6))
        base = _float("cosine_similarity", ex.cosine_similarity(a, b))
        scaled = _float("cosine_similarity", ex.cosine_similarity(3.0 * a, 0.25 * b))
        if not np.isclose(base, scaled):
            raise AssertionError(
                f"cosine_similarity(a, b) = {base:.6g} but "
                f"cosine_similarity(3a, b/4) = {scaled:.6g}"
            )
        if not -1 - 1e-9 <= base <= 1 + 1e-9:
            raise AssertionError(f"a cosine must lie in [-1, 1]; got {base:.6g}")


def check_most_similar_ranks_by_angle(ex) -> None:
    query = np.array([1.0, 0.0])
    rows = np.array(
        [
            [10.0, 10.0],  # long, 45 degrees away
            [1.0, 0.1],  # short, almost the same direction
            [-1.0, 0.0],  # opposite
            [2.0, 1.0],  # about 27 degrees away
        ]
    )
    got = _indices(ex.most_similar(query, rows, 3))
    if got != [1, 3, 0]:
        raise AssertionError(
            f"most_similar([1, 0], rows, 3) returned {got}, expected [1, 3, 0] "
            "(row 1 points almost the same way; row 0 is long but 45° away)"
        )
    rng = np.random.default_rng(13)
    data = rng.normal(size=(40, 5)) * rng.uniform(0.1, 10, size=(40, 1))
    q = rng.normal(size=5)
    cos = data @ q / (np.linalg.norm(data, axis=1) * np.linalg.norm(q))
    want = [int(i) for i in np.argsort(-cos)[:5]]
    got = _indices(ex.most_similar(q, data, 5))
    if got != want:
        raise AssertionError(f"top 5 of 40 random rows: got {got}, expected {want}")
