#!/bin/sh
# Regenerates marque-matching's generated goods vocabulary
# (matching/src/main/resources/dev/marque/matching/goods-vocabulary-generated.tsv) from packages:
#   - Princeton WordNet 3.0, Debian wordnet-base (WordNet 3.0 licence): English product nouns, the
#     hyponym closure of the anchor synsets per Nice class written in goods.py;
#   - Unicode CLDR 48 emoji annotations, npm cldr-annotations-full 48.2.0 (Unicode License v3): the
#     names and keywords, in German, French, Spanish, Italian, Portuguese and Dutch, of the emoji
#     goods.py maps to a Nice class; the emoji's subgroups from Unicode's emoji-test.txt, Debian
#     unicode-data (Unicode License), used by the generator only;
#   - Shopify's Standard Product Taxonomy 2024-07 (MIT, Copyright (c) Shopify), npm packages
#     shopify-taxonomy-{en,de,fr,es,it,pt,nl} 1.1.1 (MIT, Fabio Ferreira): the category names in the
#     seven languages, classed by the head words of their English names (goods.py);
#   - MultiWordNet 1.5.0's Italian (CC BY 3.0, FBK: Pianta, Bentivogli, Girardi) as the Open
#     Multilingual Wordnet aligns it to WordNet 3.0: omw-data's wns/ita/wn-data-ita.tab at commit
#     f75be19ec590da12a7a5665e361690b5badb7a25 (github.com/omwn/omw-data), downloaded and checked
#     by its SHA-256, or read from the file OMW_ITA names: the Italian lemmas of goods synsets;
#   - the Multilingual Central Repository 3.0's Spanish (CC BY 3.0) as extjwnl-data-mcr30 packages
#     it: lang-spa's index.noun, index.adj and ili.csv at commit
#     85da4a5284a44744bb6d94ab5ada1120b5696c7c
#     (github.com/extjwnl/extjwnl-data-mcr30; its Maven artifact is not served here), downloaded
#     and checked by their SHA-256, or read from the directory MCR_SPA names.
# Needs apt-get (download only), npm, curl and python3. The output is deterministic; run from
# anywhere.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/../../src/main/resources/dev/marque/matching/goods-vocabulary-generated.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
apt-get download wordnet-base=1:3.0-37 unicode-data=15.0.0-1 2>/dev/null
for p in wordnet-base unicode-data; do mkdir -p "$p" && dpkg-deb -x "$p"_*.deb "$p"; done
npm pack --silent cldr-annotations-full@48.2.0 >/dev/null
mkdir -p cldr && tar xzf cldr-annotations-full-48.2.0.tgz -C cldr
for l in en de fr es it pt nl; do
  npm pack --silent shopify-taxonomy-$l@1.1.1 >/dev/null
  mkdir -p shopify/$l && tar xzf shopify-taxonomy-$l-1.1.1.tgz -C shopify/$l
done
mkdir -p omw-ita
if [ -n "${OMW_ITA:-}" ]; then
  cp "$OMW_ITA" omw-ita/wn-data-ita.tab
else
  curl -fsSL -o omw-ita/wn-data-ita.tab \
    https://raw.githubusercontent.com/omwn/omw-data/f75be19ec590da12a7a5665e361690b5badb7a25/wns/ita/wn-data-ita.tab
fi
echo "251ac0097ef81a7ed0d283f6852953106a37dbb8c1b9f93d87079641c271eafa  omw-ita/wn-data-ita.tab" \
  | sha256sum -c --quiet
mkdir -p mcr-spa
for f in index.noun index.adj ili.csv; do
  if [ -n "${MCR_SPA:-}" ]; then
    cp "$MCR_SPA/$f" mcr-spa/$f
  else
    curl -fsSL -o mcr-spa/$f https://raw.githubusercontent.com/extjwnl/extjwnl-data-mcr30/85da4a5284a44744bb6d94ab5ada1120b5696c7c/lang-spa/src/main/resources/net/sf/extjwnl/data/mcr30/spa/$f
  fi
done
sha256sum -c --quiet <<'SUMS'
c269b86b5568fbf51e351b1ce2ca12fa514956c30e6a3bd8d6df24c5c99a7cbe  mcr-spa/index.noun
2b6d90dd8cf84dc2114636692a3462831ae3ed5c44d5b7965143e642fc84dff3  mcr-spa/index.adj
620a949f2aaec25e1900d46bbc35a96e30c730b3c4f7a0c22948d554a51e7f36  mcr-spa/ili.csv
SUMS
python3 "$HERE/goods.py" "$WORK" "$OUT"
