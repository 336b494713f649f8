"""Built-in readers: plain text and HTML."""
