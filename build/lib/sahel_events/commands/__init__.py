"""Click commands, one module per stage; each calls the library and renders its result."""
