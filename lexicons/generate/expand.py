#!/usr/bin/env python3
"""Expands a hunspell dictionary (.dic + .aff) into the word forms it accepts, one per line.

Written for marque's lexicons (see generate.sh): it applies each stem's prefixes and suffixes,
two suffixes deep (hunspell's "twofold" continuation classes) and prefixes crossed with suffixes
where both allow it; it leaves out compounds, forbidden words, stems that need an affix, and
stems allowed only inside compounds. Good enough to say "this is a word of the language"; not a
spell checker.

usage: expand.py DIC AFF  > forms.txt
"""
import re
import sys


def read_lines(path, encoding):
    with open(path, 'rb') as f:
        return f.read().decode(encoding, errors='replace').splitlines()


def encoding_of(aff_path):
    with open(aff_path, 'rb') as f:
        for raw in f:
            line = raw.decode('latin-1').strip()
            if line.startswith('SET '):
                enc = line.split()[1].lower()
                return {'microsoft-cp1251': 'cp1251', 'iso8859-15': 'iso8859_15'}.get(enc, enc)
    return 'iso8859-1'


class Aff:
    def __init__(self, path):
        enc = encoding_of(path)
        self.flag_mode = 'short'
        self.af = []
        self.rules = {}      # flag -> (kind, cross, [(strip, add, contflags, regex)])
        self.needaffix = self.forbidden = self.onlyincompound = None
        lines = read_lines(path, enc)
        raw = [l.split() for l in lines]
        for p in raw:
            if not p:
                continue
            if p[0] == 'FLAG' and len(p) > 1:
                self.flag_mode = p[1].lower()
        i = 0
        while i < len(raw):
            p = raw[i]
            i += 1
            if not p or p[0].startswith('#'):
                continue
            key = p[0]
            if key == 'AF' and len(p) >= 2 and not p[1].isdigit():
                self.af.append(self.flags(p[1]))
            elif key in ('NEEDAFFIX', 'PSEUDOROOT') and len(p) > 1:
                self.needaffix = self.flags(p[1])[0]
            elif key == 'FORBIDDENWORD' and len(p) > 1:
                self.forbidden = self.flags(p[1])[0]
            elif key == 'ONLYINCOMPOUND' and len(p) > 1:
                self.onlyincompound = self.flags(p[1])[0]
            elif key in ('PFX', 'SFX') and len(p) >= 4 and p[2] in ('Y', 'N') and p[3].isdigit():
                flag = self.flags(p[1])[0]
                count = int(p[3])
                entries = []
                for _ in range(count):
                    r = raw[i]
                    i += 1
                    if len(r) < 4:
                        r = r + ['.'] * (4 - len(r))
                    strip = '' if r[2] == '0' else r[2]
                    add, _, cont = r[3].partition('/')
                    add = '' if add == '0' else add
                    cont = self.flags(self.alias(cont)) if cont else []
                    cond = r[4] if len(r) > 4 else '.'
                    try:
                        rx = re.compile(cond + '$' if key == 'SFX' else '^' + cond)
                    except re.error:
                        rx = re.compile('.')
                    entries.append((strip, add, cont, rx))
                self.rules[flag] = (key, p[2] == 'Y', entries)

    def alias(self, s):
        if self.af and s.isdigit():
            n = int(s)
            return self.af[n - 1] if 0 < n <= len(self.af) else ''
        return s

    def flags(self, s):
        if isinstance(s, list):
            return s
        if self.flag_mode == 'long':
            return [s[j:j + 2] for j in range(0, len(s), 2)]
        if self.flag_mode == 'num':
            return [f for f in s.split(',') if f]
        return list(s)

    def apply(self, word, flag):
        """(form, contflags) for each rule of the flag that applies to word."""
        rule = self.rules.get(flag)
        if not rule:
            return
        kind, _, entries = rule
        for strip, add, cont, rx in entries:
            if kind == 'SFX':
                if (not strip or word.endswith(strip)) and rx.search(word):
                    yield word[:len(word) - len(strip)] + add, cont
            else:
                if (not strip or word.startswith(strip)) and rx.search(word):
                    yield add + word[len(strip):], cont

    def kind(self, flag):
        rule = self.rules.get(flag)
        return rule[0] if rule else None

    def cross(self, flag):
        rule = self.rules.get(flag)
        return bool(rule and rule[1])


def expand(dic_path, aff_path, out):
    aff = Aff(aff_path)
    enc = encoding_of(aff_path)
    lines = read_lines(dic_path, enc)
    seen = set()

    def emit(w):
        if w not in seen:
            seen.add(w)
            out.write(w + '\n')

    for line in lines[1:]:
        if not line or line.startswith('\t') or line.startswith('#'):
            continue
        entry = line.split('\t')[0].split(' ')[0] if '\t' in line or ' ' in line else line
        word, slash, fl = entry.replace('\\/', '\x00').partition('/')
        word = word.replace('\x00', '/')
        flags = aff.flags(aff.alias(fl)) if slash else []
        if aff.forbidden in flags or aff.onlyincompound in flags:
            continue
        if aff.needaffix not in flags:
            emit(word)
        prefixes = [f for f in flags if aff.kind(f) == 'PFX']
        for f in flags:
            if aff.kind(f) != 'SFX':
                continue
            for s1, c1 in aff.apply(word, f):
                if aff.needaffix not in c1:
                    emit(s1)
                for f2 in c1:
                    if aff.kind(f2) == 'SFX':
                        for s2, c2 in aff.apply(s1, f2):
                            if aff.needaffix not in c2:
                                emit(s2)
                if aff.cross(f):
                    for p in prefixes + [g for g in c1 if aff.kind(g) == 'PFX']:
                        if aff.cross(p):
                            for ps, _ in aff.apply(s1, p):
                                emit(ps)
        for p in prefixes:
            for p1, c1 in aff.apply(word, p):
                if aff.needaffix not in c1:
                    emit(p1)
                for f2 in c1:
                    if aff.kind(f2) == 'SFX':
                        for s2, _ in aff.apply(p1, f2):
                            emit(s2)


if __name__ == '__main__':
    sys.stdout.reconfigure(encoding='utf-8')
    expand(sys.argv[1], sys.argv[2], sys.stdout)
