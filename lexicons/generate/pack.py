#!/usr/bin/env python3
"""Folds word forms (one per line on stdin) the way dev.marque.matching.Lexicon.fold does, keeps
those made of a-z only, and writes them sorted and front-coded in marque's lexicon format.

usage: pack.py [--keep-capitalised | --names] OUT.lex < forms.txt

Words written with a capital first letter are proper names or abbreviations in most languages and
are left out (a brand is often one); German capitalises every noun, so its lists keep them. With
--names only those are kept: the language's names (places, people), which the matcher does not
take for misspellings of a brand but does not count as ordinary words either.

Format (big-endian), read by dev.marque.matching.internal.PackedWords:
  "MLX1", int words, int blockSize, int blocks, int[blocks] offsets into data, int dataLength, data.
  A block holds blockSize words: the first as (length, bytes), each next one as
  (length of the prefix it shares with the word before, length of the rest, the rest's bytes).
"""
import struct
import sys
import unicodedata

SPECIAL = {'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th',
           'ı': 'i'}
BLOCK = 32
MAX_LENGTH = 48


def fold(word):
    out = []
    for c in unicodedata.normalize('NFD', word.lower()):
        if unicodedata.category(c) == 'Mn':
            continue
        out.append(SPECIAL.get(c, c))
    return ''.join(out)


def main():
    args = sys.argv[1:]
    keep_capitalised = '--keep-capitalised' in args
    names = '--names' in args
    out_path = [a for a in args if not a.startswith('--')][0]
    words = set()
    for line in sys.stdin:
        w = line.strip()
        if not w or (not keep_capitalised and not names and w[0].isupper()):
            continue
        if names and not w[0].isupper():
            continue
        f = fold(w)
        if 2 <= len(f) <= MAX_LENGTH and all('a' <= c <= 'z' for c in f):
            words.add(f)
    words = sorted(words)
    data = bytearray()
    offsets = []
    prev = b''
    for i, w in enumerate(words):
        b = w.encode('ascii')
        if i % BLOCK == 0:
            offsets.append(len(data))
            data.append(len(b))
            data += b
        else:
            p = 0
            while p < min(len(b), len(prev)) and b[p] == prev[p]:
                p += 1
            data.append(p)
            data.append(len(b) - p)
            data += b[p:]
        prev = b
    with open(out_path, 'wb') as f:
        f.write(b'MLX1')
        f.write(struct.pack('>iii', len(words), BLOCK, len(offsets)))
        f.write(struct.pack('>%di' % len(offsets), *offsets))
        f.write(struct.pack('>i', len(data)))
        f.write(data)
    print('%s: %d words, %d bytes' % (out_path, len(words), len(data) + 4 * len(offsets) + 20),
          file=sys.stderr)


if __name__ == '__main__':
    main()
