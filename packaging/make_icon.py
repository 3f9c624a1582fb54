"""Draw the AidTracker app icon: ``resources/icons/app.png`` (512 px) and ``app.ico`` (16–256 px).

A parcel on a blue rounded square: a yellow box with a tape band and a blue heart on its side
(aid in transit). Drawn with Pillow (a ReportLab dependency, so it is in the venv) at 1024 px
and scaled down, so every size is anti-aliased. Re-run after a change:

    .venv/bin/python packaging/make_icon.py

The red cross and red crescent are protected emblems (Geneva Conventions): never use them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
BIG = 1024
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

BLUE = (0, 87, 183, 255)
YELLOW = (255, 215, 0, 255)
BOX_SIDE = (230, 180, 0, 255)
TAPE = (196, 140, 40, 255)
OUTLINE = (20, 40, 80, 255)


def _heart(draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float) -> None:
    r = size / 4
    draw.ellipse((cx - 2 * r, cy - 1.6 * r, cx, cy + 0.4 * r), fill=BLUE)
    draw.ellipse((cx, cy - 1.6 * r, cx + 2 * r, cy + 0.4 * r), fill=BLUE)
    draw.polygon([(cx - 1.93 * r, cy - 0.2 * r), (cx, cy - 0.6 * r),
                  (cx + 1.93 * r, cy - 0.2 * r), (cx, cy + 2.1 * r)], fill=BLUE)


def draw(size: int = BIG) -> Image.Image:
    """The icon at ``size`` pixels (drawn at 1024 and scaled)."""
    img = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((32, 32, BIG - 32, BIG - 32), radius=200, fill=BLUE)
    # The parcel in a simple oblique view: top, front and right side.
    top = [(250, 380), (560, 300), (800, 380), (490, 470)]
    front = [(250, 380), (490, 470), (490, 820), (250, 720)]
    side = [(490, 470), (800, 380), (800, 720), (490, 820)]
    stroke = 14
    d.polygon(top, fill=YELLOW, outline=OUTLINE, width=stroke)
    d.polygon(front, fill=YELLOW, outline=OUTLINE, width=stroke)
    d.polygon(side, fill=BOX_SIDE, outline=OUTLINE, width=stroke)
    # Tape across the top and down the front.
    d.polygon([(385, 345), (435, 332), (670, 420), (620, 433)], fill=TAPE)
    d.polygon([(360, 421), (410, 440), (410, 790), (360, 770)], fill=TAPE)
    d.line([*top, top[0]], fill=OUTLINE, width=stroke, joint="curve")
    _heart(d, 645, 585, 190)
    return img if size == BIG else img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "app.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "app.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / 'app.png'} and {OUT / 'app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
