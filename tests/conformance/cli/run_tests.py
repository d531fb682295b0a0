#!/usr/bin/python3
"""Runs the AWS CLI conformance suite: every test_*.py beside this file.

Usage: /usr/bin/python3 tests/conformance/cli/run_tests.py [-v] [pattern...]
(patterns select test ids by substring). Prints `N passed, N failed` last; exit status 1 on any
failure or error.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "common"))

import cli  # noqa: E402
import suite_runner  # noqa: E402


def aws_cli_installed():
    return None if os.access(cli.AWS, os.X_OK) else "the AWS CLI is not at %s (Debian package awscli)" % cli.AWS


if __name__ == "__main__":
    sys.exit(suite_runner.run(HERE, cli, sys.argv[1:], aws_cli_installed))
