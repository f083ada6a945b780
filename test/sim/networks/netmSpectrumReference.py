"""Reference for izhikevich2003Rhythms.test.ts: Izhikevich (2003) net.m re-implemented in numpy with
its own semantics (1 ms step, v in two 0.5 ms half-steps then u, thalamic noise 5/2 * randn, weights
0.5*rand and -rand all-to-all, spikes delivered in the next step), and the test's spectrum: all cells'
spike count per ms from 0.5 s to 20.5 s, Welch over 1024-ms Hann segments overlapping by half.
Not run by the suites (numpy and scipy are not project dependencies); run it by hand:
    python3 test/sim/networks/netmSpectrumReference.py 1 2 3
"""
import sys

import numpy as np
from scipy.signal import welch

for seed in [int(x) for x in sys.argv[1:]] or [1, 2, 3]:
    rng = np.random.default_rng(seed)
    Ne, Ni = 800, 200
    re, ri = rng.random(Ne), rng.random(Ni)
    a = np.r_[0.02 * np.ones(Ne), 0.02 + 0.08 * ri]
    b = np.r_[0.2 * np.ones(Ne), 0.25 - 0.05 * ri]
    c = np.r_[-65 + 15 * re**2, -65 * np.ones(Ni)]
    d = np.r_[8 - 6 * re**2, 2 * np.ones(Ni)]
    S = np.c_[0.5 * rng.random((Ne + Ni, Ne)), -rng.random((Ne + Ni, Ni))]
    v = -65 * np.ones(Ne + Ni)
    u = b * v
    T = 20500
    counts = np.zeros(T)
    for t in range(T):
        I = np.r_[5 * rng.standard_normal(Ne), 2 * rng.standard_normal(Ni)]
        fired = np.nonzero(v >= 30)[0]
        counts[t] = len(fired)
        v[fired] = c[fired]
        u[fired] += d[fired]
        I += S[:, fired].sum(axis=1)
        v += 0.5 * (0.04 * v**2 + 5 * v + 140 - u + I)
        v += 0.5 * (0.04 * v**2 + 5 * v + 140 - u + I)
        u += a * (b * v - u)
    f, P = welch(counts[500:], fs=1000, nperseg=1024, noverlap=512, window='hann', detrend='constant')
    band = lambda lo, hi: P[(f >= lo) & (f <= hi)].mean()
    smooth = np.array([P[max(0, k - 2):k + 3].mean() for k in range(len(P))])
    alpha, wide, gamma, trough = (f >= 5) & (f <= 13), (f >= 15) & (f <= 80), (f >= 25) & (f <= 45), (f >= 12) & (f <= 25)
    print(f"net.m seed {seed}: {counts[500:].sum() / 1000 / 20:.2f} Hz per cell; "
          f"alpha peak {f[alpha][np.argmax(P[alpha])]:.1f} Hz ({P[alpha].max() / band(15, 22):.2f}x 15-22 Hz), "
          f"gamma peak {f[wide][np.argmax(smooth[wide])]:.1f} Hz, 25-45 Hz {band(25, 45) / band(50, 80):.2f}x 50-80 Hz, "
          f"peak {smooth[gamma].max() / smooth[trough].min():.2f}x the 12-25 Hz trough")
