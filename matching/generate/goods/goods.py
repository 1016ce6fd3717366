"""Writes marque's generated goods vocabulary from WordNet 3.0, CLDR's emoji annotations,
Shopify's Standard Product Taxonomy, MultiWordNet's Italian and the MCR's Spanish.

Argument 1: the directory generate.sh unpacked the packages in; argument 2: the file to write.
Output lines are those of goods-vocabulary.tsv: classes<TAB>language<TAB>words, words folded (lower
case, marks removed, ß as ss); a phrase is written joined (``face powder`` -> ``facepowder``),
as the matcher joins a listing's adjacent words before looking them up. Plurals need not be
listed: the matcher strips plural endings by rule, and finds a singular whose plural is listed
(the taxonomy names its categories in the plural).
"""
import json
import os
import re
import sys
import unicodedata

WORK, OUT = sys.argv[1], sys.argv[2]

# --- Anchors: the WordNet 3.0 noun synsets whose hyponyms (all of them, transitively) are goods of
# a Nice class, written as lemma.n.sense (WordNet's sense numbers in index.noun). A synset under
# anchors of several classes takes them all.
ANCHORS = {
    3: ['toiletry.n.01', 'soap.n.01', 'cosmetic.n.01', 'perfume.n.02'],
    4: ['candle.n.01', 'lubricant.n.01', 'fuel.n.01'],
    5: ['medicine.n.02', 'bandage.n.01', 'dietary_supplement.n.01', 'diaper.n.01'],
    8: ['hand_tool.n.01', 'cutlery.n.02', 'razor.n.01', 'knife.n.01'],
    9: ['electronic_equipment.n.01', 'computer.n.01', 'telephone.n.01', 'camera.n.01',
        'spectacles.n.01', 'dark_glasses.n.01', 'headphone.n.01', 'optical_instrument.n.01',
        'calculator.n.02', 'battery.n.02', 'helmet.n.02', 'goggles.n.01', 'peripheral.n.01',
        'memory_device.n.01', 'charger.n.02'],
    10: ['medical_instrument.n.01', 'thermometer.n.01', 'hearing_aid.n.01'],
    11: ['lamp.n.01', 'lamp.n.02', 'lighting_fixture.n.01', 'heater.n.01', 'refrigerator.n.01',
         'stove.n.01', 'fan.n.01', 'air_conditioner.n.01', 'faucet.n.01'],
    12: ['wheeled_vehicle.n.01', 'tire.n.01', 'boat.n.01', 'aircraft.n.01', 'car_seat.n.01'],
    13: ['firearm.n.01', 'ammunition.n.01', 'firework.n.01'],
    14: ['jewelry.n.01', 'timepiece.n.01', 'precious_stone.n.01', 'precious_metal.n.01'],
    15: ['musical_instrument.n.01'],
    16: ['stationery.n.01', 'writing_implement.n.01', 'envelope.n.01', 'notebook.n.01',
         'paper.n.01', 'art_paper.n.01', 'adhesive_tape.n.01', 'calendar.n.03'],
    18: ['bag.n.01', 'bag.n.04', 'bag.n.06', 'luggage.n.01', 'umbrella.n.01', 'wallet.n.01',
         'case.n.05', 'saddlery.n.01', 'leash.n.01', 'collar.n.06'],
    20: ['furniture.n.01', 'mirror.n.01', 'pillow.n.01', 'cushion.n.03', 'mattress.n.01',
         'picture_frame.n.01'],
    21: ['kitchen_utensil.n.01', 'tableware.n.01', 'cookware.n.01', 'drinking_vessel.n.01',
         'comb.n.01', 'toothbrush.n.01', 'hairbrush.n.01', 'vase.n.01', 'jar.n.01',
         'bottle.n.01', 'basket.n.01', 'broom.n.01', 'mop.n.01', 'bucket.n.01'],
    22: ['rope.n.01', 'tent.n.01', 'hammock.n.02', 'tarpaulin.n.01'],
    23: ['thread.n.01'],
    24: ['bedclothes.n.01', 'towel.n.01', 'fabric.n.01', 'table_linen.n.01', 'curtain.n.01',
         'flag.n.01'],
    25: ['clothing.n.01', 'footwear.n.01', 'footwear.n.02', 'headdress.n.01'],
    26: ['button.n.01', 'hairpiece.n.01', 'barrette.n.01', 'artificial_flower.n.01'],
    27: ['carpet.n.01', 'mat.n.01', 'wallpaper.n.01', 'rug.n.01'],
    28: ['toy.n.01', 'sports_equipment.n.01', 'game_equipment.n.01', 'doll.n.01', 'puzzle.n.02',
         'fishing_gear.n.01', 'ball.n.01', 'skate.n.01', 'ski.n.01'],
    29: ['meat.n.01', 'dairy_product.n.01', 'seafood.n.01', 'egg.n.02', 'sausage.n.01',
         'preserve.n.03', 'soup.n.01', 'edible_fat.n.01'],
    30: ['baked_goods.n.01', 'coffee.n.01', 'tea.n.01', 'candy.n.01', 'chocolate.n.02',
         'pasta.n.02', 'cereal.n.03', 'sauce.n.01', 'spice.n.02', 'ice_cream.n.01', 'honey.n.01',
         'sugar.n.01', 'flour.n.01', 'rice.n.01', 'tapioca.n.01', 'table_salt.n.01',
         'vinegar.n.01', 'condiment.n.01'],
    31: ['edible_fruit.n.01', 'vegetable.n.01', 'edible_nut.n.01', 'pet_food.n.01',
         'houseplant.n.01'],
    32: ['beer.n.01', 'soft_drink.n.01', 'juice.n.01', 'mineral_water.n.01'],
    33: ['wine.n.01', 'liquor.n.01', 'brandy.n.01', 'liqueur.n.01', 'cider.n.01'],
    34: ['cigarette.n.01', 'cigar.n.01', 'tobacco.n.01', 'pipe.n.01', 'lighter.n.02'],
}


# Letters dev.marque.matching.Lexicon.fold spells in a-z.
SPELT = {'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i'}


def fold(word):
    """As GoodsVocabulary.fold: compatibility forms spelt out (NFKC), then Lexicon.fold."""
    w = unicodedata.normalize('NFKC', word).lower()
    w = ''.join(c for c in unicodedata.normalize('NFD', w) if unicodedata.category(c) != 'Mn')
    return ''.join(SPELT.get(c, c) for c in w)


def joined(phrase):
    """A name as the matcher looks it up: folded, its words joined, only letters and digits."""
    return re.sub(r'[^\w]|_', '', fold(phrase))


# Words that only tie a phrase together in one of the seven languages, never the head of a phrase
# nor a goods word (English "fur" folds to German "für").
FUNCTION = {'de', 'des', 'du', 'la', 'le', 'les', 'a', 'au', 'aux', 'en', 'et', 'da', 'do', 'di',
            'del', 'della', 'y', 'e', 'con', 'com', 'met', 'van', 'voor', 'und', 'mit', 'fur',
            'per', 'el', 'il', 'lo', 'o', 'of', 'het', 'een', 'der', 'die', 'das', 'para', 'pour',
            'sur', 'sul', 'sulla', 'sobre', 'op', 'auf', 'avec', 'sans', 'fur', 'por', 'sem', 'sin',
            'senza', 'ohne', 'zum', 'zur', 'dans', 'nel', 'nella', 'uit', 'aan', 'bij', 'las', 'los',
            'una', 'uno', 'um', 'uma', 'ein', 'eine', 'von', 'vom', 'aus', 'bis', 'tot', 'naar'}

# --- WordNet 3.0 ---------------------------------------------------------------------------------
WN = os.path.join(WORK, 'wordnet-base/usr/share/wordnet')
synsets = {}
for line in open(os.path.join(WN, 'data.noun'), encoding='latin-1'):
    if line.startswith(' '):
        continue
    f = line.split(' | ')[0].split()
    off, wcnt = f[0], int(f[3], 16)
    words = [re.sub(r'\(.*\)$', '', f[4 + 2 * i]) for i in range(wcnt)]
    i = 4 + 2 * wcnt
    hyper = []
    for _ in range(int(f[i])):
        if f[i + 1] == '@':  # not '@i': instances are names of single things, not goods
            hyper.append(f[i + 2])
        i += 4
    synsets[off] = (words, hyper)
senses = {}
for line in open(os.path.join(WN, 'index.noun'), encoding='latin-1'):
    if not line.startswith(' '):
        f = line.split()
        senses[f[0]] = f[-int(f[2]):]
# How often WordNet's sense-tagged texts use each noun sense (lemma, sense number).
tagged = {}
adjective_uses = {}  # how often the tagged texts use a word as an adjective, all senses
for line in open(os.path.join(WN, 'cntlist.rev'), encoding='latin-1'):
    key, number, count = line.split()
    lemma, _, kind = key.partition('%')
    if kind.startswith('1'):
        tagged[(lemma.lower(), int(number))] = int(count)
    elif kind[:1] in ('3', '5'):
        adjective_uses[lemma.lower()] = adjective_uses.get(lemma.lower(), 0) + int(count)


def names_goods(word, off):
    """Whether a lemma of a goods synset is said of those goods in ordinary text: it is the
    lemma's first or second sense, or its third and used so in WordNet's sense-tagged texts, and
    those texts do not use it more often as an adjective. So "apron", "fedora" and "helmet"
    stay, while "grey" and "blue" (uniforms), "sweet" (candy), "whistle" (a wind instrument) and
    the lighter's "light" are left out: the hand-written list holds the few goods words whose
    goods sense is rare (ring, top, pump)."""
    offsets = senses.get(word.lower(), [])
    if off not in offsets:
        return False
    number = offsets.index(off) + 1
    uses = tagged.get((word.lower(), number), 0)
    if adjective_uses.get(word.lower(), 0) > uses:
        return False  # a colour or a quality first: blue, grey, sweet, formal
    rank = number
    if 31 in classes_of(off):
        # Class 31 is the plants as well as their produce: the plant ("carrot, Daucus carota") and
        # the part of it ("a root") listed before the vegetable are no other sense of the word.
        rank -= sum(1 for o in offsets[:number - 1] if is_plant(o))
    return rank <= 2 or (rank <= 3 and uses > 0)


def is_plant(off, seen=None):
    """Whether a noun synset is a plant or a part of one (WordNet's plant.n.02, plant_part.n.01)."""
    if off in PLANTS:
        return True
    seen = set() if seen is None else seen
    seen.add(off)
    return any(h not in seen and is_plant(h, seen) for h in synsets[off][1])


PLANTS = {senses['plant'][1], senses['plant_part'][0]}

anchor_classes = {}
for c, names in ANCHORS.items():
    for name in names:
        lemma, _, sense = name.rsplit('.', 2)
        offsets = senses.get(lemma)
        if offsets is None or int(sense) > len(offsets):
            sys.exit(f'unknown anchor {name}')
        anchor_classes.setdefault(offsets[int(sense) - 1], set()).add(c)

memo = {}


def classes_of(off):
    if off not in memo:
        memo[off] = set()
        out = set(anchor_classes.get(off, ()))
        for h in synsets[off][1]:
            out |= classes_of(h)
        memo[off] = out
    return memo[off]


vocabulary = {}  # (folded word, language) -> set of classes
for off, (words, _) in synsets.items():
    cls = classes_of(off)
    if not cls:
        continue
    for w in words:
        if not names_goods(w, off):
            continue
        # Lower-case lemmas only: a capitalised one is a name (Stetson, Levi's), not a kind of goods,
        # except a drink of one word (class 32 or 33 only), which WordNet writes with a capital when
        # it is named for its place or its maker (Cognac, Bordeaux, Chianti, Pilsner, Guinness) and
        # trade writes as the drink it is (a cognac, a bordeaux).
        place_drink = cls <= {32, 33} and re.fullmatch(r"[A-Z][a-z]+", w) is not None
        if not place_drink and (w != w.lower() or not re.fullmatch(r"[a-z][a-z0-9_'.-]*", w)):
            continue
        key = joined(w)
        if len(key) >= 3:
            vocabulary.setdefault((key, 'en'), set()).update(cls)
print(f'WordNet: {len(vocabulary)} English words and phrases', file=sys.stderr)

# --- Wordnets of other languages, aligned to WordNet 3.0 ----------------------------------------
# A noun of another language names the goods of a goods synset when that synset's goods sense is an
# ordinary one in English (one of its English lemmas names the goods: names_goods above) and at
# least half of the noun's synsets in its wordnet are goods, so that a word whose ordinary sense is
# something else (a goods sense among many) names none. Lower-case lemmas only: a capitalised one
# is a name.
ordinary_goods = {off for off, (words, _) in synsets.items()
                  if classes_of(off) and any(names_goods(w, off) for w in words)}


def add_aligned(language, lemmas, adjectives):
    """Adds the goods nouns of a wordnet given as {lemma: WordNet 3.0 noun offsets}, leaving out a
    lemma that is an adjective too (automático, cómoda: a quality, as often as a kind of goods) and
    one spelt as an English lemma of its synset (the wordnet filling a gap with the English word,
    pipe wrench; English has it already)."""
    added = 0
    for lemma, offs in lemmas.items():
        if lemma != lemma.lower() or lemma in adjectives:
            continue
        if any(joined(lemma) == joined(w) for o in offs if o in synsets for w in synsets[o][0]):
            continue
        goods = [o for o in offs if o in ordinary_goods]
        if not goods or 2 * sum(1 for o in offs if o in synsets and classes_of(o)) < len(offs):
            continue
        key = joined(lemma)
        if len(key) < 4 or key in FUNCTION:
            continue
        vocabulary.setdefault((key, language), set()).update(
            set().union(*(classes_of(o) for o in goods)))
        added += 1
    return added


# MultiWordNet 1.5's Italian (CC BY 3.0, FBK), as the Open Multilingual Wordnet aligns it to
# WordNet 3.0's synsets (omw-data's wns/ita/wn-data-ita.tab).
italian, italian_adjectives = {}, set()
for line in open(os.path.join(WORK, 'omw-ita/wn-data-ita.tab'), encoding='utf-8'):
    if line.startswith('#'):
        continue
    sid, kind, lemma = line.rstrip('\n').split('\t')[:3]
    if kind == 'ita:lemma' and sid.endswith('-n'):
        italian.setdefault(lemma.strip(), set()).add(sid[:-2])
    elif kind == 'ita:lemma' and sid[-2:] in ('-a', '-s'):
        italian_adjectives.add(lemma.strip())
print(f'MultiWordNet: {add_aligned("it", italian, italian_adjectives)} Italian words and phrases',
      file=sys.stderr)

# The Multilingual Central Repository 3.0's Spanish (CC BY 3.0), as extjwnl-data-mcr30 packages it:
# index.noun gives each lemma's synsets (index.adj its adjectives) as offsets into its data.noun, and ili.csv each synset's
# WordNet 3.0 offset by the synset's ordinal (n#0, n#1, ...). data.noun lists its synsets in the
# order of their offsets, so the k-th smallest offset is synset n#k (checked: as many offsets as
# ordinals, and tenedor, butaca, zapato come out as fork, armchair, shoe).
MCR = os.path.join(WORK, 'mcr-spa')
by_ordinal = {}
for line in open(os.path.join(MCR, 'ili.csv'), encoding='utf-8'):
    mcr_id, wn30 = line.strip().split(',')
    if mcr_id.startswith('n#'):
        by_ordinal[int(mcr_id[2:])] = wn30[1:]
index_noun = {}
for line in open(os.path.join(MCR, 'index.noun'), encoding='utf-8'):
    if line.startswith(' '):
        continue
    f = line.split()
    index_noun[f[0].replace('_', ' ')] = f[-int(f[2]):]
ordinal = {o: k for k, o in enumerate(sorted({o for offs in index_noun.values() for o in offs},
                                              key=int))}
if len(ordinal) != len(by_ordinal):
    sys.exit(f'MCR: {len(ordinal)} synsets in index.noun, {len(by_ordinal)} in ili.csv')
spanish = {lemma: {by_ordinal[ordinal[o]] for o in offs} for lemma, offs in index_noun.items()}
spanish_adjectives = {line.split()[0].replace('_', ' ')
                      for line in open(os.path.join(MCR, 'index.adj'), encoding='utf-8')
                      if not line.startswith(' ')}
for lemma, english_word in (('tenedor', 'fork'), ('butaca', 'armchair'), ('zapato', 'shoe')):
    if not any(english_word in synsets[o][0] for o in spanish.get(lemma, ()) if o in synsets):
        sys.exit(f'MCR: {lemma} is not aligned to {english_word}; is data.noun still in offset order?')
print(f'MCR: {add_aligned("es", spanish, spanish_adjectives)} Spanish words and phrases',
      file=sys.stderr)

# --- CLDR emoji annotations --------------------------------------------------------------------
# The emoji that picture goods, per Nice class. Every other emoji stands for no goods: a keyword is
# kept only if every emoji that has it (in that language) pictures goods of the same classes.
EMOJI = {
    3: '💄🧴🧼',
    4: '🕯️',
    5: '💊🩹',
    8: '🔪🪒🔨🪓⛏️🪚🔧🪛🗜️✂️🍴🥄',
    6: '🔑🗝️🔩⛓️',
    9: '👓🕶️🥽🪖⛑️📱☎️📞📟📠🔋🔌💻🖥️🖨️⌨️🖱️🖲️💽💾💿📀🎥📽️📺📷📸📹📼🎙️🎤🎧📻📢📣🔬🔭📡🧯🕹️',
    10: '💉🩼🩺🍼',
    11: '💡🔦🏮🪔🚿🛁🚽',
    12: '🚗🚙🛻🚚🚛🚜🏎️🏍️🛵🚲🛴🦽🦼🚐🛺🛞⛵🛶🚤🛥️',
    13: '🎆🧨🎇',
    14: '⌚⏰⏱️⏲️🕰️💍💎👑📿🧿',
    15: '🎷🪗🎸🎹🎺🎻🪕🥁🪘🪇🪈',
    16: '📔📓📒🔖🏷️✏️✒️🖋️🖊️🖌️🖍️📁📂🗒️📆🗓️📇📋📌📍📎🖇️📏📐📕📗📘📙📚🧻',
    18: '👛👜👝🛍️🎒🧳💼',
    20: '🪞🛏️🛋️🪑🗄️',
    21: '🧹🧺🪣🪥🧽🥢🫙🏺🫖🪮🗑️',
    23: '🧵🧶',
    25: '🥼🦺👔👕👖🧣🧤🧥🧦👗👘🥻🩱🩲🩳👙👚🩴👞👟🥾🥿👠👡🩰👢👒🎩🎓🧢🎽🥋',
    26: '🎀🪡🧷',
    28: '⚽⚾🥎🏀🏐🏈🏉🥏🥊🥅⛸️🎣🤿🎿🛷🥌🛹🛼🪀🪁🔫🎲🧩🧸🪅🪆🎎♟️🎈🪃🏹🎮🎴',
    29: '🧀🍖🍗🥩🥓🥚🧈🦀🦞🦐🦑🦪🥛🌭🍤🍟',
    30: '🍞🥐🥖🫓🥨🥯🥞🧇🍕🥪🌮🌯🍿🧂🍘🍙🍚🍝🥟🥠🥮🍦🍧🍨🍩🍪🎂🍰🧁🥧🍫🍬🍭🍮🍯☕🍵🍔',
    31: '🍇🍈🍉🍊🍋🍌🍍🥭🍎🍏🍐🍑🍒🍓🫐🥝🍅🫒🥥🥑🍆🥔🥕🌽🌶️🫑🥒🥬🥦🧄🧅🥜🫘🌰🫚🫛',
    32: '🍺🍻🧃🥤🧋',
    33: '🍶🍷🍸🍾🥃',
    34: '🚬',
}


def emoji_of(text):
    """The emoji of a string of them, each as CLDR keys it (without the emoji presentation selector)."""
    out, cur = [], ''
    for ch in text:
        if ch == '\ufe0f':
            continue
        if cur:
            out.append(cur)
        cur = ch
    if cur:
        out.append(cur)
    return out


emoji_class = {}
for c, text in EMOJI.items():
    for e in emoji_of(text):
        emoji_class.setdefault(e, set()).add(c)

# Unicode's emoji-test.txt, to check that every emoji above is one of the Objects, Food & Drink,
# Activities or Travel & Places groups (a typo would otherwise pass silently).
known = set()
for line in open(os.path.join(WORK, 'unicode-data/usr/share/unicode/emoji/emoji-test.txt'),
                 encoding='utf-8'):
    m = re.match(r'# group: (.*)', line)
    if m:
        group = m.group(1).strip()
    elif '; fully-qualified' in line and group in ('Objects', 'Food & Drink', 'Activities',
                                                    'Travel & Places'):
        known.add(line.split(';')[0].strip().replace(' fe0f', '').replace('FE0F', '').strip())
codes = {' '.join(f'{ord(ch):04X}' for ch in e) for e in emoji_class}
missing = codes - {k.replace(' FE0F', '') for k in known}
if missing:
    sys.exit(f'emoji not in the goods groups of emoji-test.txt: {sorted(missing)}')

HEAD_FIRST = {'fr', 'es', 'it', 'pt'}  # Romance phrases name their kind first: sac à main

for language in ['de', 'fr', 'es', 'it', 'pt', 'nl']:
    data = json.load(open(os.path.join(WORK, f'cldr/package/annotations/{language}/annotations.json'),
                          encoding='utf-8'))['annotations']['annotations']
    names, keyword_classes = {}, {}
    for e, a in data.items():
        cls = frozenset(emoji_class.get(e.replace('\ufe0f', ''), ()))
        for k in a.get('default', []):
            keyword_classes.setdefault(k, []).append(cls)
        if cls:
            for t in a.get('tts', []):
                names.setdefault(t, set()).update(cls)
    entries = dict(names)
    for k, sets in keyword_classes.items():
        # A keyword names goods when two or more emoji of the same goods, and no other emoji, have
        # it (Schuh, Tasche, Schmuck); one emoji's keywords are as often its mood or occasion
        # (Krieg, Sommer, Verlobung). German writes nouns capitalised: a lower-case German
        # keyword is a verb or adjective.
        if (len(sets) >= 2 and len(set(sets)) == 1 and sets[0]
                and (language != 'de' or k[:1].isupper())):
            entries.setdefault(k, set()).update(sets[0])
    for text, cls in entries.items():
        parts = [p for p in re.split(r"[^\w]+", fold(text)) if p]
        if not parts:
            continue
        key = joined(text)
        if len(key) >= 3 and not key.isdigit():
            vocabulary.setdefault((key, language), set()).update(cls)
        # Romance compounds joined by a hyphen name a thing by what it does (porte-documents,
        # haut-parleur, cerf-volant): only their phrases written with spaces have a head.
        parts = [p for p in re.split(r"[^\w-]+" if language in HEAD_FIRST else r"[^\w]+",
                                     fold(text)) if p]
        if len(parts) > 1:
            # The head of a phrase names its kind: running shoe's shoe, sac à main's sac.
            content = [p for p in parts if p not in FUNCTION and '-' not in p]
            if content:
                head = content[0] if language in HEAD_FIRST else content[-1]
                if len(head) >= 3 and not head.isdigit():
                    vocabulary.setdefault((head, language), set()).update(cls)
    print(f'CLDR {language}: {sum(1 for (_, l) in vocabulary if l == language)} words',
          file=sys.stderr)

# --- Shopify's Standard Product Taxonomy ---------------------------------------------------------
# The category names of Shopify's taxonomy (2024-07, MIT), as the npm packages shopify-taxonomy-<xx>
# carry them: the same category ids in every language. A category's Nice classes are those of the
# head words of its English name in the English vocabulary above (WordNet's nouns) and the
# hand-written list; a head WordNet does not know takes its parent's ("Skorts" under "Clothing" is
# 25), one WordNet knows as no goods names none ("Charging Stations"). Its names in the six
# other languages then name goods of those classes (English has WordNet's nouns; the taxonomy's
# English names only class the categories): their parts ("Handschuhe & Fäustlinge") and each
# part's head word (German and Dutch: the last word before a preposition, "Vogelbäder für
# Vogelkäfige"; Romance: the first content word, "Cuscini per divani").
HAND = os.path.join(os.path.dirname(OUT), 'goods-vocabulary.tsv')
hand = {}
for line in open(HAND, encoding='utf-8'):
    if line.strip() and not line.startswith('#'):
        cls, language, words = line.rstrip('\n').split('\t')
        for w in words.split():
            hand.setdefault(fold(w), set()).update(int(c) for c in cls.split(','))
english = {}
for (w, language), cls in vocabulary.items():
    if language == 'en':
        english[w] = set(cls)
for w, cls in hand.items():
    english.setdefault(w, set()).update(cls)


def english_classes(word):
    """The classes of an English word or joined phrase, its plural tried as the matcher does."""
    for cand in (word, word[:-1] if word.endswith('s') else None,
                 word[:-2] if word.endswith('es') else None,
                 word[:-3] + 'y' if word.endswith('ies') else None,
                 word[:-3] + 'f' if word.endswith('ves') else None,
                 word[:-3] + 'fe' if word.endswith('ves') else None):
        if cand and len(cand) >= 3 and cand in english:
            return english[cand]
    return set()


# What joins the items of a category's name, per language.
JOINERS = {'en': ['and', 'or'], 'de': ['und', 'oder'], 'fr': ['et', 'ou'], 'es': ['y', 'e', 'o', 'u'],
           'it': ['e', 'o', 'ed'], 'pt': ['e', 'ou'], 'nl': ['en', 'of']}
# What starts a modifier after the head (English "for", German "für", French "pour").
AFTER_HEAD = {'for', 'with', 'of', 'in', 'on', 'to', 'from', 'fur', 'mit', 'von', 'vom', 'aus',
              'zum', 'zur', 'ohne', 'im', 'am', 'auf', 'voor', 'met', 'van', 'uit', 'zonder', 'op',
              'aan', 'bij', 'in', 'pour', 'avec', 'de', 'du', 'des', 'a', 'au', 'aux', 'en',
              'sans', 'para', 'con', 'sin', 'del', 'por', 'per', 'di', 'da', 'dal', 'della',
              'delle', 'dei', 'degli', 'con', 'senza', 'com', 'sem', 'do', 'dos', 'das', 'na',
              'no', 'nos', 'nas', 'em', 'al', 'alla', 'ai', 'agli', 'alle', 'sur', 'sobre'}
# Words that name no kind of goods however often they head a category: accessories, parts, sets.
NOT_GOODS = {
    'en': 'accessories accessory parts part supplies supply sets set kits kit products product '
          'equipment items item other others replacement replacements tools tool',
    'de': 'zubehor zubehorteile teile teil ersatzteile sets set zubehorsets kits kit produkte '
          'produkt artikel bedarf ausrustung ausstattung sonstige sonstiges zusatze',
    'fr': 'accessoires accessoire pieces piece ensembles ensemble kits kit produits produit '
          'articles article fournitures equipements equipement materiel autres',
    'es': 'accesorios accesorio piezas pieza repuestos recambios conjuntos conjunto kits kit '
          'juegos productos producto articulos articulo material equipamiento equipos otros',
    'it': 'accessori accessorio parti parte ricambi ricambio set kit prodotti prodotto articoli '
          'articolo forniture attrezzatura attrezzature materiale altri',
    'pt': 'acessorios acessorio pecas peca conjuntos conjunto kits kit produtos produto artigos '
          'artigo material materiais suprimentos equipamentos equipamento outros',
    'nl': 'accessoires accessoire onderdelen onderdeel sets set kits kit producten product '
          'artikelen artikel benodigdheden uitrusting toebehoren overige',
}
NOT_GOODS = {l: set(ws.split()) for l, ws in NOT_GOODS.items()}
HEAD_LAST = {'en', 'de', 'nl'}


def items(name, language):
    """The items a category name lists, each as its folded words: "Gloves & Mittens" -> 2. An
    item that follows one with a modifier belongs to that modifier ("Sièges pour bébés et
    enfants": enfants is no item) and is left empty."""
    text = fold(name)
    text = re.sub(r'\(.*?\)', ' ', text)
    out = []
    for part in re.split(r'\s*[&,/:;+]\s*', text):
        words = [w for w in re.split(r"[^\w-]+", part) if w]
        cur = []
        for w in words:
            if w in JOINERS[language]:
                out.append(cur)
                cur = []
            else:
                cur.append(w)
        out.append(cur)
    kept, modified = [], False
    for i in out:
        if not i:
            continue
        kept.append([] if modified else i)
        modified = modified or any(w in AFTER_HEAD for w in i[1:])
    return kept


def head(words, language):
    """The head word of an item and the words of the item up to its first modifier."""
    core = []
    for w in words:
        if w in AFTER_HEAD and core:
            break
        if w not in AFTER_HEAD:
            core.append(w)
    if not core:
        return None, []
    return (core[-1] if language in HEAD_LAST else core[0]), core


SHOPIFY = os.path.join(WORK, 'shopify')
taxonomy = {}
for language in ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl']:
    file = {'pt': 'pt-PT'}.get(language, language)
    data = json.load(open(os.path.join(SHOPIFY, language, 'package', 'dist', file + '.json'),
                          encoding='utf-8'))
    if data['version'] != '2024-07':
        sys.exit(f'shopify-taxonomy-{language}: version {data["version"]}, expected 2024-07')
    taxonomy[language] = {c['id']: c for v in data['verticals'] for c in v['categories']}

category_classes = {}
english_items = {}


def wordnet_noun(word):
    """Whether WordNet knows the English word (or its singular) as a noun of any sense."""
    return any(c in senses for c in (word, word[:-1], word[:-2], word[:-3] + 'y') if c)


def own_classes(cid):
    """The classes a category's English name names, item by item: empty for an item whose head
    names no goods, None for one whose head WordNet does not know (Skorts), which takes its
    parent's."""
    out = []
    for words in items(taxonomy['en'][cid]['name'], 'en'):
        h, core = head(words, 'en')
        cls = set()
        if h and h not in NOT_GOODS['en']:
            # The longest known phrase ending in the head: "car seat" before "seat".
            for k in range(min(3, len(core)), 0, -1):
                cls = english_classes(''.join(core[-k:]))
                if cls:
                    break
            if not cls and not wordnet_noun(h):
                cls = None
        out.append(cls)
    return out


def classes_of_category(cid):
    """A category's classes, item by item: an item WordNet does not know takes its parent's; one
    WordNet knows as no goods (Stations, Holders, Aids) names none."""
    if cid not in category_classes:
        parts = own_classes(cid)
        if any(p is None for p in parts):
            parent = taxonomy['en'][cid]['parent_id']
            inherited = set(classes_of_category(parent)) if parent else set()
            parts = [inherited if p is None else p for p in parts]
        english_items[cid] = parts
        category_classes[cid] = set().union(*parts) if parts else set()
    return category_classes[cid]


for cid in taxonomy['en']:
    classes_of_category(cid)

shopify = {}  # (word, language) -> {class: count}
for language in ['de', 'fr', 'es', 'it', 'pt', 'nl']:
    for cid, c in taxonomy[language].items():
        cls = category_classes.get(cid)
        if not cls:
            continue
        parts = items(c['name'], language)
        en_parts = english_items[cid]
        for n, words in enumerate(parts):
            if not words or words[0].startswith('-'):
                continue  # German "Katzenregale und -sitze": a shortened compound
            part_cls = en_parts[n] if len(parts) == len(en_parts) else cls
            if len(parts) != len(en_parts) and not all(en_parts):
                continue  # items that cannot be paired, some of them no goods
            h, core = head(words, language)
            if not h or not part_cls:
                continue
            keys = set()
            if h not in NOT_GOODS[language] and not h.endswith('-'):
                keys.add(h.replace('-', ''))
            if 1 < len(core) <= 3 and not any(w in NOT_GOODS[language] for w in core):
                keys.add(''.join(core).replace('-', ''))
            for key in keys:
                # Three letters are too few to tell a goods word from a fragment (Blu Ray's blu).
                if len(key) < 4 or key.isdigit() or key in FUNCTION or key in AFTER_HEAD:
                    continue
                counts = shopify.setdefault((key, language), {})
                for k in part_cls:
                    counts[k] = counts.get(k, 0) + 1

added = 0
for (key, language), counts in shopify.items():
    if key in hand:
        continue  # the hand-written list says what its words name
    if language == 'en':
        continue  # English has WordNet's nouns; the taxonomy's English names only class the others
    # A word heading categories of many kinds keeps the kinds it mostly names.
    top = max(counts.values())
    cls = {k for k, v in counts.items() if 3 * v >= top}
    if len(cls) > 3:
        continue
    vocabulary.setdefault((key, language), set()).update(cls)
    added += 1
print(f'Shopify: {added} words and phrases', file=sys.stderr)

# --- Output ------------------------------------------------------------------------------------
groups = {}
for (word, language), cls in vocabulary.items():
    if word in FUNCTION:
        continue
    groups.setdefault((tuple(sorted(cls)), language), []).append(word)
with open(OUT, 'w', encoding='utf-8') as out:
    out.write('# Generated by matching/generate/goods/generate.sh; do not edit. Sources and licences:\n'
              '# English (en): Princeton WordNet 3.0 (Debian wordnet-base 1:3.0-37), WordNet 3.0\n'
              '# licence, "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved."\n'
              '# (see NOTICE); the lemmas of the hyponyms of the anchor synsets in goods.py.\n'
              '# de, fr, es, it, pt, nl: Unicode CLDR 48 emoji annotations (npm cldr-annotations-full\n'
              '# 48.2.0), Copyright (c) 2004-2026 Unicode, Inc., Unicode License v3 (see NOTICE); the\n'
              '# names and keywords of the emoji goods.py maps to a Nice class; and Shopify\'s Standard\n'
              '# Product Taxonomy 2024-07 (npm shopify-taxonomy-<language> 1.1.1), Copyright (c)\n'
              '# Shopify, MIT License (see NOTICE); its category names, classed by their English names.\n'
              '# it (also): MultiWordNet 1.5.0\'s Italian (FBK; CC BY 3.0, see NOTICE) as omw-data\n'
              '# (f75be19) aligns it to WordNet 3.0; es (also): the Multilingual Central Repository\n'
              '# 3.0\'s Spanish (CC BY 3.0, see NOTICE) as extjwnl-data-mcr30 (85da4a5) packages it;\n'
              '# the nouns of the goods synsets above.\n'
              '# Format: classes<TAB>language<TAB>words, as goods-vocabulary.tsv.\n')
    for (cls, language), words in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1])):
        out.write(','.join(map(str, cls)) + '\t' + language + '\t' + ' '.join(sorted(words)) + '\n')
print(f'{OUT}: {len(vocabulary)} entries in {len(groups)} lines', file=sys.stderr)
