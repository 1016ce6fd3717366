"""Builds MentionEval's dictionaries and word-brand material from packages unpacked by
fetch-material.sh (argument 1: the directory they were unpacked in; argument 2: the cache to write).

Nothing here comes from a list marque ships: the word lists are other projects' (see
fetch-material.sh), and the word-brand titles are made from WordNet 3.0's noun hierarchy, not from
marque's goods vocabulary.
"""
import gzip
import json
import os
import re
import sys

WORK, CACHE = sys.argv[1], sys.argv[2]
WN = os.path.join(WORK, 'wordnet-base/usr/share/wordnet')
POS = {'noun': 'n', 'verb': 'v', 'adj': 'a', 'adv': 'r'}

# --- WordNet 3.0 -------------------------------------------------------------------------------
synsets = {}  # (pos, offset) -> {'words': [...], 'hyper': [...], 'gloss': str}
index = {}    # (pos, lemma) -> ([offsets in sense order], tagged sense count)
for name, p in POS.items():
    for line in open(os.path.join(WN, 'data.' + name), encoding='latin-1'):
        if line.startswith(' '):
            continue
        head, _, gloss = line.partition(' | ')
        f = head.split()
        off, wcnt = f[0], int(f[3], 16)
        words = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(wcnt)]
        i = 4 + 2 * wcnt
        hyper = []
        for _ in range(int(f[i])):
            if f[i + 1] in ('@', '@i'):
                hyper.append(f[i + 2])
            i += 4
        synsets[(p, off)] = {'words': words, 'hyper': hyper, 'gloss': gloss.strip()}
    for line in open(os.path.join(WN, 'index.' + name), encoding='latin-1'):
        if line.startswith(' '):
            continue
        f = line.split()
        scnt, pcnt = int(f[2]), int(f[3])
        index[(p, f[0])] = (f[6 + pcnt:6 + pcnt + scnt], int(f[5 + pcnt]))


def lower_form(p, lemma):
    """A lemma WordNet writes in lower case in some synset: a common word, not only a name."""
    return any(w == lemma for off in index.get((p, lemma), ([], 0))[0]
               for w in synsets[(p, off)]['words'])


# WordNet's own detachment rules (morphy) and exception lists.
DETACH = {'n': [('s', ''), ('ses', 's'), ('xes', 'x'), ('zes', 'z'), ('ches', 'ch'), ('shes', 'sh'),
                ('men', 'man'), ('ies', 'y')],
          'v': [('s', ''), ('ies', 'y'), ('es', 'e'), ('es', ''), ('ed', 'e'), ('ed', ''),
                ('ing', 'e'), ('ing', '')],
          'a': [('er', ''), ('est', ''), ('er', 'e'), ('est', 'e')], 'r': []}
EXC = {}
for name, p in POS.items():
    for line in open(os.path.join(WN, name + '.exc'), encoding='latin-1'):
        f = line.split()
        EXC.setdefault(p, {}).setdefault(f[0], []).extend(f[1:])


def bases(word, p):
    out = {word} | set(EXC.get(p, {}).get(word, []))
    for suffix, ending in DETACH[p]:
        if word.endswith(suffix) and len(word) > len(suffix):
            out.add(word[:len(word) - len(suffix)] + ending)
    return {b for b in out if (p, b) in index}


def is_wordnet_word(word):
    return any(lower_form(p, b) for p in POS.values() for b in bases(word, p))


# --- dictionaries ------------------------------------------------------------------------------
def write(language, words, source):
    words = sorted(set(words))
    with open(os.path.join(CACHE, 'dict-' + language + '.txt'), 'w', encoding='utf-8') as out:
        out.write(''.join(w + '\n' for w in words))
    print(f'dict-{language}.txt: {len(words)} words from {source}', file=sys.stderr)


cmu = set()
for line in open(os.path.join(WORK, 'cmu/package/lib/cmu/cmudict.0.7a'), encoding='latin-1'):
    if not line.startswith(';;;'):
        w = re.sub(r'\(\d+\)$', '', line.split()[0]).lower()
        if re.fullmatch('[a-z]+', w):
            cmu.add(w)
write('en', [w for w in cmu if is_wordnet_word(w)], f'CMUdict ({len(cmu)} words) known to WordNet')


def plain(path, lower_only=True):
    for line in open(os.path.join(WORK, path), encoding='utf-8'):
        w = line.strip()
        if re.fullmatch(r'[^\W\d_]+', w) and (not lower_only or w[0].islower()):
            yield w


# German nouns are capitalised: every word of igerman98 counts.
write('de', plain('wngerman/usr/share/dict/ngerman', lower_only=False), 'wngerman (igerman98)')
write('fr', plain('wfrench/usr/share/dict/french'), 'wfrench')
write('es', plain('wspanish/usr/share/dict/spanish'), 'wspanish')
write('it', plain('witalian/usr/share/dict/italian'), 'witalian')
write('pt', plain('wbrazilian/usr/share/dict/brazilian'), 'wbrazilian (br.ispell)')
nl = []
for line in open(os.path.join(WORK, 'dict-freedict-nld-eng/usr/share/dictd/freedict-nld-eng.index'),
                 encoding='utf-8'):
    w = line.split('\t')[0]
    if re.fullmatch(r'[^\W\d_]+', w) and w[0].islower():
        nl.append(w)
write('nl', nl, 'FreeDict nld-eng headwords')

# --- word-brands -------------------------------------------------------------------------------
# The synsets that stand for a Nice class's goods (the class headings, in WordNet's words).
ROOTS = {
    3: ['toiletry.n.01', 'soap.n.01'],
    4: ['fuel.n.01', 'lubricant.n.01', 'candle.n.01'],
    9: ['electronic_equipment.n.01', 'computer.n.01', 'telephone.n.01', 'camera.n.01',
        'spectacles.n.01'],
    12: ['motor_vehicle.n.01', 'bicycle.n.01', 'tire.n.01'],
    14: ['jewelry.n.01', 'timepiece.n.01'],
    18: ['bag.n.04', 'bag.n.06', 'luggage.n.01', 'umbrella.n.01', 'wallet.n.01'],
    20: ['furniture.n.01'],
    21: ['kitchen_utensil.n.01', 'tableware.n.01', 'cookware.n.01'],
    24: ['bedclothes.n.01', 'towel.n.01', 'fabric.n.01'],
    25: ['clothing.n.01', 'footwear.n.02', 'headdress.n.01'],
    28: ['toy.n.01', 'sports_equipment.n.01'],
    29: ['meat.n.01', 'dairy_product.n.01'],
    30: ['baked_goods.n.01', 'coffee.n.01', 'candy.n.01'],
    31: ['edible_fruit.n.01', 'vegetable.n.01'],
    32: ['beer.n.01', 'soft_drink.n.01', 'juice.n.01'],
    33: ['wine.n.01', 'liquor.n.01'],
}
root_class = {}
for c, names in ROOTS.items():
    for n in names:
        lemma, _, sense = n.rsplit('.', 2)
        root_class.setdefault(index[('n', lemma)][0][int(sense) - 1], set()).add(c)

memo = {}


def classes_of(off):
    """The Nice classes whose root synset is this noun synset or one of its hypernyms."""
    if off not in memo:
        memo[off] = set()
        out = set(root_class.get(off, ()))
        for h in synsets[('n', off)]['hyper']:
            out |= classes_of(h)
        memo[off] = out
    return memo[off]


def word_classes(token):
    """Every class any noun sense of the token (or of its base form) can name."""
    out = set()
    for b in bases(token.lower(), 'n'):
        for off in index[('n', b)][0]:
            out |= classes_of(off)
    return out


# Goods nouns: common nouns (tagged in WordNet's sense-tagged corpus) whose first sense is goods.
goods = {c: [] for c in ROOTS}
for (p, lemma), (offs, tagged) in sorted(index.items()):
    if p == 'n' and tagged > 0 and lower_form('n', lemma) and re.fullmatch('[a-z_]+', lemma):
        for c in classes_of(offs[0]):
            goods[c].append(lemma.replace('_', ' '))

# Word-brands: the eight, and every simple-icons name that is a common English noun.
icons = json.load(open(os.path.join(CACHE, 'simple-icons.json'), encoding='utf-8'))
names = {'Ring', 'Apple', 'Coach', 'Dove', 'Shell', 'Mango', 'Puma', 'Gap'}
for icon in icons:
    t = icon['title']
    if re.fullmatch('[A-Za-z]{3,12}', t) and index.get(('n', t.lower()), ([], 0))[1] > 0 \
            and lower_form('n', t.lower()):
        names.add(t)

# Ordinary phrases of each word: WordNet's compounds holding it, and its synsets' gloss examples.
compounds = {}
for (p, lemma), (offs, _) in index.items():
    if p == 'n' and '_' in lemma and lower_form('n', lemma) and re.fullmatch('[a-z_]+', lemma):
        for token in set(lemma.split('_')):
            compounds.setdefault(token, []).append((lemma, offs))

word_brands = {}
for name in sorted(names):
    w = name.lower()
    phrases = {}

    def add(text, own):
        tokens = re.findall(r"[A-Za-z]+", text)
        if w not in (t.lower() for t in tokens):
            return
        cls = set(own)
        for t in tokens:
            if t.lower() != w:
                cls |= word_classes(t)
        phrases.setdefault(text, set()).update(cls)

    for lemma, offs in compounds.get(w, []):
        own = set()
        for off in offs:
            own |= classes_of(off)
        add(lemma.replace('_', ' '), own)
    for p in POS.values():
        for off in index.get((p, w), ([], 0))[0]:
            own = classes_of(off) if p == 'n' else set()
            for example in re.findall(r'"([^"]+)"', synsets[(p, off)]['gloss']):
                add(example.strip(), own)
    word_brands[name] = [{'text': t, 'classes': sorted(c)} for t, c in sorted(phrases.items())]

json.dump({'roots': {str(c): r for c, r in ROOTS.items()},
           'goods': {str(c): sorted(set(g)) for c, g in goods.items()},
           'wordBrands': word_brands},
          open(os.path.join(CACHE, 'wordnet-wordbrands.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(f'wordnet-wordbrands.json: {len(word_brands)} word-brands, '
      f'{sum(len(v) for v in word_brands.values())} phrases; goods nouns per class: '
      + ', '.join(f'{c}: {len(set(g))}' for c, g in goods.items()), file=sys.stderr)

# --- Held-out word-brand material: goods names marque does not ship ------------------------------
# marque ships WordNet's English goods nouns (matching/generate/goods), so the sets above are no
# longer held out. These are: English goods names from CLDR's English emoji annotations (marque ships
# CLDR's names in the six other languages only), and for the six other languages FreeDict's English
# to German/French/Spanish/Italian/Portuguese/Dutch translations of WordNet's goods nouns (marque
# ships no FreeDict data). Each name carries the Nice class of its goods and every class any of its
# words can name in any WordNet sense, so a generic title can avoid the brand's classes.
GOODS_PY = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../matching/generate/goods/goods.py')
EMOJI = eval(re.search(r'^EMOJI = (\{.*?^\})', open(GOODS_PY, encoding='utf-8').read(),
                       re.S | re.M).group(1))
emoji_class = {}
for c, text in EMOJI.items():
    for ch in text.replace('\ufe0f', ''):
        emoji_class[ch] = c  # every goods emoji above is a single code point but for the selector


def any_classes(text):
    out = set()
    for t in re.findall(r'[A-Za-z]+', text):
        out |= word_classes(t)
    return out


held_out = {}
cldr_en = json.load(open(os.path.join(WORK, 'cldr/package/annotations/en/annotations.json'),
                         encoding='utf-8'))['annotations']['annotations']
names = []
for e, a in sorted(cldr_en.items()):
    c = emoji_class.get(e.replace('\ufe0f', '')) if len(e.replace('\ufe0f', '')) == 1 else None
    if c is not None:
        for t in a.get('tts', []):
            names.append({'text': t, 'class': c, 'any': sorted(any_classes(t) | {c})})
held_out['en'] = names

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


VERB = {'de': r'^$', 'fr': r'(er|ir)$', 'es': r'(ar|er|ir)(se)?$', 'it': r'(are|ere|ire)(si)?$',
        'pt': r'(ar|er|ir)(-se)?$', 'nl': r'en$'}
first_class = {}
for (p, lemma), (offs, tagged) in index.items():
    if p == 'n' and tagged > 0 and lower_form('n', lemma) and re.fullmatch('[a-z]+', lemma):
        cls = classes_of(offs[0])
        if len(cls) == 1:
            first_class[lemma] = next(iter(cls))
for language, code in [('de', 'deu'), ('fr', 'fra'), ('es', 'spa'), ('it', 'ita'), ('pt', 'por'),
                       ('nl', 'nld')]:
    base = os.path.join(WORK, f'dict-freedict-eng-{code}/usr/share/dictd/freedict-eng-{code}')
    data = gzip.open(base + '.dict.dz').read()
    entries = {}
    for line in open(base + '.index', encoding='utf-8'):
        w, off, length = line.rstrip('\n').split('\t')
        entries.setdefault(w, []).append((b64(off), b64(length)))
    names = []
    for lemma, c in sorted(first_class.items()):
        # Only a headword with one entry: which of several senses a translation is of is not said.
        # German's large list gives one sense per entry; the small ones number their senses, nouns
        # and verbs alike, so a translation is the first that does not end as a verb does.
        found = entries.get(lemma, [])
        if len(found) != 1:
            continue
        off, length = found[0]
        text = data[off:off + length].decode('utf-8')
        lines = text.split('\n')
        if '<v>' in lines[0]:
            continue
        first = None
        for line in lines[1:]:
            if not line.strip() or line.startswith(' '):
                continue
            for t in re.sub(r'^\d+\.\s*', '', line).split(','):
                t = re.sub(r'<[^>]*>|\[[^\]]*\]|\([^)]*\)', '', t.split(';')[0]).strip()
                if (len(t) >= 3 and re.fullmatch(r"[^\W\d_][\w' -]*", t)
                        and not re.search(VERB[language], t)):
                    first = t
                    break
            if first or language == 'de':
                break
        if first:
            names.append({'text': first, 'english': lemma, 'class': c,
                          'any': sorted(word_classes(lemma) | {c})})
    held_out[language] = names

json.dump(held_out, open(os.path.join(CACHE, 'held-out-goods.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print('held-out-goods.json: ' + ', '.join(f'{l}: {len(v)}' for l, v in held_out.items()),
      file=sys.stderr)
