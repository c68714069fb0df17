#!/usr/bin/env bash
# Installs what building CJKClean needs beyond the Swift toolchain: ICU's development files
# (and pkg-config, which SwiftPM uses to find them). Does nothing when they are present.
set -euo pipefail

if pkg-config --exists icu-i18n 2>/dev/null; then
    exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libicu-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
    brew install icu4c pkg-config
    echo "Add ICU to pkg-config's path before building:" >&2
    echo "  export PKG_CONFIG_PATH=\"$(brew --prefix icu4c)/lib/pkgconfig:\${PKG_CONFIG_PATH:-}\"" >&2
else
    echo "Install ICU's development files (libicu-dev or icu4c) and pkg-config, then retry." >&2
    exit 1
fi
