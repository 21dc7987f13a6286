# A discrete-event elevator simulation with a deterministic request stream and per-passenger statistics.
class Passenger:
    count = 0

    def __init__(self, time, origin, target):
        Passenger.count += 1
        self.id = Passenger.count
        self.time, self.origin, self.target = time, origin, target
        self.boarded = self.arrived = None

    def __repr__(self):
        return "P%d(%d->%d)" % (self.id, self.origin, self.target)


class Elevator:
    def __init__(self, name, floors, capacity):
        self.name, self.floors, self.capacity = name, floors, capacity
        self.floor, self.direction = 0, 0
        self.riders = []
        self.log = []

    def step(self, now, waiting):
        for p in [p for p in self.riders if p.target == self.floor]:
            self.riders.remove(p)
            p.arrived = now
            self.log.append("%3d %s drop %r at %d" % (now, self.name, p, self.floor))
        queue = waiting.get(self.floor, [])
        while queue and len(self.riders) < self.capacity:
            p = queue.pop(0)
            p.boarded = now
            self.riders.append(p)
            self.log.append("%3d %s pick %r at %d" % (now, self.name, p, self.floor))
        targets = [p.target for p in self.riders] + [f for f, q in waiting.items() if q]
        if not targets:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(targets, key=lambda f: (abs(f - self.floor), f))
            self.direction = (nearest > self.floor) - (nearest < self.floor)
        ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if ahead:
            self.floor += self.direction


seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


floors = 8
requests = []
for t in range(0, 60, 3):
    origin = rand(floors)
    target = rand(floors - 1)
    if target >= origin:
        target += 1
    requests.append(Passenger(t, origin, target))
elevators = [Elevator("A", floors, 4), Elevator("B", floors, 2)]
waiting = {}
pending = list(requests)
for now in range(200):
    while pending and pending[0].time == now:
        p = pending.pop(0)
        waiting.setdefault(p.origin, []).append(p)
    for elevator in elevators:
        elevator.step(now, waiting)
    if not pending and not any(waiting.values()) and not any(e.riders for e in elevators):
        print("all delivered at", now)
        break
for elevator in elevators:
    print(elevator.name, "moves:", len(elevator.log))
    for line in elevator.log[:6]:
        print("  " + line)
waits = [p.boarded - p.time for p in requests]
rides = [p.arrived - p.boarded for p in requests]
print("average wait %.2f max %d" % (sum(waits) / len(waits), max(waits)))
print("average ride %.2f max %d" % (sum(rides) / len(rides), max(rides)))
print(sorted(requests, key=lambda p: -(p.arrived - p.time))[:3])
