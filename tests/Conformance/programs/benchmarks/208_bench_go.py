# Go in the style of pyperformance's bm_go: a small board of Square objects with neighbour lists,
# stone groups found by flood fill, captures, suicide and ko checks, and seeded random playouts.
# The number of games is sys.argv[1]; the default is small.
import random
import sys

EMPTY, BLACK, WHITE = 0, 1, 2
SHOW = ".XO"
SIZE = 7


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[nx + ny * SIZE])

    def group(self):
        seen = {self.pos}
        stack = [self]
        stones = []
        liberties = set()
        while stack:
            sq = stack.pop()
            stones.append(sq)
            for n in sq.neighbours:
                if n.color == EMPTY:
                    liberties.add(n.pos)
                elif n.color == self.color and n.pos not in seen:
                    seen.add(n.pos)
                    stack.append(n)
        return stones, liberties


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            sq.set_neighbours()
        self.color = BLACK
        self.ko = None
        self.captured = {BLACK: 0, WHITE: 0}
        self.moves = 0

    def opponent(self, color):
        return WHITE if color == BLACK else BLACK

    def legal(self, pos):
        sq = self.squares[pos]
        if sq.color != EMPTY or pos == self.ko:
            return False
        sq.color = self.color
        try:
            for n in sq.neighbours:
                if n.color == self.opponent(self.color) and not n.group()[1]:
                    return True
            return bool(sq.group()[1])
        finally:
            sq.color = EMPTY

    def play(self, pos):
        sq = self.squares[pos]
        sq.color = self.color
        removed = []
        for n in sq.neighbours:
            if n.color == self.opponent(self.color):
                stones, liberties = n.group()
                if not liberties:
                    for s in stones:
                        s.color = EMPTY
                        removed.append(s.pos)
        self.captured[self.color] += len(removed)
        self.ko = removed[0] if len(removed) == 1 else None
        self.color = self.opponent(self.color)
        self.moves += 1

    def pass_move(self):
        self.ko = None
        self.color = self.opponent(self.color)

    def legal_moves(self):
        return [pos for pos in range(SIZE * SIZE) if self.legal(pos) and not self.eye(pos)]

    def eye(self, pos):
        return all(n.color == self.color for n in self.squares[pos].neighbours)

    def score(self, color):
        total = sum(1 for sq in self.squares if sq.color == color)
        for sq in self.squares:
            if sq.color == EMPTY and all(n.color == color for n in sq.neighbours):
                total += 1
        return total

    def __str__(self):
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(SHOW[self.squares[x + y * SIZE].color] for x in range(SIZE)))
        return "\n".join(rows)


def playout(seed, limit=200):
    rng = random.Random(seed)
    board = Board()
    passes = 0
    while passes < 2 and board.moves < limit:
        moves = board.legal_moves()
        if not moves:
            board.pass_move()
            passes += 1
            continue
        passes = 0
        board.play(rng.choice(moves))
    return board


wins = {BLACK: 0, WHITE: 0}
for seed in range(int(sys.argv[1]) if len(sys.argv) > 1 else 6):
    board = playout(seed)
    black, white = board.score(BLACK), board.score(WHITE)
    winner = BLACK if black > white + 2.5 else WHITE
    wins[winner] += 1
    print("game", seed, "moves", board.moves, "black", black, "white", white,
          "captures", board.captured[BLACK], board.captured[WHITE], "winner", SHOW[winner])
    if seed % 3 == 0:
        print(board)
print("wins:", wins[BLACK], wins[WHITE])
