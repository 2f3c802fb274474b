"""The concurrent package: its one module is concurrent.futures (docs/architecture/design.md §5)."""
