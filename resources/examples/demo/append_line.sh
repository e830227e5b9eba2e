#!/bin/sh
# Appends one line with the container's name (its host name) and the time to a file.
file="${OUTPUT_FILE:-/demo/lines.txt}"
mkdir -p "$(dirname "$file")"
echo "$(date '+%Y-%m-%d %H:%M:%S') written by $(hostname)" >> "$file"
echo "appended a line to $file ($(wc -l < "$file") lines now)"
