"""What every benchmark here times with."""

import time


def best_of(func, repeat=3) -> float:
    """The shortest of ``repeat`` wall times of ``func()``, in seconds: the least disturbed run."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)
