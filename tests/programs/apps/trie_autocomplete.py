# A trie with insertion counts, prefix search, autocomplete ranking, deletion and pretty printing.
class TrieNode:
    __slots__ = ("children", "count")

    def __init__(self):
        self.children = {}
        self.count = 0


class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
        if node.count == 0:
            self.size += 1
        node.count += weight

    def find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def words(self, prefix=""):
        start = self.find(prefix)
        if start is None:
            return
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.count:
                yield text, node.count
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], text + ch))

    def complete(self, prefix, limit=3):
        return [w for w, _ in sorted(self.words(prefix), key=lambda wc: (-wc[1], wc[0]))[:limit]]

    def delete(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if not path[-1].count:
            raise KeyError(word)
        path[-1].count = 0
        self.size -= 1
        for ch, node in zip(reversed(word), reversed(path[1:])):
            parent = path[path.index(node) - 1]
            if node.children or node.count:
                break
            del parent.children[ch]

    def __len__(self):
        return self.size

    def __contains__(self, word):
        node = self.find(word)
        return node is not None and node.count > 0


trie = Trie()
text = "the then there these this that those than tea team teammate ten tent tenth to too tool"
for i, word in enumerate(text.split()):
    trie.insert(word, weight=1 + i % 4)
trie.insert("the", 10)
print(len(trie), "the" in trie, "th" in trie, "xyz" in trie)
for prefix in ["th", "the", "te", "to", "x", ""]:
    print(repr(prefix), trie.complete(prefix), sum(1 for _ in trie.words(prefix)))
print(list(trie.words("ten")))
trie.delete("tenth")
trie.delete("tea")
print(len(trie), list(trie.words("te")), "tea" in trie, "team" in trie)
for missing in ["tenth", "zebra", "te"]:
    try:
        trie.delete(missing)
    except KeyError as error:
        print("KeyError", error)


def render(node, prefix="", depth=0, lines=None):
    lines = [] if lines is None else lines
    for ch in sorted(node.children):
        child = node.children[ch]
        lines.append("  " * depth + ch + ("*%d" % child.count if child.count else ""))
        render(child, prefix + ch, depth + 1, lines)
    return lines


small = Trie()
for w in ["ab", "abc", "b", "ba"]:
    small.insert(w)
print("\n".join(render(small.root)))
