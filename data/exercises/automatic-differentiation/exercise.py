"""Reverse-mode automatic differentiation with a scalar Value class (in the style of micrograd).

A Value wraps one number (.data) and remembers the Values it was computed from. Each operation
creates a new Value and records a small "backward step": how to pass the output's gradient to
its inputs using the LOCAL derivative (the chain rule):

    out = a + b      ->  a.grad += out.grad;           b.grad += out.grad
    out = a * b      ->  a.grad += b.data * out.grad;  b.grad += a.data * out.grad
    out = tanh(a)    ->  a.grad += (1 - out.data**2) * out.grad

backward() on the final Value sets its grad to 1.0, orders the graph topologically (every node
after the nodes it was computed from) and runs the backward steps in REVERSE order, so each
node's grad is complete before it is passed on. Gradients are ADDED (+=), because a Value used
twice receives a contribution from each use.

One backward pass gives df/dx for every input x at about the cost of the forward pass: this is
why reverse mode trains networks with billions of parameters.

You may add any attributes and helper methods you need (for example _prev and _backward).
"""

import numpy as np  # noqa: F401 (np.tanh is the one NumPy function you need)


class Value:
    """A scalar in a computation graph: .data is its value, .grad is d(output)/d(this)."""

    def __init__(self, data: float, children: tuple["Value", ...] = ()) -> None:
        """Store float(data) in .data, set .grad to 0.0, remember the children."""
        raise NotImplementedError("not implemented yet: __init__")

    def __add__(self, other: "Value") -> "Value":
        """A new Value self.data + other.data, with its backward step."""
        raise NotImplementedError("not implemented yet: __add__")

    def __mul__(self, other: "Value") -> "Value":
        """A new Value self.data * other.data, with its backward step."""
        raise NotImplementedError("not implemented yet: __mul__")

    def tanh(self) -> "Value":
        """A new Value np.tanh(self.data), with its backward step."""
        raise NotImplementedError("not implemented yet: tanh")

    def backward(self) -> None:
        """Fill in .grad of every Value this one depends on (this one's grad becomes 1.0)."""
        raise NotImplementedError("not implemented yet: backward")
