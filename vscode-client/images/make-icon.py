"""Draws images/icon.png (128x128): a plumb line and bob on a rounded square. Standard library only."""
import struct
import zlib

SIZE, SS = 128, 4  # output size, supersampling per axis
BG, LINE, BOB = (23, 62, 80), (220, 232, 238), (242, 177, 52)


def inside_rounded_square(x, y):
    r, lo, hi = 22, 4, SIZE - 4
    cx = min(max(x, lo + r), hi - r)
    cy = min(max(y, lo + r), hi - r)
    return lo <= x <= hi and lo <= y <= hi and (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def colour(x, y):
    if not inside_rounded_square(x, y):
        return None
    # the bob: a circle on top of a downward point (a teardrop upside down)
    if (x - 64) ** 2 + (y - 78) ** 2 <= 17 ** 2:
        return BOB
    if 78 <= y <= 110 and abs(x - 64) <= (110 - y) * 17 / 32:
        return BOB
    if abs(x - 64) <= 2 and 16 <= y <= 62:  # the string
        return LINE
    if 12 <= y <= 18 and 44 <= x <= 84:  # the bar it hangs from
        return LINE
    return BG


rows = []
for py in range(SIZE):
    row = bytearray([0])
    for px in range(SIZE):
        acc = [0, 0, 0, 0]
        for sy in range(SS):
            for sx in range(SS):
                c = colour(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS)
                if c is not None:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = SS * SS
        alpha = acc[3] // n
        cover = max(acc[3] // 255, 1)
        row += bytes([acc[0] // cover, acc[1] // cover, acc[2] // cover, alpha])
    rows.append(bytes(row))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
with open(__file__.replace("make-icon.py", "icon.png"), "wb") as out:
    out.write(png)
