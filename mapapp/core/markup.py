"""Conventions shared by the wikitext renderer and the HTML writer.

Kept apart from the renderer so that writing HTML for an already rendered
(cached) article does not import the wikitext parser.
"""

from __future__ import annotations

# An image's caption block reads "Image: <file name> — <caption>".
IMAGE_PREFIX = "Image: "
CAPTION_SEPARATOR = " — "


def safe_url(url: str) -> str | None:
    """The URL if it is http(s) or mailto (protocol-relative becomes https), else None."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    low = url.lower()
    if low.startswith(("http://", "https://")) and len(url) > 8:
        return url
    if low.startswith("mailto:") and len(url) > 7:
        return url
    return None
