#!/usr/bin/python3
"""Runs the boto3 conformance suite: every test_*.py beside this file.

Usage: /usr/bin/python3 tests/conformance/python/run_tests.py [-v] [pattern...]
(patterns select test ids by substring). Prints `N passed, N failed` last; exit status 1 on any
failure or error.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "common"))

import conformance  # noqa: E402
import suite_runner  # noqa: E402

if __name__ == "__main__":
    sys.exit(suite_runner.run(HERE, conformance, sys.argv[1:]))
