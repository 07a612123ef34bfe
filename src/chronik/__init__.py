"""chronik: news articles in, a sourced, dated timeline of events out."""

__version__ = "0.1.0"
PIPELINE_VERSION = "1"

from chronik.model import Analysis, Article  # noqa: E402
from chronik.pipeline import analyze  # noqa: E402

__all__ = ["Analysis", "Article", "analyze", "__version__", "PIPELINE_VERSION"]
