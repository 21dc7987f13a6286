# Loop control: for/while else clauses, break/continue in nested loops, loop variables after loops, iteration over changing ranges.
def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")
        index = -1
    return index


find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("skip at", n)
        continue
    print("n", n)
else:
    print("while finished normally with", n)
while True:
    break
else:
    print("never")
primes = []
for candidate in range(2, 40):
    for divisor in range(2, int(candidate ** 0.5) + 1):
        if candidate % divisor == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for i in range(3):
    pass
print("i after loop", i)
for j in []:
    pass
try:
    print(j)
except NameError as error:
    print("NameError", error)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
for r, row in enumerate(matrix):
    for c, value in enumerate(row):
        if value < 0:
            print("first negative at", (r, c))
            break
    else:
        continue
    break
total = 0
for row in matrix:
    for value in row:
        if value < 0:
            continue
        total += value
print("sum of non-negatives", total)
count = 0
limit = 3
for k in range(limit):
    limit = 10
    count += 1
print("range evaluated once", count)
items = [1, 2, 3]
for x in items:
    if len(items) < 6:
        items.append(x * 10)
print(items)
attempt = 0
while attempt < 5:
    attempt += 1
    try:
        if attempt < 3:
            raise ConnectionError("try %d" % attempt)
        print("succeeded on", attempt)
        break
    except ConnectionError as error:
        print("retry after", error)
        continue
    finally:
        print("cleanup", attempt)
else:
    print("gave up")


def gen_with_else():
    for v in range(3):
        yield v
    else:
        yield "else-branch"


print(list(gen_with_else()))
x = 0
while x < 1000:
    x = x * 2 + 1
print(x, bin(x))
