# AssertionError
def percent(part, whole):
    assert whole > 0, "whole must be positive"
    return 100 * part / whole
print(percent(1, 4))
print(f"{percent(2, 3):.1f}")
print(percent(1, 0))
