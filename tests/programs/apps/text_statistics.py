# Text processing: word frequencies, sentence splitting, n-grams, a concordance and justified wrapping.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us!
Were we all going direct to Heaven? We were all going direct the other way."""


def words(text):
    out, current = [], []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def sentences(text):
    result, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?":
            sentence = " ".join(text[start:i + 1].split())
            if sentence:
                result.append(sentence)
            start = i + 1
    return result


all_words = words(TEXT)
frequency = {}
for w in all_words:
    frequency[w] = frequency.get(w, 0) + 1
print(len(all_words), "words,", len(frequency), "distinct")
for word, count in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print("%-8s %3d %s" % (word, count, "*" * count))
for s in sentences(TEXT):
    print(len(s.split()), "|", s[:60] + ("..." if len(s) > 60 else ""))
bigrams = {}
for a, b in zip(all_words, all_words[1:]):
    bigrams[a + " " + b] = bigrams.get(a + " " + b, 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
concordance = {}
for index, w in enumerate(all_words):
    if len(w) > 6:
        concordance.setdefault(w, []).append(index)
for w in sorted(concordance):
    print("%-12s %s" % (w, concordance[w]))


def justify(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0])
            continue
        spaces = width - sum(map(len, line))
        base, extra = divmod(spaces, gaps)
        out.append("".join(w + " " * (base + (i < extra)) for i, w in enumerate(line[:-1])) + line[-1])
    out.append(" ".join(line))
    return out


for row in justify(TEXT, 38):
    print("|%-38s|" % row)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
print(" ".join("%s:%.1f" % (ch, 100 * n / total) for ch, n in sorted(letters.items(), key=lambda kv: -kv[1])[:10]))
print(max(all_words, key=len), min(all_words, key=len), sum(map(len, all_words)) / len(all_words))
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.title()[:40], TEXT.swapcase()[:20])
