class Playlist:
    def __init__(self, name):
        self.name = name
        self.songs = []

    def add(self, *songs):
        self.songs.extend(songs)
        return len(self)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]

    def __setitem__(self, i, v):
        self.songs[i] = v.upper()

    def __delitem__(self, i):
        del self.songs[i]

    def __contains__(self, song):
        return song.lower() in [s.lower() for s in self.songs]


p = Playlist("mix")
print(p.add("a", "b", "c"), p.add("d"))
print(len(p), p[0], p[-1], p[1:3])
p[1] = "bee"
print(p.songs)
del p[0]
print(p.songs, len(p))
print("BEE" in p, "a" in p, "zzz" not in p)
for s in p:
    print("song", s)
print(list(p), bool(p))
e = Playlist("empty")
print(len(e), bool(e), "x" in e)
if not e:
    print("empty playlist")
print(sorted(p, reverse=True))
