"""The live preview: `serve`, its in-memory site and the file watcher."""
