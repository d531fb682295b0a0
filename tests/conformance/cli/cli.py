"""Helpers for the AWS CLI conformance suite: every call is a real `aws mturk ...` process.

Uses Debian's AWS CLI at /usr/bin/aws (another `aws` may come first on PATH) with no config or
credentials files, so only the environment given here counts. The run script passes the same
KEMPELEN_* variables as for the boto3 suite. The worker side (accepting and submitting work) goes
through the worker JSON API with urllib; only the PAYER tests have worker 3's work paid.
"""

import datetime
import json
import os
import re
import subprocess
import urllib.error
import urllib.request
import unittest
import uuid

from worker_api import Worker  # noqa: F401 (re-exported to the tests)

AWS = os.environ.get("KEMPELEN_AWS_CLI", "/usr/bin/aws")
ENDPOINT = os.environ.get("KEMPELEN_ENDPOINT", "")
REQUESTERS = ("REQUESTER", "MONEY", "POOR", "OTHER", "PAYER", "BLOCKER")
WORKERS = (1, 2, 3)
ID = re.compile(r"^[0-9A-Z]{30}$")
ID_TOKEN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{30}(?![0-9A-Za-z])")
SERVICE_ERROR_EXIT = 254

MASTERS = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH"
PERCENT_APPROVED = "000000000000000000L0"
LOCALE = "00000000000000000071"


def html_question(body_html="<p>Hello</p>"):
    return (
        '<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">'
        "<HTMLContent><![CDATA[<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
        '<form id="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">'
        '<input type="hidden" id="assignmentId" name="assignmentId" value="">'
        + body_html
        + '<input type="submit" id="submitButton"></form></body></html>]]></HTMLContent>'
        "<FrameHeight>0</FrameHeight></HTMLQuestion>"
    )


def unique(label="hit"):
    return "conformance %s %s" % (label, uuid.uuid4().hex[:12])


def unknown_id():
    return "3Q" + uuid.uuid4().hex.upper()[:28]


def parse_time(value):
    """The CLI prints timestamps as ISO 8601 text (v2's default cli_timestamp_format)."""
    if isinstance(value, (int, float)):
        return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


class Result:
    def __init__(self, args, code, stdout, stderr):
        self.args = args
        self.code = code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def json(self):
        return json.loads(self.stdout) if self.stdout.strip() else {}

    def __repr__(self):
        return "aws %s -> exit %d\nstdout: %s\nstderr: %s" % (" ".join(self.args), self.code, self.stdout, self.stderr)


def aws(operation, *args, requester="REQUESTER", access_key=None, secret=None, extra_env=None):
    """Runs `aws mturk <operation> <args> --endpoint-url ... --region us-east-1 --output json`."""
    if access_key is None:
        access_key = os.environ.get("KEMPELEN_%s_ACCESS_KEY_ID" % requester)
        secret = os.environ.get("KEMPELEN_%s_SECRET_ACCESS_KEY" % requester)
        if not access_key or not secret:
            raise RuntimeError("KEMPELEN_%s_ACCESS_KEY_ID/SECRET_ACCESS_KEY are not set" % requester)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "AWS_ACCESS_KEY_ID": access_key,
        "AWS_SECRET_ACCESS_KEY": secret,
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
        "AWS_PAGER": "",
        "AWS_MAX_ATTEMPTS": "1",
        "AWS_RETRY_MODE": "standard",
    }
    env.update(extra_env or {})
    argv = [AWS, "mturk", operation, *[str(a) for a in args], "--endpoint-url", ENDPOINT, "--region", "us-east-1", "--output", "json"]
    completed = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    return Result([operation, *[str(a) for a in args]], completed.returncode, completed.stdout, completed.stderr)


def hit_args(title=None, reward="0.05", lifetime=3600, max_assignments=1, question=None):
    return [
        "--title", title or unique("cli"),
        "--description", "A conformance test task",
        "--reward", reward,
        "--assignment-duration-in-seconds", 600,
        "--auto-approval-delay-in-seconds", 3600,
        "--keywords", "conformance, cli",
        "--lifetime-in-seconds", lifetime,
        "--max-assignments", max_assignments,
        "--question", question or html_question(),
    ]


def hit_type_args(title=None, reward="0.05"):
    return [
        "--title", title or unique("cli type"),
        "--description", "A conformance test task",
        "--reward", reward,
        "--assignment-duration-in-seconds", 600,
        "--auto-approval-delay-in-seconds", 3600,
        "--keywords", "conformance, cli",
    ]


class CliTestCase(unittest.TestCase):
    maxDiff = None

    def ok(self, operation, *args, **kwargs):
        result = aws(operation, *args, **kwargs)
        self.assertEqual(result.code, 0, result)
        return result.json

    def create_hit(self, *extra, requester="REQUESTER", **kwargs):
        return self.ok("create-hit", *hit_args(**kwargs), *extra, requester=requester)["HIT"]

    def create_hit_type(self, requester="REQUESTER", **kwargs):
        return self.ok("create-hit-type", *hit_type_args(**kwargs), requester=requester)["HITTypeId"]

    def assertServiceError(self, code, operation, *args, **kwargs):
        """The command fails with the CLI's service-error exit code and names the error code."""
        result = aws(operation, *args, **kwargs)
        self.assertEqual(result.code, SERVICE_ERROR_EXIT, result)
        match = re.search(r"An error occurred \(([A-Za-z.]+)\) when calling the (\w+) operation(?: \(reached max retries: \d+\))?: (.*)", result.stderr, re.S)
        self.assertIsNotNone(match, result)
        self.assertEqual(match.group(1), code, result)
        return match.group(3).strip()

    def assertIsId(self, value):
        self.assertRegex(value, ID)
