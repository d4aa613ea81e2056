import ChronolexModel

/// One run of a word-level comparison: words both versions share, words only the old
/// version has (struck out), or words only the new version has (added).
public struct WordEdit: Hashable, Sendable {
    /// What happened to the words of the run.
    public enum Operation: String, Hashable, Sendable {
        case equal, delete, insert
    }

    public var operation: Operation
    /// The words, with the spacing between them as the text writes it. The whitespace
    /// before a deleted or inserted run belongs to the equal run before it.
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}

/// The word-by-word comparison of two texts of one unit.
public enum WordDiff {
    /// The runs that turn `old` into `new`: equal runs carry the new text's spacing,
    /// deleted runs the old text's. Whitespace alone is never a change.
    ///
    /// - Complexity: O((N + M) · D) time and O(N + M) space in the number of tokens N, M
    ///   and the number of differing tokens D (Myers), after the common start and end are
    ///   set aside in O(N + M).
    public static func diff(_ old: String, _ new: String) -> [WordEdit] {
        if sameBytes(old, new) { return old.isEmpty ? [] : [WordEdit(.equal, old)] }
        let x = Array(old.utf8), y = Array(new.utf8)
        return diffAroundChange(x, y) ?? diffWhole(x, y)
    }

    /// The runs, and the two texts as they were cut into tokens.
    struct Compared {
        var edits: [WordEdit]
        var old: TokenizedText
        var new: TokenizedText
    }

    /// The runs, every word of both texts compared.
    static func diffWhole(_ x: [UInt8], _ y: [UInt8]) -> [WordEdit] {
        compareWhole(x, y).edits
    }

    static func compareWhole(_ x: [UInt8], _ y: [UInt8]) -> Compared {
        let a = TokenizedText(bytes: x)
        let b = TokenizedText(bytes: y)
        var interner = TokenInterner(capacity: a.count + b.count)
        let oldIDs = interner.ids(a)
        let newIDs = interner.ids(b)
        let (deleted, inserted) = Myers.changes(oldIDs, newIDs)
        return Compared(edits: runs(a, b, deleted, inserted), old: a, new: b)
    }

    /// The same runs as ``diffWhole(_:_:)``, the words both texts start and end with set
    /// aside as one token each (a unit where one word changed is cut into three or so
    /// tokens, not hundreds); `nil` when that could give other runs, or saves nothing.
    ///
    /// Myers first sets aside the longest shared start, then the longest shared end of
    /// what is left, then compares the rest; its result does not depend on where the rest
    /// stands. Setting aside part of the shared start and end beforehand leaves it the same
    /// rest, unless the shared start, compared word by word, runs through one of the
    /// stretches into the shared end: that case goes to ``diffWhole(_:_:)``.
    static func diffAroundChange(_ x: [UInt8], _ y: [UInt8]) -> [WordEdit]? {
        compareAroundChange(x, y)?.edits
    }

    static func compareAroundChange(_ x: [UInt8], _ y: [UInt8]) -> Compared? {
        guard let (a, b) = TokenizedText.aroundChange(x, y) else { return nil }
        var interner = TokenInterner(capacity: a.count + b.count)
        let oldIDs = interner.ids(a)
        let newIDs = interner.ids(b)
        let oldEnd = a.count - (a.wholeSuffix ? 1 : 0), newEnd = b.count - (b.wholeSuffix ? 1 : 0)
        var shared = a.wholePrefix ? 1 : 0
        while shared < oldEnd, shared < newEnd, oldIDs[shared] == newIDs[shared] { shared += 1 }
        if shared == oldEnd || shared == newEnd { return nil }
        let (deleted, inserted) = Myers.changes(oldIDs, newIDs)
        return Compared(edits: runs(a, b, deleted, inserted), old: a, new: b)
    }

    /// The normalised word edit distance of `check`: the words deleted or inserted over
    /// the words of both texts (0 for two texts of the same words, 1 for texts with no word
    /// in common); 0 when both are empty.
    ///
    /// - Complexity: that of ``diff(_:_:)``.
    public static func distance(_ old: String, _ new: String) -> Double {
        // The same bytes: no word changed (0 over any total).
        if sameBytes(old, new) { return 0 }
        let x = Array(old.utf8), y = Array(new.utf8)
        let compared = compareAroundChange(x, y) ?? compareWhole(x, y)
        // Tokens counted, not made into strings (a whole act's words, for `check`). The
        // texts were cut into tokens for the diff: their words are counted from there, the
        // words set aside at the start and end once for both texts (the same bytes).
        let changed = compared.edits.filter { $0.operation != .equal }.reduce(0) { $0 + TokenizedText($1.text).count }
        let setAside = compared.old.setAsideTokenCount
        let total = compared.old.count + compared.new.count + 2 * setAside
        return total == 0 ? 0 : Double(changed) / Double(total)
    }

    /// Builds the runs from the marks, merging neighbours of the same kind.
    static func runs(_ a: TokenizedText, _ b: TokenizedText, _ deleted: [Bool], _ inserted: [Bool]) -> [WordEdit] {
        var edits: [WordEdit] = []
        func add(_ operation: WordEdit.Operation, _ text: String) {
            guard !text.isEmpty else { return }
            if let last = edits.last, last.operation == operation {
                edits[edits.count - 1].text += text
            } else {
                edits.append(WordEdit(operation, text))
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, !deleted[i], !inserted[j] {
                // An equal run: as written in the new text.
                let first = j
                while i < a.count, j < b.count, !deleted[i], !inserted[j] { i += 1; j += 1 }
                add(.equal, (first > 0 ? b.gap(before: first) : "") + b.span(first, j - 1))
                continue
            }
            let firstDeleted = i
            while i < a.count, deleted[i] { i += 1 }
            let firstInserted = j
            while j < b.count, inserted[j] { j += 1 }
            // The space before the change goes to the equal run before it.
            let hasPrevious = firstDeleted > 0 || firstInserted > 0
            if hasPrevious {
                let gap = firstInserted < j ? b.gap(before: firstInserted) : a.gap(before: firstDeleted)
                add(.equal, gap)
            }
            if firstDeleted < i { add(.delete, a.span(firstDeleted, i - 1)) }
            if firstInserted < j { add(.insert, b.span(firstInserted, j - 1)) }
            if firstDeleted == i, firstInserted == j { break } // defensive: marks out of step
        }
        return edits
    }
}

extension TokenizedText {
    /// The tokens the words set aside at the start and at the end (``aroundChange(_:_:)``)
    /// stand for, less the one token each is here: 0 for a text cut whole. Cut on their
    /// own, they give the tokens of the whole text (a token never spans the space where
    /// they end or begin, `§ 2` is never cut), and both texts share them byte for byte.
    var setAsideTokenCount: Int {
        var tokens = 0
        if wholePrefix { tokens += TokenizedText(bytes: Array(bytes[starts[0]..<ends[0]])).count - 1 }
        if wholeSuffix { tokens += TokenizedText(bytes: Array(bytes[starts[count - 1]..<ends[count - 1]])).count - 1 }
        return tokens
    }
}

/// Gives equal tokens equal numbers: by FNV hash, the bytes compared on every hit (a
/// collision falls back to a table keyed by the bytes themselves).
struct TokenInterner {
    private var byHash: [UInt64: Int32] = [:]
    private var representatives: [ArraySlice<UInt8>] = []
    private var byBytes: [ArraySlice<UInt8>: Int32] = [:]

    init(capacity: Int) {
        byHash.reserveCapacity(min(capacity, 1 << 16))
        representatives.reserveCapacity(min(capacity, 1 << 16))
    }

    mutating func ids(_ text: TokenizedText) -> [Int32] {
        let hashes = text.hashes()
        var result = [Int32](repeating: 0, count: text.count)
        for index in 0..<text.count {
            // The shared words set aside: the same in both texts, like nothing else.
            if text.isShared(index) {
                result[index] = index == 0 && text.wholePrefix ? -1 : -2
                continue
            }
            let slice = text.slice(of: index)
            if let id = byHash[hashes[index]] {
                if representatives[Int(id)].elementsEqual(slice) { result[index] = id; continue }
                result[index] = collided(slice)
            } else {
                let id = Int32(truncatingIfNeeded: representatives.count)
                byHash[hashes[index]] = id
                representatives.append(slice)
                result[index] = id
            }
        }
        return result
    }

    private mutating func collided(_ slice: ArraySlice<UInt8>) -> Int32 {
        if let id = byBytes[slice] { return id }
        let id = Int32(truncatingIfNeeded: representatives.count)
        representatives.append(slice)
        byBytes[slice] = id
        return id
    }
}
