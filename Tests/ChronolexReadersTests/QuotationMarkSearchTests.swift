import Testing
@testable import ChronolexReaders

/// Most lines have no quotation mark and are copied as they are: the search for one
/// (`QuoteTracker.hasQuotationMark`, three `memchr`) must say what a byte-by-byte look says,
/// at every place in a line and at its ends (a mark cut by the end of the range is none).
@Suite("Quotation marks looked for in a line")
struct QuotationMarkSearchTests {
    static func reference(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { return true }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return true }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D { return true }
            i += 1
        }
        return false
    }

    /// The same pseudo-random numbers at each run, from `seed`.
    static func numbers(seed: UInt64) -> () -> Int {
        var state = seed
        return {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
    }

    @Test func agreesWithAByteByByteLook() {
        // Bytes of the marks and of their neighbours: « » (C2 AB/BB), a no-break space (C2
        // A0), “ ” (E2 80 9C/9D), ’ (E2 80 99), a dash (E2 80 93), letters, é (C3 A9).
        let alphabet: [UInt8] = [0x61, 0x20, 0x22, 0xC2, 0xAB, 0xBB, 0xA0, 0xE2, 0x80, 0x9C, 0x9D, 0x99, 0x93, 0xC3, 0xA9]
        let next = Self.numbers(seed: 2026_12_04_3)
        var found = 0
        for _ in 0..<20_000 {
            let bytes = (0..<(next() % 20)).map { _ in alphabet[next() % alphabet.count] }
            let start = bytes.isEmpty ? 0 : next() % (bytes.count + 1)
            let end = start + (bytes.count == start ? 0 : next() % (bytes.count - start + 1))
            let expected = Self.reference(bytes, start, end)
            if expected { found += 1 }
            let answer = bytes.withUnsafeBufferPointer { QuoteTracker.hasQuotationMark($0, from: start, to: end) }
            #expect(answer == expected, "\(bytes) \(start)..<\(end)")
        }
        #expect(found > 1000)
        let line = Array("« Art. 3. » et “ ceci ”, l’article".utf8)
        #expect(line.withUnsafeBufferPointer { QuoteTracker.hasQuotationMark($0, from: 0, to: line.count) })
        let plain = Array("Le ministre statue l’article 3 — sans délai.".utf8)
        #expect(!plain.withUnsafeBufferPointer { QuoteTracker.hasQuotationMark($0, from: 0, to: plain.count) })
    }

    /// The run of a quoted line copied in one piece ends where a byte-by-byte look stops:
    /// the first `"`, C2 or E2 byte (or apostrophe, when asked), eight bytes at a time
    /// included, with the match anywhere in a word, at a word's end and past the range.
    @Test func firstMarkByteAgreesWithAByteByByteLook() {
        let alphabet: [UInt8] = [0x61, 0x20, 0x22, 0x27, 0xC2, 0xAB, 0xE2, 0x80, 0xC3, 0xA9, 0x2E]
        let next = Self.numbers(seed: 2026_12_04_40)
        var atEnd = 0
        for round in 0..<20_000 {
            // Mostly letters, so that runs of eight bytes without a match are common.
            let count = next() % 40
            let bytes = (0..<count).map { _ in next() % 6 == 0 ? alphabet[next() % alphabet.count] : 0x61 }
            let start = count == 0 ? 0 : next() % (count + 1)
            let end = start + (count == start ? 0 : next() % (count - start + 1))
            let apostrophes = round % 2 == 0
            var expected = start
            while expected < end {
                let c = bytes[expected]
                if c == 0x22 || c == 0xC2 || c == 0xE2 || (apostrophes && c == 0x27) { break }
                expected += 1
            }
            if expected == end { atEnd += 1 }
            let answer = bytes.withUnsafeBufferPointer { QuoteTracker.firstMarkByte($0, from: start, to: end, apostrophes: apostrophes) }
            #expect(answer == expected, "\(bytes) \(start)..<\(end) apostrophes: \(apostrophes)")
        }
        #expect(atEnd > 1000 && atEnd < 19_000)
    }
}
