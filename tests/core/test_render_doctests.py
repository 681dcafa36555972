"""The runnable examples in the rendering modules' docstrings."""

from __future__ import annotations

import doctest

import pytest

from mapapp.core import html, render, wikitext_draft, wikitext_langs, wikitext_restore


@pytest.mark.parametrize("module", [render, html, wikitext_draft, wikitext_langs, wikitext_restore])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0
