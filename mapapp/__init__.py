"""mapapp: a desktop reader for history, with the article and a map side by side."""

__version__ = "0.1.0"
