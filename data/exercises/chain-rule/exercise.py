"""The chain rule.

If y = g(u) and u = h(x), then dy/dx = g'(h(x)) * h'(x): the derivative of a composition is
the product of the local derivatives, each evaluated at the value that flows into it. This is
exactly what backpropagation does in a neural network.

Part 1. f(x) = log(1 + exp(sin(x^2))) is a chain of four functions:
    u1 = x^2,  u2 = sin(u1),  u3 = exp(u2),  f = log(1 + u3).
Write f and its derivative f_prime by multiplying the four local derivatives.

Part 2. compose(functions, x) takes a list of (function, derivative) pairs applied in list
order (the first pair is applied to x first) and returns (value, derivative) of the whole chain
at x, using the chain rule step by step.

x may be a float or a NumPy array (elementwise).
"""

from collections.abc import Callable, Sequence

import numpy as np


def f(x: np.ndarray) -> np.ndarray:
    """log(1 + exp(sin(x^2))), elementwise."""
    raise NotImplementedError("not implemented yet: f")


def f_prime(x: np.ndarray) -> np.ndarray:
    """The exact derivative of f at x, as the product of the four local derivatives."""
    raise NotImplementedError("not implemented yet: f_prime")


def compose(
    functions: Sequence[
        tuple[Callable[[np.ndarray], np.ndarray], Callable[[np.ndarray], np.ndarray]]
    ],
    x: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(value, derivative) at x of the chain functions[-1] o ... o functions[0]."""
    raise NotImplementedError("not implemented yet: compose")
