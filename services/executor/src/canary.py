# Benchline's noise canary (services/executor/src/canary.ts): a fixed amount of CPU and memory work,
# timed round by round on the minion at the start of every run. Changing any of the work changes
# what the canary measures: bump CANARY_VERSION in canary.ts with it.
# Run as `python3 -I -S -c <this file> ROUNDS`; prints {"roundSeconds": [...]}.
import json
import sys
import time

CHAIN_LENGTH = 1 << 16


def interpreter_work():
    value = 0
    for step in range(200_000):
        value = (value * 1103515245 + step) & 0xFFFFFFFF
    return value


def memory_work(chain):
    # Bandwidth: copies of an 8 MiB buffer. Latency: a walk along a cycle through a list of 64 Ki entries.
    buffer = bytearray(8 << 20)
    for _ in range(4):
        buffer = bytearray(buffer)
    position = 0
    for _ in range(150_000):
        position = chain[position]
    return position + len(buffer)


def main(rounds):
    # x -> (40501 x + 1) mod 2^16 has full period: one cycle through every entry.
    chain = [(40501 * index + 1) % CHAIN_LENGTH for index in range(CHAIN_LENGTH)]
    round_seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        interpreter_work()
        memory_work(chain)
        round_seconds.append(time.perf_counter() - started)
    print(json.dumps({'roundSeconds': round_seconds}))


main(int(sys.argv[1]))
