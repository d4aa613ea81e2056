/// Two versions of a generated act for `chronolex diff`: the act, and a copy with one
/// word in a hundred changed.
enum TwoVersions {
    /// A copy with one word in a hundred replaced (deterministic), headings and point
    /// labels left alone so that the structure stays the same.
    static func changeWords(_ bytes: [UInt8], everyHundred: Int) -> (bytes: [UInt8], changed: Int, total: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 50)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var changed = 0, total = 0
        var index = 0
        var inFrontMatter = 0
        let replacement = Array("modifié".utf8)
        while index < bytes.count {
            // One line at a time.
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[index..<end]
            if line.elementsEqual("---".utf8) { inFrontMatter += 1 }
            let skip = inFrontMatter < 2 || line.first == 0x23 || line.isEmpty
            var position = index
            var first = true
            while position < end {
                var wordEnd = position
                while wordEnd < end, bytes[wordEnd] != 0x20 { wordEnd += 1 }
                let word = bytes[position..<wordEnd]
                let isWord = !word.isEmpty && word.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
                if !skip, !first, isWord {
                    total += 1
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    if (seed >> 33) % 100 < UInt64(everyHundred) {
                        out += replacement
                        changed += 1
                    } else {
                        out += word
                    }
                } else {
                    out += word
                }
                first = false
                if wordEnd < end { out.append(0x20) }
                position = wordEnd + 1
            }
            if end < bytes.count { out.append(0x0A) }
            index = end + 1
        }
        return (out, changed, total)
    }
}
