"""Reference solution: a scalar reverse-mode autodiff Value."""

from collections.abc import Callable

import numpy as np


def _nothing() -> None:
    return None


class Value:
    def __init__(self, data: float, children: tuple["Value", ...] = ()) -> None:
        self.data = float(data)
        self.grad = 0.0
        self._prev = children
        self._backward: Callable[[], None] = _nothing

    def __add__(self, other: "Value") -> "Value":
        out = Value(self.data + other.data, (self, other))

        def step() -> None:
            self.grad += out.grad
            other.grad += out.grad

        out._backward = step
        return out

    def __mul__(self, other: "Value") -> "Value":
        out = Value(self.data * other.data, (self, other))

        def step() -> None:
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = step
        return out

    def tanh(self) -> "Value":
        out = Value(float(np.tanh(self.data)), (self,))

        def step() -> None:
            self.grad += (1 - out.data**2) * out.grad

        out._backward = step
        return out

    def backward(self) -> None:
        self.grad = 1.0
        self._propagate()

    def _propagate(self) -> None:
        self._backward()
        for child in self._prev:
            child._propagate()
