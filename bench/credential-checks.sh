#!/usr/bin/env bash
# Relying institutions' checks of identity credentials (GET /api/v1/verifications/{code} with X-Api-Key), by code and
# by QR token, from 1 and 8 clients (each an institution of its own, allowance 10,000 checks a minute) with 10,000 and
# then 1,000,000 credentials stored (seeded in JDBC batches under the server's key), beside GET /api/v1/ping of the
# same server in the same run; at the largest size, one institution checking flat out for 75 s, so that it uses up
# its allowance of 10,000 checks a minute and keeps at it (admitted and refused checks, and what each costs); then
# MariaDB's plans of the lookup by code hash, of the holder's list of checks and of the read of the allowance's
# counter. Starts Jingwu (launcher/target/jingwu.jar) on the MariaDB server at 127.0.0.1:3306 in the
# database jingwu_credentials_bench with an account of the same name, which it creates anew (as root without password;
# see BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and drops at the end. Loopback only; stops by itself
# (14 minutes at most) and stops the server it started.
# Usage: bench/credential-checks.sh [--sizes=10000,1000000] [--clients=8] [--seconds=10] [--warm-up-seconds=20]
#                                   [--sample=20000] [--allowance-seconds=75] [--limit-minutes=14] [--keep-database]
exec "$(dirname "$0")/run-benchmark.sh" CredentialChecksBenchmark "$@"
