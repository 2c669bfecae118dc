"""Turn an integer (fast/best_int) Tesseract LSTM component into a float one so lstmtraining can fine-tune it."""
import struct, sys

class R:
    def __init__(s, b): s.b, s.p = b, 0
    def take(s, n): v = s.b[s.p:s.p+n]; s.p += n; return v
    def i8(s): return struct.unpack('<b', s.take(1))[0]
    def u8(s): return s.take(1)[0]
    def i32(s): return struct.unpack('<i', s.take(4))[0]
    def u32(s): return struct.unpack('<I', s.take(4))[0]
    def f64(s): return struct.unpack('<d', s.take(8))[0]
    def string(s): n = s.u32(); return s.take(n)

out = bytearray()
def w(b): out.extend(b)
def wstr(b): w(struct.pack('<I', len(b))); w(b)

def header(r):
    assert r.i8() == 0
    t = r.string(); tr = r.i8(); nb = r.i8(); flags = r.i32(); ni = r.i32(); no = r.i32(); nw = r.i32(); name = r.string()
    w(b'\0'); wstr(t); w(struct.pack('<bbiiii', tr, nb, flags, ni, no, nw)); wstr(name)
    return t.decode(), flags

def weights(r):
    mode = r.u8(); assert mode & 128, mode
    if not (mode & 1):
        raise SystemExit('already float')
    d1 = r.u32(); d2 = r.u32(); r.i8()
    wi = struct.unpack('<%db' % (d1*d2), r.take(d1*d2))
    n = r.u32(); scales = [r.f64() for _ in range(n)]
    w(bytes([(mode & ~1) & 0xff]))
    w(struct.pack('<IId', d1, d2, 0.0))
    vals = [wi[i*d2+j] * scales[i] for i in range(d1) for j in range(d2)]
    w(struct.pack('<%dd' % len(vals), *vals))
    return d1*d2

PLUMB = {'Series','Parallel','Replicated','ParBidiLSTM','DepParUDLSTM','Par2dLSTM','RTLReversed','TTBReversed','XYTranspose'}
LSTMS = {'LSTM','SummLSTM','LSTMSoftmax','LSTMBinarySoftmax'}
FC = {'Softmax','SoftmaxNoCTC','Relu','Tanh','Linear','Logistic','LinLogistic','LinTanh','Posclip','Symclip'}
def net(r, depth=0):
    t, flags = header(r)
    print('  '*depth + t)
    if t in PLUMB:
        n = r.u32(); w(struct.pack('<I', n))
        for _ in range(n): net(r, depth+1)
        if flags & 64:  # NF_LAYER_SPECIFIC_LR
            k = r.u32(); w(struct.pack('<I', k)); w(r.take(4*k))
    elif t in LSTMS:
        w(struct.pack('<i', r.i32()))
        while r.b[r.p] & 128: weights(r)
        if t in ('LSTMSoftmax','LSTMBinarySoftmax'): net(r, depth+1)
    elif t in FC:
        weights(r)
    elif t in ('Convolve','Maxpool','Reconfig'):
        w(r.take(8))
    elif t == 'Input':
        w(r.take(20))
    else:
        raise SystemExit('unknown layer ' + t)

src = open(sys.argv[1], 'rb').read(); r = R(src)
net(r)
netstr = r.string(); wstr(netstr); print(netstr)
flags = r.i32(); print('training_flags', flags); w(struct.pack('<i', flags & ~1))
w(src[r.p:])
open(sys.argv[2], 'wb').write(out)
print('rest', len(src) - r.p, 'bytes copied')
