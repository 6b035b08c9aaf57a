#!/usr/bin/env python3
"""Parse-only reference: Python's standard mailbox module reads every message and its envelope headers."""
import mailbox, sys, time
start = time.perf_counter()
n = 0
for msg in mailbox.mbox(sys.argv[1], create=False):
    _ = (msg["Message-ID"], msg["Date"], msg["From"], msg["To"], msg["Cc"], msg["Subject"])
    n += 1
print(f"{n} messages in {time.perf_counter() - start:.2f} s")
