# Dynamic programming classics: LCS, edit distance, knapsack, coin change, LIS, max subarray, stairs.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[-1][-1], "".join(reversed(out))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for coin in coins:
        for x in range(coin, amount + 1):
            ways[x] += ways[x - coin]
            fewest[x] = min(fewest[x], fewest[x - coin] + 1)
    return ways[amount], fewest[amount]

def lis(seq):
    import bisect
    tails, idx, parent = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        parent[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i]); i = parent[i]
    return len(tails), out[::-1]

def max_subarray(nums):
    best = cur = nums[0]
    start = best_start = best_end = 0
    for i in range(1, len(nums)):
        if cur < 0:
            cur, start = nums[i], i
        else:
            cur += nums[i]
        if cur > best:
            best, best_start, best_end = cur, start, i
    return best, nums[best_start:best_end + 1]

for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, lcs(a, b), edit_distance(a, b))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
for cap in (0, 50, 100, 200, 400):
    print("knapsack", cap, knapsack(items, cap))
for coins, amount in [([1, 2, 5], 11), ([2], 3), ([1, 5, 10, 25], 100), ([3, 7], 17)]:
    print("coins", coins, amount, coin_change(coins, amount))
for seq in [[10, 9, 2, 5, 3, 7, 101, 18], [0, 1, 0, 3, 2, 3], [7, 7, 7], [5, 4, 3, 2, 1, 2, 3, 4, 5, 6]]:
    print("lis", seq, lis(seq))
for nums in [[-2, 1, -3, 4, -1, 2, 1, -5, 4], [-3, -1, -2], [5, -9, 6, -2, 3]]:
    print("kadane", nums, max_subarray(nums))
memo = {}
def stairs(n, steps=(1, 2, 3)):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = sum(stairs(n - s) for s in steps)
    return memo[n]
print([stairs(n) for n in range(15)], stairs(90))
pascal = [[1]]
for _ in range(9):
    row = pascal[-1]
    pascal.append([1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1])
for row in pascal:
    print(" ".join(f"{x:3}" for x in row).center(40).rstrip())
