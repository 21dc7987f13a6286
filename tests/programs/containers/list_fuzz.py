# Random list surgery: slice and extended-slice assignment and deletion,
# inserts, pops, extends, repeats, sorts; after each step the contents and
# sys.getsizeof (CPython's allocation policy) must be CPython's.
import sys

state = 987654321


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state % n


for trial in range(25):
    items = list(range(rnd(12)))
    trace = []
    for step in range(40):
        op = rnd(12)
        n = len(items)
        a, b, c = rnd(n + 3) - 1, rnd(n + 3) - 1, rnd(5) - 2
        try:
            if op == 0:
                items[a:b] = [step] * rnd(4)
            elif op == 1:
                del items[a:b:c or 1]
            elif op == 2:
                items[a:b:c or 1] = [step] * len(items[a:b:c or 1])
            elif op == 3:
                items.insert(a, step)
            elif op == 4:
                items.pop(a)
            elif op == 5:
                items.extend(range(rnd(6)))
            elif op == 6:
                items.append(step)
            elif op == 7:
                items *= rnd(3)
            elif op == 8:
                items.sort(reverse=bool(c % 2))
            elif op == 9:
                items += (x for x in range(rnd(3)))
            elif op == 10:
                items = items[a:b]
            else:
                items.remove(a)
        except (IndexError, ValueError) as e:
            trace.append(type(e).__name__)
        trace.append(sys.getsizeof(items))
    print(trial, items[:10], len(items), trace)
