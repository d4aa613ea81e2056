import Testing
@testable import ChronolexReaders

/// A file is checked as UTF-8 before it is read (`SourceText.firstInvalidUTF8`), with
/// shortcuts for ASCII and for two-byte letters: the offset it reports must be the
/// standard library's, on byte strings made to hit every rule (shortest forms,
/// surrogates, the largest scalar, cut sequences).
@Suite("UTF-8 checked before reading")
struct UTF8CheckTests {
    /// The standard library's answer: nil when the bytes are valid UTF-8, else the length
    /// of their longest valid beginning (where the first bad sequence starts).
    static func reference(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var length = bytes.count
        while length > 0, String(validating: bytes[..<length], as: UTF8.self) == nil { length -= 1 }
        return length
    }

    /// Bytes of every kind: ASCII, lead bytes of each length (with the edges of their
    /// ranges), continuation bytes, bytes never in UTF-8.
    static let alphabet: [UInt8] = [0x41, 0x20, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xA9, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF,
                                    0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFF]

    @Test func agreesWithTheStandardLibrary() {
        var state: UInt64 = 2026_12_04
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        for _ in 0..<20_000 {
            let count = Int(next() % 24)
            // Runs of ASCII now and then, so that the eight-byte shortcut is taken too.
            var bytes: [UInt8] = []
            while bytes.count < count {
                if next() % 4 == 0 { bytes += Array("abcdefghij".utf8.prefix(Int(next() % 10) + 1)) }
                bytes.append(Self.alphabet[Int(next() % UInt64(Self.alphabet.count))])
            }
            #expect(SourceText.firstInvalidUTF8(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }

    @Test func wellFormedTextsOfEveryLength() {
        for text in ["", "a", "é", "«», élève", "€ 100", "😀🇧🇪", "Ａｒｔ．", String(repeating: "aé€😀", count: 9)] {
            #expect(SourceText.firstInvalidUTF8(Array(text.utf8)) == nil, "\(text)")
        }
        // Overlong, surrogate, beyond U+10FFFF, cut: each at its offset.
        #expect(SourceText.firstInvalidUTF8([0x61, 0xC0, 0xAF]) == 1)
        #expect(SourceText.firstInvalidUTF8([0x61, 0x62, 0xED, 0xA0, 0x80]) == 2)
        #expect(SourceText.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(SourceText.firstInvalidUTF8([0x61, 0xC3]) == 1)
    }
}
