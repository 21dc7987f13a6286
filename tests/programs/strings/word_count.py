"""Word frequencies: split, translate, case folding, padding and formatting."""

TEXT = """\
It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness... It was the epoch of belief -- it
was the epoch of incredulity!  It was the season of Light, it was the
season of Darkness: it was the spring of hope, it was the winter of despair.
"""

PUNCTUATION = ",.;:!-?"
table = str.maketrans(PUNCTUATION, " " * len(PUNCTUATION))

counts = {}
order = []
for line in TEXT.splitlines():
    for word in line.translate(table).casefold().split():
        if word not in counts:
            order.append(word)
        counts[word] = counts.get(word, 0) + 1

pairs = [(counts[word], word) for word in order]
pairs.sort(key=lambda pair: (-pair[0], pair[1]))

print("{:<12}|{:>6}|".format("word", "count"))
print("-" * 12 + "+" + "-" * 6 + "+")
for count, word in pairs[:8]:
    print("%-12s|%6d|%s" % (word, count, "#" * count))

longest = ""
for word in order:
    if len(word) > len(longest):
        longest = word
print("longest:", longest.upper(), longest.title(), longest.center(20, "*"))
print("capitalized lines:", [line.split()[0].capitalize() for line in TEXT.splitlines()])
print("vowels:", sum_ := 0)
for ch in TEXT.lower():
    if ch in "aeiou":
        sum_ += 1
print("vowel count %d, ratio %.3f" % (sum_, sum_ / len(TEXT)))
print(repr(TEXT[:20]), TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"),
      TEXT.rfind("age"), TEXT.index("hope"), TEXT.startswith("It"), TEXT.endswith(".\n"))
words = TEXT.split()
print(" ".join(words[:5]).swapcase(), "|".join(w.strip(".,;:!") for w in words[-3:]))
print(TEXT.partition(";")[0].rpartition(",")[2].strip(), TEXT.replace("it was", "IT WAS", 2)[:50])
