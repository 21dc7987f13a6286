# A bank-teller queue simulation with a deterministic generator of arrivals, multiple tellers and summary statistics.
def lcg(seed):
    while True:
        seed = (1103515245 * seed + 12345) & 0x7FFFFFFF
        yield seed


class Customer:
    def __init__(self, ident, arrival, service):
        self.ident, self.arrival, self.service = ident, arrival, service
        self.start = self.finish = None
        self.teller = None


def simulate(tellers, customers):
    free_at = [0] * tellers
    for customer in customers:
        teller = min(range(tellers), key=lambda t: (free_at[t], t))
        customer.start = max(customer.arrival, free_at[teller])
        customer.finish = customer.start + customer.service
        customer.teller = teller
        free_at[teller] = customer.finish
    return customers


def make_customers(count, seed):
    rng = lcg(seed)
    time, result = 0, []
    for ident in range(1, count + 1):
        time += next(rng) % 7
        result.append(Customer(ident, time, 2 + next(rng) % 9))
    return result


for tellers in (1, 2, 3):
    customers = simulate(tellers, make_customers(25, 99))
    waits = [c.start - c.arrival for c in customers]
    busy = [sum(c.service for c in customers if c.teller == t) for t in range(tellers)]
    end = max(c.finish for c in customers)
    print("tellers=%d end=%d avg_wait=%.2f max_wait=%d served_by=%s utilisation=%s" % (
        tellers, end, sum(waits) / len(waits), max(waits), [sum(1 for c in customers if c.teller == t) for t in range(tellers)],
        ["%.0f%%" % (100 * b / end) for b in busy]))
customers = simulate(2, make_customers(10, 7))
print("%4s %7s %7s %6s %6s %6s" % ("id", "arrive", "service", "start", "finish", "teller"))
for c in customers:
    print("%4d %7d %7d %6d %6d %6d" % (c.ident, c.arrival, c.service, c.start, c.finish, c.teller))
timeline = {}
for c in customers:
    for t in range(c.start, c.finish):
        timeline.setdefault(t, []).append(c.ident)
print("".join(str(len(timeline.get(t, []))) for t in range(max(timeline) + 1)))
histogram = {}
for c in simulate(1, make_customers(40, 3)):
    bucket = (c.start - c.arrival) // 10 * 10
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print("%3d-%3d %s" % (bucket, bucket + 9, "#" * histogram[bucket]))
