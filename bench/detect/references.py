"""Runs one reference change-point detector, default parameters, on many series.

stdin: {"method": NAME, "series": [[values...], ...]}; stdout: [[change indices...], ...], each
index the first point of a new segment. Methods: ruptures-pelt, ruptures-binseg (l2 cost, BIC
penalty 2 * sigma^2 * ln(n), sigma from the MAD of first differences; ruptures has no default
penalty), e-divisive (signal_processing_algorithms, pvalue 0.05, 100 permutations), otava
(apache-otava compute_change_points: window 50, p < 0.001).
"""
import json
import sys

import numpy as np


def bic_penalty(values):
    sigma = 1.4826 * np.median(np.abs(np.diff(values) - np.median(np.diff(values)))) / np.sqrt(2)
    return 2 * max(sigma, 1e-12) ** 2 * np.log(len(values))


def ruptures_method(algorithm):
    import ruptures

    def run(values):
        signal = np.asarray(values, dtype=float)
        if len(signal) < 4:
            return []
        breaks = getattr(ruptures, algorithm)(model="l2").fit(signal).predict(pen=bic_penalty(signal))
        return [int(b) for b in breaks if b < len(signal)]
    return run


def e_divisive(values):
    from signal_processing_algorithms.energy_statistics.energy_statistics import e_divisive as detect
    return sorted(int(i) for i in detect(np.asarray(values, dtype=float), pvalue=0.05, permutations=100))


def otava(values):
    from otava.analysis import compute_change_points
    change_points, _ = compute_change_points(list(map(float, values)))
    return [int(cp.index) for cp in change_points]


METHODS = {
    "ruptures-pelt": ruptures_method("Pelt"),
    "ruptures-binseg": ruptures_method("Binseg"),
    "e-divisive": e_divisive,
    "otava": otava,
}

if __name__ == "__main__":
    request = json.load(sys.stdin)
    method = METHODS[request["method"]]
    json.dump([method(values) for values in request["series"]], sys.stdout)
