# A deterministic Markov-chain text generator with a hand-rolled PRNG and order-2 state table.
class XorShift:
    def __init__(self, seed):
        self.state = seed or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x & 0xFFFFFFFF
        return self.state

    def choice(self, items):
        return items[self.next() % len(items)]


CORPUS = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the dog . the bird saw a cat on the log ."""
words = CORPUS.split()
table = {}
for a, b, c in zip(words, words[1:], words[2:]):
    table.setdefault((a, b), []).append(c)
print(len(table), "states")
for state in sorted(table)[:8]:
    print(state, "->", table[state])
rng = XorShift(42)
print([rng.next() % 100 for _ in range(10)])


def generate(seed, length):
    rng = XorShift(seed)
    state = rng.choice(sorted(table))
    out = list(state)
    for _ in range(length):
        options = table.get(state)
        if not options:
            break
        nxt = rng.choice(options)
        out.append(nxt)
        state = (state[1], nxt)
    return " ".join(out)


for seed in [1, 7, 2024]:
    print(seed, generate(seed, 20))
transitions = sum(len(v) for v in table.values())
branching = {k: len(set(v)) for k, v in table.items()}
print(transitions, max(branching.values()), sorted(k for k, v in branching.items() if v > 1))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
