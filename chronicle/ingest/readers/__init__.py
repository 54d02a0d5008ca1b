"""One reader per digest layout; each is a pure function (lines, context) -> Parsed."""
