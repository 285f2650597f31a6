"""scripts/command_parts.py: the command's parts are timed by stage_times' clock (a part's own time)."""

import types

from conftest import load_script

command_parts = load_script("command_parts")


class Ticks:
    """A clock that moves only when told."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_two_functions_of_one_part_add_up():
    ticks = Ticks()
    module = types.SimpleNamespace(add=lambda: setattr(ticks, "now", ticks.now + 2),
                                   close=lambda: setattr(ticks, "now", ticks.now + 7))
    clock = command_parts.StageClock(clock=ticks)
    clock.wrap(module, "add", "store writing")
    clock.wrap(module, "close", "store writing")
    module.add(), module.add(), module.close()
    assert dict(clock.times) == {"store writing": 11}
