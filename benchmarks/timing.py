"""What every benchmark here times with."""

import time


def best_of(func, repeat=3, clock=time.perf_counter) -> float:
    """The shortest of ``repeat`` times of ``func()`` by ``clock`` (wall time; `cpu` for CPU time), in seconds:
    the least disturbed run."""
    times = []
    for _ in range(repeat):
        start = clock()
        func()
        times.append(clock() - start)
    return min(times)


def cpu(func, repeat=1) -> float:
    """The least CPU time of ``repeat`` calls of ``func()``, in seconds."""
    return best_of(func, repeat, clock=time.process_time)
