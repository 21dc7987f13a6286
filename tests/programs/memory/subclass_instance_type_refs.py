"""Instances of subclasses of builtin types made every way (constructors,
alternate constructors, copies, pickles): each takes and releases its
reference to the class, so the class count returns where it was."""
import sys, copy, pickle, collections, array, struct, random, io, json, decimal, fractions, datetime, enum
def check(name, cls, make):
    base = sys.getrefcount(cls)
    for i in range(5):
        x = make()
        del x
    print(name, sys.getrefcount(cls) - base)
class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class R(random.Random): pass
class OD(collections.OrderedDict): pass
class DQ(collections.deque): pass
class DD(collections.defaultdict): pass
class Stc(struct.Struct): pass
class BIO(io.BytesIO): pass
class SIO(io.StringIO): pass
check('int', I, lambda: I(5)); check('int.from_bytes', I, lambda: I.from_bytes(b'\x01', 'big'))
check('int pickle', I, lambda: pickle.loads(pickle.dumps(I(5), 2)))
check('float.fromhex', F, lambda: F.fromhex('0x1p1')); check('float', F, lambda: F('1.5'))
check('float pickle', F, lambda: pickle.loads(pickle.dumps(F(1.5), 2)))
check('complex', C, lambda: C(1, 2)); check('complex pickle', C, lambda: copy.copy(C(1, 2)))
check('str', S, lambda: S('x')); check('str pickle', S, lambda: pickle.loads(pickle.dumps(S('x'), 2)))
check('bytes', B, lambda: B(b'x')); check('bytes.fromhex', B, lambda: B.fromhex('00')); check('bytes pickle', B, lambda: pickle.loads(pickle.dumps(B(b'x'), 4)))
check('bytearray', BA, lambda: BA(b'x')); check('bytearray.fromhex', BA, lambda: BA.fromhex('00')); check('bytearray pickle', BA, lambda: pickle.loads(pickle.dumps(BA(b'x'), 4)))
check('tuple', T, lambda: T((1,))); check('tuple pickle', T, lambda: pickle.loads(pickle.dumps(T((1,)), 2)))
check('list', L, lambda: L([1])); check('list copy', L, lambda: copy.copy(L([1])))
check('dict', D, lambda: D(a=1)); check('dict.fromkeys', D, lambda: D.fromkeys('ab')); check('dict pickle', D, lambda: pickle.loads(pickle.dumps(D(a=1), 2)))
check('set', St, lambda: St([1])); check('set copy', St, lambda: copy.copy(St([1]))); check('set pickle', St, lambda: pickle.loads(pickle.dumps(St([1]), 4)))
check('frozenset', FS, lambda: FS([1])); check('frozenset pickle', FS, lambda: pickle.loads(pickle.dumps(FS([1]), 4)))
check('random', R, lambda: R(1)); check('random pickle', R, lambda: pickle.loads(pickle.dumps(R(1), 2)))
check('OrderedDict', OD, lambda: OD(a=1)); check('OrderedDict copy', OD, lambda: OD(a=1).copy()); check('OrderedDict.fromkeys', OD, lambda: OD.fromkeys('ab'))
check('deque', DQ, lambda: DQ([1])); check('deque copy', DQ, lambda: DQ([1]).copy()); check('deque pickle', DQ, lambda: pickle.loads(pickle.dumps(DQ([1]), 2)))
check('defaultdict', DD, lambda: DD(int)); check('defaultdict copy', DD, lambda: DD(int).copy())
check('Struct', Stc, lambda: Stc('i'))
check('BytesIO', BIO, lambda: BIO(b'x')); check('StringIO', SIO, lambda: SIO('x'))
check('BytesIO pickle', BIO, lambda: pickle.loads(pickle.dumps(BIO(b'x'), 2)))
check('StringIO pickle', SIO, lambda: pickle.loads(pickle.dumps(SIO('x'), 2)))
check('int.__new__', I, lambda: int.__new__(I, 3)); check('str.__new__', S, lambda: str.__new__(S, 'a'))
check('object.__new__', I, lambda: I.__new__(I))
