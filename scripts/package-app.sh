#!/bin/sh
# After `make app`: one archive to hand out, dist/HindiAnnotator-<system>.<ext>.
# macOS zips the .app with ditto (keeps its symlinks and signature); Linux makes a .tar.gz of
# the folder (keeps the executable bits). Windows: scripts/build-windows.ps1 zips its own.
set -eu
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}
case "$(uname -s)" in
    Darwin)
        [ -d "$DIST/HindiAnnotator.app" ] || { echo "package-app: $DIST/HindiAnnotator.app is missing; run 'make app' first" >&2; exit 1; }
        ditto -c -k --keepParent "$DIST/HindiAnnotator.app" "$DIST/HindiAnnotator-macOS.zip"
        echo "built $DIST/HindiAnnotator-macOS.zip" ;;
    *)
        [ -d "$DIST/HindiAnnotator" ] || { echo "package-app: $DIST/HindiAnnotator is missing; run 'make app' first" >&2; exit 1; }
        tar -C "$DIST" -czf "$DIST/HindiAnnotator-Linux.tar.gz" HindiAnnotator
        echo "built $DIST/HindiAnnotator-Linux.tar.gz" ;;
esac
