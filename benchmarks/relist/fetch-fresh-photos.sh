#!/bin/sh
# Fetches a second, fresh set of photographs for RelistingEval, never used to choose a parameter
# (it was used once, to decide against a change: a dHash match only between featured photos): the
# first set (fetch-photos.sh) had been looked at, its held-out half too, by the time this one was
# fetched. Into its own cache directory (default ~/.cache/marque-relist-fresh; first
# argument to change it), so the first set is never touched:
#   gnome-backgrounds 43.1-1        (GNOME's backgrounds; CC-BY-SA-3.0 and others per picture,
#                                    see its debian/copyright)
#   lomiri-wallpapers 20.04.0-2, lomiri-wallpapers-20.04 20.04.0-2, lomiri-wallpapers-16.04
#     20.04.0-2                     (Lomiri / Ubuntu Touch wallpapers, mostly photographs;
#                                    CC-BY-SA-3.0 and others, see their debian/copyright)
#   sway-backgrounds 1.7-6          (sway's background, one of its sizes; Expat per its debian/copyright)
# One picture per wallpaper: GNOME's "-d" (dark) variants, its .xml/.svg files and its one
# single-colour picture are left out.
# The brand names, product words and cwebp are the first set's: pass
#   java ... RelistingEval ~/.cache/marque-relist-fresh
# after this script has linked them from ~/.cache/marque-relist (run fetch-photos.sh first).
# Needs apt-get (download only) and dpkg-deb. Nothing here is committed or shipped.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/debian-package.sh"
FIRST="${HOME}/.cache/marque-relist"
CACHE="${1:-${HOME}/.cache/marque-relist-fresh}"
mkdir -p "$CACHE/work" "$CACHE/photos"
cd "$CACHE/work"

if [ -z "$(ls "$CACHE/photos")" ]; then
  deb gnome-backgrounds 43.1-1
  deb lomiri-wallpapers 20.04.0-2
  deb lomiri-wallpapers-20.04 20.04.0-2
  deb lomiri-wallpapers-16.04 20.04.0-2
  deb sway-backgrounds 1.7-6
  for f in gnome-backgrounds/usr/share/backgrounds/gnome/*; do
    # vnc-l.webp is a single colour (256x256 in 178 bytes): its two halves, the evaluation's
    # removed photo and another item's, would be the same picture
    case "$f" in *-d.*|*.xml|*.svg|*/vnc-l.webp) continue ;; esac
    cp "$f" "$CACHE/photos/gnome-$(basename "$f")"
  done
  # sway ships one picture in eight sizes: only one of them, or they would be each other's copies
  cp sway-backgrounds/usr/share/backgrounds/sway/Sway_Wallpaper_Blue_1920x1080.png \
    "$CACHE/photos/sway-backgrounds-Sway_Wallpaper_Blue_1920x1080.png"
  for pkg in lomiri-wallpapers lomiri-wallpapers-20.04 lomiri-wallpapers-16.04; do
    find "$pkg" -type f \( -name '*.jpg' -o -name '*.png' \) | while read -r f; do
      cp "$f" "$CACHE/photos/$pkg-$(basename "$f")"
    done
  done
fi

for f in cwebp simple-icons.json commerce.json; do
  [ -e "$CACHE/$f" ] || ln -s "$FIRST/$f" "$CACHE/$f"
done
echo "$(ls "$CACHE/photos" | wc -l) photos in $CACHE"
