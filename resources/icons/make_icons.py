"""Draw the app icon and write it as PNG, Windows .ico and macOS .icns (run once; outputs are kept).

    QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py

The icon is our own drawing: a rounded indigo tile, the Devanagari letter अ in the bundled
Noto Sans Devanagari (OFL), a coloured span bar under it and a relation arc above, the
three things the app is about. The .ico and .icns containers are packed here from PNG
images (both formats allow PNG entries), so no image tool beyond Qt is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (type code, pixel size): PNG-capable icns element types.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def draw(size: int):
    """The icon at `size` x `size` pixels as a QImage (drawn at that size, not scaled)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    from annotator.resources import font_path

    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font_path())))[0]
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = s * 0.04
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0.0, QColor("#3949AB"))
    gradient.setColorAt(1.0, QColor("#1A237E"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, s * 0.2, s * 0.2)

    # The letter, as a path so it scales exactly; centred on its own bounding box.
    font = QFont(family)
    font.setPixelSize(max(8, round(s * 0.56)))
    font.setWeight(QFont.Weight.Bold)
    glyph = QPainterPath()
    glyph.addText(0.0, 0.0, font, "अ")
    glyph.setFillRule(Qt.FillRule.WindingFill)  # a variable font's contours overlap
    box = glyph.boundingRect()
    glyph.translate(s * 0.5 - box.center().x(), s * 0.5 - box.center().y() + s * 0.02)
    p.setBrush(QColor("#FFFFFF"))
    p.drawPath(glyph)

    # A span highlight under the letter (the entity colour of PERSON in the default scheme).
    bar = QRectF(s * 0.22, s * 0.76, s * 0.56, max(1.0, s * 0.075))
    p.setBrush(QColor("#4FC3F7"))
    p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)

    # A relation arc above the letter, from one small dot to another (dropped when tiny).
    if size >= 32:
        pen = QPen(QColor("#FFCA28"), max(1.0, s * 0.035))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        arc = QPainterPath(QPointF(s * 0.26, s * 0.24))
        arc.cubicTo(QPointF(s * 0.36, s * 0.08), QPointF(s * 0.64, s * 0.08), QPointF(s * 0.74, s * 0.24))
        p.drawPath(arc)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#FFCA28"))
        for x in (0.26, 0.74):
            p.drawEllipse(QPointF(s * x, s * 0.24), s * 0.04, s * 0.04)
    p.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file whose entries are PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file of PNG elements."""
    body = b"".join(code.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts need it)
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(draw(size)) for size in sizes}
    (HERE / "annotator.png").write_bytes(pngs[256])
    (HERE / "annotator-48.png").write_bytes(pngs[48])
    (HERE / "annotator.ico").write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    (HERE / "annotator.icns").write_bytes(pack_icns(pngs))
    for name in ("annotator.png", "annotator-48.png", "annotator.ico", "annotator.icns"):
        print(f"wrote {HERE / name} ({(HERE / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
