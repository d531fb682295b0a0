#!/usr/bin/python3
"""Runs the AWS CLI conformance suite: every test_*.py beside this file.

Usage: /usr/bin/python3 tests/conformance/cli/run_tests.py [-v] [pattern...]
(patterns select test ids by substring). Prints `N passed, N failed` last; exit status 1 on any
failure or error.
"""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def flatten(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from flatten(item)
        else:
            yield item


def main(argv):
    verbosity = 2 if "-v" in argv else 1
    patterns = [a for a in argv if a != "-v"]
    sys.path.insert(0, HERE)
    import cli

    if not os.access(cli.AWS, os.X_OK):
        print("cannot run: the AWS CLI is not at %s (Debian package awscli)" % cli.AWS)
        print("0 passed, 1 failed")
        return 2
    missing = [] if cli.ENDPOINT else ["KEMPELEN_ENDPOINT"]
    for name in cli.REQUESTERS:
        for part in ("ACCESS_KEY_ID", "SECRET_ACCESS_KEY"):
            if not os.environ.get("KEMPELEN_%s_%s" % (name, part)):
                missing.append("KEMPELEN_%s_%s" % (name, part))
    for number in cli.WORKERS:
        for part in ("ID", "TOKEN"):
            if not os.environ.get("KEMPELEN_WORKER_%d_%s" % (number, part)):
                missing.append("KEMPELEN_WORKER_%d_%s" % (number, part))
    if missing:
        print("cannot run: %s not set (tests/conformance/run sets them)" % ", ".join(missing))
        print("0 passed, 1 failed")
        return 2
    loaded = unittest.defaultTestLoader.discover(HERE, pattern="test_*.py", top_level_dir=HERE)
    tests = list(flatten(loaded))
    broken = [t for t in tests if t.__class__.__name__ == "_FailedTest"]
    if patterns:
        tests = [t for t in tests if any(p in t.id() for p in patterns)]
    suite = unittest.TestSuite(tests)
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=verbosity, buffer=True).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    if broken and not patterns:
        print("modules that could not be imported: %s" % ", ".join(t.id() for t in broken))
    failed_ids = {t.id() for t, _ in result.failures + result.errors}
    passed = max(0, result.testsRun - failed - len(result.skipped) - len(result.expectedFailures))
    if failed_ids:
        print("failed:")
        for test_id in sorted(failed_ids):
            print("  " + test_id)
    skipped = ", %d skipped" % len(result.skipped) if result.skipped else ""
    print("%d passed, %d failed%s" % (passed, failed, skipped))
    return 1 if failed or result.testsRun == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
