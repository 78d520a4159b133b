"""PNG signature images, written with zlib: one stroke pattern per signer name."""

from __future__ import annotations

import hashlib
import math
import struct
import zlib

WIDTH, HEIGHT = 240, 80


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def signature_png(name: str) -> bytes:
    """A grayscale PNG with a handwriting-like stroke derived from the name."""
    seed = hashlib.sha256(name.encode()).digest()
    pixels = [bytearray([255] * WIDTH) for _ in range(HEIGHT)]
    frequency = 0.04 + seed[0] / 2550
    for x in range(12, WIDTH - 12):
        y = HEIGHT / 2 + 18 * math.sin(x * frequency + seed[1]) + 8 * math.sin(x * frequency * 3.1 + seed[2])
        for dy in (-1, 0, 1):
            row = int(y) + dy
            if 0 <= row < HEIGHT:
                pixels[row][x] = 20
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
    )
