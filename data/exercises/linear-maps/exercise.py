"""Matrices as linear maps.

A 2×2 matrix M is a map of the plane: it sends the point p (a column vector) to M p. Its columns
are where the two axis vectors (1, 0) and (0, 1) land. Rotations keep lengths, scalings stretch
the axes, a shear slides points along one axis in proportion to the other. Doing one map and
then another is again a linear map: the product of their matrices, with the map done first on
the right (M2 M1 p means "M1, then M2").

Write the functions with NumPy. Points are given as the rows of an (n, 2) array.
"""

import numpy as np


def rotation(theta: float) -> np.ndarray:
    """The 2×2 matrix rotating the plane by ``theta`` radians counter-clockwise."""
    raise NotImplementedError("not implemented yet: rotation")


def scaling(sx: float, sy: float) -> np.ndarray:
    """The 2×2 matrix stretching x by ``sx`` and y by ``sy``."""
    raise NotImplementedError("not implemented yet: scaling")


def shear(k: float) -> np.ndarray:
    """The 2×2 horizontal shear: (x, y) goes to (x + k·y, y)."""
    raise NotImplementedError("not implemented yet: shear")


def apply(M: np.ndarray, points: np.ndarray) -> np.ndarray:
    """The points (rows of an (n, 2) array) mapped by M, as an (n, 2) array."""
    raise NotImplementedError("not implemented yet: apply")


def compose(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The one matrix that does the map ``first`` and then the map ``second``."""
    raise NotImplementedError("not implemented yet: compose")
