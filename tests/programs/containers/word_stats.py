# Word statistics: dicts in insertion order, sets in hash-table order,
# dict views, a __missing__ counter, sorting by several keys.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""


class Counter(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


words = [w.strip(".,").lower() for w in TEXT.split()]
counts = Counter()
for w in words:
    counts[w] += 1

print(len(words), len(counts))
print(counts.most_common(6))
print(list(counts)[:10])
print(counts["nonexistent"], "nonexistent" in counts)

vocabulary = set(words)
first_half = set(words[: len(words) // 2])
second_half = set(words[len(words) // 2:])
print(sorted(vocabulary))
print(first_half & second_half)
print(first_half - second_half)
print(second_half ^ first_half)
print(len(first_half | second_half) == len(vocabulary))

by_length = {}
for w in vocabulary:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

letters = {}
for w in words:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print(letters)
print(sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5])
print(letters.keys() & set("aeiou"), letters.keys() - set("aeiou"))
rare = {ch for ch, n in letters.items() if n < 5}
print(rare, frozenset(rare) == rare)
pairs = {(a, b) for a, b in zip(words, words[1:])}
print(len(pairs), sorted(pairs)[:5])
inverted = {}
for i, w in enumerate(words):
    inverted.setdefault(w, set()).add(i)
print({w: sorted(ix)[:3] for w, ix in inverted.items() if len(ix) > 3})
