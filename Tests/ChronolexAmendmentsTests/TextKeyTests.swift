@testable import ChronolexAmendments
import Testing

/// An instruction's text is the key of what the lookahead read of it (``TextKey``, in
/// ``PreparedWords``): its digest reads the length and 16 bytes from each end only, so texts
/// that differ in the middle alone must still be told apart, and equal texts found,
/// whatever their length and however many texts an article has.
@Suite("Texts as keys of what was read ahead")
struct TextKeyTests {
    static let opening = "Dans l'article 2, alinéa 1er, du même arrêté, modifié par l'arrêté du 3 mai 2019, "
    static let ending = " sont remplacés par les mots « quarante jours » et la phrase est complétée."

    @Test func textsThatDifferInTheMiddleAloneAreTwoKeys() {
        let middles = ["les mots « trente jours »", "les mots « trente-un jours »", "les mots « trente jour »", "les mots « trente jours »"]
        var table = PreparedWords()
        for middle in middles {
            let text = Self.opening + middle + Self.ending
            table.add(TextKey(text)) { NormalizedWords(text) }
        }
        #expect(table.count == 3)
        for middle in middles {
            let text = Self.opening + middle + Self.ending
            #expect(table[TextKey(text)].map(Self.quotes) == Self.quotes(NormalizedWords(text)))
        }
        // Same length, same 16 bytes at each end, one byte apart in the middle.
        let a = Self.opening + "les mots « trente jours »" + Self.ending
        let b = Self.opening + "les mots « trente joues »" + Self.ending
        #expect(a.utf8.count == b.utf8.count)
        #expect(TextKey(a) != TextKey(b))
        #expect(table[TextKey(b)] == nil)
    }

    /// The quotations of words read (what tells the texts above apart).
    static func quotes(_ words: NormalizedWords) -> [String] {
        ((try? words.tokens.get()) ?? []).filter { $0.kind == .quote }.map(\.text)
    }

    @Test(arguments: [0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 200])
    func equalTextsHaveOneDigest(length: Int) {
        let text = String(repeating: "é", count: length / 2) + String(repeating: "a", count: length % 2)
        let copy = String(decoding: Array(text.utf8), as: UTF8.self)
        #expect(TextKey(text) == TextKey(copy))
        #expect(TextKey(text).digest == TextKey(copy).digest)
        var table = PreparedWords()
        table.add(TextKey(text)) { NormalizedWords("les mots « \(length) » sont abrogés") }
        #expect(table[TextKey(copy)].map(Self.quotes) == ["\(length)"])
    }

    /// An article of many points: beyond the texts looked at one by one, the index by
    /// digest finds each text, and no other, texts alike at both ends included.
    @Test(arguments: [PreparedWords.linear - 1, PreparedWords.linear, PreparedWords.linear + 1, 300])
    func manyTexts(count: Int) {
        var table = PreparedWords()
        let text = { (k: Int) in Self.opening + "les mots « \(k) »" + Self.ending }
        for k in 0..<count { table.add(TextKey(text(k))) { NormalizedWords(text(k)) } }
        // Added again: kept once, the first words kept.
        for k in 0..<count { table.add(TextKey(text(k))) { NormalizedWords("les mots « autre » sont abrogés") } }
        #expect(table.count == count)
        for k in 0..<count { #expect(table[TextKey(text(k))].map(Self.quotes) == ["\(k)", "quarante jours"]) }
        #expect(table[TextKey(text(count))] == nil)
    }

    /// Texts of every length up to 40 that differ in one byte: never equal keys, and their
    /// digests differ wherever the byte is among those read.
    @Test func oneByteApartIsAnotherKey() {
        for length in 1...40 {
            let base = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            for position in 0..<length {
                var other = base
                other[position] = UInt8(ascii: "b")
                let a = String(decoding: base, as: UTF8.self), b = String(decoding: other, as: UTF8.self)
                #expect(TextKey(a) != TextKey(b))
                let read = length < 16 || position < 16 || position >= length - 16
                let digests = base.withUnsafeBufferPointer(TextKey.digest) != other.withUnsafeBufferPointer(TextKey.digest)
                #expect(digests == read, "length \(length), byte \(position)")
            }
        }
    }
}
