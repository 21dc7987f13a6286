# A signal interrupts a read that waits on the main thread, as EINTR does:
# the handler runs during the wait; if it raises, the read raises; if not,
# the read goes on waiting (PEP 475) and returns what arrives later.
import os
import signal
import sys
import threading
import time

calls = []


class Alarm(Exception):
    pass


def raising(signum, frame):
    calls.append(("raising", signum == signal.SIGALRM))
    raise Alarm("woken")


def quiet(signum, frame):
    calls.append(("quiet", signum == signal.SIGALRM))


read_end, write_end = os.pipe()

signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    os.read(read_end, 10)
except Alarm as error:
    print("os.read interrupted:", error)

signal.signal(signal.SIGALRM, quiet)
signal.setitimer(signal.ITIMER_REAL, 0.2)
writer = threading.Thread(target=lambda: (time.sleep(0.8), os.write(write_end, b"late data")))
writer.start()
print("os.read returned:", os.read(read_end, 10))
writer.join()

signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.2)
reader = os.fdopen(read_end, "rb", buffering=0)
try:
    reader.read(5)
except Alarm as error:
    print("FileIO.read interrupted:", error)

signal.signal(signal.SIGALRM, quiet)
signal.setitimer(signal.ITIMER_REAL, 0.2)
os.write(write_end, b"")
writer = threading.Thread(target=lambda: (time.sleep(0.8), os.write(write_end, b"more")))
writer.start()
print("FileIO.readinto:", reader.readinto(bytearray(4)))
writer.join()
print(calls)
reader.close()
os.close(write_end)
sys.stdout.flush()
