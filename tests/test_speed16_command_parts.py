"""scripts/command_parts.py: each part of the command is charged the time of its own work."""

import types

from conftest import load_script

command_parts = load_script("command_parts")


class Ticks:
    """A clock that moves only when told."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_part_is_charged_its_own_time_not_that_of_the_parts_it_calls():
    ticks = Ticks()
    module = types.SimpleNamespace()

    def inner():
        ticks.now += 5

    def outer():
        ticks.now += 1
        module.inner()
        ticks.now += 2

    module.inner, module.outer = inner, outer
    clock = command_parts.PartClock(clock=ticks)
    clock.wrap(module, "inner", "reading")
    clock.wrap(module, "outer", "tables")
    module.outer()
    assert dict(clock.parts) == {"reading": 5, "tables": 3}


def test_two_functions_of_one_part_add_up():
    ticks = Ticks()
    module = types.SimpleNamespace(add=lambda: setattr(ticks, "now", ticks.now + 2),
                                   close=lambda: setattr(ticks, "now", ticks.now + 7))
    clock = command_parts.PartClock(clock=ticks)
    clock.wrap(module, "add", "store writing")
    clock.wrap(module, "close", "store writing")
    module.add(), module.add(), module.close()
    assert dict(clock.parts) == {"store writing": 11}
