# Sourced by fetch-photos.sh and fetch-fresh-photos.sh: deb PACKAGE VERSION downloads that version
# of a Debian package (any version when it is gone from the archive) and unpacks it into ./PACKAGE,
# once.
deb() {
  if [ ! -d "$1" ]; then
    apt-get download "$1=$2" >/dev/null 2>&1 || apt-get download "$1" >/dev/null
    dpkg-deb -x "$1"_*.deb "$1"
  fi
}
