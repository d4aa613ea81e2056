#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Eight bytes of UTF-8 text looked at as one 64-bit word, to skip runs of bytes that need
/// no care in one step (the splitter and renderers then look byte by byte only where they
/// must).
package enum ByteWord {
    /// The eight bytes from `offset` (unaligned), the first in the lowest bits.
    @inline(__always)
    package static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The high bit of each of the eight bytes that is `byte` (and maybe of a few after one
    /// that is: zero exactly when none is).
    @inline(__always)
    package static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let differences = word ^ (ones &* UInt64(byte))
        return (differences &- ones) & ~differences & (ones << 7)
    }

    /// True when one of the eight bytes is `byte`.
    @inline(__always)
    package static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        matches(byte, in: word) != 0
    }

    /// True when one of the eight bytes is below `limit` (at most 0x80).
    @inline(__always)
    package static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word &- ones &* UInt64(limit)) & ~word & (ones << 7) != 0
    }

    /// True when the eight bytes are all ASCII.
    @inline(__always)
    package static func isASCII(_ word: UInt64) -> Bool { word & 0x8080_8080_8080_8080 == 0 }
}

/// Byte equality of two texts. `==` on `String` compares canonical equivalence, which
/// normalises non-ASCII text when the bytes differ: slow, and not what a diff or a check of
/// identical articles wants. The bytes are compared with `memcmp`, not one by one
/// (`elementsEqual` was ~3 % of a large diff's samples in perf).
package func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let equal = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
    }
    // Storage that is not contiguous UTF-8 (a string bridged from elsewhere): byte by byte.
    return (equal ?? nil) ?? a.utf8.elementsEqual(b.utf8)
}

/// True when the UTF-8 of the text holds the byte (an ASCII mark: `|`, `(`, a line break).
/// `memchr` over the string's own bytes: `utf8.contains` steps through the view one byte
/// at a time (2 % of `edits`' main thread in perf, asked of every instruction).
package func holdsByte(_ text: String, _ byte: UInt8) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
        !bytes.isEmpty && memchr(bytes.baseAddress!, Int32(byte), bytes.count) != nil
    }
    return found ?? text.utf8.contains(byte)
}

extension StringProtocol {
    /// True when `needle`'s UTF-8 bytes occur in this text's, byte for byte: a plain search
    /// for a quick test (« does this alinéa say “cesse” at all? »). With Foundation loaded,
    /// `contains(_:)` on a string is Foundation's, which converts the text to UTF-16 and
    /// compares it character by character (grapheme clusters, canonical equivalence): on
    /// every alinéa of a 600 KB act that was more than half of `consolidate`'s time.
    /// Unlike Foundation's, this finds « cesse » in « cessé » written with a combining
    /// accent: a filter before a real reading, never the reading itself.
    package func containsBytes(_ needle: StaticString) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in Self.search(needle, in: bytes) }
        if let found { return found }
        return Array(utf8).withUnsafeBufferPointer { Self.search(needle, in: $0) }
    }

    private static func search(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard bytes.count >= count, let base = bytes.baseAddress else { return false }
        let first = needle.utf8Start.pointee
        var i = 0
        let last = bytes.count - count
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return false }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle.utf8Start, count) == 0 { return true }
            i = at + 1
        }
        return false
    }
}

extension String {
    /// The pieces `write` hands over, one after the other, as one string: gathered in a
    /// buffer on the stack and made a string once. Appending them to a string made a new
    /// small string for each (an address, `art. 2, § 1, al. 2`, cost 2,400 instructions in
    /// `edits`' JSON). A text longer than the buffer is finished by appending.
    package init(pieces write: ((String) -> Void) -> Void) {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 96) { buffer -> String in
            var count = 0
            var long: String?
            write { piece in
                if long != nil {
                    long! += piece
                    return
                }
                var bytesOfPiece = piece
                let fits = bytesOfPiece.withUTF8 { bytes in
                    guard count + bytes.count <= buffer.count else { return false }
                    if let base = bytes.baseAddress { (buffer.baseAddress! + count).update(from: base, count: bytes.count) }
                    count += bytes.count
                    return true
                }
                if !fits { long = String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self) + piece }
            }
            return long ?? String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }
}
