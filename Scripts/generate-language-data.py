#!/usr/bin/env python3
"""Generates the language tables that the plausibility model and the pinyin-gloss repair use.

Sources (all permissively licensed, fetched from PyPI by name and version):
  * jieba 0.42.1 (MIT): dict.txt, word frequencies of simplified Chinese.
  * opencc-python-reimplemented 0.1.7 (Apache-2.0): STCharacters.txt / STPhrases.txt,
    used to give every simplified word and character its traditional forms.
  * pypinyin 0.55.0 (MIT): pinyin_dict.json, the Mandarin readings of each Han character.

Outputs, in Sources/CJKClean/Resources/Data/Language/:
  * han-costs.txt     one line per Han character: the character, a space, its cost
                      (rounded -log2 of its relative frequency, traditional forms share
                      the frequency of their simplified source).
  * words.txt         common words of two to four characters, simplified and traditional,
                      one per line, sorted.
  * han-readings.txt  characters with more than one Mandarin reading: the character, a
                      space, its readings separated by commas (tone marks kept).
  * common-syllables.txt  kana and Hangul syllables ranked from the most frequent down, one
                      script per line (hiragana, katakana, Hangul). The rankings are written in
                      this script by the project from general knowledge of Japanese and Korean
                      text; they only order syllables coarsely and carry no third-party data.
  * LICENSE-*.txt     the licences of the sources.

Usage: python3 Scripts/generate-language-data.py [--downloads DIR]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "CJKClean", "Resources", "Data", "Language")
PACKAGES = ["jieba==0.42.1", "opencc-python-reimplemented==0.1.7", "pypinyin==0.55.0"]

# Words rarer than this (jieba's corpus counts) are left out: they cost space and rarely
# decide between repair candidates.
MIN_WORD_FREQUENCY = 60
MAX_COST = 24

JIEBA_LICENSE = """The MIT License (MIT)

Copyright (c) 2013 Sun Junyi

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


# Kana and Hangul syllables, most frequent first (the project's own coarse ranking).
COMMON_HIRAGANA = (
    "のにはをたがでてとしいなかるすれもまりこっらうんだあさくけよつきどせおそちえわめみねろやばほじげごずひふ"
    "へべぶぼむぐざぞぜびぎゆぱぴぷぺぽぬづぢゃゅょぁぃぅぇぉ"
)
COMMON_KATAKANA = (
    "ーンストルイクラリタシテレアカコマドフジプメロッサィデバオムキブビナハニパグュャョエウミェソベダピポボガゴ"
    "ネヴツケセホヒヘゲズザゼゾヌヨユヤワヲノチモォァ"
)
COMMON_HANGUL = (
    "이다는의에하고을가지로서기한리사도를나대수정자어시으일인적아해들있국보주전게니라부과장제성상요동화구미신"
    "스것여연소우그오만생세면치경원습분였위무비관마학문물공중개내했거회진발행되모선계방재은까말저된본현실며바통"
    "할업민체결러법트입드운명작유교음던후터반야데점때또알심날께안합두너속파타히조람간단차불식영양호역청산강직외"
    "함월년집울곳좋많같않싶없왔겠봐줘워와예네응좀더잘못왜뭐누얼몇새옷밥돈층등님씨번살님요"
)


def ranked(text):
    seen = []
    for ch in text:
        if ch not in seen:
            seen.append(ch)
    return "".join(seen)


def is_han(ch):
    cp = ord(ch)
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF


def download(directory):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", directory] + PACKAGES,
                   check=True, stdout=subprocess.DEVNULL)


def find(directory, prefix):
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if os.path.isfile(path) and name.lower().replace("-", "_").startswith(prefix):
            return path
    raise SystemExit(f"missing download: {prefix}")


def read_jieba(directory):
    with tarfile.open(find(directory, "jieba")) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("jieba/dict.txt"))
        text = archive.extractfile(member).read().decode("utf-8")
    words = {}
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            words[parts[0]] = words.get(parts[0], 0) + int(parts[1])
    return words


def read_opencc(directory):
    characters, phrases = {}, {}
    with zipfile.ZipFile(find(directory, "opencc_python")) as archive:
        for name, table in (("STCharacters.txt", characters), ("STPhrases.txt", phrases)):
            text = archive.read(f"opencc/dictionary/{name}").decode("utf-8")
            for line in text.splitlines():
                if "\t" in line:
                    source, targets = line.split("\t", 1)
                    table[source] = targets.split(" ")
    return characters, phrases


def read_pypinyin(directory):
    with zipfile.ZipFile(find(directory, "pypinyin")) as archive:
        readings = json.loads(archive.read("pypinyin/pinyin_dict.json").decode("utf-8"))
        licence = next(n for n in archive.namelist() if n.endswith("LICENSE.txt"))
        licence_text = archive.read(licence).decode("utf-8")
    return {chr(int(cp)): value.split(",") for cp, value in readings.items()}, licence_text


def traditional_forms(word, characters, phrases):
    """Every traditional spelling of a simplified word: the phrase table's, else each
    character's first form, plus single-character alternatives (bounded)."""
    forms = set(phrases.get(word, []))
    base = "".join(characters.get(ch, [ch])[0] for ch in word)
    forms.add(base)
    for index, ch in enumerate(word):
        for alternative in characters.get(ch, [])[1:2]:
            forms.add(base[:index] + alternative + base[index + 1:])
    forms.discard(word)
    return forms


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--downloads", help="folder that already holds the three packages")
    arguments = parser.parse_args()
    directory = arguments.downloads or tempfile.mkdtemp()
    if not arguments.downloads:
        download(directory)

    words = read_jieba(directory)
    characters, phrases = read_opencc(directory)
    readings, pypinyin_licence = read_pypinyin(directory)

    counts = defaultdict(int)
    for word, frequency in words.items():
        for ch in word:
            if is_han(ch):
                counts[ch] += frequency
    for simplified, forms in characters.items():
        for form in forms:
            if form != simplified and is_han(form):
                counts[form] = max(counts[form], counts.get(simplified, 0))
    total = sum(counts.values())
    costs = {ch: min(MAX_COST, max(1, round(-math.log2(count / total)))) for ch, count in counts.items() if count}

    common = set()
    for word, frequency in words.items():
        if frequency >= MIN_WORD_FREQUENCY and 2 <= len(word) <= 4 and all(is_han(ch) for ch in word):
            common.add(word)
            common.update(traditional_forms(word, characters, phrases))

    polyphones = {ch: values for ch, values in readings.items() if len(values) > 1 and is_han(ch)}

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "han-costs.txt"), "w", encoding="utf-8") as out:
        for ch in sorted(costs):
            out.write(f"{ch} {costs[ch]}\n")
    with open(os.path.join(OUT, "words.txt"), "w", encoding="utf-8") as out:
        for word in sorted(common):
            out.write(word + "\n")
    with open(os.path.join(OUT, "han-readings.txt"), "w", encoding="utf-8") as out:
        for ch in sorted(polyphones):
            out.write(f"{ch} {','.join(polyphones[ch])}\n")
    with open(os.path.join(OUT, "common-syllables.txt"), "w", encoding="utf-8") as out:
        for line in (COMMON_HIRAGANA, COMMON_KATAKANA, COMMON_HANGUL):
            out.write(ranked(line) + "\n")
    with open(os.path.join(OUT, "LICENSE-jieba.txt"), "w", encoding="utf-8") as out:
        out.write(JIEBA_LICENSE)
    with open(os.path.join(OUT, "LICENSE-pypinyin.txt"), "w", encoding="utf-8") as out:
        out.write(pypinyin_licence)
    print(f"{len(costs)} characters, {len(common)} words, {len(polyphones)} polyphones")


if __name__ == "__main__":
    main()
