"""Analysis stages. Each module takes an Analysis and returns a new one; none does I/O."""
