#!/bin/sh
# Fetches the material MentionEval builds its labelled sets from, all from outside marque, into a
# cache directory outside git (default ~/.cache/marque-eval; first argument to change it):
#   - brand names:        npm simple-icons (CC0 1.0)                         -> simple-icons.json
#   - product titles and  npm @faker-js/faker's locale data (MIT)            -> faker-<locale>.json
#     per-language words
#   - English dictionary: Debian miscfiles' web2, Webster's 2nd International (public domain) -> web2
#   - Italian words:      Debian fortunes-it, Italian fortune cookies (not copyrighted, per its
#                         debian/copyright): every lower-case word of 4+ letters, as often as it
#                         occurs, since faker has no Italian words                -> fortunes-it.json
#   - disguises:          Debian dnstwist's fuzzers (Apache-2.0), run on every brand name  -> variants.tsv
#   - dictionaries other than those marque ships, one word a line          -> dict-<language>.txt
#       en: the CMU Pronouncing Dictionary 0.7a (npm cmudict, BSD), kept where Princeton WordNet 3.0
#           (Debian wordnet-base, WordNet licence) knows it as a lower-case word: a lemma, a form of
#           its exception lists, or a regular inflection of a lemma by WordNet's own detachment rules
#       de: igerman98 (Debian wngerman, GPL)       fr: Paul Leyland's list (Debian wfrench, GPL)
#       es: ispell espa~nol (Debian wspanish, PD)  it: Davide Salvetti's list (Debian witalian, GPL)
#       pt: br.ispell (Debian wbrazilian, GPL)     nl: FreeDict Dutch-English headwords (GPL)
#   - word-brands:        WordNet 3.0's noun hierarchy: goods nouns under the synsets that stand for
#                         a Nice class, and the ordinary phrases (compounds, gloss examples) of each
#                         word that is a brand's name, with the classes their words can name
#                                                                          -> wordnet-wordbrands.json
#   - held-out goods:     names of goods marque does not ship, each with its Nice class: English
#                         names of goods emoji from CLDR's annotations (npm cldr-annotations-full,
#                         Unicode License v3; marque ships CLDR's names in the other six languages
#                         only), and FreeDict's English-German/-French/-Spanish/-Italian/-Portuguese/
#                         -Dutch translations (Debian dict-freedict-eng-*, GPL) of WordNet's goods
#                         nouns                                            -> held-out-goods.json
# Needs npm, node, apt-get (download only, no root needed to unpack) and python3. Nothing here is
# committed to marque or shipped in a jar; the versions are pinned so the sets can be rebuilt.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
CMUDICT=cmudict@1.0.2
CLDR_ANNOTATIONS=cldr-annotations-full@48.2.0
CACHE="${1:-${HOME}/.cache/marque-eval}"
SIMPLE_ICONS=simple-icons@16.37.0
FAKER=@faker-js/faker@10.6.0
mkdir -p "$CACHE/work"
cd "$CACHE/work"

if [ ! -f "$CACHE/simple-icons.json" ]; then
  npm pack --silent "$SIMPLE_ICONS" >/dev/null
  mkdir -p si && tar xzf simple-icons-*.tgz -C si
  cp si/package/data/simple-icons.json "$CACHE/simple-icons.json"
fi

if [ ! -f "$CACHE/faker-en.json" ]; then
  npm pack --silent "$FAKER" >/dev/null
  mkdir -p fk && tar xzf faker-js-faker-*.tgz -C fk
  # Product-name parts and every lower-case word of the locale's vocabulary sections (not its
  # person, place or company names).
  cat > dump.mjs <<'JS'
import { allLocales } from './fk/package/dist/index.js';
import { writeFileSync } from 'node:fs';
const sections = ['commerce', 'word', 'color', 'animal', 'food', 'vehicle', 'hacker', 'date', 'book', 'music', 'science'];
const strings = (v, out) => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach(x => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach(x => strings(x, out));
  return out;
};
for (const [file, locale] of [['en', 'en'], ['de', 'de'], ['fr', 'fr'], ['es', 'es'], ['pt', 'pt_BR'], ['nl', 'nl']]) {
  const l = allLocales[locale];
  const pn = l.commerce?.product_name ?? {};
  const words = new Set();
  for (const s of sections) {
    for (const text of strings(l[s], [])) {
      for (const t of text.split(/\s+/)) if (/^\p{Ll}{3,}$/u.test(t)) words.add(t);
    }
  }
  writeFileSync(`../faker-${file}.json`, JSON.stringify({
    locale,
    adjective: pn.adjective ?? l.word?.adjective ?? [],
    material: pn.material ?? l.color?.human ?? [],
    product: pn.product ?? l.word?.noun ?? [],
    words: [...words].sort(),
  }));
}
JS
  node dump.mjs
fi

if [ ! -f "$CACHE/web2" ] || [ ! -f "$CACHE/dnstwist.py" ]; then
  apt-get download miscfiles dnstwist 2>/dev/null
  dpkg-deb -x miscfiles_*.deb misc
  dpkg-deb -x dnstwist_*.deb dt
  cp misc/usr/share/dict/web2 "$CACHE/web2"
  cp dt/usr/lib/python3/dist-packages/dnstwist.py "$CACHE/dnstwist.py"
fi

if [ ! -f "$CACHE/fortunes-it.json" ]; then
  apt-get download fortunes-it 2>/dev/null
  dpkg-deb -x fortunes-it_*.deb fit
  # The fortune files' text (not their .dat indexes or .u8 links), as one Italian locale in the
  # shape of the faker ones: titles are made of words drawn as often as the texts use them.
  python3 - fit/usr/share/games/fortunes/it "$CACHE/fortunes-it.json" <<'PY'
import json, os, re, sys
src, out = sys.argv[1], sys.argv[2]
tokens = []
for name in sorted(os.listdir(src)):
    path = os.path.join(src, name)
    if name.endswith(('.dat', '.u8')) or os.path.islink(path):
        continue
    text = open(path, encoding='utf-8', errors='replace').read()
    for t in re.findall(r"[^\W\d_]+", text):
        if len(t) >= 4 and t[0].islower() and t.isalpha():
            tokens.append(t)
json.dump({'locale': 'fortunes-it', 'adjective': tokens, 'material': tokens, 'product': tokens,
           'words': sorted(set(tokens))}, open(out, 'w', encoding='utf-8'), ensure_ascii=False)
print(f'{out}: {len(tokens)} words, {len(set(tokens))} distinct', file=sys.stderr)
PY
fi

if [ ! -f "$CACHE/variants.tsv" ]; then
  # dnstwist's own fuzzers on each one-word brand name of 4-12 ASCII letters, as if it were a domain;
  # a seeded sample of at most 20 variants per brand and fuzzer.
  (cd "$CACHE" && python3 - <<'PY'
import json, random, re, dnstwist
fuzzers = ['bitsquatting', 'cyrillic', 'homoglyph', 'hyphenation', 'insertion', 'omission',
           'repetition', 'replacement', 'transposition', 'vowel_swap', 'addition']
names = sorted({x['title'] for x in json.load(open('simple-icons.json'))
                if re.fullmatch('[A-Za-z]{4,12}', x['title'])})
with open('variants.tsv', 'w', encoding='utf-8') as out:
    for name in names:
        f = dnstwist.Fuzzer(name.lower() + '.com')
        for fz in fuzzers:
            variants = sorted(set(getattr(f, '_' + fz)()))
            # at most 20 per brand and fuzzer (homoglyph alone makes thousands), seeded by the name
            random.Random(name + fz).shuffle(variants)
            for v in variants[:20]:
                out.write(f'{name}\t{fz.replace("_", "-")}\t{v}\n')
PY
  )
fi
if [ ! -f "$CACHE/dict-en.txt" ] || [ ! -f "$CACHE/wordnet-wordbrands.json" ] \
    || [ ! -f "$CACHE/held-out-goods.json" ]; then
  npm pack --silent "$CMUDICT" >/dev/null
  mkdir -p cmu && tar xzf cmudict-*.tgz -C cmu
  npm pack --silent "$CLDR_ANNOTATIONS" >/dev/null
  mkdir -p cldr && tar xzf cldr-annotations-full-*.tgz -C cldr
  FREEDICT="dict-freedict-eng-deu dict-freedict-eng-fra dict-freedict-eng-spa dict-freedict-eng-ita
    dict-freedict-eng-por dict-freedict-eng-nld"
  apt-get download wordnet-base wngerman wfrench wspanish witalian wbrazilian dict-freedict-nld-eng \
    $FREEDICT 2>/dev/null
  for p in wordnet-base wngerman wfrench wspanish witalian wbrazilian dict-freedict-nld-eng $FREEDICT; do
    mkdir -p "$p" && dpkg-deb -x "$p"_*.deb "$p"
  done
  python3 "$HERE/dictionaries.py" . "$CACHE"
fi
ls -la "$CACHE"
