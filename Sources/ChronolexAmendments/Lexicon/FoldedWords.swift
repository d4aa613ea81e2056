/// A set of folded words that tells most other words apart without hashing them: for each
/// first byte, the lengths (1 to 31 bytes) of its words. A word of another first byte or
/// length is not among them unless it holds a byte beyond ASCII (it may then equal one of
/// them under another spelling, as `String` compares): only then, or when the shape
/// matches, is the set asked. ``contains(_:)`` answers as `Set<String>.contains` does.
///
/// The words are written as the grammar folds them (``Folding``); none is equal, as
/// `String` compares, to an ASCII word of other bytes.
struct FoldedWords: Sendable, ExpressibleByArrayLiteral {
    let words: Set<String>
    /// Bit `n` of entry `b`: a word of `n` bytes starts with byte `b`; bit 0: a word of 32
    /// bytes or more does.
    private let shapes: [UInt32]

    init(_ words: Set<String>) {
        self.words = words
        var shapes = [UInt32](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            let count = word.utf8.count
            shapes[Int(first)] |= count < 32 ? 1 << UInt32(count) : 1
        }
        self.shapes = shapes
    }

    init(arrayLiteral words: String...) { self.init(Set(words)) }

    /// False when `word` cannot be among the words: its first byte and length are no word's,
    /// and it is ASCII.
    ///
    /// The bytes are read in place (`withUTF8`): through `UTF8View`, element by element,
    /// this check cost more than the hashing it saves (callgrind of `edits`).
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        var bytes = word
        let shaped: Bool? = bytes.withUTF8 { utf8 in
            guard let first = utf8.first else { return nil }
            let count = utf8.count
            if shapes[Int(first)] & (count < 32 ? 1 << UInt32(count) : 1) != 0 { return true }
            return utf8.contains { $0 >= 0x80 }
        }
        return shaped ?? words.contains(word)
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { mayContain(word) && words.contains(word) }

    /// ``mayContain(_:)`` for a token's folded word, from what the token knows of it (its
    /// first byte, its length, whether it is in NFC) without reading its bytes: a word in
    /// NFC equals another only byte for byte, and the words here are in NFC.
    @inline(__always)
    func mayContain(_ token: Token) -> Bool { mayContain(token.word) }

    /// True when the token's folded word is among the words.
    @inline(__always)
    func contains(_ token: Token) -> Bool { contains(token.word) }

    /// ``mayContain(_:)`` for a folded word a rule holds (or a token's), from what it knows
    /// of itself: its first byte, its length, whether it is in NFC.
    @inline(__always)
    func mayContain(_ word: FoldedWord) -> Bool {
        let count = word.text.utf8.count
        guard count > 0 else { return true }
        return shapes[Int(word.first)] & (count < 32 ? 1 << UInt32(count) : 1) != 0 || !word.isNFC
    }

    @inline(__always)
    func contains(_ word: FoldedWord) -> Bool { mayContain(word) && words.contains(word.text) }
}

/// A table of the lexicon keyed by folded words (``Folding``: « alinéa » is `alinea`) —
/// division nouns and their kinds, numbers written in words — that tells most other words
/// apart without hashing them, as ``FoldedWords`` does. Its subscripts answer as the
/// dictionary's own does.
struct FoldedWordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    let table: [String: Value]
    private let keys: FoldedWords

    init(_ table: [String: Value]) {
        self.table = table
        keys = FoldedWords(Set(table.keys))
    }

    /// A literal table; a word written twice is a mistake of the table, stopped as a
    /// dictionary literal stops it.
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }

    @inline(__always)
    subscript(_ word: String) -> Value? { keys.mayContain(word) ? table[word] : nil }

    @inline(__always)
    subscript(_ word: FoldedWord) -> Value? { keys.mayContain(word) ? table[word.text] : nil }

    /// The value of the token's folded word (a quotation's is empty).
    @inline(__always)
    subscript(_ token: Token) -> Value? { self[token.word] }
}
