#!/usr/bin/env python3
"""Writes N hostile JSON Lines inputs for `ame evaluate` from a corpus of valid cases (one per line).

Each output line is a corpus line with 0 to 3 mutations: a flipped byte, a deleted or duplicated
span, a misspelt field name, a truncation, an invalid UTF-8 sequence, a control character, an
amount as a JSON number or with padding, a huge number, a long string, deep nesting, a duplicate
key, a date out of range. A mutation never writes a line break (0x0A), so the input has exactly N
lines and `ame evaluate` must print exactly N lines (a decision or an error line each).

    python3 hostile-lines.py CORPUS.jsonl N SEED > hostile.jsonl
"""
import random
import sys


def mutate(line: bytes, rnd: random.Random) -> bytes:
    b = bytearray(line)
    kind = rnd.randrange(14)
    if not b:
        return bytes(b)
    i = rnd.randrange(len(b))
    if kind == 0:  # flip a byte (never into a line break)
        v = rnd.randrange(256)
        b[i] = v if v != 0x0A else 0x20
    elif kind == 1:  # delete a span
        del b[i:i + rnd.randrange(1, 40)]
    elif kind == 2:  # duplicate a span
        j = min(len(b), i + rnd.randrange(1, 60))
        b[i:i] = b[i:j]
    elif kind == 3:  # misspell a field name
        k = b.find(b'":', i)
        if k > 0:
            b[k:k] = rnd.choice([b"s", b"x", b"_"])
    elif kind == 4:  # truncate
        del b[i:]
    elif kind == 5:  # invalid UTF-8
        b[i:i] = rnd.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"])
    elif kind == 6:  # control characters inside a value
        k = b.find(b'"', i)
        if k > 0:
            b[k + 1:k + 1] = rnd.choice([b"\\u0000", b"\x01", b"\\u001b[2J", b"\\u2028", b"\\r"])
    elif kind == 7:  # an amount as a JSON number, padded, or with an exponent
        k = b.find(b'"amount":"')
        if k > 0:
            e = b.find(b'"', k + 10)
            b[k + 9:e + 1] = rnd.choice([b"7200.00", b'" 5.00 "', b'"1E+999999"', b'"5.001"', b'"-3"', b'"99999999999"'])
    elif kind == 8:  # a huge number
        b[i:i] = b"1" * rnd.randrange(10, 5000)
    elif kind == 9:  # a long string value
        k = b.find(b'"id":"')
        if k > 0:
            b[k + 6:k + 6] = b"A" * rnd.randrange(150, 3000)
    elif kind == 10:  # deep nesting
        d = rnd.randrange(20, 3000)
        b[i:i] = b"[" * d + b"]" * d
    elif kind == 11:  # a duplicate key
        k = b.find(b'"members"')
        if k > 0:
            b[k:k] = b'"id":"dup",'
    elif kind == 12:  # a date out of range or malformed
        k = b.find(b'Date":"')
        if k > 0:
            b[k + 7:k + 17] = rnd.choice([b"9999-12-31", b"0001-01-01", b"2025-02-30", b"2025-13-01", b"+99999-01-01"])
    else:  # a second applicant or partner
        b = bytearray(bytes(b).replace(b'"role":"CHILD"', b'"role":"PARTNER"', 1) if rnd.random() < 0.5
                      else bytes(b).replace(b'"role":"PARTNER"', b'"role":"APPLICANT"', 1))
    return bytes(b).replace(b"\n", b" ")


def main():
    corpus, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(corpus, "rb") as f:
        lines = [l.rstrip(b"\n") for l in f if l.strip()]
    rnd = random.Random(seed)
    out = sys.stdout.buffer
    for _ in range(n):
        line = rnd.choice(lines)
        for _ in range(rnd.choice([0, 1, 1, 1, 2, 3])):
            line = mutate(line, rnd)
        out.write(line + b"\n")


if __name__ == "__main__":
    main()
