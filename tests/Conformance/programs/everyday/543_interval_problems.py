# Interview-style array problems: merging intervals, meeting rooms, two-sum, sliding windows, prefix sums.
import heapq

def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out

def rooms_needed(meetings):
    ends = []
    peak = 0
    for start, end in sorted(meetings):
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
        peak = max(peak, len(ends))
    return peak

def insert_interval(intervals, new):
    return merge(intervals + [new])

def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None

def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
    return out

def longest_unique(s):
    last, start, best = {}, 0, (0, 0)
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]

def max_window(nums, k):
    from collections import deque
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out

def subarray_sum_count(nums, k):
    counts = {0: 1}
    total = found = 0
    for x in nums:
        total += x
        found += counts.get(total - k, 0)
        counts[total] = counts.get(total, 0) + 1
    return found

print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]), merge([[1, 4], [4, 5]]), merge([[5, 7], [1, 2], [2, 3], [6, 8]]), merge([]))
print(rooms_needed([(0, 30), (5, 10), (15, 20)]), rooms_needed([(7, 10), (2, 4)]), rooms_needed([(1, 5), (2, 6), (3, 7), (5, 8)]))
print(insert_interval([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]))
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]), three_sum([1, 2, -2, -1]))
for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "abcdefg"]:
    print(repr(s), repr(longest_unique(s)))
print(max_window([1, 3, -1, -3, 5, 3, 6, 7], 3), max_window([9, 8, 7], 1))
print(subarray_sum_count([1, 1, 1], 2), subarray_sum_count([1, 2, 3, -3, 3], 3))
prices = [7, 1, 5, 3, 6, 4]
best, low = 0, prices[0]
for p in prices:
    low = min(low, p)
    best = max(best, p - low)
print("max profit", best, "all gains", sum(max(0, b - a) for a, b in zip(prices, prices[1:])))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
prefix = [0]
for x in nums:
    prefix.append(prefix[-1] + x)
print(prefix, [prefix[j] - prefix[i] for i, j in [(0, 3), (2, 5), (4, 8)]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)][::-1], [row[::-1] for row in matrix], sum(map(sum, matrix)))
def product_except_self(nums):
    out = [1] * len(nums)
    left = right = 1
    for i in range(len(nums)):
        out[i] *= left
        left *= nums[i]
        out[-1 - i] *= right
        right *= nums[-1 - i]
    return out
print(product_except_self([1, 2, 3, 4]), product_except_self([-1, 1, 0, -3, 3]))
