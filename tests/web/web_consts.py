"""Constants shared by the web tests (a module of its own: every test folder has a conftest)."""

TOKEN = "s3cret-token-for-tests"
