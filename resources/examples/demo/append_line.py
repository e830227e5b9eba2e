"""Appends one line with the container's name and the time to a shared file."""
import datetime
import os
import socket

path = os.environ.get("OUTPUT_FILE", "/demo/lines.txt")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "a", encoding="utf-8") as f:
    f.write(f"{datetime.datetime.now().isoformat()} written by {socket.gethostname()}\n")
print(f"appended a line to {path}")
