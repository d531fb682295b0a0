#!/usr/bin/env bash
# The one test command. On a fresh Debian machine (as root) it installs what the suites need from Debian's
# packages and npm, starts a throwaway PostgreSQL on loopback, then runs every suite:
#   1. xunit: domain, storage on SQLite and PostgreSQL, in-process HTTP, CLI     (tests/Kempelen.Tests)
#   2. conformance: boto3, the AWS CLI and the JS SDK against the real server, on both databases (tests/conformance)
# and ends with one line "N passed, N failed". Exit status 0 only when everything passed.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n== %s\n' "$*"; }

install_prerequisites() {
  local missing=()
  /usr/bin/python3 -c 'import boto3' >/dev/null 2>&1 || missing+=(python3-boto3)
  [ -x /usr/bin/aws ] || missing+=(awscli)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "Missing: ${missing[*]}. Run ./test.sh as root to install them, or: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
    say "Installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }
}

install_prerequisites

work=$(mktemp -d /tmp/kempelen-test.XXXXXX)
chmod 755 "$work"
cleanup() { tests/postgres stop "$work/postgres" || true; rm -rf "$work"; }
trap cleanup EXIT

say "Starting PostgreSQL"
KEMPELEN_TEST_POSTGRES=$(tests/postgres start "$work/postgres")
export KEMPELEN_TEST_POSTGRES

say "Building"
dotnet build Kempelen.slnx -c Release -nologo -v quiet -clp:ErrorsOnly

passed=0
failed=0

# Adds a suite's counts; a suite that failed without reporting a failed test counts as one failure.
count() {
  local suite=$1 status=$2 suite_passed=${3:-0} suite_failed=${4:-0}
  passed=$((passed + suite_passed))
  failed=$((failed + suite_failed))
  if [ "$status" != 0 ] && [ "$suite_failed" = 0 ]; then
    failed=$((failed + 1))
    echo "The $suite suite exited with status $status without reporting a failed test." >&2
  fi
}

say "xunit: tests/Kempelen.Tests"
set +e
dotnet test tests/Kempelen.Tests -c Release --no-build -nologo 2>&1 | tee "$work/xunit.log"
xunit_status=${PIPESTATUS[0]}
set -e
summary=$(grep -E '(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+' "$work/xunit.log" | tail -n 1 || true)
count xunit "$xunit_status" "$(sed -nE 's/.*Passed: +([0-9]+).*/\1/p' <<<"$summary")" "$(sed -nE 's/.*Failed: +([0-9]+),.*/\1/p' <<<"$summary")"

say "Conformance: boto3, AWS CLI and JS SDK against the real server (SQLite, then PostgreSQL)"
dotnet publish src/Kempelen -c Release -o "$work/published" -nologo -v quiet -clp:ErrorsOnly
set +e
KEMPELEN_PUBLISHED_DIR="$work/published" tests/conformance/run sqlite postgres 2>&1 | tee "$work/conformance.log"
conformance_status=${PIPESTATUS[0]}
set -e
summary=$(grep -E '^conformance: [0-9]+ passed, [0-9]+ failed' "$work/conformance.log" | tail -n 1 || true)
count conformance "$conformance_status" "$(sed -nE 's/^conformance: ([0-9]+) passed.*/\1/p' <<<"$summary")" "$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$summary")"

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
