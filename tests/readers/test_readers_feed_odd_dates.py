"""A feed date that feedparser half-parses (found by the atheris fuzzer) gives a valid date."""

from chronik.pipeline import analyze
from chronik.readers import read_paths
from chronik.schema.validate import record_errors


def test_two_digit_year_from_a_broken_pubdate(tmp_path):
    feed = tmp_path / "odd.xml"
    feed.write_text(
        "<rss><channel><title>Feed</title><item><title>Eine Meldung</title>"
        "<description>Der Rat tagte heute in Wien und beschloss einen Plan.</description>"
        "<pubDate>Mon, 07 May2 024 10:00:00 GMT</pubDate></item></channel></rss>",
        encoding="utf-8")
    errors = []
    arts = list(read_paths([str(feed)], on_error=errors.append))
    assert len(arts) == 1 and not errors
    assert arts[0].date is None or len(arts[0].date.split("-")[0]) == 4
    assert record_errors(analyze(arts[0]).to_record()) == []
