# List algorithms written by hand: binary search, merge sort, quickselect, rotation, dedupe, matrix transpose, run lengths.
def binary_search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(items) and items[lo] == target else -1


def merge_sort(items, key=lambda v: v):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left, right = merge_sort(items[:mid], key), merge_sort(items[mid:], key)
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]


def quickselect(items, k):
    pivot = items[len(items) // 2]
    lows = [x for x in items if x < pivot]
    highs = [x for x in items if x > pivot]
    pivots = [x for x in items if x == pivot]
    if k < len(lows):
        return quickselect(lows, k)
    if k < len(lows) + len(pivots):
        return pivot
    return quickselect(highs, k - len(lows) - len(pivots))


def rotate(items, n):
    if not items:
        return items
    n %= len(items)
    return items[-n:] + items[:-n]


def dedupe(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def run_lengths(items):
    runs = []
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1][1] += 1
        else:
            runs.append([item, 1])
    return [tuple(r) for r in runs]


data = [29, 3, 71, 3, 15, 88, 42, 15, 0, -7, 56, 3]
ordered = merge_sort(data)
print(ordered, ordered == sorted(data))
print([binary_search(ordered, t) for t in [-7, 3, 42, 88, 100, 1]])
print([quickselect(data, k) for k in range(len(data))] == ordered)
print(rotate(list("abcdef"), 2), rotate(list("abcdef"), -1), rotate([], 3), rotate([1], 100))
print(dedupe(data), dedupe("mississippi"), run_lengths("aaabccddddde"), run_lengths([]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 2)]
print(merge_sort(pairs, key=lambda p: p[1]))
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([list(row) for row in zip(*grid)], [row[::-1] for row in grid], [list(r) for r in zip(*grid[::-1])])
flat = [x for row in grid for x in row]
print(flat, flat[::5], flat[1::3], flat[-1:-6:-2], sum(flat) / len(flat))
chunks = [flat[i:i + 5] for i in range(0, len(flat), 5)]
print(chunks, list(map(sum, chunks)), [len(c) for c in chunks])
window_sums = [sum(flat[i:i + 3]) for i in range(len(flat) - 2)]
print(window_sums, max(range(len(window_sums)), key=window_sums.__getitem__))
stack, queue = [], []
for x in range(5):
    stack.append(x)
    queue.insert(0, x)
print([stack.pop() for _ in range(3)], [queue.pop() for _ in range(3)], stack, queue)
lst = list(range(10))
del lst[2:8:3]
lst[1:1] = ["ins"]
lst[-2:] = []
print(lst, lst.index("ins"), lst.count(9), 5 in lst)
