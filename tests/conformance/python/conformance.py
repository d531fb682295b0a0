"""Shared helpers for the boto3 conformance suite.

The run script (tests/conformance/run) starts a Kempelen server, creates the requesters below with
`admin create-requester --json` and passes everything in environment variables:

    KEMPELEN_ENDPOINT                      http://127.0.0.1:<port>
    KEMPELEN_REQUESTER_ACCESS_KEY_ID/...SECRET_ACCESS_KEY   the suite's main requester (1000.00)
    KEMPELEN_MONEY_ACCESS_KEY_ID/...SECRET_ACCESS_KEY       used only by the money tests (100.00)
    KEMPELEN_POOR_ACCESS_KEY_ID/...SECRET_ACCESS_KEY        balance 0.10, for InsufficientFunds
    KEMPELEN_OTHER_ACCESS_KEY_ID/...SECRET_ACCESS_KEY       a second tenant (100.00)
    KEMPELEN_PAYER_ACCESS_KEY_ID/...SECRET_ACCESS_KEY       approvals, rejections, bonuses (100.00)
    KEMPELEN_BLOCKER_ACCESS_KEY_ID/...SECRET_ACCESS_KEY     worker blocks only (100.00), so no other test meets them
    KEMPELEN_WORKER_<n>_ID / KEMPELEN_WORKER_<n>_TOKEN      workers 1-3 and their worker API tokens;
                                                           only the PAYER tests pay worker 3 (they check its
                                                           balance); others may leave it work to submit

Every test makes its own HIT types and HITs (unique titles), so tests do not depend on each
other's data or order.
"""

import datetime
import decimal
import hashlib
import hmac
import http.client
import json
import os
import re
import unittest
import urllib.error
import urllib.parse
import urllib.request
import uuid

import boto3
import botocore
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from worker_api import Worker  # noqa: F401 (re-exported to the tests)

ENDPOINT = os.environ.get("KEMPELEN_ENDPOINT", "")
REQUESTERS = ("REQUESTER", "MONEY", "POOR", "OTHER", "PAYER", "BLOCKER")
WORKERS = (1, 2, 3)
REGION = "us-east-1"
TARGET_PREFIX = "MTurkRequesterServiceV20170117."

ID_PATTERN = re.compile(r"^[0-9A-Z]{30}$")
ID_TOKEN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{30}(?![0-9A-Za-z])")
MESSAGE_SUFFIX = re.compile(r" \(\d{13}\)$")

PERCENT_APPROVED = "000000000000000000L0"
LOCALE = "00000000000000000071"
MASTERS = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH"

HTML_QUESTION = """<HTMLQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2011-11-11/HTMLQuestion.xsd">
  <HTMLContent><![CDATA[<!DOCTYPE html>
<html><head><meta charset="utf-8">
<script src="https://s3.amazonaws.com/mturk-public/externalHIT_v1.js"></script></head>
<body><form id="mturk_form" method="post" action="https://www.mturk.com/mturk/externalSubmit">
  <input type="hidden" id="assignmentId" name="assignmentId" value="">
  <p>Which word is a colour?</p>
  <label><input type="radio" name="colour" value="red"> red</label>
  <label><input type="radio" name="colour" value="fast"> fast</label>
  <textarea name="comment"></textarea> <input type="submit" id="submitButton">
</form><script>turkSetAssignmentID();</script></body></html>]]></HTMLContent>
  <FrameHeight>400</FrameHeight>
</HTMLQuestion>"""

EXTERNAL_QUESTION = """<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">
  <ExternalURL>https://survey.example.org/task?study=7&amp;lang=en</ExternalURL>
  <FrameHeight>0</FrameHeight>
</ExternalQuestion>"""

QUESTION_FORM = """<QuestionForm xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd">
  <Overview><Title>Street signs</Title><Text>Answer both questions.</Text></Overview>
  <Question><QuestionIdentifier>count</QuestionIdentifier><IsRequired>true</IsRequired>
    <QuestionContent><Text>How many signs do you see?</Text></QuestionContent>
    <AnswerSpecification><FreeTextAnswer>
      <Constraints><IsNumeric minValue="0" maxValue="50"/></Constraints>
    </FreeTextAnswer></AnswerSpecification></Question>
  <Question><QuestionIdentifier>kinds</QuestionIdentifier>
    <QuestionContent><Text>Which kinds?</Text></QuestionContent>
    <AnswerSpecification><SelectionAnswer>
      <MinSelectionCount>1</MinSelectionCount><MaxSelectionCount>3</MaxSelectionCount>
      <StyleSuggestion>checkbox</StyleSuggestion>
      <Selections>
        <Selection><SelectionIdentifier>stop</SelectionIdentifier><Text>Stop</Text></Selection>
        <Selection><SelectionIdentifier>yield</SelectionIdentifier><Text>Yield</Text></Selection>
        <OtherSelection><Constraints><Length maxLength="40"/></Constraints></OtherSelection>
      </Selections>
    </SelectionAnswer></AnswerSpecification></Question>
</QuestionForm>"""

LEGACY_QUESTION_FORM = QUESTION_FORM.replace("2017-11-06/QuestionForm.xsd", "2005-10-01/QuestionForm.xsd")


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


def external_question(url):
    return (
        '<ExternalQuestion xmlns="http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2006-07-14/ExternalQuestion.xsd">'
        "<ExternalURL>" + url + "</ExternalURL><FrameHeight>600</FrameHeight></ExternalQuestion>"
    )


def unique(label="hit"):
    """A title nobody else uses, so a test can find its own HITs among the requester's."""
    return "conformance %s %s" % (label, uuid.uuid4().hex[:12])


def unknown_id():
    """A well-formed 30-character ID that no server has issued (28 random characters)."""
    return "3Q" + uuid.uuid4().hex.upper()[:28]


def credentials(name):
    prefix = "KEMPELEN_%s_" % name
    key = os.environ.get(prefix + "ACCESS_KEY_ID")
    secret = os.environ.get(prefix + "SECRET_ACCESS_KEY")
    if not key or not secret:
        raise RuntimeError("%sACCESS_KEY_ID / %sSECRET_ACCESS_KEY are not set (see tests/conformance/run)" % (prefix, prefix))
    return key, secret


def client(name="REQUESTER", validate=True, access_key=None, secret=None, signed=True):
    """A boto3 MTurk client for one of the run script's requesters.

    validate=False turns off botocore's client-side parameter validation, so that values boto3
    would refuse locally (MaxResults 0, a missing required member) reach the server.
    """
    if access_key is None:
        access_key, secret = credentials(name)
    config = Config(
        parameter_validation=validate,
        retries={"max_attempts": 1, "mode": "standard"},
        connect_timeout=10,
        read_timeout=60,
    )
    if not signed:
        config = config.merge(Config(signature_version=botocore.UNSIGNED))
    return boto3.session.Session().client(
        "mturk",
        endpoint_url=ENDPOINT,
        region_name=REGION,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret,
        config=config,
    )


def hit_type_properties(title=None, reward="0.05", **extra):
    props = {
        "Title": title or unique("type"),
        "Description": "A conformance test task",
        "Reward": reward,
        "AssignmentDurationInSeconds": 600,
        "AutoApprovalDelayInSeconds": 3600,
        "Keywords": "conformance, test",
    }
    props.update(extra)
    return props


def hit_properties(title=None, reward="0.05", **extra):
    props = hit_type_properties(title=title, reward=reward)
    props.update({"LifetimeInSeconds": 3600, "MaxAssignments": 1, "Question": html_question()})
    props.update(extra)
    return props


def create_hit(mturk, **overrides):
    return mturk.create_hit(**hit_properties(**overrides))["HIT"]


def create_hit_type(mturk, **overrides):
    return mturk.create_hit_type(**hit_type_properties(**overrides))["HITTypeId"]


def expire(mturk, hit_id):
    mturk.update_expiration_for_hit(HITId=hit_id, ExpireAt=datetime.datetime(2015, 1, 1, tzinfo=datetime.timezone.utc))


def balance(mturk):
    """(AvailableBalance, OnHoldBalance) as Decimals, after checking both are two-decimal strings."""
    response = mturk.get_account_balance()
    available = response["AvailableBalance"]
    on_hold = response.get("OnHoldBalance", "0.00")
    for value in (available, on_hold):
        if not re.fullmatch(r"[0-9]+\.[0-9]{2}", value):
            raise AssertionError("amount %r is not a two-decimal string" % value)
    return decimal.Decimal(available), decimal.Decimal(on_hold)


def all_hits(mturk, page_size=100):
    hits = []
    for page in mturk.get_paginator("list_hits").paginate(PaginationConfig={"PageSize": page_size}):
        hits.extend(page["HITs"])
    return hits


def now():
    return datetime.datetime.now(datetime.timezone.utc)


def epoch(dt):
    return dt.timestamp()


def worker(number):
    return Worker(number)


def submitted_assignment(mturk, worker_number=1, answers=None, **hit):
    """A new HIT of `mturk` with one assignment done by the worker: (HIT, AssignmentId)."""
    created = create_hit(mturk, **hit)
    return created, Worker(worker_number).do(created["HITId"], answers)


class RawResponse:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body)

    def header(self, name):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


def raw_call(
    operation,
    body=b"{}",
    name="REQUESTER",
    content_type="application/x-amz-json-1.1",
    sign=True,
    signed_headers=None,
    target=None,
    access_key=None,
    secret=None,
):
    """One POST / signed with botocore's SigV4Auth, sent with http.client, nothing parsed.

    signed_headers restricts which of the request's headers are signed (the rest are added after
    signing), to mimic clients that sign fewer headers than botocore.
    """
    if isinstance(body, str):
        body = body.encode("utf-8")
    if isinstance(body, (dict, list)):
        body = json.dumps(body).encode("utf-8")
    if access_key is None and sign:
        access_key, secret = credentials(name)
    url = ENDPOINT.rstrip("/") + "/"
    headers = {"Content-Type": content_type, "X-Amz-Target": target if target is not None else TARGET_PREFIX + operation}
    unsigned = {}
    if signed_headers is not None:
        unsigned = {k: v for k, v in headers.items() if k.lower() not in signed_headers}
        headers = {k: v for k, v in headers.items() if k.lower() in signed_headers}
    request = AWSRequest(method="POST", url=url, data=body, headers=headers)
    if sign:
        SigV4Auth(Credentials(access_key, secret), "mturk-requester", REGION).add_auth(request)
    prepared = request.prepare()
    final = dict(prepared.headers)
    final.update(unsigned)
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request("POST", "/", body=body, headers=final)
        response = connection.getresponse()
        return RawResponse(response.status, response.getheaders(), response.read())
    finally:
        connection.close()


def hand_signed_call(
    operation,
    body=b"{}",
    name="REQUESTER",
    when=None,
    service="mturk-requester",
    region=REGION,
    separator=", ",
    session_token=None,
    authorization=None,
):
    """One POST / signed by hand (SigV4 from hashlib/hmac), so the test controls what botocore
    would not let it: the request time, the scope's service and region, the separators of the
    Authorization header, a session token, or a whole Authorization header of its own."""
    if isinstance(body, (dict, list)):
        body = json.dumps(body)
    if isinstance(body, str):
        body = body.encode("utf-8")
    access_key, secret = credentials(name)
    when = when or now()
    amz_date = when.strftime("%Y%m%dT%H%M%SZ")
    day = amz_date[:8]
    parts = urllib.parse.urlsplit(ENDPOINT.rstrip("/") + "/")
    headers = {
        "content-type": "application/x-amz-json-1.1",
        "host": parts.netloc,
        "x-amz-date": amz_date,
        "x-amz-target": TARGET_PREFIX + operation,
    }
    if session_token is not None:
        headers["x-amz-security-token"] = session_token
    names = sorted(headers)
    canonical = "\n".join(
        ["POST", "/", ""]
        + ["%s:%s" % (h, headers[h].strip()) for h in names]
        + ["", ";".join(names), hashlib.sha256(body).hexdigest()]
    )
    scope = "%s/%s/%s/aws4_request" % (day, region, service)
    string_to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode("utf-8")).hexdigest()]
    )
    key = ("AWS4" + secret).encode("utf-8")
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    headers["authorization"] = authorization or separator.join(
        [
            "AWS4-HMAC-SHA256 Credential=%s/%s" % (access_key, scope),
            "SignedHeaders=%s" % ";".join(names),
            "Signature=%s" % signature,
        ]
    )
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        connection.request("POST", "/", body=body, headers=headers)
        response = connection.getresponse()
        return RawResponse(response.status, response.getheaders(), response.read())
    finally:
        connection.close()


class MTurkTestCase(unittest.TestCase):
    """Base class: a client for the main requester and assertions for each error kind."""

    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.mturk = client("REQUESTER")

    def assertRequestError(self, turk_error_code, call, *args, **kwargs):
        """The call fails with HTTP 400, __type RequestError and the given TurkErrorCode."""
        with self.assertRaises(ClientError) as caught:
            call(*args, **kwargs)
        response = caught.exception.response
        self.assertEqual(response["Error"]["Code"], "RequestError", response)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 400, response)
        self.assertEqual(response.get("TurkErrorCode"), turk_error_code, response)
        message = response.get("Message") or response["Error"].get("Message", "")
        self.assertRegex(message, MESSAGE_SUFFIX, "a RequestError message ends with ' (<epoch ms>)'")
        return message

    def assertValidationException(self, call, *args, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(*args, **kwargs)
        response = caught.exception.response
        self.assertEqual(response["Error"]["Code"], "ValidationException", response)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 400, response)
        return response["Error"]["Message"]

    def assertParameterValidationError(self, call, *args, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(*args, **kwargs)
        response = caught.exception.response
        self.assertEqual(response["Error"]["Code"], "ParameterValidationError", response)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 400, response)
        return response["Error"]["Message"]

    def assertIsId(self, value):
        self.assertIsInstance(value, str)
        self.assertRegex(value, ID_PATTERN)

    def assertRecent(self, moment, tolerance_seconds=300):
        self.assertIsInstance(moment, datetime.datetime)
        self.assertIsNotNone(moment.tzinfo, "timestamps are timezone-aware")
        self.assertLess(abs((moment - now()).total_seconds()), tolerance_seconds)

    def assertInvalidParameterValue(self, operation, body, name="REQUESTER"):
        """Sent raw, the request is refused with HTTP 400 and TurkErrorCode InvalidParameterValue,
        as a ParameterValidationError or a RequestError (both carry that code)."""
        response = raw_call(operation, body, name=name)
        self.assertEqual(response.status, 400, response.body)
        document = response.json()
        self.assertIn(document.get("__type"), ("ParameterValidationError", "RequestError"), document)
        self.assertEqual(document.get("TurkErrorCode"), "AWS.MechanicalTurk.InvalidParameterValue", document)
        return document
