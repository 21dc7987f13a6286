# A waiting thread releases the GIL: SimpleQueue.get (ThreadPoolExecutor's
# workers wait there) and select.select, so other threads run meanwhile.
import concurrent.futures
import os
import select
import threading
import time

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    print(sorted(pool.map(lambda n: n * n, range(5))))
    print(pool.submit(lambda: 42).result())

read_end, write_end = os.pipe()


def write_later():
    time.sleep(0.2)
    os.write(write_end, b"x")


writer = threading.Thread(target=write_later)
started = time.monotonic()
writer.start()
ready, _, _ = select.select([read_end], [], [], 30)
print(ready == [read_end], time.monotonic() - started < 20)
writer.join()
print(os.read(read_end, 1))
os.close(read_end)
os.close(write_end)


class Text(str):
    pass


class Shown:
    def __repr__(self):
        return Text("shown")


print(type(ascii(Shown())).__name__, ascii(Shown()), ascii("é"))
