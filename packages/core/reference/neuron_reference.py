"""Independent float64 reference for the tutorial's neuron, used to pin the values in src/neuron/*.test.ts.

Plain Python floats are IEEE 754 binary64, and every sum below runs over the samples in order, exactly as the
TypeScript neuron does, so both must agree to the last bit (the tests allow 1e-12 relative).
Run: python3 packages/core/reference/neuron_reference.py
"""

N = 100
XS = [float(c) for c in range(-50, 50)]
YS = [x * 9 / 5 + 32 for x in XS]


def step(w, b, lr, mistake=False):
    """One full-batch iteration: forward, MSE, hand-derived backward, update. Returns (w, b, loss before update)."""
    outs = [x * w + b for x in XS]
    loss = 0.0
    for o, y in zip(outs, YS):
        loss += (o - y) * (o - y)
    loss = loss / N
    dw = 0.0
    db = 0.0
    for x, o, y in zip(XS, outs, YS):
        d_out = 2 * (o - y) / N
        dw += d_out * (o if mistake else x)
        db += d_out
    return w - lr * dw, b - lr * db, loss


def mse(w, b):
    total = 0.0
    for x, y in zip(XS, YS):
        e = (x * w + b) - y
        total += e * e
    return total / N


def run(w, b, lr, epochs, mistake=False):
    for _ in range(epochs):
        w, b, _ = step(w, b, lr, mistake)
    return w, b, mse(w, b)


def main():
    cases = [
        ("w=b=0.5, lr=1e-4, 10000 steps", 0.5, 0.5, 1e-4, 10000, False),
        ("w=-3, b=40, lr=1e-4, 10000 steps", -3.0, 40.0, 1e-4, 10000, False),
        ("w=b=0.5, lr=1e-3, 10000 steps", 0.5, 0.5, 1e-3, 10000, False),
        ("w=b=0.5, lr=1e-4, 10000 steps, tutorial mistake", 0.5, 0.5, 1e-4, 10000, True),
    ]
    for name, w, b, lr, epochs, mistake in cases:
        fw, fb, loss = run(w, b, lr, epochs, mistake)
        print(f"{name}: w={fw!r} b={fb!r} mse={loss!r}")
    # the loss the trainer reports for epoch 1 (before the first update) from w=b=0.5
    print(f"epoch-1 loss from w=b=0.5: {step(0.5, 0.5, 1e-4)[2]!r}")
    # 2/lambda_max of H = (2/N)[[sum x^2, sum x], [sum x, N]]
    sxx = sum(x * x for x in XS)
    sx = sum(XS)
    a, c, d = 2 * sxx / N, 2 * sx / N, 2.0
    lam = (a + d) / 2 + (((a - d) / 2) ** 2 + c * c) ** 0.5
    print(f"stable learning rate 2/lambda_max: {2 / lam!r}")


if __name__ == "__main__":
    main()
