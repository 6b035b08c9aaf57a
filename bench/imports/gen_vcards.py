#!/usr/bin/env python3
"""Writes COUNT vCards 3.0 with names, two emails, a phone and an organisation."""
import sys
path, count = sys.argv[1], int(sys.argv[2])
with open(path, "w", newline="") as out:
    for i in range(1, count + 1):
        out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person{i} Bench\r\nN:Bench;Person{i};;;\r\n"
                  f"EMAIL;TYPE=work:p{i}@work.example\r\nEMAIL;TYPE=home:p{i}@home.example\r\n"
                  f"TEL;TYPE=cell:+336{10000000 + i}\r\nORG:Company {i % 500}\r\nUID:bench-{i}\r\nEND:VCARD\r\n")
