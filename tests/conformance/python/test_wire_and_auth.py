"""The wire protocol and SigV4 authentication, as boto3 and hand-written clients see them."""

import datetime
import http.client
import json
import re
import unittest
import urllib.parse

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

from conformance import (
    ENDPOINT,
    MESSAGE_SUFFIX,
    TARGET_PREFIX,
    MTurkTestCase,
    client,
    create_hit,
    credentials,
    hand_signed_call,
    hit_properties,
    now,
    raw_call,
    unknown_id,
)

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class AuthenticatingRequests(MTurkTestCase):
    def assertAuthError(self, code, mturk):
        with self.assertRaises(ClientError) as caught:
            mturk.get_account_balance()
        response = caught.exception.response
        self.assertEqual(response["Error"]["Code"], code, response)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], 400, response)
        self.assertTrue(response["Error"]["Message"], response)

    def test_an_unknown_access_key_is_an_unrecognized_client(self):
        _, secret = credentials("REQUESTER")
        self.assertAuthError("UnrecognizedClientException", client(access_key="KMPUNKNOWNKEY0000000", secret=secret))

    def test_a_wrong_secret_is_an_invalid_signature(self):
        key, secret = credentials("REQUESTER")
        wrong = ("x" if secret[0] != "x" else "y") + secret[1:]
        self.assertAuthError("InvalidSignatureException", client(access_key=key, secret=wrong))

    def test_another_requesters_secret_is_an_invalid_signature(self):
        key, _ = credentials("REQUESTER")
        _, other_secret = credentials("OTHER")
        self.assertAuthError("InvalidSignatureException", client(access_key=key, secret=other_secret))

    def test_an_unsigned_request_is_missing_the_authentication_token(self):
        self.assertAuthError("MissingAuthenticationTokenException", client("REQUESTER", signed=False))

    def test_authentication_errors_use_a_lower_case_message_member(self):
        response = raw_call("GetAccountBalance", sign=True, access_key="KMPUNKNOWNKEY0000000", secret="s" * 40)
        self.assertEqual(response.status, 400)
        body = response.json()
        self.assertEqual(body["__type"], "UnrecognizedClientException")
        self.assertIsInstance(body["message"], str)

    def test_a_client_signing_only_host_date_and_target_is_accepted(self):
        response = raw_call("GetAccountBalance", signed_headers={"host", "x-amz-date", "x-amz-target"})
        self.assertEqual(response.status, 200, response.body)
        self.assertRegex(response.json()["AvailableBalance"], r"^[0-9]+\.[0-9]{2}$")

    def test_a_tampered_body_is_an_invalid_signature(self):
        # Sign one body, send another: the server must hash the bytes it received.
        key, secret = credentials("REQUESTER")
        url = ENDPOINT.rstrip("/") + "/"
        headers = {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": TARGET_PREFIX + "ListHITs"}
        request = AWSRequest(method="POST", url=url, data=b'{"MaxResults":1}', headers=headers)
        SigV4Auth(Credentials(key, secret), "mturk-requester", "us-east-1").add_auth(request)
        sent = b'{"MaxResults":2}'
        final = dict(request.prepare().headers)
        final["Content-Length"] = str(len(sent))
        parts = urllib.parse.urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        try:
            connection.request("POST", "/", body=sent, headers=final)
            response = connection.getresponse()
            status, body = response.status, json.loads(response.read())
        finally:
            connection.close()
        self.assertEqual(status, 400)
        self.assertEqual(body["__type"], "InvalidSignatureException")


class CheckingSignaturesLikeAWS(MTurkTestCase):
    """What the server accepts and refuses in SigV4, beyond what the SDKs happen to send."""

    def test_a_hand_signed_request_is_accepted(self):
        response = hand_signed_call("GetAccountBalance")
        self.assertEqual(response.status, 200, response.body)

    def test_authorization_components_may_be_separated_by_bare_commas(self):
        response = hand_signed_call("GetAccountBalance", separator=",")
        self.assertEqual(response.status, 200, response.body)

    def test_any_region_in_the_scope_is_accepted(self):
        response = hand_signed_call("GetAccountBalance", region="eu-west-1")
        self.assertEqual(response.status, 200, response.body)

    def test_boto3_configured_for_another_region_works(self):
        key, secret = credentials("REQUESTER")
        mturk = boto3.session.Session().client(
            "mturk", endpoint_url=ENDPOINT, region_name="eu-central-1", aws_access_key_id=key, aws_secret_access_key=secret
        )
        self.assertIn("AvailableBalance", mturk.get_account_balance())

    def test_a_scope_for_another_service_is_an_invalid_signature(self):
        response = hand_signed_call("GetAccountBalance", service="mturk")
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "InvalidSignatureException")

    def test_a_request_signed_20_minutes_ago_is_an_invalid_signature(self):
        response = hand_signed_call("GetAccountBalance", when=now() - datetime.timedelta(minutes=20))
        self.assertEqual(response.status, 400)
        body = response.json()
        self.assertEqual(body["__type"], "InvalidSignatureException")
        self.assertIn("Signature expired", body["message"])

    def test_a_request_signed_20_minutes_ahead_is_an_invalid_signature(self):
        response = hand_signed_call("GetAccountBalance", when=now() + datetime.timedelta(minutes=20))
        self.assertEqual(response.status, 400)
        body = response.json()
        self.assertEqual(body["__type"], "InvalidSignatureException")
        self.assertIn("Signature not yet current", body["message"])

    def test_a_request_signed_5_minutes_ago_is_accepted(self):
        response = hand_signed_call("GetAccountBalance", when=now() - datetime.timedelta(minutes=5))
        self.assertEqual(response.status, 200, response.body)

    def test_a_session_token_is_an_unrecognized_client(self):
        response = hand_signed_call("GetAccountBalance", session_token="FQoGZXIvYXdzEXAMPLE")
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "UnrecognizedClientException")

    def test_an_authorization_header_without_a_signature_is_an_incomplete_signature(self):
        key, _ = credentials("REQUESTER")
        day = now().strftime("%Y%m%d")
        header = "AWS4-HMAC-SHA256 Credential=%s/%s/us-east-1/mturk-requester/aws4_request, SignedHeaders=host;x-amz-date" % (key, day)
        response = hand_signed_call("GetAccountBalance", authorization=header)
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "IncompleteSignatureException")


class FramingRequestsAndResponses(MTurkTestCase):
    def test_other_json_content_types_are_accepted(self):
        for content_type in ("application/x-amz-json-1.0", "application/json"):
            with self.subTest(content_type=content_type):
                response = raw_call("GetAccountBalance", {}, content_type=content_type)
                self.assertEqual(response.status, 200, response.body)

    def test_unknown_members_are_ignored(self):
        response = raw_call("ListHITs", {"MaxResults": 1, "SortBy": "Reward"})
        self.assertEqual(response.status, 200, response.body)

    def test_timestamps_have_at_most_millisecond_precision_and_no_exponent(self):
        body = raw_call("CreateHIT", hit_properties()).body.decode("utf-8")
        for field in ("CreationTime", "Expiration"):
            with self.subTest(field=field):
                self.assertRegex(body, r'"%s":\s*[0-9]+(\.[0-9]{1,3})?\s*[,}]' % field)

    def test_absent_members_are_omitted_rather_than_null(self):
        def nulls(value, path="$"):
            if value is None:
                yield path
            elif isinstance(value, dict):
                for key, item in value.items():
                    yield from nulls(item, path + "." + key)
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    yield from nulls(item, "%s[%d]" % (path, index))

        hit = raw_call("CreateHIT", hit_properties()).json()
        self.assertEqual(list(nulls(hit)), [])

    def test_responses_are_amz_json_with_a_request_id(self):
        response = raw_call("GetAccountBalance")
        self.assertEqual(response.status, 200)
        self.assertTrue(response.header("Content-Type").startswith("application/x-amz-json-1.1"))
        self.assertRegex(response.header("x-amzn-RequestId") or "", UUID)
        self.assertIsNotNone(response.header("Date"))

    def test_error_responses_carry_a_request_id_too(self):
        response = raw_call("GetHIT", {"HITId": unknown_id()})
        self.assertEqual(response.status, 400)
        self.assertRegex(response.header("x-amzn-RequestId") or "", UUID)
        self.assertIsNotNone(response.header("Date"))

    def test_boto3_sees_the_request_id(self):
        response = self.mturk.get_account_balance()
        self.assertRegex(response["ResponseMetadata"]["RequestId"], UUID)

    def test_a_request_error_body_has_type_message_and_turk_error_code(self):
        hit_id = unknown_id()
        body = raw_call("GetHIT", {"HITId": hit_id}).json()
        self.assertEqual(set(body), {"__type", "Message", "TurkErrorCode"})
        self.assertEqual(body["__type"], "RequestError")
        self.assertEqual(body["TurkErrorCode"], "AWS.MechanicalTurk.HITDoesNotExist")
        self.assertRegex(body["Message"], r"^Hit %s does not exist\. \(\d{13}\)$" % hit_id)

    def test_a_validation_exception_body_has_type_and_lower_case_message(self):
        body = raw_call("ListHITs", {"MaxResults": 101}).json()
        self.assertEqual(set(body), {"__type", "message"})
        self.assertEqual(body["__type"], "ValidationException")
        self.assertEqual(
            body["message"],
            "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: "
            "Member must have value less than or equal to 100",
        )

    def test_a_parameter_validation_error_body_names_the_parameter(self):
        props = hit_properties(Question="<NotAQuestion/>")
        response = raw_call("CreateHIT", props)
        self.assertEqual(response.status, 400)
        body = response.json()
        self.assertEqual(body["__type"], "ParameterValidationError")
        self.assertEqual(body["Parameter"], "Question")
        self.assertEqual(body["TurkErrorCode"], "AWS.MechanicalTurk.InvalidParameterValue")
        self.assertIsInstance(body["Message"], str)
        self.assertRegex(body["Message"], MESSAGE_SUFFIX)

    def test_a_parameter_validation_error_for_the_lifetime_names_the_lifetime(self):
        body = raw_call("CreateHIT", hit_properties(LifetimeInSeconds=29)).json()
        self.assertEqual(body["__type"], "ParameterValidationError")
        self.assertEqual(body["Parameter"], "LifetimeInSeconds")
        self.assertEqual(body["TurkErrorCode"], "AWS.MechanicalTurk.InvalidParameterValue")

    def test_timestamps_are_json_numbers_of_epoch_seconds(self):
        hit = raw_call("CreateHIT", hit_properties(LifetimeInSeconds=600)).json()["HIT"]
        self.assertIsInstance(hit["CreationTime"], (int, float))
        self.assertIsInstance(hit["Expiration"], (int, float))
        self.assertAlmostEqual(hit["Expiration"] - hit["CreationTime"], 600, places=3)
        self.assertIsInstance(hit["MaxAssignments"], int)

    def test_an_empty_output_is_an_empty_object(self):
        hit = create_hit(self.mturk)
        response = raw_call("UpdateExpirationForHIT", {"HITId": hit["HITId"], "ExpireAt": 0})
        self.assertEqual(response.status, 200)
        self.assertEqual(response.json(), {})
        response = raw_call("DeleteHIT", {"HITId": hit["HITId"]})
        self.assertEqual(response.status, 200)
        self.assertEqual(response.json(), {})

    def test_expire_at_may_be_a_fractional_number(self):
        hit = create_hit(self.mturk)
        response = raw_call("UpdateExpirationForHIT", {"HITId": hit["HITId"], "ExpireAt": 1500000000.5})
        self.assertEqual(response.status, 200, response.body)
        self.assertEqual(self.mturk.get_hit(HITId=hit["HITId"])["HIT"]["HITStatus"], "Reviewable")

    def test_an_unknown_target_is_an_unknown_operation(self):
        response = raw_call("FlyToTheMoon", {})
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "UnknownOperationException")

    def test_a_target_of_another_service_version_is_an_unknown_operation(self):
        response = raw_call("", {}, target="MTurkRequesterServiceV20140815.GetAccountBalance")
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "UnknownOperationException")

    def test_a_body_that_is_not_json_is_a_serialization_exception(self):
        response = raw_call("ListHITs", b"MaxResults=10")
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "SerializationException")

    def test_a_json_body_that_is_not_an_object_is_a_serialization_exception(self):
        response = raw_call("ListHITs", b"[1, 2, 3]")
        self.assertEqual(response.status, 400)
        self.assertEqual(response.json()["__type"], "SerializationException")


if __name__ == "__main__":
    unittest.main()
