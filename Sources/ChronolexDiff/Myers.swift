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
    private var forward: [Int]
    private var backward: [Int]
    private let offset: Int
    private let tooExpensive: Int
    var deleted: [Bool]
    var inserted: [Bool]

    /// The elements of `old` that are deleted and those of `new` that are inserted.
    static func changes(_ old: [Int32], _ new: [Int32]) -> (deleted: [Bool], inserted: [Bool]) {
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                var myers = Myers(a: a, b: b)
                myers.compare(0, a.count, 0, b.count)
                return (myers.deleted, myers.inserted)
            }
        }
    }

    private init(a: UnsafeBufferPointer<Int32>, b: UnsafeBufferPointer<Int32>) {
        self.a = a
        self.b = b
        let diagonals = a.count + b.count + 3
        forward = Array(repeating: 0, count: diagonals)
        backward = Array(repeating: 0, count: diagonals)
        offset = b.count + 1
        var bound = 1
        var d = diagonals
        while d != 0 { bound <<= 1; d >>= 2 }
        tooExpensive = max(1024, bound)
        deleted = Array(repeating: false, count: a.count)
        inserted = Array(repeating: false, count: b.count)
    }

    /// Compares `a[xoff..<xlim]` with `b[yoff..<ylim]`.
    private mutating func compare(_ xoff0: Int, _ xlim0: Int, _ yoff0: Int, _ ylim0: Int) {
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
    private mutating func middleSnake(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
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
