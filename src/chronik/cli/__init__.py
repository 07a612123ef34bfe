"""Command-line interface: thin Typer commands over library functions."""
