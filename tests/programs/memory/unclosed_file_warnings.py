# A file closed by its finalizer warns ResourceWarning("unclosed file <...>"),
# naming the outermost object (FileIO, BufferedWriter, TextIOWrapper), from
# refcounting or from the cycle collector; a closed one does not.
import gc, io, os, tempfile, warnings

path = os.path.join(tempfile.mkdtemp(), "unclosed")

def show(caught):
    for w in caught:
        print(w.category.__name__, str(w.message).split(" name=")[0])
    caught.clear()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f = io.FileIO(path, "w+b"); del f
    show(caught)
    raw = io.FileIO(path, "w+b"); f = io.BufferedReader(raw); f.f = f; del f, raw; gc.collect()
    show(caught)
    raw = io.FileIO(path, "w+b"); f = io.BufferedWriter(raw); del f, raw
    show(caught)
    raw = io.FileIO(path, "w+b"); f = io.TextIOWrapper(io.BufferedWriter(raw)); f.f = f
    del f, raw; gc.collect()
    show(caught)
    f = open(path, "w"); del f
    show(caught)
    f = open(path, "w"); f.close(); del f
    g = io.FileIO(os.open(path, os.O_RDONLY), closefd=False); fd = g.fileno(); del g
    os.close(fd)
    show(caught)
    print("closed ones: no warning")
os.unlink(path)
