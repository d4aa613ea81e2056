import Testing
@testable import ChronolexDiff

/// `ActDiffer.pairsByKey` pairs the divisions and articles of two versions through a chain
/// of old positions per key: these tests check it against the plain way (an array of old
/// positions per key, the first taken each time) on key sequences with many repeated keys,
/// keys on one side only, reordered, empty, and unicode keys.
@Suite("Pairing by key")
struct PairingByKeyTests {
    /// The plain way: each key's old positions in an array, the first removed when taken.
    static func reference(old: [String], new: [String]) -> [Int?] {
        var byKey: [String: [Int]] = [:]
        for (position, key) in old.enumerated() { byKey[key, default: []].append(position) }
        return new.map { key in
            guard var candidates = byKey[key], !candidates.isEmpty else { return nil }
            let position = candidates.removeFirst()
            byKey[key] = candidates
            return position
        }
    }

    @Test func examples() {
        #expect(ActDiffer.pairsByKey(old: [String](), new: []) == [])
        #expect(ActDiffer.pairsByKey(old: ["a"], new: [String]()) == [])
        #expect(ActDiffer.pairsByKey(old: [String](), new: ["a"]) == [nil])
        #expect(ActDiffer.pairsByKey(old: ["a", "b", "c"], new: ["c", "a", "b"]) == [2, 0, 1])
        #expect(ActDiffer.pairsByKey(old: ["a", "a", "b"], new: ["a", "b", "a", "a"]) == [0, 2, 1, nil])
        #expect(ActDiffer.pairsByKey(old: ["Chapitre 1", "4/1", "é", "e\u{301}"], new: ["e\u{301}", "é", "Chapitre 1"]) == [2, 3, 0]) // canonically equal strings are one key
    }

    @Test func randomSequencesAgreeWithThePlainWay() {
        var generator = Generator(state: 14)
        let pool = ["1", "1er", "2", "2bis", "4/1", "Chapitre 1", "Chapitre 1, Section 2", "é", "art. ⅰ", ""]
        for _ in 0..<2_000 {
            let keys = pool.prefix(Int.random(in: 1...pool.count, using: &generator))
            let old = (0..<Int.random(in: 0...12, using: &generator)).map { _ in keys.randomElement(using: &generator)! }
            var new = old.shuffled(using: &generator).filter { _ in Int.random(in: 0..<5, using: &generator) > 0 }
            new += (0..<Int.random(in: 0...4, using: &generator)).map { _ in keys.randomElement(using: &generator)! }
            new.shuffle(using: &generator)
            #expect(ActDiffer.pairsByKey(old: old, new: new) == Self.reference(old: old, new: new), "\(old) → \(new)")
        }
    }

    /// Versions that share their beginning (most acts: a few units inserted or removed,
    /// the rest in the same order), where the keys of that beginning pair without a table:
    /// the same pairs as the plain way, repeated keys included.
    @Test func sequencesWithACommonBeginningAgreeWithThePlainWay() {
        var generator = Generator(state: 2026_12_04)
        let pool = ["1", "2", "2bis", "3", "4/1", "Chapitre 1", "é", "e\u{301}"]
        for _ in 0..<2_000 {
            let keys = pool.prefix(Int.random(in: 1...pool.count, using: &generator))
            let old = (0..<Int.random(in: 0...14, using: &generator)).map { _ in keys.randomElement(using: &generator)! }
            var new = old
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                if !new.isEmpty, Bool.random(using: &generator) {
                    new.remove(at: Int.random(in: 0..<new.count, using: &generator))
                } else {
                    new.insert(keys.randomElement(using: &generator)!, at: Int.random(in: 0...new.count, using: &generator))
                }
            }
            #expect(ActDiffer.pairsByKey(old: old, new: new) == Self.reference(old: old, new: new), "\(old) → \(new)")
        }
        #expect(ActDiffer.pairsByKey(old: ["1", "2", "3"], new: ["1", "2", "3"]) == [0, 1, 2])
        #expect(ActDiffer.pairsByKey(old: ["1", "2", "1"], new: ["1", "2", "1", "1"]) == [0, 1, 2, nil])
        #expect(ActDiffer.pairsByKey(old: ["1", "1", "2"], new: ["1", "2", "1"]) == [0, 2, 1])
    }
}
