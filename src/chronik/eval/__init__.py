"""Scoring chronik output against gold data (NER, TimeML, quotes, events)."""
