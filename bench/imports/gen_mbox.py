#!/usr/bin/env python3
"""Writes a synthetic mbox of about SIZE_MB megabytes: messages among 2,000 people, 200 of them contacts (see contacts.csv)."""
import random, sys

def main(path, size_mb, contacts_csv=None):
    rng = random.Random(42)
    people = [f"person{i}@corp{i % 50}.example" for i in range(2000)]
    if contacts_csv:
        with open(contacts_csv, "w") as f:
            f.write("First Name,Last Name,E-mail Address\n")
            for i in range(200):
                f.write(f"Person,{i},{people[i]}\n")
    body = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n" * 12)
    target = size_mb * 1024 * 1024
    written, n = 0, 0
    with open(path, "w", newline="\n") as out:
        while written < target:
            n += 1
            a, b, c = rng.randrange(2000), rng.randrange(2000), rng.randrange(2000)
            me_first = n % 3 == 0
            frm = "me@home.example" if me_first else people[a]
            to = people[b] if me_first else "me@home.example"
            day = 1 + n % 28
            msg = (f"From {frm} Mon Jan  5 10:00:00 2026\n"
                   f"Message-ID: <msg{n}@bench.example>\n"
                   f"Date: Mon, {day:02d} Jan 2024 10:{n % 60:02d}:00 +0000\n"
                   f"From: Person {a} <{frm}>\n"
                   f"To: {to}\n"
                   f"Cc: {people[c]}\n"
                   f"Subject: Message number {n}\n"
                   f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                   f"{body}\n")
            out.write(msg)
            written += len(msg)
    print(n)

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
