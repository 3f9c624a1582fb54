#!/usr/bin/env bash
# Install the Debian packages the tests and screenshots need, only when missing.
# Idempotent and quick when everything is there; never asks questions.
set -euo pipefail

need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v strace >/dev/null 2>&1 || need+=(strace)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
# Qt's runtime libraries (offscreen tests; the xcb ones for real windows and the bundle).
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1 \
           libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || need+=("$lib")
done

# Map library names to their Debian packages.
pkgs=()
for item in "${need[@]}"; do
  case "$item" in
    libEGL.so.1) pkgs+=(libegl1) ;;
    libxkbcommon.so.0) pkgs+=(libxkbcommon0) ;;
    libfontconfig.so.1) pkgs+=(libfontconfig1) ;;
    libdbus-1.so.3) pkgs+=(libdbus-1-3) ;;
    libGL.so.1) pkgs+=(libgl1) ;;
    libxcb-icccm.so.4) pkgs+=(libxcb-icccm4) ;;
    libxcb-keysyms.so.1) pkgs+=(libxcb-keysyms1) ;;
    libxcb-cursor.so.0) pkgs+=(libxcb-cursor0) ;;
    libxkbcommon-x11.so.0) pkgs+=(libxkbcommon-x11-0) ;;
    *) pkgs+=("$item") ;;
  esac
done

if [ ${#pkgs[@]} -eq 0 ]; then
  exit 0
fi
echo "system-deps: installing ${pkgs[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "system-deps: not root; please install: ${pkgs[*]}" >&2; exit 0; fi
else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
