"""A task scheduler in the spirit of Richards: objects, queues, dispatch."""


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0


class Task:
    def __init__(self, ident, priority, scheduler):
        self.ident = ident
        self.priority = priority
        self.scheduler = scheduler
        self.queue = []
        self.handled = 0

    def receive(self, packet):
        self.queue.append(packet)

    def run(self):
        if not self.queue:
            return None
        packet = self.queue.pop(0)
        self.handled += 1
        return self.work(packet)


class Worker(Task):
    def work(self, packet):
        packet.datum = (packet.datum * 7 + self.ident) % 1009
        target = 2 + (packet.datum % 2)
        return target, packet


class Handler(Task):
    def work(self, packet):
        packet.kind = 1 - packet.kind
        return 1, packet


class Idle(Task):
    def work(self, packet):
        return 0, packet


class Scheduler:
    def __init__(self):
        self.tasks = {}

    def add(self, task):
        self.tasks[task.ident] = task

    def schedule(self, rounds):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        for _ in range(rounds):
            for task in order:
                result = task.run()
                if result is not None:
                    target, packet = result
                    self.tasks[target].receive(packet)
        return [t.handled for t in sorted(self.tasks.values(), key=lambda t: t.ident)]


s = Scheduler()
s.add(Idle(0, 1, s))
s.add(Worker(1, 5, s))
s.add(Handler(2, 3, s))
s.add(Handler(3, 4, s))
for k in range(12):
    s.tasks[k % 4].receive(Packet(None, k, k % 2))
print(s.schedule(40000))
