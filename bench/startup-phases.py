#!/usr/bin/env python3
"""Where a start of jingwu.jar spends its time, read from its console log.

Usage: startup-phases.py <launch epoch seconds> <ready epoch seconds> <log>
Prints one line per phase: name<TAB>seconds. Phases run from one log line to the next one below; a phase whose
closing line is missing (the first start logs other lines than the second) is left out. Payara Micro stamps each
line with timeMillis; the launcher's own lines carry none, so its phase ends at Payara's first line.
"""
import re
import sys

# (phase, the line that ends it): in the order they appear in a start's log
MARKS = [
    ("JVM, launcher and embedded MariaDB", r"Payara Micro Runtime directory is located"),
    ("Payara Micro boot (runtime, data grid, HTTP listener)", r"startup time : "),
    ("war deployment (scanning, CDI, EJB, JPA, intent model)", r"was successfully deployed in"),
    ("Flyway (connect, validate, migrate)", r"Database schema at version"),
    ("start-up singletons, web module set-up", r"Initializing Mojarra"),
    ("Faces and PrimeFaces initialisation", r"Running on PrimeFaces"),
    ("web module loaded", r"Loading application \[jingwu\] at"),
]
STAMP = re.compile(r"\[timeMillis: (\d+)\]")


def main(launched, ready, log):
    lines = open(log, encoding="utf-8", errors="replace").read().splitlines()
    stamps = {}
    for line in lines:
        stamp = STAMP.search(line)
        if not stamp:
            continue
        for phase, pattern in MARKS:
            if phase not in stamps and re.search(pattern, line):
                stamps[phase] = int(stamp.group(1)) / 1000
    previous = launched
    for phase, _ in MARKS:
        if phase in stamps:
            print(f"{phase}\t{stamps[phase] - previous:.2f}")
            previous = stamps[phase]
    print(f"first answer of /health/ready (JAX-RS, health)\t{ready - previous:.2f}")
    extras(lines)


def extras(lines):
    """Parts measured inside a phase: the embedded MariaDB and the intent model, as the application logs them."""
    for line in lines:
        mariadb = re.search(r"Embedded MariaDB is running on .* \(([\d.]+) s\)", line)
        if mariadb:
            print(f"  of which embedded MariaDB start\t{float(mariadb.group(1)):.2f}")
        model = re.search(r"intent model (trained|loaded)\D+\d+ examples in (\d+) ms", line)
        if model:
            print(f"  of which intent model {model.group(1)}\t{int(model.group(2)) / 1000:.2f}")
        # Payara's deployment trace (-Dorg.glassfish.deployment.trace): start, end, level, ..., stage, detail, ms
        trace = line.split("\t")
        if len(trace) >= 7 and trace[2] in ("3", "4") and trace[-1].isdigit() and "jingwu.war" in trace[4]:
            stage = (trace[5] + " " + trace[6]).strip().lower().replace("_", " ")
            millis = int(trace[-1])
            if millis >= (100 if trace[2] == "3" else 300):
                indent = "  " * (int(trace[2]) - 2)
                print(f"{indent}of which deployment {stage} ({trace[4].split(' > ')[-1].lower()})\t{millis / 1000:.2f}")


if __name__ == "__main__":
    main(float(sys.argv[1]), float(sys.argv[2]), sys.argv[3])
