"""Writes the training-log fixtures of `neuronlab plot`'s tests with the real writers, and what each wrote as JSON.

Needs torch (torch.utils.tensorboard), tensorboard, lightning and keras (run with KERAS_BACKEND=torch). The tests read
only the files this script leaves; they never run it. Run from this directory:

    KERAS_BACKEND=torch python make_fixtures.py
"""

import json
import os
import shutil

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
expected = {}


def f32(v):
    """A value as TensorBoard's simple_value and float tensors hold it: rounded to float32."""
    return float(np.float32(v))


def tensorboard_runs():
    """Two runs in one log directory, as torch.utils.tensorboard.SummaryWriter writes them."""
    from torch.utils.tensorboard import SummaryWriter

    root = os.path.join(HERE, "tb")
    shutil.rmtree(root, ignore_errors=True)
    points = []
    for run, lr in (("lr-0.1", 0.1), ("lr-0.01", 0.01)):
        writer = SummaryWriter(log_dir=os.path.join(root, run))
        loss = 2.0
        for step in range(0, 50, 5):
            loss *= 1 - lr * 3
            # the classic encoding: Summary.Value.simple_value
            writer.add_scalar("loss", loss, step)
            points.append({"run": run, "series": "loss", "step": step, "value": f32(loss)})
            # newer encodings: a scalar tensor, float32 and float64
            writer.add_scalar("lr", lr, step, new_style=True)
            points.append({"run": run, "series": "lr", "step": step, "value": f32(lr)})
            writer.add_scalar("grad_norm", loss / 3, step, new_style=True, double_precision=True)
            points.append({"run": run, "series": "grad_norm", "step": step, "value": loss / 3})
        # a histogram is no scalar: the reader skips it
        writer.add_histogram("weights", np.arange(10.0), 0)
        writer.close()
    expected["tb"] = points


def lightning_csv():
    """Lightning's CSVLogger: one metrics.csv with sparse rows (training and validation metrics logged apart)."""
    from lightning.pytorch.loggers import CSVLogger

    root = os.path.join(HERE, "lightning")
    shutil.rmtree(root, ignore_errors=True)
    logger = CSVLogger(root, name="", version="version_0")
    points = []
    step = 0
    for epoch in range(3):
        for _ in range(4):
            loss = 1.0 / (step + 1)
            logger.log_metrics({"train_loss": loss, "epoch": epoch}, step=step)
            points.append({"series": "train_loss", "step": step, "value": loss})
            step += 1
        val = 0.5 / (epoch + 1)
        logger.log_metrics({"val_loss": val, "epoch": epoch}, step=step - 1)
        points.append({"series": "val_loss", "step": step - 1, "value": val})
    logger.save()
    logger.finalize("success")
    expected["lightning"] = points


def keras_csv():
    """Keras's CSVLogger during a real fit of a tiny model; its History holds what the logger wrote."""
    import keras

    keras.utils.set_random_seed(7)
    x = np.linspace(-1, 1, 64).reshape(-1, 1).astype("float32")
    y = 1.8 * x + 0.32
    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse", metrics=["mae"])
    path = os.path.join(HERE, "keras-training.log")
    history = model.fit(
        x, y, epochs=6, batch_size=16, validation_split=0.25, verbose=0, callbacks=[keras.callbacks.CSVLogger(path)]
    )
    points = []
    for name, values in history.history.items():
        for epoch, v in enumerate(values):
            points.append({"series": name, "step": epoch, "value": float(v)})
    expected["keras"] = points


tensorboard_runs()
lightning_csv()
keras_csv()
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1)
    f.write("\n")
