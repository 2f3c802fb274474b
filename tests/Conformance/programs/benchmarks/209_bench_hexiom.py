# Hexiom in the style of pyperformance's bm_hexiom: place numbered tiles on a hexagonal board so
# that every tile's number equals how many occupied cells touch it. Backtracking search over
# per-cell candidate sets with pruning; the puzzle is made from a known layout.
# The puzzles are solved sys.argv[1] times over (the default: once); the first round prints them.
import sys

class HexBoard:
    DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))

    def __init__(self, radius):
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        self.index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            ns = []
            for dq, dr in self.DIRECTIONS:
                n = (q + dq, r + dr)
                if n in self.index:
                    ns.append(self.index[n])
            self.neighbours.append(tuple(ns))

    def __len__(self):
        return len(self.cells)


class Puzzle:
    def __init__(self, board, tiles):
        self.board = board
        self.counts = {}
        for t in tiles:
            self.counts[t] = self.counts.get(t, 0) + 1
        self.placed = [None] * len(board)
        self.nodes = 0

    @staticmethod
    def from_layout(board, occupied):
        tiles = []
        for i in range(len(board)):
            if i in occupied:
                tiles.append(sum(1 for n in board.neighbours[i] if n in occupied))
        return Puzzle(board, tiles)

    def consistent(self, i):
        # every placed neighbour (and i itself) can still reach its number
        for j in (i,) + self.board.neighbours[i]:
            value = self.placed[j]
            if value is None or value == -1:
                continue
            filled = sum(1 for n in self.board.neighbours[j] if self.placed[n] not in (None, -1))
            open_ = sum(1 for n in self.board.neighbours[j] if self.placed[n] is None)
            if filled > value or filled + open_ < value:
                return False
        return True

    def solve(self, i=0):
        self.nodes += 1
        if i == len(self.board):
            return all(c == 0 for c in self.counts.values())
        remaining_tiles = sum(self.counts.values())
        if remaining_tiles > len(self.board) - i:
            return False
        for value in sorted(self.counts, reverse=True):
            if self.counts[value] == 0:
                continue
            self.counts[value] -= 1
            self.placed[i] = value
            if self.consistent(i) and self.solve(i + 1):
                return True
            self.counts[value] += 1
        if remaining_tiles < len(self.board) - i:
            self.placed[i] = -1
            if self.consistent(i) and self.solve(i + 1):
                return True
        self.placed[i] = None
        return False

    def render(self):
        rows = {}
        for (q, r), value in zip(self.board.cells, self.placed):
            rows.setdefault(r, []).append("." if value == -1 else str(value))
        lines = []
        for r in sorted(rows):
            lines.append(" " * abs(r) + " ".join(rows[r]))
        return "\n".join(lines)


PUZZLES = ((1, {0, 1, 3, 4}), (2, {0, 2, 3, 5, 7, 8, 9, 12, 14, 17}),
           (2, {1, 4, 5, 6, 9, 10, 11, 13, 15, 18}))
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
total_nodes = 0
for round_number in range(rounds):
    for radius, layout in PUZZLES:
        board = HexBoard(radius)
        puzzle = Puzzle.from_layout(board, layout)
        if round_number == 0:
            print("radius", radius, "tiles", sorted(puzzle.counts.items()))
        solved = puzzle.solve()
        total_nodes += puzzle.nodes
        if round_number == 0:
            print("solved:", solved, "nodes:", puzzle.nodes)
            print(puzzle.render())
print("rounds", rounds, "nodes in all", total_nodes)
