#!/bin/sh
# Qt's xcb window plugin needs a few X libraries that fresh Linux systems often lack.
# Install them when we can (root with apt-get); otherwise say exactly what to install.
[ "$(uname -s)" = "Linux" ] || exit 0
[ -n "${QT_QPA_PLATFORM:-}" ] && exit 0
missing=""
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-shape.so.0:libxcb-shape0 libxcb-render-util.so.0:libxcb-render-util0 \
            libxcb-image.so.0:libxcb-image0 libEGL.so.1:libegl1 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3; do
    lib=${pair%%:*}; pkg=${pair#*:}
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the X libraries Qt needs:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null && exit 0
fi
echo "Qt needs these system libraries to open a window:$missing"
if command -v apt-get >/dev/null 2>&1; then
    echo "Install them with: sudo apt-get install$missing"
fi
echo "(Without a display, 'QT_QPA_PLATFORM=offscreen make run' starts the window offscreen.)"
exit 1
