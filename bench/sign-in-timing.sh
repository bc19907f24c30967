#!/usr/bin/env bash
# Staff sign-in refused for a user nobody has (checked against the decoy hash) beside a known user with a wrong
# password: POST /api/v1/auth/token, one call of each in turn, median and spread of both and their ratio, beside the
# trivial endpoint GET /api/v1/ping of the same server in the same run. Starts Jingwu (launcher/target/jingwu.jar) on
# the MariaDB server at 127.0.0.1:3306 in the database jingwu_sign_in_bench with an account of the same name, which it
# creates anew (as root without password; see BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and drops at the end.
# Loopback only; stops by itself (12 minutes at most) and stops the server it started.
# Usage: bench/sign-in-timing.sh [--calls=200] [--warm-up-calls=30] [--limit-minutes=12] [--keep-database]
exec "$(dirname "$0")/run-benchmark.sh" SignInTimingBenchmark "$@"
