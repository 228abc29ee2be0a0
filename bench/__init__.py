"""Benchmarks: each figure is measured beside its limit (raw sqlite3, plain json, bare Qt) in the same run."""
