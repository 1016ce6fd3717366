#!/bin/sh
# Fetches the outside material RelistingEval builds its labelled re-listing set from, into a cache
# directory outside git (default ~/.cache/marque-relist; first argument to change it):
#   - photographs: Debian's wallpaper packages, one picture per wallpaper (their other resolutions
#     and dark variants left out), copied to photos/ under a name saying where each came from:
#       plasma-workspace-wallpapers 4:5.27.5-2  (KDE Plasma wallpapers; LGPL-3 / CC-BY-SA-4.0 per picture)
#       mate-backgrounds 1.26.0-1               (MATE nature and abstract photos; GPL-2+ / CC-BY-SA)
#       ukui-wallpapers 20.04.3-1.1             (UKUI wallpapers; GPL-2+)
#   - cwebp, to re-encode photos as WebP: Debian's webp 1.2.4 with the two libraries it needs that a
#     base system lacks (libwebpdemux2, libwebpmux3), unpacked under webp/ (no root needed)
#   - brand names for titles: npm simple-icons 16.37.0 (CC0 1.0) -> simple-icons.json
#   - product words for titles: npm @faker-js/faker 10.6.0, en commerce (MIT) -> commerce.json
# Needs apt-get (download only), dpkg-deb, npm and node. Nothing here is committed to marque or
# shipped in a jar; the versions are pinned so the set can be rebuilt.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/debian-package.sh"
CACHE="${1:-${HOME}/.cache/marque-relist}"
mkdir -p "$CACHE/work" "$CACHE/photos"
cd "$CACHE/work"

if [ -z "$(ls "$CACHE/photos")" ]; then
  deb plasma-workspace-wallpapers 4:5.27.5-2
  deb mate-backgrounds 1.26.0-1
  deb ukui-wallpapers 20.04.3-1.1
  # Plasma: per wallpaper, the smallest picture at least 1280 wide under contents/images/
  for dir in plasma-workspace-wallpapers/usr/share/wallpapers/*/contents/images; do
    name=$(basename "$(dirname "$(dirname "$dir")")")
    best=$(ls "$dir" | awk -F'[x.]' '$1 >= 1280 { print $1 * 100000 + $2, $0 }' | sort -n | head -1 | cut -d' ' -f2)
    [ -n "$best" ] || best=$(ls "$dir" | head -1)
    cp "$dir/$best" "$CACHE/photos/plasma-$name.${best##*.}"
  done
  # MATE: the nature and abstract photographs, not their extra resolutions (Name_WxH.jpg)
  for f in mate-backgrounds/usr/share/backgrounds/mate/nature/* mate-backgrounds/usr/share/backgrounds/mate/abstract/*; do
    case "$f" in *_[0-9]*x[0-9]*.*) continue ;; esac
    cp "$f" "$CACHE/photos/mate-$(basename "$f")"
  done
  for f in ukui-wallpapers/usr/share/backgrounds/*.jpg ukui-wallpapers/usr/share/backgrounds/*.png; do
    cp "$f" "$CACHE/photos/ukui-$(basename "$f")"
  done
fi

if [ ! -x "$CACHE/cwebp" ]; then
  deb webp 1.2.4-0.2+deb12u1
  deb libwebpdemux2 1.2.4-0.2+deb12u1
  deb libwebpmux3 1.2.4-0.2+deb12u1
  deb libwebp7 1.2.4-0.2+deb12u1
  LIBS="$CACHE/work/libwebpdemux2/usr/lib/x86_64-linux-gnu:$CACHE/work/libwebpmux3/usr/lib/x86_64-linux-gnu:$CACHE/work/libwebp7/usr/lib/x86_64-linux-gnu"
  printf '#!/bin/sh\nLD_LIBRARY_PATH="%s${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "%s" "$@"\n' \
    "$LIBS" "$CACHE/work/webp/usr/bin/cwebp" > "$CACHE/cwebp"
  chmod +x "$CACHE/cwebp"
  "$CACHE/cwebp" -version >/dev/null
fi

if [ ! -f "$CACHE/simple-icons.json" ]; then
  npm pack --silent simple-icons@16.37.0 >/dev/null
  mkdir -p si && tar xzf simple-icons-*.tgz -C si
  cp si/package/data/simple-icons.json "$CACHE/simple-icons.json"
fi

if [ ! -f "$CACHE/commerce.json" ]; then
  npm pack --silent @faker-js/faker@10.6.0 >/dev/null
  mkdir -p fk && tar xzf faker-js-faker-*.tgz -C fk
  cat > dump.mjs <<'JS'
import { allLocales } from './fk/package/dist/index.js';
import { writeFileSync } from 'node:fs';
const pn = allLocales.en.commerce.product_name;
writeFileSync('../commerce.json', JSON.stringify({
  adjective: pn.adjective, material: pn.material, product: pn.product,
}));
JS
  node dump.mjs
fi
echo "$(ls "$CACHE/photos" | wc -l) photos, cwebp, brand names and product words in $CACHE"
