/// Myers' O(ND) difference algorithm in linear space (the "middle snake" version, as in
/// GNU diff), on sequences of integers. Marks which elements of each side are not part of
/// the longest common subsequence found.
///
/// When the edit distance grows past a bound (about the square root of the input's
/// length, at least 1,024), the search stops at the furthest-reaching diagonal and splits
/// there, like GNU diff's heuristic: the result is then a correct script that may not be
/// minimal, and the work stays near-linear even for two unrelated texts.
struct Myers {
    private let a: UnsafeBufferPointer<Int32>
    private let b: UnsafeBufferPointer<Int32>
    /// The furthest x reached on each diagonal, forward and backward. Raw buffers, not
    /// arrays: the middle snake read and wrote arrays held by a mutating struct, each
    /// access checked for bounds and each write for uniqueness (perf, `check` of the Code
    /// pénal: Myers' samples −27 % without them).
    private let forward: UnsafeMutableBufferPointer<Int>
    private let backward: UnsafeMutableBufferPointer<Int>
    private let offset: Int
    private let tooExpensive: Int
    private let deleted: UnsafeMutableBufferPointer<Bool>
    private let inserted: UnsafeMutableBufferPointer<Bool>

    /// The elements of `old` that are deleted and those of `new` that are inserted.
    static func changes(_ old: [Int32], _ new: [Int32]) -> (deleted: [Bool], inserted: [Bool]) {
        var deleted = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        let diagonals = old.count + new.count + 3
        let forward = UnsafeMutableBufferPointer<Int>.allocate(capacity: diagonals)
        let backward = UnsafeMutableBufferPointer<Int>.allocate(capacity: diagonals)
        forward.initialize(repeating: 0)
        backward.initialize(repeating: 0)
        defer {
            forward.deallocate()
            backward.deallocate()
        }
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                deleted.withUnsafeMutableBufferPointer { deleted in
                    inserted.withUnsafeMutableBufferPointer { inserted in
                        let myers = Myers(a: a, b: b, forward: forward, backward: backward, deleted: deleted, inserted: inserted)
                        myers.compare(0, a.count, 0, b.count)
                    }
                }
            }
        }
        return (deleted, inserted)
    }

    private init(a: UnsafeBufferPointer<Int32>, b: UnsafeBufferPointer<Int32>, forward: UnsafeMutableBufferPointer<Int>,
                 backward: UnsafeMutableBufferPointer<Int>, deleted: UnsafeMutableBufferPointer<Bool>, inserted: UnsafeMutableBufferPointer<Bool>) {
        self.a = a
        self.b = b
        self.forward = forward
        self.backward = backward
        offset = b.count + 1
        var bound = 1
        var d = forward.count
        while d != 0 { bound <<= 1; d >>= 2 }
        tooExpensive = max(1024, bound)
        self.deleted = deleted
        self.inserted = inserted
    }

    /// Compares `a[xoff..<xlim]` with `b[yoff..<ylim]`.
    private func compare(_ xoff0: Int, _ xlim0: Int, _ yoff0: Int, _ ylim0: Int) {
        var xoff = xoff0, xlim = xlim0, yoff = yoff0, ylim = ylim0
        while xoff < xlim, yoff < ylim, a[xoff] == b[yoff] { xoff += 1; yoff += 1 }
        while xlim > xoff, ylim > yoff, a[xlim - 1] == b[ylim - 1] { xlim -= 1; ylim -= 1 }
        if xoff == xlim {
            for y in yoff..<ylim { inserted[y] = true }
        } else if yoff == ylim {
            for x in xoff..<xlim { deleted[x] = true }
        } else {
            let (xmid, ymid) = middleSnake(xoff, xlim, yoff, ylim)
            compare(xoff, xmid, yoff, ymid)
            compare(xmid, xlim, ymid, ylim)
        }
    }

    /// A point on an optimal (or, past the bound, a good) path from (xoff, yoff) to
    /// (xlim, ylim), strictly inside the rectangle's edit graph.
    private func middleSnake(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
        let dmin = xoff - ylim, dmax = xlim - yoff
        let fmid = xoff - yoff, bmid = xlim - ylim
        var fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid
        let odd = (fmid - bmid) & 1 != 0
        let o = offset
        forward[fmid + o] = xoff
        backward[bmid + o] = xlim
        var cost = 1
        while true {
            if fmin > dmin { fmin -= 1; forward[fmin - 1 + o] = -1 } else { fmin += 1 }
            if fmax < dmax { fmax += 1; forward[fmax + 1 + o] = -1 } else { fmax -= 1 }
            var d = fmax
            while d >= fmin {
                let tlo = forward[d - 1 + o], thi = forward[d + 1 + o]
                var x = tlo >= thi ? tlo + 1 : thi
                var y = x - d
                while x < xlim, y < ylim, a[x] == b[y] { x += 1; y += 1 }
                forward[d + o] = x
                if odd, bmin <= d, d <= bmax, backward[d + o] <= x { return (x, y) }
                d -= 2
            }
            if bmin > dmin { bmin -= 1; backward[bmin - 1 + o] = Int.max } else { bmin += 1 }
            if bmax < dmax { bmax += 1; backward[bmax + 1 + o] = Int.max } else { bmax -= 1 }
            d = bmax
            while d >= bmin {
                let tlo = backward[d - 1 + o], thi = backward[d + 1 + o]
                var x = tlo < thi ? tlo : thi - 1
                var y = x - d
                while x > xoff, y > yoff, a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
                backward[d + o] = x
                if !odd, fmin <= d, d <= fmax, x <= forward[d + o] { return (x, y) }
                d -= 2
            }
            cost += 1
            if cost > tooExpensive {
                var fxybest = -1, fxbest = 0
                d = fmax
                while d >= fmin {
                    var x = min(forward[d + o], xlim)
                    var y = x - d
                    if ylim < y { x = ylim + d; y = ylim }
                    if fxybest < x + y { fxybest = x + y; fxbest = x }
                    d -= 2
                }
                var bxybest = Int.max, bxbest = 0
                d = bmax
                while d >= bmin {
                    var x = max(xoff, backward[d + o])
                    var y = x - d
                    if y < yoff { x = yoff + d; y = yoff }
                    if x + y < bxybest { bxybest = x + y; bxbest = x }
                    d -= 2
                }
                if (xlim + ylim) - bxybest < fxybest - (xoff + yoff) {
                    return (fxbest, fxybest - fxbest)
                }
                return (bxbest, bxybest - bxbest)
            }
        }
    }
}
