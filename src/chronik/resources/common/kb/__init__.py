"""The bundled knowledge base (JSON Lines data; see README.md)."""
