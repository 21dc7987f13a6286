# Huffman compression: frequency table, deterministic tree building, encode/decode round trip, bit packing.
def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    codes = {}

    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, tuple):
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
        else:
            codes[payload] = prefix or "0"

    walk(nodes[0], "")
    return freq, codes


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, current = [], ""
    for bit in bits:
        current += bit
        if current in reverse:
            out.append(reverse[current])
            current = ""
    if current:
        raise ValueError("dangling bits: " + current)
    return "".join(out)


def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def unpack(data, padding):
    bits = "".join(format(byte, "08b") for byte in data)
    return bits[:len(bits) - padding] if padding else bits


for text in ["abracadabra", "mississippi river", "aaaaaaaa", "the quick brown fox jumps over the lazy dog", "x"]:
    freq, codes = build_codes(text)
    bits = encode(text, codes)
    packed, padding = pack(bits)
    assert decode(unpack(packed, padding), codes) == text
    print(repr(text))
    print("  codes:", " ".join("%r=%s" % (ch, codes[ch]) for ch in sorted(codes)))
    print("  bits %d vs %d raw, packed %s pad %d" % (len(bits), 8 * len(text), packed.hex(), padding))
    weighted = sum(freq[ch] * len(codes[ch]) for ch in freq) / len(text)
    print("  average %.3f bits/char" % weighted)
try:
    decode("0101011", build_codes("abcde")[1])
except ValueError as error:
    print("ValueError", error)
