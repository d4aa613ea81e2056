/// How Chronolex compares words of the texts: lower case, French accents removed, curly
/// apostrophes made straight (`Décembre` and `DECEMBRE` are `decembre`, `l’article` is
/// `l'article`). One function for every reader and matcher.
public enum Folding {
    /// True when the bytes are ASCII without capitals: folding leaves them as they are.
    public static func isPlain(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for k in range where b[k] >= 0x80 || (b[k] >= 0x41 && b[k] <= 0x5A) { return false }
        return true
    }

    /// The folded form of the bytes in `range`.
    ///
    /// - Complexity: O(n) in the length of the range.
    public static func fold(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        if isPlain(b, range) { return String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self) }
        return String(unsafeUninitializedCapacity: range.count) { out in
            var n = 0
            var k = range.lowerBound
            while k < range.upperBound {
                let c = b[k]
                if c < 0x80 {
                    out[n] = c >= 0x41 && c <= 0x5A ? c + 32 : c
                    n += 1
                    k += 1
                    continue
                }
                if c == 0xC3, k + 1 < range.upperBound {
                    let d = b[k + 1] | 0x20 // upper-case Latin-1 letters differ by 0x20
                    let mapped: UInt8
                    switch d {
                    case 0xA0, 0xA2, 0xA4: mapped = UInt8(ascii: "a")
                    case 0xA7: mapped = UInt8(ascii: "c")
                    case 0xA8, 0xA9, 0xAA, 0xAB: mapped = UInt8(ascii: "e")
                    case 0xAE, 0xAF: mapped = UInt8(ascii: "i")
                    case 0xB4, 0xB6: mapped = UInt8(ascii: "o")
                    case 0xB9, 0xBB, 0xBC: mapped = UInt8(ascii: "u")
                    default: mapped = 0
                    }
                    if mapped != 0 {
                        out[n] = mapped
                        n += 1
                        k += 2
                        continue
                    }
                }
                if c == 0xE2, k + 2 < range.upperBound, b[k + 1] == 0x80, b[k + 2] == 0x99 {
                    out[n] = UInt8(ascii: "'")
                    n += 1
                    k += 3
                    continue
                }
                out[n] = c
                n += 1
                k += 1
            }
            return n
        }
    }

    /// The folded form of a text.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { fold($0, 0..<$0.count) }
    }
}

extension StringProtocol {
    /// The text as Chronolex compares words (``Folding``).
    public var folded: String { Folding.fold(String(self)) }
}
