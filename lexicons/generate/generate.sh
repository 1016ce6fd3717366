#!/usr/bin/env bash
# Regenerates marque's lexicons (lexicons/src/main/resources/dev/marque/lexicons/<lang>/words.lex)
# from Debian's hunspell dictionaries. Run by hand when a list should be refreshed, then commit the
# .lex files; the build never runs it. Needs Debian (or Ubuntu) and python3:
#
#   apt-get install hunspell-en-us wamerican-insane hunspell-fr hunspell-es hunspell-pt-pt hunspell-pt-br hunspell-nl
#   bash lexicons/generate/generate.sh
#
# Each list: expand.py applies the dictionary's affixes (plurals, conjugations), pack.py folds the
# forms (lower case, marks removed), drops proper names, and writes them sorted and front-coded
# (words.lex); the proper names it dropped go to names.lex the same way.
# Sources and licences (recorded in NOTICE): SCOWL via hunspell-en-us and, for the rarer words
# (SCOWL size 95: rhebok, histon, spelunk), via wamerican-insane (both permissive, SCOWL's
# copyright), Dicollecte/Grammalecte via hunspell-fr (MPL-2.0), RLA-ES via hunspell-es (taken under
# MPL-1.1 of GPL-3+/LGPL-3+/MPL-1.1), pt_PT by Natura via hunspell-pt-pt (taken under MPL-1.1 of
# GPL-2/LGPL-2.1/MPL-1.1), pt_BR by VERO via hunspell-pt-br (taken under MPL of LGPL-3/MPL),
# OpenTaal via hunspell-nl (taken under BSD of BSD/CC-BY-3.0).
# German (igerman98) and Italian (LibreItalia) are GPL-only in Debian and npm, so they are not
# shipped: see the README.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/dev/marque/lexicons"
dic=/usr/share/hunspell
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

build() { # language, dictionaries...
  local lang="$1"; shift
  mkdir -p "$out/$lang"
  for d in "$@"; do
    case "$d" in
      /*) cat "$d" ;; # a plain word list, one word a line
      *) python3 "$here/expand.py" "$dic/$d.dic" "$dic/$d.aff" ;;
    esac
  done > "$tmp/$lang.txt"
  python3 "$here/pack.py" "$out/$lang/words.lex" < "$tmp/$lang.txt"
  # The same lists' proper names (Hedy, Texel, Linz): no ordinary words, but no misspelt brands.
  python3 "$here/pack.py" --names "$out/$lang/names.lex" < "$tmp/$lang.txt"
}

build en en_US /usr/share/dict/american-english-insane
build fr fr
build es es_ES
build pt pt_PT pt_BR
build nl nl
