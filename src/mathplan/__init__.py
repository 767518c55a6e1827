"""mathplan: a study planner for the mathematics behind machine learning."""

__version__ = "0.2.0"
