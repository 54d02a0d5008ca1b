"""Writers' commands: `check` (validate content, build nothing) and `new` (scaffold an article)."""
