class State:
    name = "base"

    def on_event(self, event):
        return self

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"

    def on_event(self, event):
        if event == "start":
            return Playing(lives=3)
        return self


class Playing(State):
    name = "playing"

    def __init__(self, lives):
        self.lives = lives

    def on_event(self, event):
        if event == "hit":
            self.lives -= 1
            if self.lives == 0:
                return GameOver()
        elif event == "pause":
            return Paused(self)
        return self

    def __repr__(self):
        return f"<playing lives={self.lives}>"


class Paused(State):
    name = "paused"

    def __init__(self, prev):
        self.prev = prev

    def on_event(self, event):
        return self.prev if event == "resume" else self


class GameOver(State):
    name = "over"


state = Idle()
for ev in ["hit", "start", "hit", "pause", "hit", "resume", "hit", "hit", "start"]:
    state = state.on_event(ev)
    print(f"{ev:>6} -> {state!r}")
print(type(state).__name__, isinstance(state, State))
