# The recursion depth CPython counts (what the limit is checked against):
# frames, C functions and calls of objects without a vectorcall of their own
# count; the types with a tp_vectorcall (list, set, map...) do not.
import _testinternalcapi as t
d = t.get_recursion_depth
class C:
    def __init__(self, *a):
        print('init', d())
    def __eq__(self, o):
        print('eq', d()); return True
    def __hash__(self):
        print('hash', d()); return 1
    def __iter__(self):
        print('iter', d()); return iter([1])
    def __len__(self):
        print('len', d()); return 1
    def __repr__(self):
        print('repr', d()); return 'C'
    def __index__(self):
        print('index', d()); return 0
print(d())
C() == C()
print(list(map(lambda x: d(), [1])), [d() for _ in [1]], (lambda: d())())
set([C()]); list(C()); tuple(C()); dict.fromkeys([C()]); sorted([1], key=lambda x: print('key', d()))
repr(C()); str(C()); len(C()); [1][C()]; hash(C()); range(C())
print(sorted([3, 1, 2], key=lambda x: d()))
print(max([1, 2], key=lambda x: d()))
print(list(filter(lambda x: print('filter', d()), [1])))
print(super(C, C()).__init__.__name__)
