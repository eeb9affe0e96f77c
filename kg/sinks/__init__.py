"""Output sinks: files written atomically (Turtle, TriG, JSON report, HTML, pictures)."""
