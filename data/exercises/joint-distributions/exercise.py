"""Joint, marginal and conditional distributions.

The joint distribution of two discrete variables is a table joint[i, j] = P(X = i, Y = j) whose
entries sum to 1; a 2-d histogram of counts becomes one by dividing by the total count.
Marginalising sums the other variable out: P(X = i) = sum over j of joint[i, j] (the row sums),
P(Y = j) = sum over i of joint[i, j] (the column sums). Conditioning on X = i keeps row i and
renormalises it: P(Y = j | X = i) = joint[i, j] / P(X = i). The chain rule puts them back
together, P(X = i, Y = j) = P(X = i) P(Y = j | X = i); X and Y are independent exactly when the
joint is the product of the marginals, P(i, j) = P(X = i) P(Y = j).

The chain rule over many variables is how an autoregressive language model scores a sequence:
P(t1, ..., tn) = P(t1) P(t2 | t1) ... P(tn | t1, ..., tn-1). Below each token depends only on the
one before it, with transition[a, b] = P(next = b | current = a).
"""

import numpy as np


def joint_from_counts(counts: np.ndarray) -> np.ndarray:
    """The joint table P(X = i, Y = j) from a 2-d array of counts."""
    raise NotImplementedError("not implemented yet: joint_from_counts")


def marginals(joint: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(p_x, p_y): P(X = i) for every row i and P(Y = j) for every column j of the joint."""
    raise NotImplementedError("not implemented yet: marginals")


def conditional_y_given_x(joint: np.ndarray) -> np.ndarray:
    """The table P(Y = j | X = i) (same shape as joint; every row has P(X = i) > 0)."""
    raise NotImplementedError("not implemented yet: conditional_y_given_x")


def joint_from_chain_rule(p_x: np.ndarray, conditional: np.ndarray) -> np.ndarray:
    """The joint P(X = i, Y = j) from P(X = i) and the table P(Y = j | X = i)."""
    raise NotImplementedError("not implemented yet: joint_from_chain_rule")


def independent_joint(p_x: np.ndarray, p_y: np.ndarray) -> np.ndarray:
    """The joint table of independent X and Y with these marginals."""
    raise NotImplementedError("not implemented yet: independent_joint")


def sequence_probability(first: np.ndarray, transition: np.ndarray, tokens: list[int]) -> float:
    """P(tokens) when P(t1) = first[t1] and P(next = b | current = a) = transition[a, b]."""
    raise NotImplementedError("not implemented yet: sequence_probability")
