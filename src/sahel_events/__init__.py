"""sahel-events: the Sahel political and conflict event dataset and its pipeline."""

__version__ = "0.1.0"
