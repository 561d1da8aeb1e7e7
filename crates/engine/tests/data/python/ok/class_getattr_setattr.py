class Config:
    def __init__(self, **kw):
        for key, value in kw.items():
            setattr(self, key, value)

    def get(self, key, default=None):
        return getattr(self, key, default)


c = Config(width=80, height=24, title="term")
print(c.width, c.height, c.title)
print(getattr(c, "width"), getattr(c, "depth", "none"))
print(hasattr(c, "title"), hasattr(c, "color"))
setattr(c, "color", "green")
print(c.color, hasattr(c, "color"))
print(c.get("height"), c.get("missing"), c.get("missing", 0))
for name in ["width", "height", "xx"]:
    print(name, getattr(c, name, "-"))
delattr(c, "color")
print(hasattr(c, "color"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "get"), callable(getattr(c, "get")))
m = getattr(c, "get")
print(m("title"))
setattr(Config, "version", 2)
print(c.version, Config.version)
