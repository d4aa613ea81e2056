import Testing
@testable import ChronolexDiff

/// `Myers.changes` on raw buffers against the implementation it replaced (arrays held by
/// a mutating struct), kept here as written: the same marks on every pair, minimal or cut
/// by the bound.
@Suite("Myers on raw buffers")
struct MyersFastPathTests {
    /// The middle-snake Myers as it was before session 31, unchanged.
    struct PlainMyers {
        let a: [Int32]
        let b: [Int32]
        var forward: [Int]
        var backward: [Int]
        let offset: Int
        let tooExpensive: Int
        var deleted: [Bool]
        var inserted: [Bool]

        static func changes(_ old: [Int32], _ new: [Int32]) -> (deleted: [Bool], inserted: [Bool]) {
            var myers = PlainMyers(a: old, b: new)
            myers.compare(0, old.count, 0, new.count)
            return (myers.deleted, myers.inserted)
        }

        init(a: [Int32], b: [Int32]) {
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

        mutating func compare(_ xoff0: Int, _ xlim0: Int, _ yoff0: Int, _ ylim0: Int) {
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

        mutating func middleSnake(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
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
                    if (xlim + ylim) - bxybest < fxybest - (xoff + yoff) { return (fxbest, fxybest - fxbest) }
                    return (bxbest, bxybest - bxbest)
                }
            }
        }
    }

    /// A sequence and an edited copy: runs deleted, inserted, replaced, moved.
    static func pair(_ random: inout Generator, length: Int, alphabet: Int32, edits: Int) -> ([Int32], [Int32]) {
        let old = (0..<length).map { _ in Int32.random(in: 0..<alphabet, using: &random) }
        var new = old
        for _ in 0..<edits {
            let at = Int.random(in: 0...new.count, using: &random)
            let run = Int.random(in: 0...6, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: new.removeSubrange(at..<min(new.count, at + run))
            case 1: new.insert(contentsOf: (0..<run).map { _ in Int32.random(in: 0..<alphabet, using: &random) }, at: at)
            default: new.replaceSubrange(at..<min(new.count, at + run), with: (0..<run).map { _ in Int32.random(in: -3..<alphabet, using: &random) })
            }
        }
        return (old, new)
    }

    @Test func sameMarksAsBefore() {
        var random = Generator(state: 31)
        for _ in 0..<4_000 {
            let (old, new) = Self.pair(&random, length: Int.random(in: 0...60, using: &random), alphabet: Int32.random(in: 1...12, using: &random),
                                       edits: Int.random(in: 0...6, using: &random))
            let fast = Myers.changes(old, new), plain = PlainMyers.changes(old, new)
            #expect(fast.deleted == plain.deleted && fast.inserted == plain.inserted, "\(old) → \(new)")
        }
    }

    /// Long texts with scattered changes (the shape of `check`'s distance), and two
    /// unrelated texts long enough for the bound to cut the search.
    @Test func sameMarksOnLongSequencesAndPastTheBound() {
        var random = Generator(state: 1_031)
        for _ in 0..<6 {
            let (old, new) = Self.pair(&random, length: 8_000, alphabet: 3_000, edits: 40)
            let fast = Myers.changes(old, new), plain = PlainMyers.changes(old, new)
            #expect(fast.deleted == plain.deleted && fast.inserted == plain.inserted)
        }
        for _ in 0..<3 {
            let old = (0..<2_500).map { _ in Int32.random(in: 0..<16, using: &random) }
            let new = (0..<2_500).map { _ in Int32.random(in: 0..<16, using: &random) }
            let fast = Myers.changes(old, new), plain = PlainMyers.changes(old, new)
            #expect(fast.deleted == plain.deleted && fast.inserted == plain.inserted)
        }
    }
}
